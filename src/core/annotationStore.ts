import type { Anchor, Annotation, AnnotationFields, Sidecar } from './annotation';
import { SIDECAR_VERSION } from './annotation';
import { createAnchor, reanchor } from './anchor';
import { decodeSidecar, emptySidecar, sidecarPathFor, sidecarSizeProblem, type SidecarCodec, type SidecarProblem } from './sidecar';
import type { Span } from './types';

/**
 * The file operations the store needs, on paths it treats as opaque strings (a file path for the CLI,
 * a URI string for the extension). `rename` replaces the target; `stat` gives undefined for a missing file.
 */
export interface SidecarFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  stat(path: string): Promise<{ size: number } | undefined>;
}

/** A source's sidecar as last read: its annotations (none when it does not exist), or why it cannot be used. */
export type SidecarState = { status: 'valid'; path: string; sidecar: Sidecar } | { status: 'invalid'; path: string; problems: SidecarProblem[] };

/** Thrown instead of writing to a sidecar that failed to parse or validate: that file is left as it is. */
export class SidecarInvalidError extends Error {
  constructor(
    readonly path: string,
    readonly problems: SidecarProblem[],
  ) {
    super(`${path} is not a valid annotations file; fix it before annotating this document (${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')})`);
  }
}

export interface AnnotationStoreOptions {
  /** The YAML reader and writer, asked for on the first read: the extension loads it only then. */
  codec(): SidecarCodec | Promise<SidecarCodec>;
  /** The author recorded on new annotations. */
  author(): string;
  now?(): Date;
  newId?(): string;
}

/** An annotation with where it is in the current text; no span when it is orphaned. */
export interface ResolvedAnnotation {
  annotation: Annotation;
  span?: Span;
}

interface Entry {
  /** The sidecar's text as last read or written; undefined when the file did not exist. */
  disk: string | undefined;
  /** The annotations in `disk`, when it is valid. */
  base: Annotation[] | undefined;
  problems: SidecarProblem[];
  /** Changes not yet written, by id: the new annotation, or null for a deletion. */
  pending: Map<string, Annotation | null>;
}

/**
 * Loads and saves sidecars through a small file-system interface. Writes are atomic (a temporary file next
 * to the sidecar, then a rename); a sidecar that does not parse or validate is never written; before each
 * write the file is read again, and a version changed on disk is merged with this store's unwritten changes.
 */
export class AnnotationStore {
  private readonly entries = new Map<string, Entry>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly fs: SidecarFileSystem,
    private readonly options: AnnotationStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12));
  }

  /** The sidecar of `sourcePath`, read once and then kept; `reload` reads it again. */
  async load(sourcePath: string): Promise<SidecarState> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.ensure(path);
      return this.state(path);
    });
  }

  /** The sidecar as last loaded, without reading; undefined when never loaded. */
  peek(sourcePath: string): SidecarState | undefined {
    const path = sidecarPathFor(sourcePath);
    return this.entries.has(path) ? this.state(path) : undefined;
  }

  /** Reads the sidecar again after a change on disk; unwritten changes made meanwhile are kept and written. */
  async reload(sourcePath: string): Promise<SidecarState> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.read(path);
      const entry = this.entry(path);
      if (entry.base && entry.pending.size > 0) await this.write(path, undefined, undefined);
      return this.state(path);
    });
  }

  /** Annotates `[span.start, span.end)` of `text` (the source's current text) and saves; returns the new annotation. */
  async add(sourcePath: string, text: string, span: Span, fields: AnnotationFields): Promise<Annotation> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.ensure(path);
      const existing = this.usable(path);
      const ids = new Set(existing.map((a) => a.id));
      let id = this.newId();
      while (ids.has(id)) id = this.newId();
      const annotation = createAnnotation(text, span, fields, { id, author: this.options.author(), now: this.now() });
      this.entry(path).pending.set(id, annotation);
      await this.write(path, text, undefined);
      return annotation;
    });
  }

  /**
   * Changes an annotation's kind, tags, status or note (a field given as undefined is left alone; an empty
   * note or a null status removes it), or re-attaches it to `reattach` in `text`; then saves.
   */
  async update(
    sourcePath: string,
    id: string,
    patch: { kind?: string; tags?: string[]; status?: AnnotationFields['status'] | null; note?: string | null },
    reattach?: { text: string; span: Span },
  ): Promise<Annotation> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.ensure(path);
      const current = this.usable(path).find((a) => a.id === id);
      if (!current) throw new Error(`no annotation ${id} in ${path}`);
      const next: Annotation = { ...current, modified: this.now().toISOString() };
      if (patch.kind !== undefined) next.kind = patch.kind;
      if (patch.tags !== undefined) next.tags = normaliseTags(patch.tags);
      if (patch.status === null) delete next.status;
      else if (patch.status !== undefined) next.status = patch.status;
      if (patch.note === null || patch.note === '') delete next.note;
      else if (patch.note !== undefined) next.note = patch.note;
      if (reattach) {
        next.anchor = createAnchor(reattach.text, reattach.span.start, reattach.span.end);
        delete next.orphaned;
      }
      this.entry(path).pending.set(id, next);
      await this.write(path, reattach?.text, undefined);
      return next;
    });
  }

  /** Deletes an annotation and saves. */
  async remove(sourcePath: string, id: string): Promise<void> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.ensure(path);
      if (!this.usable(path).some((a) => a.id === id)) throw new Error(`no annotation ${id} in ${path}`);
      this.entry(path).pending.set(id, null);
      await this.write(path, undefined, undefined);
    });
  }

  /**
   * Saves the sidecar with anchors brought up to date with `text`: each annotation takes its span from
   * `known` (spans tracked through editor edits) or is re-anchored; one whose text is gone is marked orphaned.
   * Writes nothing when that changes nothing.
   */
  async refreshAnchors(sourcePath: string, text: string, known?: ReadonlyMap<string, Span>): Promise<void> {
    const path = sidecarPathFor(sourcePath);
    return this.exclusive(path, async () => {
      await this.ensure(path);
      this.usable(path);
      await this.write(path, text, known);
    });
  }

  private state(path: string): SidecarState {
    const entry = this.entry(path);
    if (!entry.base) return { status: 'invalid', path, problems: entry.problems };
    return { status: 'valid', path, sidecar: { version: SIDECAR_VERSION, annotations: applyPending(entry.base, entry.pending) } };
  }

  private usable(path: string): Annotation[] {
    const state = this.state(path);
    if (state.status === 'invalid') throw new SidecarInvalidError(path, state.problems);
    return state.sidecar.annotations;
  }

  private entry(path: string): Entry {
    let entry = this.entries.get(path);
    if (!entry) this.entries.set(path, (entry = { disk: undefined, base: [], problems: [], pending: new Map() }));
    return entry;
  }

  private async ensure(path: string): Promise<void> {
    if (!this.entries.has(path)) await this.read(path);
  }

  private async read(path: string): Promise<void> {
    const entry = this.entry(path);
    const disk = await this.readText(path);
    entry.disk = disk.text;
    if (disk.problem) {
      entry.base = undefined;
      entry.problems = [disk.problem];
      return;
    }
    // Most documents have no sidecar; they never make the extension load the codec.
    const parsed = disk.text === undefined ? { ok: true as const, sidecar: emptySidecar() } : (await this.options.codec()).parse(disk.text);
    entry.base = parsed.ok ? parsed.sidecar.annotations : undefined;
    entry.problems = parsed.ok ? [] : parsed.problems;
  }

  private async readText(path: string): Promise<{ text?: string; problem?: SidecarProblem }> {
    const stat = await this.fs.stat(path);
    if (!stat) return {};
    const tooLarge = sidecarSizeProblem(stat.size);
    if (tooLarge) return { problem: tooLarge };
    const decoded = decodeSidecar(await this.fs.readFile(path));
    return 'problem' in decoded ? { text: '', problem: decoded.problem } : decoded;
  }

  /** Merges with the file as it is now on disk, refreshes anchors against `text` if given, and writes atomically. */
  private async write(path: string, text: string | undefined, known: ReadonlyMap<string, Span> | undefined): Promise<void> {
    const entry = this.entry(path);
    const codec = await this.options.codec();
    const onDisk = await this.readText(path);
    if (onDisk.text !== entry.disk || onDisk.problem) {
      entry.disk = onDisk.text;
      const parsed = onDisk.problem ? { ok: false as const, problems: [onDisk.problem] } : codec.parse(onDisk.text ?? '');
      if (!parsed.ok) {
        entry.base = undefined;
        entry.problems = parsed.problems;
        throw new SidecarInvalidError(path, parsed.problems);
      }
      entry.base = parsed.sidecar.annotations;
    }
    let annotations = applyPending(entry.base ?? [], entry.pending);
    if (text !== undefined) annotations = refreshAnchors(text, annotations, known);
    const output = codec.serialize({ version: SIDECAR_VERSION, annotations });
    if (output !== entry.disk && !(entry.disk === undefined && annotations.length === 0)) await this.atomicWrite(path, output);
    entry.disk = entry.disk === undefined && annotations.length === 0 ? undefined : output;
    entry.base = annotations;
    entry.pending.clear();
  }

  private async atomicWrite(path: string, text: string): Promise<void> {
    const temporary = `${path}.tmp-${globalThis.crypto.randomUUID().slice(0, 8)}`;
    await this.fs.writeFile(temporary, new TextEncoder().encode(text));
    try {
      await this.fs.rename(temporary, path);
    } catch (error) {
      await this.fs.delete(temporary).catch(() => undefined);
      throw error;
    }
  }

  private exclusive<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return run;
  }
}

/** Where each annotation is in `text`: re-anchored from its quote, or orphaned (no span). */
export function resolveAnnotations(text: string, annotations: readonly Annotation[]): ResolvedAnnotation[] {
  return annotations.map((annotation) => {
    const match = reanchor(text, annotation.anchor);
    return match ? { annotation, span: { start: match.start, end: match.end } } : { annotation };
  });
}

/**
 * A new annotation of `[span.start, span.end)` in `text`; an empty note is left out and tags are
 * trimmed, de-duplicated and sorted.
 */
export function createAnnotation(text: string, span: Span, fields: AnnotationFields, meta: { id: string; author: string; now: Date }): Annotation {
  const stamp = meta.now.toISOString();
  return {
    id: meta.id,
    kind: fields.kind.trim(),
    tags: normaliseTags(fields.tags ?? []),
    ...(fields.status !== undefined && { status: fields.status }),
    ...(fields.note !== undefined && fields.note.trim() !== '' && { note: fields.note }),
    author: meta.author,
    created: stamp,
    modified: stamp,
    anchor: createAnchor(text, span.start, span.end),
  };
}

/**
 * Brings anchors up to date with `text`, as done before every write: each annotation takes its span from
 * `known` (spans tracked through editor edits) or is re-anchored; one whose text is gone is marked orphaned.
 */
export function refreshAnchors(text: string, annotations: readonly Annotation[], known?: ReadonlyMap<string, Span>): Annotation[] {
  return annotations.map((a) => withAnchor(a, text, known?.get(a.id)));
}

function withAnchor(a: Annotation, text: string, known: Span | undefined): Annotation {
  const span = known && known.end > known.start && known.end <= text.length ? known : reanchor(text, a.anchor);
  if (!span) return a.orphaned ? a : { ...a, orphaned: true };
  const anchor: Anchor = createAnchor(text, span.start, span.end);
  const next: Annotation = { ...a, anchor };
  delete next.orphaned;
  return next;
}

function applyPending(base: readonly Annotation[], pending: ReadonlyMap<string, Annotation | null>): Annotation[] {
  const result = base.filter((a) => !pending.has(a.id));
  for (const a of pending.values()) if (a) result.push(a);
  return result;
}

function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s*\/\s*/g, '/')).filter((t) => t !== ''))].sort();
}
