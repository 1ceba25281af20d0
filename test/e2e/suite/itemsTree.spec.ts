import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/core/itemsTree';
import type { PolicyLensApi } from '../../../src/vscode/api';
import { RCC_DOCUMENTS, policyLens } from './workspace';

describe('The Policy Lens items tree', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await policyLens();
  });

  it('groups the seeds by kind: programmes and bodies, funding, commitments, recommendations', async () => {
    const labels = await Promise.all((await children(api)).map((node) => labelOf(api, node)));
    assert.deepEqual(labels, ['Programmes and bodies', 'Funding', 'Commitments', 'Recommendations']);
  });

  it('lists Regional Care Co-operatives with its mentions in two documents', async () => {
    const groups = await children(api);
    const bodies = await find(api, groups, (label) => label === 'Programmes and bodies');
    const items = await children(api, bodies);
    const rcc = await find(api, items, (label) => /regional care co-operatives/i.test(label));
    const mentions = await children(api, rcc);
    const documents = new Set(mentions.map((node) => (node.type === 'mention' ? node.mention.document : undefined)));
    assert.deepEqual([...documents].sort(), [...RCC_DOCUMENTS]);
  });

  it('opens a mention at its span when it is clicked', async () => {
    const groups = await children(api);
    const bodies = await find(api, groups, (label) => label === 'Programmes and bodies');
    const rcc = await find(api, await children(api, bodies), (label) => /regional care co-operatives/i.test(label));
    const [mention] = await children(api, rcc);
    const item = await api.itemsTree.getTreeItem(mention);
    assert.ok(item.command, 'a mention carries the command a click runs');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(mention.type === 'mention');
    assert.equal(editor.document.getText(editor.selection), editor.document.getText().slice(mention.mention.start, mention.mention.end));
    assert.ok(editor.document.uri.path.endsWith(mention.mention.document));
  });
});

async function children(api: PolicyLensApi, node?: TreeNode): Promise<TreeNode[]> {
  return (await api.itemsTree.getChildren(node)) ?? [];
}

async function labelOf(api: PolicyLensApi, node: TreeNode): Promise<string> {
  const { label } = await api.itemsTree.getTreeItem(node);
  return typeof label === 'string' ? label : label?.label ?? '';
}

async function find(api: PolicyLensApi, nodes: TreeNode[], matches: (label: string) => boolean): Promise<TreeNode> {
  const labels = await Promise.all(nodes.map((node) => labelOf(api, node)));
  const index = labels.findIndex(matches);
  assert.ok(index >= 0, `no tree node matches among: ${labels.join(' | ')}`);
  return nodes[index];
}
