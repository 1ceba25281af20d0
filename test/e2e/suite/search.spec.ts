import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RCC_DOCUMENTS, baseName, policyLens } from './workspace';
import { waitFor } from './deadline';

describe('Search', () => {
  it('finds Regional Care Co-operatives from a prefix of its name, best first', async () => {
    const api = await policyLens();
    const hits = api.search('regional car');
    assert.ok(hits.length > 0, 'there are results');
    assert.match(`${hits[0].title} ${hits[0].text}`, /regional care co-operatives/i);
  });

  it('finds the mentions of an acronym in every document that uses it', async () => {
    const api = await policyLens();
    const documents = new Set(api.search('RCCs').flatMap((hit) => (hit.location ? [hit.location.document] : [])));
    for (const document of RCC_DOCUMENTS) assert.ok([...documents].some((d) => d.endsWith(document)), `${document} is among ${[...documents].join(', ')}`);
  });

  it('Policy Lens: Search… opens the chosen result at its span', async () => {
    await policyLens();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    void vscode.commands.executeCommand('policyLens.search', 'Regional Care Co-operatives');
    await waitFor('the search to offer results and accept the first', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const editor = vscode.window.activeTextEditor;
      return editor && !editor.selection.isEmpty;
    });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(RCC_DOCUMENTS.includes(baseName(editor.document.uri) as (typeof RCC_DOCUMENTS)[number]), `opened ${editor.document.uri.path}`);
    assert.match(editor.document.getText(editor.selection), /regional care co-operatives|RCCs/i);
  });
});
