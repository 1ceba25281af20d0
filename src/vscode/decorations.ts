import * as vscode from 'vscode';
import type { CorpusMention } from '../core/types';
import type { CorpusService } from './corpusService';
import { toDocumentRange } from './convert';

type Highlight = 'commitments' | 'recommendations' | 'funding' | 'items';

const KIND_OF: Record<CorpusMention['kind'], Highlight> = { commitment: 'commitments', recommendation: 'recommendations', funding: 'funding', item: 'items' };

function createTypes(): Record<Highlight, vscode.TextEditorDecorationType> {
  return {
    commitments: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('policyLens.commitmentBackground'),
      overviewRulerColor: new vscode.ThemeColor('policyLens.commitmentRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    recommendations: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('policyLens.recommendationBackground'),
      overviewRulerColor: new vscode.ThemeColor('policyLens.recommendationRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    funding: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'solid',
      borderColor: new vscode.ThemeColor('policyLens.fundingBorder'),
      overviewRulerColor: new vscode.ThemeColor('policyLens.fundingBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    items: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      borderColor: new vscode.ThemeColor('policyLens.itemBorder'),
    }),
  };
}

/**
 * Decorates the whole sentences the extractor found (commitments, recommendations), funding
 * figures and item mentions in visible corpus editors; each kind can be switched off in settings.
 */
export function registerDecorations(corpus: CorpusService): vscode.Disposable {
  const types = createTypes();
  const decorate = (editor: vscode.TextEditor) => {
    const path = corpus.isCorpusDocument(editor.document) ? corpus.pathOf(editor.document.uri) : undefined;
    const config = vscode.workspace.getConfiguration('policyLens.highlight', editor.document);
    const ranges: Record<Highlight, vscode.Range[]> = { commitments: [], recommendations: [], funding: [], items: [] };
    if (path) {
      for (const m of corpus.model.index().mentionsIn(path)) ranges[KIND_OF[m.kind]].push(toDocumentRange(editor.document, m));
    }
    for (const kind of Object.keys(types) as Highlight[]) editor.setDecorations(types[kind], config.get<boolean>(kind, true) ? ranges[kind] : []);
  };
  const decorateAll = () => vscode.window.visibleTextEditors.forEach(decorate);
  decorateAll();
  return vscode.Disposable.from(
    ...Object.values(types),
    corpus.onDidChange(decorateAll),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.highlight')) decorateAll();
    }),
  );
}
