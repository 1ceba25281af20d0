import { extractDocument } from './extract';
import { linkItems } from './linker';
import type { CorpusMention, CorpusResult, DocumentExtraction, SourceDocument } from './types';

/** Extracts every document and links items across them; mentions come in document order, then by offset. */
export function scanCorpus(docs: Iterable<SourceDocument>): CorpusResult {
  const extractions: DocumentExtraction[] = [];
  for (const doc of docs) extractions.push(extractDocument(doc));
  return combine(extractions);
}

/** Joins per-document extractions into one corpus result; cheap, so an edit to one document re-runs only this and that document's extraction. */
export function combine(extractions: readonly DocumentExtraction[]): CorpusResult {
  const linked = linkItems(extractions);
  const itemsByDoc = new Map<string, CorpusMention[]>();
  for (const m of linked.mentions) {
    let list = itemsByDoc.get(m.document);
    if (!list) itemsByDoc.set(m.document, (list = []));
    list.push(m);
  }
  const mentions: CorpusMention[] = [];
  for (const ex of extractions) {
    const own: CorpusMention[] = [
      ...ex.funding.map((m) => ({ ...m, document: ex.path })),
      ...ex.sentences.map((m) => ({ ...m, document: ex.path })),
      ...(itemsByDoc.get(ex.path) ?? []),
    ];
    own.sort((a, b) => a.start - b.start || a.end - b.end);
    mentions.push(...own);
  }
  return { documents: extractions.map((ex) => ({ path: ex.path })), mentions, items: linked.items };
}
