import * as vscode from 'vscode';
import type { CommitmentStatus } from '../core/annotation';
import { registerAnnotationCommands } from './annotationCommands';
import { registerAnnotationDecorations, registerAnnotationHover } from './annotationDecorations';
import { AnnotationService } from './annotationService';
import { AnnotationsTreeProvider, registerAnnotationsView } from './annotationsView';
import type { CorpusService } from './corpusService';

/** An annotation as the test API reports it: offsets and text in the current text, or `orphaned`. */
export interface AnnotationSnapshot {
  id: string;
  kind: string;
  tags: string[];
  status?: CommitmentStatus;
  note?: string;
  author: string;
  orphaned: boolean;
  start?: number;
  end?: number;
  text?: string;
}

/** What the annotation feature offers the extension API. */
export interface AnnotationSupport extends vscode.Disposable {
  /** The annotations of a document, in position order, orphans last. */
  annotations(uri: vscode.Uri): Promise<AnnotationSnapshot[]>;
  readonly tree: AnnotationsTreeProvider;
}

/**
 * Annotations: the tag/edit/delete commands, editor decorations and hovers, the annotations view,
 * Problems for invalid sidecars, tracking of edits and file changes, and entries in the search index.
 */
export function registerAnnotationSupport(corpus: CorpusService, extensionUri: vscode.Uri): AnnotationSupport {
  const service = new AnnotationService(corpus);
  const tree = new AnnotationsTreeProvider(service);
  const registrations = vscode.Disposable.from(
    service,
    tree,
    registerAnnotationsView(tree),
    registerAnnotationCommands(service, corpus),
    registerAnnotationDecorations(service, extensionUri),
    registerAnnotationHover(service),
  );
  service.start().catch((error: unknown) => void vscode.window.showErrorMessage(`Policy Lens: could not read annotations: ${(error as Error).message}`));
  return {
    tree,
    annotations: async (uri) => {
      await service.ensureLoaded(uri);
      return service.entries(uri).map(({ annotation: a, span, text }) => ({
        id: a.id,
        kind: a.kind,
        tags: a.tags,
        ...(a.status !== undefined && { status: a.status }),
        ...(a.note !== undefined && { note: a.note }),
        author: a.author,
        orphaned: !span,
        ...(span && { start: span.start, end: span.end, text }),
      }));
    },
    dispose: () => registrations.dispose(),
  };
}
