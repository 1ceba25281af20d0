import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RCC_DOCUMENTS, baseName, openSeed, policyDocument, policyLens, rangeOf } from './workspace';

describe('Related mentions', () => {
  it('Go to References on "RCCs" lists its mentions in both documents', async () => {
    await policyLens();
    const editor = await openSeed(RCC_DOCUMENTS[0]);
    const document = await policyDocument(editor.document.uri);
    const rccs = rangeOf(document, 'RCCs');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, rccs.start);
    const documents = new Set(locations.map((location) => baseName(location.uri)));
    assert.deepEqual([...documents].sort(), [...RCC_DOCUMENTS]);
    assert.ok(
      locations.some((location) => baseName(location.uri) === RCC_DOCUMENTS[0] && location.range.contains(rccs.start)),
      'the mention under the cursor is among them',
    );
  });
});
