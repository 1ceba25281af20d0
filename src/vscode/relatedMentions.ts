import * as vscode from 'vscode';
import { itemMentionAt, stepRelatedMention } from '../core/relatedMentions';
import { Commands, DOCUMENT_SELECTOR } from './commands';
import type { CorpusService } from './corpusService';

/**
 * Related mentions of an item across the corpus: Go to References lists them all, Go to
 * Definition goes to where the item is spelled out (or first named), and the next/previous
 * commands cycle through them across documents.
 */
export function registerRelatedMentions(corpus: CorpusService): vscode.Disposable {
  const mentionAt = (document: vscode.TextDocument, position: vscode.Position) => {
    const path = corpus.pathOf(document.uri);
    return path ? itemMentionAt(corpus.model.index(), path, document.offsetAt(position)) : undefined;
  };
  const step = async (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    const path = editor && corpus.pathOf(editor.document.uri);
    if (!editor || !path) return;
    // From the start of the selection: after a step the whole mention is selected and its end may touch the next name.
    const target = stepRelatedMention(corpus.model.index(), path, editor.document.offsetAt(editor.selection.start), direction);
    const location = target && corpus.locationOf(target);
    if (!location) {
      void vscode.window.setStatusBarMessage('Policy Lens: the cursor is not on a linked item', 3000);
      return;
    }
    const shown = await vscode.window.showTextDocument(location.uri, { selection: location.range, preserveFocus: false });
    shown.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(DOCUMENT_SELECTOR, {
      provideReferences(document, position, context) {
        const here = mentionAt(document, position);
        if (!here) return undefined;
        const index = corpus.model.index();
        const mentions = index.mentionsOfItem(here.item);
        const defining = context.includeDeclaration ? undefined : corpus.model.definingMention(here.item);
        const wanted = mentions.filter((m) => m !== defining);
        return wanted.flatMap((m) => corpus.locationOf(m) ?? []);
      },
    }),
    vscode.languages.registerDefinitionProvider(DOCUMENT_SELECTOR, {
      provideDefinition(document, position) {
        const here = mentionAt(document, position);
        const defining = here && corpus.model.definingMention(here.item);
        return defining && corpus.locationOf(defining);
      },
    }),
    vscode.commands.registerCommand(Commands.nextRelatedMention, () => step(1)),
    vscode.commands.registerCommand(Commands.previousRelatedMention, () => step(-1)),
  );
}
