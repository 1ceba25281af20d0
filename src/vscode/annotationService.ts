import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Annotation, AnnotationFields, CommitmentStatus } from '../core/annotation';
import { reanchor, shiftSpan } from '../core/anchor';
import { AnnotationStore, resolveAnnotations, SidecarInvalidError, type SidecarState } from '../core/annotationStore';
import { decodeText } from '../core/decode';
import { PositionIndex } from '../core/positions';
import type { CorpusSearch } from '../core/corpusSearch';
import type { SearchEntry } from '../core/searchIndex';
import { SIDECAR_SUFFIX, sourcePathOf } from '../core/sidecar';
import type { Span } from '../core/types';
import { workspaceSidecarFileSystem } from './annotationFileSystem';
import { Settings } from './commands';
import { toDocumentRange, toRange } from './convert';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './corpusService';
import { loadSidecarCodec } from './sidecarCodec';

/** Debounce before listeners hear about spans moved by typing. */
const TYPING_DELAY_MS = 150;
const SOURCE_GLOB = DEFAULT_INCLUDE[0];
const EXCLUDE_GLOB = `{${DEFAULT_EXCLUDE.join(',')}}`;

/** An annotation with where it is now; `span` is undefined for an orphan. */
export interface AnnotationEntry {
  uri: vscode.Uri;
  /** The document's path as shown to the user (workspace-relative). */
  document: string;
  annotation: Annotation;
  span?: Span;
  /** The annotated text as it is now; undefined for an orphan. */
  text?: string;
}

/** What the service needs from the corpus runtime: its paths and its search. */
export interface AnnotationHost {
  readonly search: Pick<CorpusSearch, 'setSource'>;
  pathOf(uri: vscode.Uri): string | undefined;
}

interface DocumentAnnotations {
  uri: vscode.Uri;
  text: string | undefined;
  annotations: Annotation[];
  spans: Map<string, Span | undefined>;
  positions?: PositionIndex;
}

export type AnnotationPatch = { kind?: string; tags?: string[]; status?: CommitmentStatus | null; note?: string | null };

/**
 * The workspace's annotations kept current: loads every sidecar, re-anchors annotations against the
 * open editor's text or the file on disk, follows editor edits as they happen, reloads sidecars and
 * sources changed on disk, reports invalid sidecars in the Problems panel and feeds the search index.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly store = new AnnotationStore(workspaceSidecarFileSystem(), { codec: loadSidecarCodec, author: authorSetting });
  private readonly documents = new Map<string, DocumentAnnotations>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyLens.annotations');
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when annotations were added, changed, moved or reloaded. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changeEmitter];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started: Promise<void> | undefined;

  constructor(private readonly host: AnnotationHost) {
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const sources = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB, true, false, true);
    this.disposables.push(
      sidecars,
      sources,
      sidecars.onDidCreate((uri) => this.background(this.sidecarChanged(uri))),
      sidecars.onDidChange((uri) => this.background(this.sidecarChanged(uri))),
      sidecars.onDidDelete((uri) => this.background(this.sidecarChanged(uri))),
      sources.onDidChange((uri) => this.background(this.sourceChangedOnDisk(uri))),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)),
      vscode.workspace.onDidSaveTextDocument((document) => this.background(this.saved(document))),
    );
  }

  /** Loads every sidecar of the workspace; resolves when done. */
  start(): Promise<void> {
    this.started ??= (async () => {
      const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, EXCLUDE_GLOB);
      for (const sidecar of found) {
        const source = sourcePathOf(sidecar.toString());
        if (source) await this.refresh(vscode.Uri.parse(source), false);
      }
      this.changeEmitter.fire();
    })();
    return this.started;
  }

  /** Loads a document's sidecar if it was not yet, e.g. one created since the workspace was read. */
  async ensureLoaded(uri: vscode.Uri): Promise<void> {
    await this.start();
    if (!this.store.peek(uri.toString())) await this.refresh(uri, false);
  }

  /** Every annotation, or those of one document, in document then position order; orphans last. */
  entries(uri?: vscode.Uri): AnnotationEntry[] {
    const docs = uri ? [this.documents.get(uri.toString())].filter((d): d is DocumentAnnotations => !!d) : [...this.documents.values()];
    return docs
      .flatMap((d) =>
        d.annotations.map((annotation): AnnotationEntry => {
          const span = d.spans.get(annotation.id);
          return { uri: d.uri, document: this.labelOf(d.uri), annotation, ...(span && { span, text: d.text?.slice(span.start, span.end) }) };
        }),
      )
      .sort((a, b) => compare(a.document, b.document) || (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || compare(a.annotation.id, b.annotation.id));
  }

  /** The annotations of a document whose span holds `offset`, narrowest first. */
  at(uri: vscode.Uri, offset: number): AnnotationEntry[] {
    return this.entries(uri)
      .filter((e) => e.span && e.span.start <= offset && offset <= e.span.end)
      .sort((a, b) => (a.span ? a.span.end - a.span.start : 0) - (b.span ? b.span.end - b.span.start : 0));
  }

  find(id: string): AnnotationEntry | undefined {
    return this.entries().find((e) => e.annotation.id === id);
  }

  /** Tags used in the workspace, most used first: `workforce/recruitment` also counts as a use of `workforce`. */
  tags(): string[] {
    const counts = new Map<string, number>();
    for (const d of this.documents.values())
      for (const a of d.annotations)
        for (const tag of a.tags) {
          const parts = tag.split('/');
          for (let i = 1; i <= parts.length; i++) {
            const t = parts.slice(0, i).join('/');
            counts.set(t, (counts.get(t) ?? 0) + (i === parts.length ? 1 : 0));
          }
        }
    return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([t]) => t);
  }

  /** Kinds used in the workspace. */
  kinds(): string[] {
    return [...new Set([...this.documents.values()].flatMap((d) => d.annotations.map((a) => a.kind)))].sort(compare);
  }

  /** Annotates a span of an open document and saves its sidecar. */
  async add(document: vscode.TextDocument, span: Span, fields: AnnotationFields): Promise<Annotation> {
    const annotation = await this.guard(document.uri, () => this.store.add(document.uri.toString(), document.getText(), span, fields));
    await this.refresh(document.uri, true);
    return annotation;
  }

  /** Changes an annotation's fields, or re-attaches it to `reattach` (e.g. an orphan to a new selection). */
  async update(id: string, patch: AnnotationPatch, reattach?: { document: vscode.TextDocument; span: Span }): Promise<Annotation> {
    const entry = this.required(id);
    const annotation = await this.guard(entry.uri, () =>
      this.store.update(entry.uri.toString(), id, patch, reattach && { text: reattach.document.getText(), span: reattach.span }),
    );
    await this.refresh(entry.uri, true);
    return annotation;
  }

  async remove(id: string): Promise<void> {
    const entry = this.required(id);
    await this.guard(entry.uri, () => this.store.remove(entry.uri.toString(), id));
    await this.refresh(entry.uri, true);
  }

  /** Where an annotation is in its document now; undefined for an orphan. */
  rangeOf(entry: AnnotationEntry): vscode.Range | undefined {
    if (!entry.span) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString() && !d.isClosed);
    if (open) return toDocumentRange(open, entry.span);
    const doc = this.documents.get(entry.uri.toString());
    if (doc?.text === undefined) return undefined;
    doc.positions ??= new PositionIndex(doc.text);
    return toRange(doc.positions, entry.span);
  }

  /** The sidecar problems of a document, if its sidecar is invalid. */
  problems(uri: vscode.Uri): SidecarState | undefined {
    const state = this.store.peek(uri.toString());
    return state?.status === 'invalid' ? state : undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** Work started by an event: a failure is shown, not thrown into the event loop. */
  private background(work: Promise<void>): void {
    work.catch((error: unknown) => void vscode.window.showErrorMessage(`Policy Lens: ${(error as Error).message}`));
  }

  private required(id: string): AnnotationEntry {
    const entry = this.find(id);
    if (!entry) throw new Error(`Policy Lens: no annotation with id ${id}`);
    return entry;
  }

  /** Runs a store operation; an invalid sidecar is shown in the Problems panel before the error goes on. */
  private async guard<T>(uri: vscode.Uri, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof SidecarInvalidError) await this.refresh(uri, true);
      throw error;
    }
  }

  /** Re-reads a document's annotations from the store (and from disk when `reload`), then re-anchors them. */
  private async refresh(uri: vscode.Uri, reload: boolean): Promise<void> {
    const key = uri.toString();
    const state = reload ? await this.store.reload(key) : await this.store.load(key);
    this.report(uri, state);
    const annotations = state.status === 'valid' ? state.sidecar.annotations : [];
    if (annotations.length === 0 && state.status === 'valid') {
      this.documents.delete(key);
    } else {
      const text = await this.textOf(uri);
      const spans = new Map<string, Span | undefined>();
      if (text !== undefined) for (const r of resolveAnnotations(text, annotations)) spans.set(r.annotation.id, r.span);
      this.documents.set(key, { uri, text, annotations, spans });
    }
    this.indexForSearch(uri);
    this.changeEmitter.fire();
  }

  private report(uri: vscode.Uri, state: SidecarState): void {
    const sidecar = vscode.Uri.parse(state.path);
    if (state.status === 'valid') {
      this.diagnostics.delete(sidecar);
      return;
    }
    this.diagnostics.set(
      sidecar,
      state.problems.map((p) => {
        const line = Math.max(0, p.line - 1);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
          `${p.message} (annotations of ${this.labelOf(uri)} are not shown, and this file will not be written, until it is fixed)`,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'Policy Lens';
        return diagnostic;
      }),
    );
  }

  private indexForSearch(uri: vscode.Uri): void {
    const path = this.host.pathOf(uri) ?? this.labelOf(uri);
    const entries: SearchEntry[] = this.entries(uri).map(({ annotation: a, span }) => ({
      kind: 'annotation',
      title: `${a.kind}${a.status ? ` (${a.status})` : ''}: ${preview(a.anchor.quote.exact)}`,
      text: [a.note, a.anchor.quote.exact].filter(Boolean).join(' — '),
      tags: a.tags,
      ...(span && this.host.pathOf(uri) !== undefined && { location: { document: path, start: span.start, end: span.end } }),
    }));
    this.host.search.setSource(`annotations:${path}`, entries);
  }

  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open) return open.getText();
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  }

  private async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const source = sourcePathOf(sidecar.toString());
    if (source) await this.refresh(vscode.Uri.parse(source), true);
  }

  private async sourceChangedOnDisk(uri: vscode.Uri): Promise<void> {
    const doc = this.documents.get(uri.toString());
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (doc && !open) await this.refresh(uri, false);
  }

  /** Moves spans with the edit; an annotation whose own text was edited is re-anchored from its quote. */
  private edited(e: vscode.TextDocumentChangeEvent): void {
    const doc = this.documents.get(e.document.uri.toString());
    if (!doc || e.contentChanges.length === 0) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const text = e.document.getText();
    doc.text = text;
    doc.positions = undefined;
    for (const a of doc.annotations) {
      const old = doc.spans.get(a.id);
      const shifted = old && shiftSpan(old, changes);
      if (shifted && !shifted.touched) {
        doc.spans.set(a.id, { start: shifted.start, end: shifted.end });
        continue;
      }
      // Its own text changed (or, for a reload from disk, the whole text): where it was is the best hint.
      const hint = old ?? a.anchor.position;
      const match = reanchor(text, { quote: a.anchor.quote, position: hint });
      doc.spans.set(a.id, match && { start: match.start, end: match.end });
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.indexForSearch(doc.uri);
      this.changeEmitter.fire();
    }, TYPING_DELAY_MS);
  }

  /** On save the sidecar's anchors catch up with the saved text (offsets, quote, orphans). */
  private async saved(document: vscode.TextDocument): Promise<void> {
    const doc = this.documents.get(document.uri.toString());
    if (!doc || this.problems(document.uri)) return;
    const known = new Map([...doc.spans].filter((entry): entry is [string, Span] => entry[1] !== undefined));
    await this.store.refreshAnchors(document.uri.toString(), document.getText(), known);
    await this.refresh(document.uri, false);
  }

  private labelOf(uri: vscode.Uri): string {
    return this.host.pathOf(uri) ?? vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }
}

/** The `policyLens.author` setting, else the OS user. */
function authorSetting(): string {
  const configured = (vscode.workspace.getConfiguration().get<string>(Settings.author) ?? '').trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
