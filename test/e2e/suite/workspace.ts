import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/api';
import { waitFor } from './deadline';

export const EXTENSION_ID = 'policy-lens.policy-lens';
export const POLICY_LANGUAGE = 'policy-text';

/** Two seed documents that both mention Regional Care Co-operatives (RCCs). */
export const RCC_DOCUMENTS = ['001_ee7aad5dbe5596f3.txt', '003_f4a3b96c11f91992.txt'] as const;

/** A seed document of the test workspace (a fresh copy of `seeds/`) by file name. */
export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-host tests need a copy of seeds/ open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a seed document in an editor, as a person double-clicking it would. */
export async function openSeed(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(document);
}

/** The open document for `uri` once the extension has given it the policy language. */
export function policyDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return waitFor(`${uri.path} to get the ${POLICY_LANGUAGE} language`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === POLICY_LANGUAGE),
  );
}

/** The extension's API once its first scan of the workspace has finished. */
export async function policyLens(): Promise<PolicyLensApi> {
  const extension = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in this VS Code`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

/** The offset range of the `occurrence`-th (0-based) `text` in `document`; fails if absent. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = document.getText().indexOf(text, start + 1);
    if (start < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(start), document.positionAt(start + text.length));
}

/** The file name at the end of a URI's path. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
