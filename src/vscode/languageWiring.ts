import * as vscode from 'vscode';
import { POLICY_LANGUAGE } from './commands';
import type { CorpusService } from './corpusService';

/**
 * Gives corpus files opened as plain text the policy language, so the grammar highlights them
 * with no step by the user. Markdown keeps its language: the grammar is injected into it.
 */
export function registerLanguageWiring(corpus: CorpusService, output: vscode.OutputChannel): vscode.Disposable {
  const adopt = async (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext' || !corpus.isCorpusDocument(document)) return;
    try {
      await vscode.languages.setTextDocumentLanguage(document, POLICY_LANGUAGE);
    } catch (error) {
      output.appendLine(`Could not give ${document.uri.fsPath} the ${POLICY_LANGUAGE} language: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  vscode.workspace.textDocuments.forEach((d) => void adopt(d));
  return vscode.workspace.onDidOpenTextDocument((d) => void adopt(d));
}
