import * as vscode from 'vscode';
import { registerAnnotationSupport } from './vscode/annotationSupport';
import type { PolicyLensApi } from './vscode/api';
import { Commands, ContextKeys } from './vscode/commands';
import { CorpusService } from './vscode/corpusService';
import { registerDecorations } from './vscode/decorations';
import { registerHover } from './vscode/hover';
import { ItemsTreeProvider, registerItemsView } from './vscode/itemsView';
import { registerLanguageWiring } from './vscode/languageWiring';
import { registerRelatedMentions } from './vscode/relatedMentions';
import { registerSearch } from './vscode/search';
import { registerStatusBar } from './vscode/statusBar';

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Policy Lens');
  const corpus = new CorpusService(output);
  const itemsTree = new ItemsTreeProvider(corpus);
  const annotations = registerAnnotationSupport(corpus, context.extensionUri);
  context.subscriptions.push(
    output,
    corpus,
    registerLanguageWiring(corpus, output),
    registerItemsView(corpus, itemsTree),
    registerDecorations(corpus),
    registerHover(corpus),
    registerRelatedMentions(corpus),
    registerSearch(corpus, itemsTree),
    registerStatusBar(corpus),
    annotations,
    registerScanContext(corpus),
    vscode.commands.registerCommand(Commands.rescan, () => corpus.rescan()),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show()),
  );
  corpus.start();
  output.appendLine(`Activated in ${Math.round(performance.now() - started)} ms.`);
  return {
    ready: () => corpus.ready(),
    settled: () => corpus.settled(),
    result: () => corpus.model.result(),
    itemsTree,
    search: (query) => corpus.search.search(query),
    uriOf: (document) => corpus.uriOf(document),
    annotations: (uri) => annotations.annotations(uri),
    annotationsTree: annotations.tree,
  };
}

/** Keeps the `policyLens.scanning` context key true while a scan reads files, for the view's welcome content. */
function registerScanContext(corpus: CorpusService): vscode.Disposable {
  const set = (scanning: boolean) => void vscode.commands.executeCommand('setContext', ContextKeys.scanning, scanning);
  set(true);
  return corpus.onDidScanProgress((progress) => set(progress !== undefined));
}
