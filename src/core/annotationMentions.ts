import type { Annotation, AnnotationMention } from './annotation';
import { resolveAnnotations } from './annotationStore';

/**
 * A document's annotations as exported mentions, in sidecar order re-anchored against `text`:
 * `{ source: 'annotation', id, kind, tags, status?, note?, start, end, text }`, or `orphaned: true`
 * without offsets when the annotated text is gone.
 */
export function annotationMentions(document: string, text: string, annotations: readonly Annotation[]): AnnotationMention[] {
  return resolveAnnotations(text, annotations)
    .map(({ annotation: a, span }): AnnotationMention => {
      const base = {
        document,
        source: 'annotation' as const,
        id: a.id,
        kind: a.kind,
        tags: a.tags,
        ...(a.status !== undefined && { status: a.status }),
        ...(a.note !== undefined && { note: a.note }),
      };
      return span ? { ...base, start: span.start, end: span.end, text: text.slice(span.start, span.end) } : { ...base, orphaned: true };
    })
    .sort((x, y) => positionOf(x) - positionOf(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

function positionOf(m: AnnotationMention): number {
  return 'start' in m ? m.start : Number.MAX_SAFE_INTEGER;
}
