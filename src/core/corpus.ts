import { extractDocument } from './extract';
import { Linker } from './linker';
import type { CorpusMention, CorpusResult, DocumentExtraction, SourceDocument } from './types';

/** Extracts every document and links items across them; mentions come in document order, then by offset. */
export function scanCorpus(docs: Iterable<SourceDocument>): CorpusResult {
  const extractions: DocumentExtraction[] = [];
  for (const doc of docs) extractions.push(extractDocument(doc));
  return combine(extractions);
}

/** Joins per-document extractions into one corpus result; cheap, so an edit to one document re-runs only this and that document's extraction. */
export function combine(extractions: readonly DocumentExtraction[]): CorpusResult {
  return new Combiner().combine(extractions);
}

/**
 * `combine` for a corpus that changes one document at a time: it links incrementally (see `Linker`)
 * and keeps each extraction's own mentions, so a call after an edit costs little more than the
 * edited document's share.
 */
export class Combiner {
  private readonly linker = new Linker();

  combine(extractions: readonly DocumentExtraction[]): CorpusResult {
    const linked = this.linker.link(extractions);
    const itemsByDoc = new Map<string, CorpusMention[]>();
    for (const m of linked.mentions) {
      let list = itemsByDoc.get(m.document);
      if (!list) itemsByDoc.set(m.document, (list = []));
      list.push(m);
    }
    const mentions: CorpusMention[] = [];
    // Already in position order from the linker, so sorting (kept for documents sharing a path) is one pass.
    for (const ex of extractions) merge(ownMentions(ex), (itemsByDoc.get(ex.path) ?? []).sort(byPosition), mentions);
    return { documents: extractions.map((ex) => ({ path: ex.path })), mentions, items: linked.items };
  }
}

function byPosition(a: CorpusMention, b: CorpusMention): number {
  return a.start - b.start || a.end - b.end;
}

const ownCache = new WeakMap<DocumentExtraction, CorpusMention[]>();

/** An extraction's funding and sentence mentions, tagged with its path and in position order; made once per extraction. */
function ownMentions(ex: DocumentExtraction): CorpusMention[] {
  let own = ownCache.get(ex);
  if (!own) {
    own = [...ex.funding.map((m) => ({ ...m, document: ex.path })), ...ex.sentences.map((m) => ({ ...m, document: ex.path }))].sort(byPosition);
    ownCache.set(ex, own);
  }
  return own;
}

/** Appends to `out` two lists sorted by position, the first's mentions before the second's at equal positions. */
function merge(a: readonly CorpusMention[], b: readonly CorpusMention[], out: CorpusMention[]): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
}
