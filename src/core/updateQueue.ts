/** The timer functions the queue uses; tests pass their own to fire the debounce when they choose. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const SYSTEM_TIMERS: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Collects changes per document path and applies them together once they stop coming (a
 * debounce), one batch at a time and after any other queued work (such as a rescan), so that
 * the corpus is never updated by two tasks at once. A failing task is reported, never blocks
 * the ones after it.
 *
 * @example
 * queue.schedule('a.txt', change, 300);  // typing: applied 300 ms after the last keystroke
 * await queue.settled();                 // everything scheduled so far is applied
 */
export class UpdateQueue<Change> {
  private readonly pending = new Map<string, Change>();
  private timer: unknown;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly apply: (changes: ReadonlyMap<string, Change>) => Promise<void> | void,
    private readonly onError: (error: unknown) => void,
    private readonly timers: Timers = SYSTEM_TIMERS,
  ) {}

  /** Records the latest change of `path` and applies every pending change `delayMs` after the last call. */
  schedule(path: string, change: Change, delayMs: number): void {
    this.pending.set(path, change);
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => void this.flush(), delayMs);
  }

  /** Applies the pending changes as soon as the work queued before them is done. */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.run(async () => {
      if (!this.pending.size) return;
      const changes = new Map(this.pending);
      this.pending.clear();
      await this.apply(changes);
    });
  }

  /** Runs `task` after the work already queued. */
  run(task: () => Promise<void> | void): Promise<void> {
    this.work = this.work.then(task).catch(this.onError);
    return this.work;
  }

  /** Forgets the pending changes, for a caller about to reread everything. */
  discardPending(): void {
    this.cancelTimer();
    this.pending.clear();
  }

  /** Resolves once nothing is pending or running; pending changes are applied at once rather than after their delay. */
  async settled(): Promise<void> {
    for (;;) {
      const work = this.work;
      await work;
      if (this.pending.size) await this.flush();
      else if (work === this.work) return;
    }
  }

  dispose(): void {
    this.discardPending();
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
