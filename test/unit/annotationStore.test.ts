import * as assert from 'node:assert/strict';
import { AnnotationStore, resolveAnnotations, SidecarInvalidError, type SidecarFileSystem } from '../../src/core/annotationStore';
import { parseSidecar, yamlSidecarCodec } from '../../src/core/sidecarYaml';

/** An in-memory file system whose next rename can be made to fail, as a crash between the two steps would. */
class MemoryFileSystem implements SidecarFileSystem {
  readonly files = new Map<string, string>();
  failNextRename = false;

  async readFile(path: string): Promise<Uint8Array> {
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return new TextEncoder().encode(text);
  }
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, new TextDecoder().decode(data));
  }
  async rename(from: string, to: string): Promise<void> {
    if (this.failNextRename) {
      this.failNextRename = false;
      throw new Error('EIO: simulated crash during rename');
    }
    const text = this.files.get(from);
    if (text === undefined) throw new Error(`ENOENT: ${from}`);
    this.files.set(to, text);
    this.files.delete(from);
  }
  async delete(path: string): Promise<void> {
    this.files.delete(path);
  }
  async stat(path: string): Promise<{ size: number } | undefined> {
    const text = this.files.get(path);
    return text === undefined ? undefined : { size: new TextEncoder().encode(text).length };
  }
}

const SOURCE = 'docs/plan.txt';
const SIDECAR = 'docs/plan.txt.annotations.yaml';
const TEXT = 'The council will build 300 homes by 2026. The minister announced £45m for family hubs.';

function storeOn(fs: MemoryFileSystem, ids = ['id1', 'id2', 'id3', 'id4']): AnnotationStore {
  const queue = [...ids];
  return new AnnotationStore(fs, { codec: () => yamlSidecarCodec, author: () => 'tester', now: () => new Date('2026-03-04T05:06:07Z'), newId: () => queue.shift() ?? 'idx' });
}

function spanOf(quote: string): { start: number; end: number } {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('the annotation store', () => {
  it('reads a document with no sidecar without asking for the codec, and asks once a sidecar is written', async () => {
    const fs = new MemoryFileSystem();
    let asked = 0;
    const store = new AnnotationStore(fs, { codec: () => (asked++, yamlSidecarCodec), author: () => 'tester' });
    const state = await store.load(SOURCE);
    assert.equal(state.status, 'valid');
    assert.equal(asked, 0);
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    assert.ok(asked > 0);
    assert.ok(fs.files.has(SIDECAR));
  });

  it('creates the sidecar next to the source with the annotation, its author and times', async () => {
    const fs = new MemoryFileSystem();
    const a = await storeOn(fs).add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding', tags: ['family hubs', 'funding/capital'], note: 'check' });
    assert.equal(a.id, 'id1');
    const parsed = parseSidecar(fs.files.get(SIDECAR) ?? '');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.annotations, [a]);
    assert.equal(a.author, 'tester');
    assert.equal(a.created, '2026-03-04T05:06:07.000Z');
    assert.equal(a.anchor.quote.exact, '£45m');
    assert.deepEqual([...fs.files.keys()], [SIDECAR], 'no temporary file is left behind');
  });

  it('edits and deletes annotations, keeping the others', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('The council will build 300 homes by 2026.'), { kind: 'commitment', status: 'announced' });
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    await store.update(SOURCE, 'id1', { status: 'delayed', tags: ['housing'], note: 'slipped' });
    await store.remove(SOURCE, 'id2');
    const parsed = parseSidecar(fs.files.get(SIDECAR) ?? '');
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.annotations.length, 1);
    assert.equal(parsed.sidecar.annotations[0].status, 'delayed');
    assert.deepEqual(parsed.sidecar.annotations[0].tags, ['housing']);
    assert.equal(parsed.sidecar.annotations[0].note, 'slipped');
  });

  it('leaves an invalid sidecar byte for byte as it was, and refuses to write to it', async () => {
    for (const corrupt of ['version: 1\nannotations: [\n', 'version: 2\nannotations: []\n', 'version: 1\nannotations:\n  - id: 5\n']) {
      const fs = new MemoryFileSystem();
      fs.files.set(SIDECAR, corrupt);
      const store = storeOn(fs);
      const state = await store.load(SOURCE);
      assert.equal(state.status, 'invalid');
      await assert.rejects(store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' }), SidecarInvalidError);
      assert.equal(fs.files.get(SIDECAR), corrupt);
      assert.equal(fs.files.size, 1);
    }
  });

  it('refuses a sidecar that became invalid on disk since it was read', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    fs.files.set(SIDECAR, 'version: 1\nannotations: {{{\n');
    await assert.rejects(store.update(SOURCE, 'id1', { note: 'x' }), /line/);
    assert.equal(fs.files.get(SIDECAR), 'version: 1\nannotations: {{{\n');
  });

  it('leaves the old file intact when the write is interrupted before the rename', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    const before = fs.files.get(SIDECAR);
    fs.failNextRename = true;
    await assert.rejects(store.add(SOURCE, TEXT, spanOf('300 homes'), { kind: 'note' }), /simulated crash/);
    assert.equal(fs.files.get(SIDECAR), before);
    assert.deepEqual([...fs.files.keys()], [SIDECAR]);
    await store.update(SOURCE, 'id1', { note: 'retry' });
    const parsed = parseSidecar(fs.files.get(SIDECAR) ?? '');
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.sidecar.annotations.map((a) => a.id),
      ['id2', 'id1'],
      'the unwritten annotation is written with the next save',
    );
  });

  it('merges a sidecar changed on disk with edits made meanwhile to other annotations', async () => {
    const fs = new MemoryFileSystem();
    const mine = storeOn(fs, ['m1', 'm2']);
    const theirs = storeOn(fs, ['t1']);
    await mine.add(SOURCE, TEXT, spanOf('300 homes'), { kind: 'note' });
    await theirs.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    await mine.update(SOURCE, 'm1', { note: 'mine' });
    const parsed = parseSidecar(fs.files.get(SIDECAR) ?? '');
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.sidecar.annotations.map((a) => [a.id, a.note]),
      [
        ['m1', 'mine'],
        ['t1', undefined],
      ],
    );
  });

  it('reloads a sidecar changed on disk', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    const other = storeOn(fs, ['o1']);
    await other.add(SOURCE, TEXT, spanOf('300 homes'), { kind: 'note' });
    const state = await store.reload(SOURCE);
    assert.equal(state.status, 'valid');
    assert.deepEqual(state.status === 'valid' && state.sidecar.annotations.map((a) => a.id).sort(), ['id1', 'o1']);
  });

  it('updates offsets and marks orphans when anchors are refreshed against a new text', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('The council will build 300 homes by 2026.'), { kind: 'commitment' });
    await store.add(SOURCE, TEXT, spanOf('The minister announced £45m for family hubs.'), { kind: 'funding' });
    const v2 = 'Foreword.\n\nThe council will build 300 homes by 2026.';
    await store.refreshAnchors(SOURCE, v2);
    const parsed = parseSidecar(fs.files.get(SIDECAR) ?? '');
    assert.ok(parsed.ok);
    const [homes, hubs] = parsed.sidecar.annotations;
    assert.equal(homes.anchor.position.start, v2.indexOf('The council'));
    assert.equal(homes.orphaned, undefined);
    assert.equal(hubs.orphaned, true, 'kept, marked orphaned, never deleted');
    assert.deepEqual(
      resolveAnnotations(v2, parsed.sidecar.annotations).map((r) => r.span),
      [{ start: 11, end: v2.length }, undefined],
    );
  });

  it('writes nothing when a refresh changes nothing', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    await store.add(SOURCE, TEXT, spanOf('£45m'), { kind: 'funding' });
    const before = fs.files.get(SIDECAR);
    let writes = 0;
    const write = fs.writeFile.bind(fs);
    fs.writeFile = async (path, data) => {
      writes++;
      return write(path, data);
    };
    await store.refreshAnchors(SOURCE, TEXT);
    assert.equal(writes, 0);
    assert.equal(fs.files.get(SIDECAR), before);
  });
});
