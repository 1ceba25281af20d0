import * as vscode from 'vscode';
import { CorpusSearch } from '../core/corpusSearch';
import { DEFAULT_MAX_BYTES, decodeText, formatBytes, sizeProblem } from '../core/decode';
import { PathFilter } from '../core/glob';
import type { CorpusMention } from '../core/types';
import { UpdateQueue } from '../core/updateQueue';
import { WorkspaceModel } from '../core/workspaceModel';
import { toDocumentRange, toRange } from './convert';

/** Debounce after a keystroke before the document is re-extracted. */
const TYPING_DELAY_MS = 300;
/** Debounce for file events, which come in bursts (a git pull, a folder copied in). */
const FILE_EVENT_DELAY_MS = 100;
/** Files being read while the one before them is extracted. */
const READ_AHEAD = 8;
/** Documents indexed for search between two yields to the extension host. */
const INDEX_BATCH = 50;
/** The corpus when the settings say nothing; the annotation service watches the same files. */
export const DEFAULT_INCLUDE = ['**/*.{txt,md}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'];

type PendingChange = { from: 'buffer'; document: vscode.TextDocument } | { from: 'disk'; uri: vscode.Uri } | { from: 'deleted' };

/**
 * The workspace's corpus kept current: scans the corpus files once (with progress, cancellable),
 * then re-extracts only the document that was edited, created or deleted, re-links, refreshes the
 * search index and fires `onDidChange`. Paths are workspace-relative (prefixed with the folder
 * name in a multi-root workspace).
 */
export class CorpusService implements vscode.Disposable {
  readonly model = new WorkspaceModel();
  readonly search = new CorpusSearch(this.model);
  private indexing: ReturnType<typeof setTimeout> | undefined;
  private readonly uris = new Map<string, vscode.Uri>();
  /** Documents whose extraction came from an editor with unsaved edits. */
  private readonly unsaved = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after documents were re-extracted and the corpus re-linked. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly scanEmitter = new vscode.EventEmitter<{ done: number; total: number } | undefined>();
  /** Fires while a scan reads files, and with `undefined` when it ends. */
  readonly onDidScanProgress = this.scanEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.scanEmitter];
  private watchers: vscode.Disposable[] = [];
  private filter = filterOf(corpusGlobs());
  private readonly queue: UpdateQueue<PendingChange>;
  private firstScan: Promise<void> | undefined;
  private scanGeneration = 0;

  constructor(private readonly output: vscode.OutputChannel) {
    this.queue = new UpdateQueue<PendingChange>(
      (changes) => this.apply(changes),
      (error) => this.output.appendLine(`Policy Lens failed to update the corpus: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
    );
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isCorpusDocument(e.document)) this.schedule(e.document.uri, { from: 'buffer', document: e.document }, TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // A document restored with unsaved edits differs from the file that was scanned.
        if (document.isDirty && this.isCorpusDocument(document)) this.schedule(document.uri, { from: 'buffer', document }, FILE_EVENT_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Edits not saved are gone once the editor closes: the file on disk is the truth again.
        const path = this.pathOf(document.uri);
        if (path && this.unsaved.has(path)) this.schedule(document.uri, { from: 'disk', uri: document.uri }, FILE_EVENT_DELAY_MS);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyLens.corpusGlobs') || e.affectsConfiguration('policyLens.corpusExclude')) void this.rescan();
      }),
    );
  }

  /** Starts the first scan; returns at once. */
  start(): void {
    this.firstScan ??= this.rescan();
  }

  /** Resolves once the first scan has finished or was cancelled. */
  ready(): Promise<void> {
    this.start();
    return this.firstScan as Promise<void>;
  }

  /** Resolves once no scan, edit or file change is waiting to be applied. */
  async settled(): Promise<void> {
    await this.ready();
    await this.queue.settled();
  }

  /** Forgets everything and reads the whole corpus again; a scan still running stops where it is. */
  rescan(): Promise<void> {
    this.scanGeneration++;
    this.queue.discardPending();
    return this.queue.run(() => this.scan());
  }

  /** The corpus path of a URI, or undefined when it is not a corpus file. */
  pathOf(uri: vscode.Uri): string | undefined {
    const where = workspacePath(uri);
    if (!where?.relative || !this.filter.matches(where.relative) || where.relative.endsWith('.annotations.yaml')) return undefined;
    return where.path;
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  isCorpusDocument(document: vscode.TextDocument): boolean {
    return document.uri.scheme !== 'untitled' && this.pathOf(document.uri) !== undefined;
  }

  /** The editor range of a mention: from the open document when there is one, else from what was extracted. */
  rangeOf(mention: CorpusMention): vscode.Range | undefined {
    const uri = this.uris.get(mention.document);
    const open = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return toDocumentRange(open, mention);
    const positions = this.model.positions(mention.document);
    return positions && toRange(positions, mention);
  }

  locationOf(mention: CorpusMention): vscode.Location | undefined {
    const uri = this.uris.get(mention.document);
    const range = this.rangeOf(mention);
    return uri && range ? new vscode.Location(uri, range) : undefined;
  }

  dispose(): void {
    this.scanGeneration++;
    clearTimeout(this.indexing);
    this.queue.dispose();
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }

  private schedule(uri: vscode.Uri, change: PendingChange, delay: number): void {
    const path = this.pathOf(uri);
    if (!path) return;
    this.uris.set(path, uri);
    this.queue.schedule(path, change, delay);
  }

  private async apply(changes: ReadonlyMap<string, PendingChange>): Promise<void> {
    const started = performance.now();
    const touched: string[] = [];
    for (const [path, change] of changes) {
      if (change.from === 'deleted') {
        for (const known of [...this.model.paths()]) {
          if (known === path || known.startsWith(`${path}/`)) {
            this.model.delete(known);
            this.uris.delete(known);
            this.unsaved.delete(known);
            touched.push(known);
          }
        }
      } else if (change.from === 'buffer') {
        this.extract(path, change.document.getText(), change.document.isDirty);
        touched.push(path);
      } else {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === change.uri.toString() && !d.isClosed);
        const text = open ? open.getText() : await this.readFile(change.uri, path);
        if (text === undefined) this.model.delete(path);
        else this.extract(path, text, open?.isDirty ?? false);
        touched.push(path);
      }
    }
    if (!touched.length) return;
    const extracted = performance.now();
    const { linked, shown } = this.relinked(touched);
    // The views update in the change event's listeners, so this is the whole delay a user sees after the debounce.
    const ended = performance.now();
    const what = touched.length === 1 ? touched[0] : `${touched.length} documents`;
    const ms = (from: number, to: number) => Math.round(to - from);
    this.output.appendLine(
      `Updated ${what} in ${ms(started, ended)} ms (extraction ${ms(started, extracted)}, linking ${ms(extracted, linked)}, views ${ms(linked, shown)}, search index ${ms(shown, ended)}).`,
    );
  }

  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.configure();
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Policy Lens: reading policy texts' },
        async () => {
          const files = await this.findCorpusFiles();
          if (generation !== this.scanGeneration) return;
          await this.readAll(files, generation);
        },
      );
    } finally {
      this.scanEmitter.fire(undefined);
    }
  }

  private async readAll(files: vscode.Uri[], generation: number): Promise<void> {
    this.model.clear();
    this.uris.clear();
    this.unsaved.clear();
    const title = `Policy Lens: reading ${files.length} document${files.length === 1 ? '' : 's'}`;
    const started = Date.now();
    const notify = files.length > 200;
    const read = async (progress: vscode.Progress<{ increment?: number; message?: string }>, token?: vscode.CancellationToken) => {
      let done = 0;
      const paths = files.map((uri) => this.pathOf(uri));
      // Each read is a round trip to wherever the files are (a remote host, the browser), so a few are kept in flight.
      const reads = new Map<number, Promise<string | undefined>>();
      const readAhead = (i: number) => {
        const path = paths[i];
        if (path) reads.set(i, this.readFile(files[i], path));
      };
      for (let i = 0; i < READ_AHEAD && i < files.length; i++) readAhead(i);
      for (const [i, uri] of files.entries()) {
        if (i + READ_AHEAD < files.length) readAhead(i + READ_AHEAD);
        if (generation !== this.scanGeneration) return;
        if (token?.isCancellationRequested) {
          this.output.appendLine(`Scan cancelled after ${done} of ${files.length} documents; run "Policy Lens: Rescan" to read them all.`);
          break;
        }
        const path = paths[i];
        if (path) {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const pending = reads.get(i);
          reads.delete(i);
          const text = open ? open.getText() : await (pending ?? this.readFile(uri, path));
          if (text !== undefined) {
            this.uris.set(path, uri);
            this.extract(path, text, open?.isDirty ?? false);
          }
        }
        done++;
        if (done % 25 === 0 || done === files.length) {
          progress.report({ increment: (25 * 100) / files.length, message: `${done} of ${files.length}` });
          this.scanEmitter.fire({ done, total: files.length });
        }
      }
    };
    if (notify) await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, read);
    else await read({ report: () => undefined });
    if (generation !== this.scanGeneration) return;
    this.search.changedAll();
    this.relinked([]);
    this.output.appendLine(`Read ${this.model.paths().length} documents in ${Date.now() - started} ms.`);
  }

  /**
   * Re-links and tells the views, then brings search up to date: at once after an edit (one
   * document is quick to index), a batch at a time in the background after a scan, so that a whole
   * corpus never freezes the extension host. A search meanwhile indexes what remains first.
   */
  private relinked(touched: readonly string[]): { linked: number; shown: number } {
    this.search.changed(touched);
    this.model.index();
    const linked = performance.now();
    this.changeEmitter.fire();
    const shown = performance.now();
    if (touched.length <= INDEX_BATCH) this.search.indexNow(touched);
    this.indexInBackground();
    return { linked, shown };
  }

  private indexInBackground(): void {
    if (this.indexing || !this.search.pending) return;
    this.indexing = setTimeout(() => {
      this.indexing = undefined;
      this.search.indexSome(INDEX_BATCH);
      this.indexInBackground();
    });
  }

  /** Extracts one document; a document the extractors fail on is reported and left out, so one bad file never stops the rest. */
  private extract(path: string, text: string, unsaved: boolean): void {
    if (unsaved) this.unsaved.add(path);
    else this.unsaved.delete(path);
    try {
      this.model.set({ path, text });
    } catch (error) {
      this.model.delete(path);
      this.output.appendLine(`Skipped ${path}: extraction failed (${error instanceof Error ? error.stack ?? error.message : String(error)}).`);
    }
  }

  private async readFile(uri: vscode.Uri, path: string): Promise<string | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const tooLarge = sizeProblem(stat.size);
      if (tooLarge) {
        this.output.appendLine(`Skipped ${path}: ${tooLarge}.`);
        return undefined;
      }
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.output.appendLine(`Skipped ${path}: ${decoded.reason}.`);
        return undefined;
      }
      if (decoded.warning) this.output.appendLine(`${path}: ${decoded.warning}.`);
      // The editor drops a byte-order mark, so offsets must be counted without it to land on the same characters.
      return decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    } catch (error) {
      this.output.appendLine(`Skipped ${path}: cannot read (${error instanceof Error ? error.message : String(error)}).`);
      return undefined;
    }
  }

  private configure(): void {
    const { include, exclude } = corpusGlobs();
    this.filter = new PathFilter(include, exclude);
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob), false, false, true);
        watcher.onDidCreate((uri) => this.schedule(uri, { from: 'disk', uri }, FILE_EVENT_DELAY_MS));
        watcher.onDidChange((uri) => this.schedule(uri, { from: 'disk', uri }, FILE_EVENT_DELAY_MS));
        this.watchers.push(watcher);
      }
      // A folder created or deleted is reported once, for the folder, which no file glob matches.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, false);
      folders.onDidCreate((uri) => void this.scheduleCreatedFolder(uri));
      folders.onDidDelete((uri) => this.scheduleDeletion(uri));
      this.watchers.push(folders);
    }
    this.output.appendLine(`Corpus: ${include.join(', ')}; excluding ${exclude.join(', ') || 'nothing'}; documents over ${formatBytes(DEFAULT_MAX_BYTES)} are skipped.`);
  }

  /**
   * Schedules the corpus files inside a newly created folder. The file watcher can miss files
   * written into a folder before the watcher has seen the folder itself (a git pull, a folder
   * copied in), so the folder is read once; files it did report are simply scheduled twice.
   */
  private async scheduleCreatedFolder(uri: vscode.Uri): Promise<void> {
    const relative = workspacePath(uri)?.relative;
    if (!relative || this.pathOf(uri) || this.filter.prunes(relative)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) await this.scheduleFolderContents(uri, relative);
    } catch {
      // Gone again before it could be read: its deletion event follows.
    }
  }

  private async scheduleFolderContents(uri: vscode.Uri, relative: string): Promise<void> {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(uri)) {
      const child = vscode.Uri.joinPath(uri, name);
      if (type & vscode.FileType.SymbolicLink && type & vscode.FileType.Directory) continue; // a linked folder can loop back on itself
      if (type & vscode.FileType.Directory) {
        if (!this.filter.prunes(`${relative}/${name}`)) await this.scheduleFolderContents(child, `${relative}/${name}`);
      } else if (type & vscode.FileType.File) {
        this.schedule(child, { from: 'disk', uri: child }, FILE_EVENT_DELAY_MS);
      }
    }
  }

  private scheduleDeletion(uri: vscode.Uri): void {
    // A deleted folder arrives as one event, so it is matched as a prefix rather than against the globs.
    const path = workspacePath(uri)?.path;
    if (path === undefined) return;
    if (!this.model.has(path) && !this.model.paths().some((known) => known.startsWith(`${path}/`))) return;
    this.queue.schedule(path, { from: 'deleted' }, FILE_EVENT_DELAY_MS);
  }

  private async findCorpusFiles(): Promise<vscode.Uri[]> {
    const { include, exclude } = corpusGlobs();
    // VS Code's globs do not nest braces, so only flat patterns prune the search; `pathOf` applies them all.
    const flat = exclude.filter((glob) => !/[{}]/.test(glob));
    const excludeGlob = flat.length ? `{${flat.join(',')}}` : null;
    const seen = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of include) {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excludeGlob)) seen.set(uri.toString(), uri);
      }
    }
    return [...seen.values()].filter((uri) => this.pathOf(uri) !== undefined).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

interface CorpusGlobs {
  include: string[];
  exclude: string[];
}

/** The corpus globs from the settings (`policyLens.corpusGlobs`, `policyLens.corpusExclude`). */
function corpusGlobs(): CorpusGlobs {
  const config = vscode.workspace.getConfiguration('policyLens');
  return { include: config.get<string[]>('corpusGlobs', DEFAULT_INCLUDE), exclude: config.get<string[]>('corpusExclude', DEFAULT_EXCLUDE) };
}

/**
 * Where a URI is in the workspace: relative to its folder (what the globs match), and as a corpus
 * path, which names the folder too in a multi-root workspace.
 */
function workspacePath(uri: vscode.Uri): { relative: string; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return { relative, path: (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${relative}` : relative };
}

function filterOf({ include, exclude }: CorpusGlobs): PathFilter {
  return new PathFilter(include, exclude);
}
