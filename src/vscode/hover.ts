import * as vscode from 'vscode';
import { summarizeMention } from '../core/mentionSummary';
import type { CorpusService } from './corpusService';
import { DOCUMENT_SELECTOR } from './commands';
import { toDocumentRange } from './convert';

/** Hovers that say what the extractor found under the cursor: kind, actor, deadline, amount, linked item. */
export function registerHover(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, {
    provideHover(document, position) {
      const path = corpus.pathOf(document.uri);
      if (!path) return undefined;
      const index = corpus.model.index();
      const found = index.mentionsAt(path, document.offsetAt(position));
      if (!found.length) return undefined;
      const markdown = new vscode.MarkdownString(found.map((m) => summarizeMention(m, index)).join('\n\n'));
      const narrowest = found.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      return new vscode.Hover(markdown, toDocumentRange(document, narrowest));
    },
  });
}
