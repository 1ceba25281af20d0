import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './deadline';
import { EXTENSION_ID, POLICY_LANGUAGE, RCC_DOCUMENTS, openSeed, policyDocument } from './workspace';

describe('Opening a corpus document', () => {
  it('activates Policy Lens with no step by the user', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await openSeed(RCC_DOCUMENTS[0]);
    await waitFor('Policy Lens to activate', () => extension.isActive);
  });

  it('gives the document the policy-text language', async () => {
    const editor = await openSeed(RCC_DOCUMENTS[1]);
    const document = await policyDocument(editor.document.uri);
    assert.equal(document.languageId, POLICY_LANGUAGE);
  });

  it('contributes a TextMate grammar for policy-text that scopes funding, commitments, recommendations and deadlines', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const grammars: { language?: string; path: string }[] = extension.packageJSON.contributes?.grammars ?? [];
    const grammar = grammars.find((g) => g.language === POLICY_LANGUAGE);
    assert.ok(grammar, 'a grammar is contributed for the policy-text language');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
    const scopes = [...new TextDecoder().decode(bytes).matchAll(/"name"\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
    for (const kind of ['funding', 'commitment', 'recommendation', 'deadline']) {
      assert.ok(scopes.some((scope) => scope.split('.').includes(kind)), `a scope names ${kind}: ${scopes.join(', ')}`);
    }
  });
});
