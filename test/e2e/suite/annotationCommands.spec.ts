import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { AnnotationTreeNode } from '../../../src/core/annotationTree';
import { waitFor } from './deadline';
import { openSeed, policyLens, rangeOf, seedUri } from './workspace';

// Documents no other in-host test reads or edits.
const DOCUMENT = '004_e9a59da55df5eadc.txt';
const OTHER = '002_642319d7ca8b5c62.txt';
const QUOTE = 'The government says the reforms will ‘empower’ social workers';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function sidecarOf(name: string): vscode.Uri {
  return seedUri(`${name}.annotations.yaml`);
}

interface SidecarAnnotation {
  id: string;
  kind: string;
  status?: string;
  anchor: { position: { start: number; end: number } };
}

async function sidecarAnnotations(name: string): Promise<SidecarAnnotation[] | undefined> {
  const text = await readText(sidecarOf(name));
  return text === undefined ? undefined : (parse(text) as { annotations: SidecarAnnotation[] }).annotations;
}

describe('Annotation commands, view, search and sidecar problems', () => {
  it('Tag Selection, given its answers, writes the sidecar and shows the annotation in the API, the view and search', async () => {
    const api = await policyLens();
    const editor = await openSeed(DOCUMENT);
    const range = rangeOf(editor.document, QUOTE);
    editor.selection = new vscode.Selection(range.start, range.end);
    const id = await vscode.commands.executeCommand<string>('policyLens.tagSelection', {
      kind: 'commitment',
      tags: ['workforce/recruitment'],
      status: 'announced',
      note: 'zebra-note for search',
    });
    assert.match(id, /^[0-9a-f]{12}$/);

    const written = await waitFor('the sidecar on disk', () => sidecarAnnotations(DOCUMENT));
    assert.equal(written[0].id, id);
    assert.equal(written[0].status, 'announced');

    const [shown] = await api.annotations(editor.document.uri);
    assert.equal(shown.text, QUOTE);
    assert.equal(shown.orphaned, false);

    const roots = (await api.annotationsTree.getChildren()) as AnnotationTreeNode[];
    const workforce = roots.find((n) => n.type === 'group' && n.label === 'workforce');
    assert.ok(workforce, `groups: ${roots.map((n) => (n.type === 'group' ? n.label : n.id)).join(', ')}`);

    const hit = await waitFor('the annotation in search', () => api.search('zebra-note').find((h) => h.kind === 'annotation'));
    assert.ok(hit.location && hit.location.start === shown.start);
  });

  it('Edit Annotation and Delete Annotation take an id and the fields to set', async () => {
    const api = await policyLens();
    const uri = seedUri(DOCUMENT);
    const [a] = await api.annotations(uri);
    await vscode.commands.executeCommand('policyLens.editAnnotation', { id: a.id, status: 'delivered', tags: ['housing'] });
    await waitFor('the new status on disk', async () => (await sidecarAnnotations(DOCUMENT))?.[0].status === 'delivered');
    assert.deepEqual((await api.annotations(uri))[0].tags, ['housing']);
    await vscode.commands.executeCommand('policyLens.deleteAnnotation', a.id);
    await waitFor('the annotation to be gone from disk', async () => (await sidecarAnnotations(DOCUMENT))?.length === 0);
    assert.equal((await api.annotations(uri)).length, 0);
  });

  it('reports an invalid sidecar in the Problems panel with its line, and never writes to it', async () => {
    const api = await policyLens();
    const corrupt = 'version: 1\nannotations:\n  - id: a1\n    kind: [unclosed\n';
    await vscode.workspace.fs.writeFile(sidecarOf(OTHER), new TextEncoder().encode(corrupt));
    const diagnostic = await waitFor('a diagnostic on the sidecar', () => vscode.languages.getDiagnostics(sidecarOf(OTHER))[0]);
    assert.ok(diagnostic.range.start.line >= 3, `line ${diagnostic.range.start.line + 1}`);
    assert.match(diagnostic.message, /YAML/);

    const editor = await openSeed(OTHER);
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 10));
    await vscode.commands.executeCommand('policyLens.tagSelection', { kind: 'note' });
    assert.equal(await readText(sidecarOf(OTHER)), corrupt);
    assert.deepEqual(await api.annotations(editor.document.uri), []);
  });

  it('reloads a sidecar changed on disk', async () => {
    const api = await policyLens();
    const uri = seedUri(OTHER);
    await vscode.workspace.fs.writeFile(sidecarOf(OTHER), new TextEncoder().encode('version: 1\nannotations: []\n'));
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(sidecarOf(OTHER)).length === 0);
    const editor = await openSeed(OTHER);
    const text = editor.document.getText(new vscode.Range(new vscode.Position(0, 0), new vscode.Position(0, 20)));
    const valid = [
      'version: 1',
      'annotations:',
      '  - id: fromdisk',
      '    kind: note',
      '    tags: []',
      '    author: someone',
      '    created: 2026-01-01T00:00:00.000Z',
      '    modified: 2026-01-01T00:00:00.000Z',
      '    anchor:',
      '      quote:',
      `        exact: ${JSON.stringify(text)}`,
      '        prefix: ""',
      '        suffix: ""',
      '      position:',
      '        start: 0',
      `        end: ${text.length}`,
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(sidecarOf(OTHER), new TextEncoder().encode(valid));
    const [loaded] = await waitFor('the annotation written on disk', async () => {
      const list = await api.annotations(uri);
      return list.length ? list : undefined;
    });
    assert.equal(loaded.id, 'fromdisk');
    assert.equal(loaded.text, text);
  });

  it('with no selection, offers the commitment the extractor found under the cursor: Enter through the prompts confirms it', async () => {
    const api = await policyLens();
    const editor = await openSeed(DOCUMENT);
    const sentence = 'Earlier this week, the government announced a wide range of new reform measures in Parliament.';
    const inside = rangeOf(editor.document, sentence).start.translate(0, 12);
    editor.selection = new vscode.Selection(inside, inside);
    void vscode.commands.executeCommand('policyLens.tagSelection');
    const confirmed = await waitFor('the kind, tags, status and note prompts to take their defaults', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return (await api.annotations(editor.document.uri)).find((a) => a.text === sentence);
    });
    assert.equal(confirmed.kind, 'commitment');
    assert.equal(confirmed.status, 'announced');
  });

  it('orphans an annotation whose text is deleted in the editor, lists it under Orphans, and re-attaches it to new text', async () => {
    const api = await policyLens();
    const editor = await openSeed(DOCUMENT);
    const sentence = 'Earlier this week, the government announced a wide range of new reform measures in Parliament.';
    const annotated = await waitFor('the annotation of the sentence', async () => (await api.annotations(editor.document.uri)).find((a) => a.text === sentence));
    assert.ok(await editor.edit((edit) => edit.delete(rangeOf(editor.document, sentence))));
    await waitFor('the annotation to be orphaned', async () => (await api.annotations(editor.document.uri)).find((a) => a.id === annotated.id)?.orphaned);
    const roots = (await api.annotationsTree.getChildren()) as AnnotationTreeNode[];
    const orphans = roots.find((n): n is Extract<AnnotationTreeNode, { type: 'group' }> => n.type === 'group' && n.orphans);
    assert.ok(orphans?.children.some((c) => c.type === 'annotation' && c.record.annotation.id === annotated.id), 'listed under Orphans');

    const target = rangeOf(editor.document, QUOTE);
    const span = { start: editor.document.offsetAt(target.start), end: editor.document.offsetAt(target.end) };
    await vscode.commands.executeCommand('policyLens.editAnnotation', { id: annotated.id, reattach: span });
    const reattached = (await api.annotations(editor.document.uri)).find((a) => a.id === annotated.id);
    assert.equal(reattached?.orphaned, false);
    assert.equal(reattached?.text, QUOTE);

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the document to be reverted', () => !editor.document.isDirty && editor.document.getText().includes(sentence));
  });
});
