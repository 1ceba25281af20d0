import { extractDocument } from './extract';
import { Linker } from './linker';
import type { CorpusMention, CorpusResult, DocumentExtraction, Mention, SourceDocument } from './types';

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
    return this.combineByDocument(extractions).result;
  }

  /** `combine`, with each extraction's mentions also as a list of their own (`result.mentions` is them end to end). */
  combineByDocument(extractions: readonly DocumentExtraction[]): { result: CorpusResult; byExtraction: readonly (readonly CorpusMention[])[] } {
    const linked = this.linker.linkEach(extractions);
    const itemMentions = byPath(extractions, linked.mentions);
    const byExtraction = extractions.map((ex, i) => mergedMentions(ownMentions(ex), itemMentions[i]));
    let total = 0;
    for (const list of byExtraction) total += list.length;
    // Filled in place: pushing a quarter of a million mentions would copy the list as it grows.
    const mentions = new Array<CorpusMention>(total);
    let at = 0;
    for (const list of byExtraction) for (let k = 0; k < list.length; k++) mentions[at++] = list[k];
    return { result: { documents: extractions.map((ex) => ({ path: ex.path })), mentions, items: linked.items }, byExtraction };
  }
}

const mergedCache = new WeakMap<readonly CorpusMention[], { items: readonly CorpusMention[]; merged: CorpusMention[] }>();

/** A document's own and item mentions in one list by position; the same list again while neither changed (the linker keeps unchanged item lists). */
function mergedMentions(own: readonly CorpusMention[], items: readonly CorpusMention[]): CorpusMention[] {
  const cached = mergedCache.get(own);
  if (cached?.items === items) return cached.merged;
  const merged = new Array<CorpusMention>(own.length + items.length);
  merge(own, items, merged, 0);
  mergedCache.set(own, { items, merged });
  return merged;
}

/**
 * The item mentions to list with each extraction, in position order: its own, or, for extractions
 * sharing a path, those of all of them, as one document.
 */
function byPath(extractions: readonly DocumentExtraction[], mentions: readonly CorpusMention[][]): readonly CorpusMention[][] {
  if (new Set(extractions.map((ex) => ex.path)).size === extractions.length) return mentions;
  const paths = new Map<string, CorpusMention[]>();
  extractions.forEach((ex, i) => {
    const list = paths.get(ex.path);
    if (list) list.push(...mentions[i]);
    else paths.set(ex.path, [...mentions[i]]);
  });
  for (const list of paths.values()) list.sort(byPosition);
  return extractions.map((ex) => paths.get(ex.path) as CorpusMention[]);
}

function byPosition(a: CorpusMention, b: CorpusMention): number {
  return a.start - b.start || a.end - b.end;
}

const ownCache = new WeakMap<DocumentExtraction, CorpusMention[]>();

/** An extraction's funding and sentence mentions, tagged with its path and in position order (funding first at equal positions); made once per extraction. */
function ownMentions(ex: DocumentExtraction): CorpusMention[] {
  let own = ownCache.get(ex);
  if (!own) {
    const funding = inPositionOrder(tagged(ex.funding, ex.path));
    const sentences = inPositionOrder(tagged(ex.sentences, ex.path));
    own = new Array<CorpusMention>(funding.length + sentences.length);
    merge(funding, sentences, own, 0);
    ownCache.set(ex, own);
  }
  return own;
}

/** Copies of `mentions` with their document's path; a plain copy, as spreading with an added key is several times slower. */
function tagged(mentions: readonly Mention[], document: string): CorpusMention[] {
  return mentions.map((m) => {
    const copy = Object.assign({}, m) as CorpusMention;
    copy.document = document;
    return copy;
  });
}

/** The list itself when already in position order, which extraction gives; else sorted, stably. */
function inPositionOrder(list: CorpusMention[]): CorpusMention[] {
  for (let k = 1; k < list.length; k++) if (byPosition(list[k - 1], list[k]) > 0) return list.sort(byPosition);
  return list;
}

/** Writes into `out` from `at` two lists sorted by position, the first's mentions before the second's at equal positions; returns where it stopped. */
function merge(a: readonly CorpusMention[], b: readonly CorpusMention[], out: CorpusMention[], at: number): number {
  let i = 0;
  let j = 0;
  let o = at;
  while (i < a.length && j < b.length) out[o++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[o++] = a[i++];
  while (j < b.length) out[o++] = b[j++];
  return o;
}
