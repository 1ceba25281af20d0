import * as assert from 'node:assert/strict';
import { UpdateQueue } from '../../src/core/updateQueue';
import type { Timers } from '../../src/core/updateQueue';

/** Timers that fire only when the test says so. */
class ManualTimers implements Timers {
  private next = 0;
  readonly active = new Map<number, () => void>();

  set(callback: () => void): unknown {
    this.active.set(++this.next, callback);
    return this.next;
  }

  clear(handle: unknown): void {
    this.active.delete(handle as number);
  }

  fire(): void {
    const due = [...this.active.values()];
    this.active.clear();
    for (const callback of due) callback();
  }
}

function queue(apply: (changes: ReadonlyMap<string, string>) => Promise<void> | void = () => undefined) {
  const timers = new ManualTimers();
  const batches: [string, string][][] = [];
  const errors: unknown[] = [];
  const q = new UpdateQueue<string>(
    async (changes) => {
      batches.push([...changes]);
      await apply(changes);
    },
    (error) => errors.push(error),
    timers,
  );
  return { q, timers, batches, errors };
}

describe('UpdateQueue', () => {
  it('applies nothing until the delay after the last change has passed', async () => {
    const { q, timers, batches } = queue();
    q.schedule('a.txt', 'edit 1', 300);
    q.schedule('a.txt', 'edit 2', 300);
    assert.equal(timers.active.size, 1, 'each change restarts the one delay');
    assert.deepEqual(batches, []);
    timers.fire();
    await q.settled();
    assert.deepEqual(batches, [[['a.txt', 'edit 2']]]);
  });

  it('applies the changes of several documents together, the last change of each', async () => {
    const { q, timers, batches } = queue();
    q.schedule('a.txt', 'typed', 300);
    q.schedule('b.txt', 'created', 100);
    q.schedule('a.txt', 'saved', 100);
    timers.fire();
    await q.settled();
    assert.deepEqual(batches, [[['a.txt', 'saved'], ['b.txt', 'created']]]);
  });

  it('when asked to settle, applies pending changes at once instead of waiting for the delay', async () => {
    const { q, timers, batches } = queue();
    q.schedule('a.txt', 'typed', 300);
    await q.settled();
    assert.deepEqual(batches, [[['a.txt', 'typed']]]);
    assert.equal(timers.active.size, 0);
  });

  it('runs a batch only after the work queued before it, such as a rescan', async () => {
    const { q, batches } = queue();
    const order: string[] = [];
    let finishScan = () => {};
    void q.run(() => new Promise<void>((resolve) => (finishScan = () => (order.push('scan'), resolve()))));
    q.schedule('a.txt', 'typed', 300);
    const flushed = q.flush().then(() => order.push('batch'));
    await Promise.resolve();
    assert.deepEqual(batches, []);
    finishScan();
    await flushed;
    assert.deepEqual(order, ['scan', 'batch']);
  });

  it('reports a failing batch and still applies the next one', async () => {
    const { q, batches, errors } = queue((changes) => {
      if (changes.has('bad.txt')) throw new Error('extractor crashed');
    });
    q.schedule('bad.txt', 'x', 10);
    await q.settled();
    q.schedule('good.txt', 'y', 10);
    await q.settled();
    assert.equal(errors.length, 1);
    assert.deepEqual(batches.at(-1), [['good.txt', 'y']]);
  });

  it('forgets pending changes when told to, as before a rescan', async () => {
    const { q, timers, batches } = queue();
    q.schedule('a.txt', 'typed', 300);
    q.discardPending();
    assert.equal(timers.active.size, 0);
    await q.settled();
    assert.deepEqual(batches, []);
  });
});
