import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/core/itemsTree';
import type { PolicyLensApi } from '../../../src/vscode/api';
import { waitFor } from './deadline';
import { RCC_DOCUMENTS, baseName, openSeed, policyDocument, policyLens, rangeOf, seedUri } from './workspace';

describe('Hovers and related mentions', () => {
  it('a hover on "RCCs" names the linked item and the documents that mention it', async () => {
    await policyLens();
    const editor = await openSeed(RCC_DOCUMENTS[0]);
    const document = await policyDocument(editor.document.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'RCCs').start);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Regional Care Co\\?-operatives/);
    assert.match(text, /mentioned in 2 documents/);
  });

  it('a hover on a funding figure gives its amount in full and its currency', async () => {
    await policyLens();
    const editor = await openSeed(RCC_DOCUMENTS[0]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, rangeOf(editor.document, '£10 million').start);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /10,000,000 GBP/);
  });

  it('Go to Definition on "RCCs" goes to where Regional Care Co-operatives is spelled out', async () => {
    await policyLens();
    const editor = await openSeed(RCC_DOCUMENTS[1]);
    const document = await policyDocument(editor.document.uri);
    const at = rangeOf(document, 'RCCs', 1).start;
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, at);
    assert.equal(definitions.length, 1);
    const [definition] = definitions;
    const uri = 'targetUri' in definition ? definition.targetUri : definition.uri;
    const range = 'targetRange' in definition ? definition.targetRange : definition.range;
    const target = await vscode.workspace.openTextDocument(uri);
    assert.match(target.getText(range), /regional care co-operatives/i);
  });

  it('Next Related Mention steps through the item’s mentions in both documents, and Previous steps back', async () => {
    await policyLens();
    const editor = await openSeed(RCC_DOCUMENTS[0]);
    const start = rangeOf(editor.document, 'RCCs').start;
    editor.selection = new vscode.Selection(start, start);
    const visited: string[] = [];
    for (let step = 0; step < 8; step++) {
      await vscode.commands.executeCommand('policyLens.nextRelatedMention');
      const active = vscode.window.activeTextEditor;
      assert.ok(active);
      assert.match(active.document.getText(active.selection), /regional care co-operatives|RCCs/i);
      visited.push(baseName(active.document.uri));
    }
    assert.deepEqual([...new Set(visited)].sort(), [...RCC_DOCUMENTS]);
    await vscode.commands.executeCommand('policyLens.previousRelatedMention');
    const back = vscode.window.activeTextEditor;
    assert.ok(back && !back.selection.isEmpty);
  });
});

describe('The corpus, kept current', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await policyLens();
  });

  it('re-extracts a document edited in the editor', async () => {
    const editor = await openSeed(RCC_DOCUMENTS[0]);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(0, 0), 'The government will invest £99m in the Otter Crossing Programme by 2030.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await api.settled();
    const mentions = api.result().mentions.filter((m) => baseName(editor.document.uri) === m.document.split('/').pop());
    assert.ok(mentions.some((m) => m.kind === 'funding' && m.amount === 99_000_000), 'the new funding figure is found');
    assert.ok(api.search('otter crossing').length > 0, 'and is searchable');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('adds a new file, follows its changes on disk, and drops it when its folder is deleted', async () => {
    const uri = seedUri('added/new-policy.txt');
    const inCorpus = () => api.result().documents.some((d) => d.path.endsWith('added/new-policy.txt'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The council will spend £7m on the Otter Fund by 2026.'));
    await waitFor('the new file to be in the corpus', async () => (await api.settled(), inCorpus()));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The council will spend £8m on the Otter Fund by 2026.'));
    await waitFor('the changed figure', async () => (await api.settled(), api.result().mentions.some((m) => m.kind === 'funding' && m.amount === 8_000_000)));
    await vscode.workspace.fs.delete(seedUri('added'), { recursive: true });
    await waitFor('the file to leave the corpus', async () => (await api.settled(), !inCorpus()));
  });

  it('leaves a binary file out of the corpus', async () => {
    const uri = seedUri('scan.txt');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    await vscode.commands.executeCommand('policyLens.rescan');
    await api.settled();
    assert.ok(!api.result().documents.some((d) => d.path.endsWith('scan.txt')));
    await vscode.workspace.fs.delete(uri);
  });
});

describe('The items view’s title actions', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await policyLens();
  });
  after(async () => {
    await vscode.commands.executeCommand('policyLens.clearFilter');
    await vscode.commands.executeCommand('policyLens.groupByKind');
  });

  it('groups by document: each document, then its kinds', async () => {
    await vscode.commands.executeCommand('policyLens.groupByDocument');
    const documents = await children(api);
    assert.ok(documents.length >= RCC_DOCUMENTS.length);
    assert.ok(documents.every((node) => node.type === 'document'));
    const kinds = await Promise.all((await children(api, documents[1])).map((node) => label(api, node)));
    assert.ok(kinds.includes('Programmes and bodies'), kinds.join(', '));
    await vscode.commands.executeCommand('policyLens.groupByKind');
    assert.equal(await label(api, (await children(api))[0]), 'Programmes and bodies');
  });

  it('narrows the tree to what matches the filter, and the clear action restores it', async () => {
    const before = (await children(api, (await children(api))[0])).length;
    await vscode.commands.executeCommand('policyLens.filterTree', 'RCCs');
    const items = await Promise.all((await children(api, (await children(api))[0])).map((node) => label(api, node)));
    assert.ok(items.some((name) => /regional care co-operatives/i.test(name)), items.join(', '));
    assert.ok(items.length < before, `${items.length} of ${before} items`);
    await vscode.commands.executeCommand('policyLens.clearFilter');
    assert.equal((await children(api, (await children(api))[0])).length, before);
  });
});

async function children(api: PolicyLensApi, node?: TreeNode): Promise<TreeNode[]> {
  return (await api.itemsTree.getChildren(node)) ?? [];
}

async function label(api: PolicyLensApi, node: TreeNode): Promise<string> {
  const { label } = await api.itemsTree.getTreeItem(node);
  return typeof label === 'string' ? label : label?.label ?? '';
}
