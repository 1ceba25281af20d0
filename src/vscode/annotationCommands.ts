import * as vscode from 'vscode';
import type { Annotation, AnnotationFields, CommitmentStatus } from '../core/annotation';
import { BUILT_IN_KINDS, COMMITMENT_STATUSES, isCommitmentStatus, isValidTag } from '../core/annotation';
import { splitSentences } from '../core/sentences';
import type { AnnotationLeafNode } from '../core/annotationTree';
import type { Span } from '../core/types';
import { AnnotationCommands } from './annotationIds';
import type { AnnotationEntry, AnnotationPatch, AnnotationService } from './annotationService';
import type { CorpusService } from './corpusService';

/**
 * `policyLens.tagSelection`'s argument, for scripts and tests: with `kind` set nothing is asked.
 * The target is `uri` + `start`/`end` when given, else the active editor's selection, else the
 * extracted item or sentence under its cursor.
 * @example vscode.commands.executeCommand('policyLens.tagSelection', { kind: 'commitment', tags: ['housing'], status: 'announced' })
 */
export interface TagSelectionArgs {
  kind?: string;
  tags?: string[];
  status?: string;
  note?: string;
  uri?: vscode.Uri | string;
  start?: number;
  end?: number;
}

/** The fields `policyLens.editAnnotation` sets without asking; `reattach` moves the annotation to `[start, end)` of its document. */
export interface AnnotationEdit {
  id: string;
  kind?: string;
  tags?: string[];
  status?: string | null;
  note?: string | null;
  reattach?: Span;
}

/**
 * `policyLens.editAnnotation`'s argument: an id or a node of the annotations view (then the changes are
 * asked for), or an `AnnotationEdit` (then nothing is asked).
 */
export type EditAnnotationArgs = string | AnnotationLeafNode | AnnotationEdit;

/** `policyLens.deleteAnnotation`'s argument: an id or `{ id }` deletes at once; a view node or `{ id, confirm: true }` asks first. */
export type DeleteAnnotationArgs = string | AnnotationLeafNode | { id: string; confirm?: boolean };

// Prompt titles name only the field asked for, so that each prompt is recognisable on its own.
const NEW_TITLE = 'New annotation';
const EDIT_TITLE = 'Edit annotation';

const KIND_SOURCES: Record<string, string> = { commitment: 'commitment', recommendation: 'recommendation', funding: 'funding', item: 'note' };

/** Registers the tag, edit and delete commands; each returns what it did, for scripts and tests. */
export function registerAnnotationCommands(service: AnnotationService, corpus: CorpusService): vscode.Disposable {
  const run =
    <A, R>(command: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R | undefined> => {
      try {
        return await command(arg);
      } catch (error) {
        void vscode.window.showErrorMessage(`Policy Lens: ${(error as Error).message}`);
        return undefined;
      }
    };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(AnnotationCommands.tagSelection, run((arg?: TagSelectionArgs) => tagSelection(service, corpus, arg))),
    vscode.commands.registerCommand(AnnotationCommands.editAnnotation, run((arg?: EditAnnotationArgs) => editAnnotation(service, arg))),
    vscode.commands.registerCommand(AnnotationCommands.deleteAnnotation, run((arg?: DeleteAnnotationArgs) => deleteAnnotation(service, arg))),
  );
}

async function tagSelection(service: AnnotationService, corpus: CorpusService, arg: TagSelectionArgs | undefined): Promise<string | undefined> {
  const target = await targetOf(corpus, arg);
  if (!target) {
    void vscode.window.showInformationMessage('Policy Lens: select the text to annotate, or put the cursor in a sentence.');
    return undefined;
  }
  let fields: AnnotationFields | undefined;
  if (arg?.kind) {
    if (arg.status !== undefined && !isCommitmentStatus(arg.status)) throw new Error(`"${arg.status}" is not a status (${COMMITMENT_STATUSES.join(', ')})`);
    const badTag = arg.tags?.find((t) => !isValidTag(t));
    if (badTag !== undefined) throw new Error(`"${badTag}" is not a valid tag`);
    fields = { kind: arg.kind, tags: arg.tags ?? [], ...(arg.status !== undefined && { status: arg.status as CommitmentStatus }), ...(arg.note !== undefined && { note: arg.note }) };
  } else {
    const quote = preview(target.document.getText().slice(target.span.start, target.span.end));
    fields = target.kind ? await confirmExtracted(service, target.kind, quote) : await askFields(service, { tags: [] }, quote);
  }
  if (!fields) return undefined;
  const annotation = await service.add(target.document, target.span, fields);
  return annotation.id;
}

interface Target {
  document: vscode.TextDocument;
  span: Span;
  /** The kind the extractor gave the text, offered first. */
  kind?: string;
}

async function targetOf(corpus: CorpusService, arg: TagSelectionArgs | undefined): Promise<Target | undefined> {
  if (arg?.uri !== undefined && arg.start !== undefined && arg.end !== undefined) {
    const document = await vscode.workspace.openTextDocument(typeof arg.uri === 'string' ? vscode.Uri.parse(arg.uri) : arg.uri);
    return arg.end > arg.start ? { document, span: { start: arg.start, end: arg.end } } : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document, selection } = editor;
  if (!selection.isEmpty) return { document, span: { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) } };
  const offset = document.offsetAt(selection.active);
  const path = corpus.pathOf(document.uri);
  const mentions = path ? corpus.model.index().mentionsAt(path, offset) : [];
  const preferred = ['commitment', 'recommendation', 'funding', 'item'].flatMap((kind) => mentions.filter((m) => m.kind === kind))[0];
  if (preferred) return { document, span: { start: preferred.start, end: preferred.end }, kind: KIND_SOURCES[preferred.kind] };
  const sentence = splitSentences(document.getText()).find((s) => s.start <= offset && offset <= s.end);
  return sentence && sentence.end > sentence.start ? { document, span: { start: sentence.start, end: sentence.end } } : undefined;
}

/** One step to confirm what the extractor found under the cursor (a commitment is `announced`), or the full flow. */
async function confirmExtracted(service: AnnotationService, kind: string, quote: string): Promise<AnnotationFields | undefined> {
  const confirm = { label: `$(check) Confirm as ${kind}`, description: quote };
  const details = { label: '$(edit) Annotate with details…', description: 'choose the kind, tags, status and note' };
  const chosen = await vscode.window.showQuickPick([confirm, details], { title: `${NEW_TITLE} of the ${kind} under the cursor` });
  if (chosen === confirm) return { kind, tags: [], ...(kind === 'commitment' && { status: 'announced' as const }) };
  return chosen === details ? askFields(service, { kind, tags: [] }, quote) : undefined;
}

/** The QuickPick flow: kind, tags, status (for commitments), note; undefined when cancelled. */
async function askFields(service: AnnotationService, initial: { kind?: string; tags: string[]; status?: CommitmentStatus; note?: string }, quote: string): Promise<AnnotationFields | undefined> {
  const kind = await askKind(service, initial.kind, NEW_TITLE, quote);
  if (kind === undefined) return undefined;
  const tags = await askTags(service, initial.tags, NEW_TITLE);
  if (tags === undefined) return undefined;
  let status: CommitmentStatus | undefined;
  if (kind === 'commitment') {
    const chosen = await askStatus(initial.status, NEW_TITLE);
    if (chosen === undefined) return undefined;
    status = chosen ?? undefined;
  }
  const note = await askNote(initial.note, NEW_TITLE);
  if (note === undefined) return undefined;
  return { kind, tags, ...(status !== undefined && { status }), ...(note !== '' && { note }) };
}

async function askKind(service: AnnotationService, current: string | undefined, title: string, quote: string): Promise<string | undefined> {
  const OTHER = '$(add) Another kind…';
  const kinds = [...new Set([...(current ? [current] : []), ...BUILT_IN_KINDS, ...service.kinds()])];
  const items: vscode.QuickPickItem[] = [...kinds.map((k) => ({ label: k, description: k === current ? 'as extracted' : undefined })), { label: OTHER }];
  const chosen = await vscode.window.showQuickPick(items, { title: `${title}: kind`, placeHolder: `What is “${quote}”?` });
  if (!chosen) return undefined;
  if (chosen.label !== OTHER) return chosen.label;
  const typed = await vscode.window.showInputBox({ title: 'Annotation kind', prompt: 'A kind of your own, e.g. "target" or "risk"', validateInput: (v) => (v.trim() && !/[\r\n]/.test(v) ? undefined : 'One line, not empty') });
  return typed?.trim() || undefined;
}

interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

/** Workspace tags first, most used first; typing a new tag (e.g. `workforce/recruitment`) offers it too. */
function askTags(service: AnnotationService, current: readonly string[], title: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<TagItem>();
    pick.title = `${title}: tags`;
    pick.placeholder = 'Choose tags, or type a new one (use "/" for a hierarchy: workforce/recruitment); Enter when done';
    pick.canSelectMany = true;
    const known = [...new Set([...current, ...service.tags()])];
    const chosen = new Set(current);
    // Enter adds what was typed as a tag, unless the typing only served to find and tick existing ones.
    let tickedSinceTyping = false;
    let updating = false;
    const update = () => {
      const typed = pick.value.trim().replace(/\s*\/\s*/g, '/');
      const extra = [...chosen].filter((t) => !known.includes(t));
      const fresh = typed && !known.includes(typed) && !extra.includes(typed) && isValidTag(typed) ? [typed] : [];
      const items = [...fresh, ...extra, ...known].map((tag): TagItem => ({ label: tag, tag, description: fresh.includes(tag) ? 'new tag' : undefined }));
      updating = true;
      pick.items = items;
      pick.selectedItems = items.filter((i) => chosen.has(i.tag));
      updating = false;
    };
    pick.onDidChangeSelection((selected) => {
      if (updating) return;
      tickedSinceTyping = true;
      const visible = new Set(pick.items.map((i) => i.tag));
      for (const tag of visible) if (!selected.some((s) => s.tag === tag)) chosen.delete(tag);
      for (const s of selected) chosen.add(s.tag);
    });
    pick.onDidChangeValue(() => {
      tickedSinceTyping = false;
      update();
    });
    let accepted = false;
    pick.onDidAccept(() => {
      const typed = pick.value.trim().replace(/\s*\/\s*/g, '/');
      if (typed && isValidTag(typed) && !tickedSinceTyping) chosen.add(typed);
      accepted = true;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(accepted ? [...chosen] : undefined);
    });
    update();
    pick.show();
  });
}

/** The chosen status, null for none, undefined when cancelled. */
async function askStatus(current: CommitmentStatus | undefined, title: string): Promise<CommitmentStatus | null | undefined> {
  const NONE = 'no status';
  const items = [...COMMITMENT_STATUSES, NONE].map((s) => ({ label: s, description: s === current ? 'current' : undefined }));
  const chosen = await vscode.window.showQuickPick(items, { title: `${title}: status`, placeHolder: 'Where does this commitment stand?' });
  if (!chosen) return undefined;
  return chosen.label === NONE ? null : (chosen.label as CommitmentStatus);
}

async function askNote(current: string | undefined, title: string): Promise<string | undefined> {
  const note = await vscode.window.showInputBox({ title: `${title}: note`, prompt: 'An optional note (Enter to leave it empty)', value: current ?? '' });
  return note === undefined ? undefined : note.trim();
}

async function editAnnotation(service: AnnotationService, arg: EditAnnotationArgs | undefined): Promise<string | undefined> {
  const entry = await entryOf(service, arg);
  if (!entry) return undefined;
  const { annotation } = entry;
  if (typeof arg === 'object' && !isViewNode(arg)) {
    const patch: AnnotationPatch = {};
    if (arg.kind !== undefined) patch.kind = arg.kind;
    if (arg.tags !== undefined) patch.tags = arg.tags;
    if (arg.status !== undefined) {
      if (arg.status !== null && !isCommitmentStatus(arg.status)) throw new Error(`"${arg.status}" is not a status (${COMMITMENT_STATUSES.join(', ')})`);
      patch.status = arg.status;
    }
    if (arg.note !== undefined) patch.note = arg.note;
    const reattach = arg.reattach && { document: await vscode.workspace.openTextDocument(entry.uri), span: arg.reattach };
    return (await service.update(annotation.id, patch, reattach)).id;
  }
  return (await editInteractively(service, entry))?.id;
}

async function editInteractively(service: AnnotationService, entry: AnnotationEntry): Promise<Annotation | undefined> {
  const a = entry.annotation;
  const quote = preview(a.anchor.quote.exact);
  const editor = vscode.window.activeTextEditor;
  const canReattach = editor && !editor.selection.isEmpty && editor.document.uri.toString() === entry.uri.toString();
  type Action = vscode.QuickPickItem & { action: 'kind' | 'tags' | 'status' | 'note' | 'reattach' | 'delete' };
  const actions: Action[] = [
    { label: '$(symbol-enum) Kind', description: a.kind, action: 'kind' },
    { label: '$(tag) Tags', description: a.tags.join(', ') || 'none', action: 'tags' },
    { label: '$(pulse) Status', description: a.status ?? 'none', action: 'status' },
    { label: '$(note) Note', description: a.note ?? 'none', action: 'note' },
    ...(canReattach ? [{ label: '$(link) Re-attach to the selection', description: entry.span ? undefined : 'orphaned', action: 'reattach' as const }] : []),
    { label: '$(trash) Delete', action: 'delete' },
  ];
  const chosen = await vscode.window.showQuickPick(actions, { title: `Edit annotation of “${quote}”${entry.span ? '' : ' (orphaned)'}` });
  if (!chosen) return undefined;
  switch (chosen.action) {
    case 'kind': {
      const kind = await askKind(service, a.kind, EDIT_TITLE, quote);
      return kind === undefined ? undefined : service.update(a.id, { kind });
    }
    case 'tags': {
      const tags = await askTags(service, a.tags, EDIT_TITLE);
      return tags === undefined ? undefined : service.update(a.id, { tags });
    }
    case 'status': {
      const status = await askStatus(a.status, EDIT_TITLE);
      return status === undefined ? undefined : service.update(a.id, { status });
    }
    case 'note': {
      const note = await askNote(a.note, EDIT_TITLE);
      return note === undefined ? undefined : service.update(a.id, { note: note === '' ? null : note });
    }
    case 'reattach': {
      if (!editor) return undefined;
      const span = { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
      return service.update(a.id, {}, { document: editor.document, span });
    }
    case 'delete':
      await deleteAnnotation(service, { id: a.id, confirm: true });
      return undefined;
  }
}

async function deleteAnnotation(service: AnnotationService, arg: DeleteAnnotationArgs | undefined): Promise<string | undefined> {
  const entry = await entryOf(service, arg);
  if (!entry) return undefined;
  const ask = arg === undefined || (typeof arg === 'object' && (isViewNode(arg) || arg.confirm === true));
  if (ask) {
    const answer = await vscode.window.showWarningMessage(
      `Delete the ${entry.annotation.kind} annotation of “${preview(entry.annotation.anchor.quote.exact)}”?`,
      { modal: true, detail: 'It is removed from the sidecar file; undo with your version control.' },
      'Delete',
    );
    if (answer !== 'Delete') return undefined;
  }
  await service.remove(entry.annotation.id);
  return entry.annotation.id;
}

/** The annotation an argument names; without one, the annotation under the cursor, else a pick of all. */
async function entryOf(service: AnnotationService, arg: EditAnnotationArgs | DeleteAnnotationArgs | undefined): Promise<AnnotationEntry | undefined> {
  if (typeof arg === 'string') return required(service, arg);
  if (arg && isViewNode(arg)) return required(service, arg.record.annotation.id);
  if (arg) return required(service, arg.id);
  const editor = vscode.window.activeTextEditor;
  const here = editor ? service.at(editor.document.uri, editor.document.offsetAt(editor.selection.active)) : [];
  const candidates = here.length ? here : service.entries();
  if (candidates.length === 1) return candidates[0];
  if (!candidates.length) {
    void vscode.window.showInformationMessage('Policy Lens: there are no annotations yet. Select some text and run "Tag Selection…".');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(
    candidates.map((e) => ({ label: preview(e.annotation.anchor.quote.exact), description: `${e.annotation.kind} · ${e.document}${e.span ? '' : ' · orphaned'}`, entry: e })),
    { title: 'Choose an annotation', matchOnDescription: true },
  );
  return chosen?.entry;
}

function isViewNode(arg: object): arg is AnnotationLeafNode {
  return 'type' in arg && arg.type === 'annotation' && 'record' in arg;
}

function required(service: AnnotationService, id: string): AnnotationEntry {
  const entry = service.find(id);
  if (!entry) throw new Error(`no annotation with id ${id}`);
  return entry;
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
