import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { PolicyLensApi } from '../../../src/vscode/api';
import { waitFor } from './deadline';
import { openSeed, policyDocument, policyLens, rangeOf, seedUri } from './workspace';

// A document no other in-host test reads, since these tests edit it.
const DOCUMENT = '000_569595cf5adcd712.txt';
const QUOTE = 'Following the CMA report and independent review, he outlined his three priorities in an oral statement to Parliament';
const INSERTED = 'A line added above by an editor.\n';

interface SidecarAnnotation {
  id: string;
  kind: string;
  tags: string[];
  status?: string;
  note?: string;
  anchor: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } };
}

describe('Annotations', () => {
  let api: PolicyLensApi;
  let id: string;
  let start: number;

  before(async () => {
    api = await policyLens();
  });

  after(async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(DOCUMENT));
    if (document.getText().startsWith(INSERTED)) {
      const edit = new vscode.WorkspaceEdit();
      edit.delete(document.uri, new vscode.Range(0, 0, 1, 0));
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
  });

  it('Tag Selection… writes the annotation, with its quote and offsets, to the sidecar next to the document', async () => {
    const editor = await openSeed(DOCUMENT);
    const document = await policyDocument(editor.document.uri);
    const range = rangeOf(document, QUOTE);
    start = document.offsetAt(range.start);
    editor.selection = new vscode.Selection(range.start, range.end);
    id = await vscode.commands.executeCommand<string>('policyLens.tagSelection', {
      kind: 'commitment',
      tags: ['workforce/recruitment'],
      status: 'announced',
      note: 'Tagged by the in-host tests',
    });
    assert.ok(id, 'the command returns the new annotation’s id');
    const written = await waitFor('the annotation in the sidecar', async () => (await sidecar()).find((a) => a.id === id));
    assert.equal(written.kind, 'commitment');
    assert.deepEqual(written.tags, ['workforce/recruitment']);
    assert.equal(written.status, 'announced');
    assert.equal(written.note, 'Tagged by the in-host tests');
    assert.equal(written.anchor.quote.exact, QUOTE);
    assert.deepEqual(written.anchor.position, { start, end: start + QUOTE.length });
  });

  it('follows its text when a WorkspaceEdit inserts a line above it, and the sidecar has the new offsets once saved', async () => {
    assert.ok(id, 'the previous test tagged the quote');
    const document = await vscode.workspace.openTextDocument(seedUri(DOCUMENT));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = start + INSERTED.length;
    const annotation = await waitFor('the annotation to move with its text', async () =>
      (await api.annotations(document.uri)).find((a) => a.id === id && a.start === moved),
    );
    assert.equal(annotation.text, QUOTE);
    assert.equal(annotation.orphaned, false);

    assert.ok(await document.save());
    const written = await waitFor('the sidecar to record the new offsets', async () =>
      (await sidecar()).find((a) => a.id === id && a.anchor.position.start === moved),
    );
    assert.deepEqual(written.anchor.position, { start: moved, end: moved + QUOTE.length });
    assert.equal(written.anchor.quote.exact, QUOTE);
  });
});

async function sidecar(): Promise<SidecarAnnotation[]> {
  const uri = seedUri(`${DOCUMENT}.annotations.yaml`);
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const parsed = parse(text) as { annotations?: SidecarAnnotation[] } | null;
  return parsed?.annotations ?? [];
}
