import * as vscode from 'vscode';
import { Views } from './commands';
import type { CorpusService } from './corpusService';

/** A status-bar item with the corpus counts (and scan progress), hidden in a workspace with no policy texts; clicking it shows the items view. */
export function registerStatusBar(corpus: CorpusService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Policy Lens';
  item.command = `${Views.items}.focus`;
  const showCounts = () => {
    const { documents, mentions, items } = corpus.model.result();
    if (!documents.length) return item.hide();
    // One pass, no copies: this runs after every edit, over every mention of the corpus.
    const counts = { funding: 0, commitment: 0, recommendation: 0, item: 0 };
    for (const m of mentions) counts[m.kind]++;
    item.text = `$(law) ${documents.length} docs · ${items.length} items`;
    item.tooltip = [
      `Policy Lens: ${documents.length} documents`,
      `${items.length} programmes and bodies`,
      `${counts.funding} funding figures`,
      `${counts.commitment} commitments`,
      `${counts.recommendation} recommendations`,
    ].join('\n');
    item.show();
  };
  item.text = '$(sync~spin) Policy Lens';
  item.show();
  return vscode.Disposable.from(
    item,
    corpus.onDidChange(showCounts),
    corpus.onDidScanProgress((progress) => {
      if (progress) {
        item.text = `$(sync~spin) Policy Lens ${progress.done}/${progress.total}`;
        item.show();
      } else showCounts();
    }),
  );
}
