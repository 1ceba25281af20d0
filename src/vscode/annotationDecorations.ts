import * as vscode from 'vscode';
import { Commands } from './commands';
import type { AnnotationService } from './annotationService';
import { tooltipOf } from './annotationsView';

/**
 * Marks annotated text in every visible editor, distinct from the extractor's highlights: a gutter
 * icon, a themable outline and an overview-ruler mark. Orphans have nothing to mark.
 */
export function registerAnnotationDecorations(service: AnnotationService, extensionUri: vscode.Uri): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'annotation.svg'),
    gutterIconSize: 'contain',
    borderWidth: '0 0 2px 0',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('policyLens.annotationBorder'),
    overviewRulerColor: new vscode.ThemeColor('policyLens.annotationBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  });
  const decorate = (editor: vscode.TextEditor) => {
    const ranges = service.entries(editor.document.uri).flatMap((entry) => {
      const range = service.rangeOf(entry);
      return range ? [range] : [];
    });
    editor.setDecorations(type, ranges);
  };
  const decorateAll = () => vscode.window.visibleTextEditors.forEach(decorate);
  decorateAll();
  return vscode.Disposable.from(type, service.onDidChange(decorateAll), vscode.window.onDidChangeVisibleTextEditors(decorateAll));
}

/** Hovers over annotated text: kind, status, tags and note, with Edit and Delete links. */
export function registerAnnotationHover(service: AnnotationService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { scheme: 'file' },
    {
      provideHover(document, position) {
        const found = service.at(document.uri, document.offsetAt(position));
        if (!found.length) return undefined;
        const contents = found.map((entry) => {
          const md = tooltipOf(entry);
          const id = entry.annotation.id;
          md.appendMarkdown(
            `\n\n[Edit](command:${Commands.editAnnotation}?${encodeURIComponent(JSON.stringify([id]))}) · ` +
              `[Delete](command:${Commands.deleteAnnotation}?${encodeURIComponent(JSON.stringify([{ id, confirm: true }]))})`,
          );
          md.isTrusted = { enabledCommands: [Commands.editAnnotation, Commands.deleteAnnotation] };
          return md;
        });
        const range = service.rangeOf(found[0]);
        return new vscode.Hover(contents, range);
      },
    },
  );
}
