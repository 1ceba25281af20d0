import * as vscode from 'vscode';
import type { Annotation, AnnotationFields, CommitmentStatus } from '../core/annotation';
import { BUILT_IN_KINDS, COMMITMENT_STATUSES, isCommitmentStatus, isValidTag } from '../core/annotation';
import { splitSentences } from '../core/sentences';
import type { AnnotationLeafNode } from '../core/annotationTree';
import type { Span } from '../core/types';
import { Commands } from './commands';
import { PromptFlow } from './annotationPrompts';
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
    vscode.commands.registerCommand(Commands.tagSelection, run((arg?: TagSelectionArgs) => tagSelection(service, corpus, arg))),
    vscode.commands.registerCommand(Commands.editAnnotation, run((arg?: EditAnnotationArgs) => editAnnotation(service, arg))),
    vscode.commands.registerCommand(Commands.deleteAnnotation, run((arg?: DeleteAnnotationArgs) => deleteAnnotation(service, arg))),
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
    const flow = new PromptFlow();
    try {
      fields = await askFields(flow, service, { ...(target.kind && { kind: target.kind }), tags: [] }, quote);
    } finally {
      flow.dispose();
    }
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

/**
 * The prompts for a new annotation: kind, tags, status (for commitments), note; undefined when cancelled.
 * Each has a default that Enter takes (the extracted kind, no tags, `announced`, no note), so an item
 * the extractor found is confirmed by pressing Enter through them.
 */
async function askFields(flow: PromptFlow, service: AnnotationService, initial: { kind?: string; tags: string[] }, quote: string): Promise<AnnotationFields | undefined> {
  const kind = await askKind(flow, service, initial.kind, NEW_TITLE, quote);
  if (kind === undefined) return undefined;
  const tags = await askTags(flow, service, initial.tags, NEW_TITLE);
  if (tags === undefined) return undefined;
  let status: CommitmentStatus | undefined;
  if (kind === 'commitment') {
    const chosen = await askStatus(flow, undefined, NEW_TITLE);
    if (chosen === undefined) return undefined;
    status = chosen ?? undefined;
  }
  const note = await askNote(flow, undefined, NEW_TITLE);
  if (note === undefined) return undefined;
  return { kind, tags, ...(status !== undefined && { status }), ...(note !== '' && { note }) };
}

async function askKind(flow: PromptFlow, service: AnnotationService, current: string | undefined, title: string, quote: string): Promise<string | undefined> {
  const kinds = [...new Set([...(current ? [current] : []), ...BUILT_IN_KINDS, ...service.kinds()])];
  const currentNote = title === EDIT_TITLE ? 'current' : 'as extracted';
  const items: vscode.QuickPickItem[] = kinds.map((k) => ({ label: k, description: k === current ? currentNote : undefined }));
  const other: vscode.QuickPickItem = { label: '$(add) Another kind…' };
  const chosen = await flow.pick({ title: `${title}: kind`, placeholder: `What is “${quote}”?`, items: [...items, other], active: items[0] });
  if (!chosen) return undefined;
  if (chosen !== other) return chosen.label;
  const typed = await flow.input({
    title: `${title}: kind`,
    prompt: 'A kind of your own, e.g. "target" or "risk"',
    validate: (v) => (v.trim() && !/[\r\n]/.test(v) ? undefined : 'One line, not empty'),
  });
  return typed?.trim() || undefined;
}

interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

/**
 * Workspace tags first, most used first, to tick; typed text (several tags separated by commas) is added
 * on Enter when it names a tag in full or a new one, not when it is part of an existing tag (then it was
 * typed to find it).
 */
async function askTags(flow: PromptFlow, service: AnnotationService, current: readonly string[], title: string): Promise<string[] | undefined> {
  const known = [...new Set([...current, ...service.tags()])];
  const items = known.map((tag): TagItem => ({ label: tag, tag }));
  const answer = await flow.pickMany({
    title: `${title}: tags`,
    placeholder: 'Tick tags, or type new ones, comma-separated ("/" makes a hierarchy: workforce/recruitment); Enter when done',
    items,
    selected: items.filter((i) => current.includes(i.tag)),
  });
  if (!answer) return undefined;
  const typed = answer.value
    .split(',')
    .map(normaliseTag)
    .filter((t) => t && isValidTag(t) && (known.includes(t) || !known.some((k) => k.includes(t))));
  return [...new Set([...answer.selected.map((i) => i.tag), ...typed])];
}

function normaliseTag(value: string): string {
  return value.trim().replace(/\s*\/\s*/g, '/');
}

/** The chosen status, null for none, undefined when cancelled. */
async function askStatus(flow: PromptFlow, current: CommitmentStatus | undefined, title: string): Promise<CommitmentStatus | null | undefined> {
  const items = [...COMMITMENT_STATUSES, 'no status'].map((s) => ({ label: s, description: s === current ? 'current' : undefined }));
  const chosen = await flow.pick({ title: `${title}: status`, placeholder: 'Where does this commitment stand?', items });
  if (!chosen) return undefined;
  return isCommitmentStatus(chosen.label) ? chosen.label : null;
}

async function askNote(flow: PromptFlow, current: string | undefined, title: string): Promise<string | undefined> {
  const note = await flow.input({ title: `${title}: note`, prompt: 'An optional note (Enter to leave it empty)', value: current ?? '' });
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
  const flow = new PromptFlow();
  try {
    const change = await askChange(flow, service, entry);
    if (change === 'delete') {
      flow.dispose();
      await deleteAnnotation(service, { id: entry.annotation.id, confirm: true });
      return undefined;
    }
    if (!change) return undefined;
    return await service.update(entry.annotation.id, change.patch, change.reattach);
  } finally {
    flow.dispose();
  }
}

/** Which field to change and its new value; `delete` when the person chose to delete it. */
async function askChange(
  flow: PromptFlow,
  service: AnnotationService,
  entry: AnnotationEntry,
): Promise<{ patch: AnnotationPatch; reattach?: { document: vscode.TextDocument; span: Span } } | 'delete' | undefined> {
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
  const chosen = await flow.pick({ title: `Edit annotation of “${quote}”${entry.span ? '' : ' (orphaned)'}`, items: actions });
  switch (chosen?.action) {
    case undefined:
      return undefined;
    case 'kind': {
      const kind = await askKind(flow, service, a.kind, EDIT_TITLE, quote);
      return kind === undefined ? undefined : { patch: { kind } };
    }
    case 'tags': {
      const tags = await askTags(flow, service, a.tags, EDIT_TITLE);
      return tags === undefined ? undefined : { patch: { tags } };
    }
    case 'status': {
      const status = await askStatus(flow, a.status, EDIT_TITLE);
      return status === undefined ? undefined : { patch: { status } };
    }
    case 'note': {
      const note = await askNote(flow, a.note, EDIT_TITLE);
      return note === undefined ? undefined : { patch: { note: note === '' ? null : note } };
    }
    case 'reattach': {
      if (!editor) return undefined;
      const span = { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
      return { patch: {}, reattach: { document: editor.document, span } };
    }
    case 'delete':
      return 'delete';
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
