import type { CorpusIndex, CorpusItemMention } from './corpusIndex';
import type { Span } from './types';

/** The item mention under a cursor, if any (the shortest, when names nest). */
export function itemMentionAt(index: CorpusIndex, document: string, offset: number): CorpusItemMention | undefined {
  let best: CorpusItemMention | undefined;
  for (const m of index.mentionsAt(document, offset)) {
    if (m.kind === 'item' && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}

/**
 * Where items are defined by an acronym spelled out, as in `Regional Care Co-operatives (RCCs)`: each
 * item's first such mention in corpus order. `spelledOut(document)` gives the spans, by start then end,
 * of a document's names that spell out an acronym; they are few, so this reads far fewer mentions
 * than asking of every mention whether it is one.
 */
export function acronymDefinitions(
  index: CorpusIndex,
  documents: readonly string[],
  spelledOut: (document: string) => readonly Span[],
): Map<string, CorpusItemMention> {
  const definitions = new Map<string, CorpusItemMention>();
  for (const document of documents) {
    const spans = spelledOut(document);
    if (!spans.length) continue;
    const mentions = index.mentionsIn(document);
    for (const span of spans) {
      for (let k = firstStartingAt(mentions, span.start); k < mentions.length && mentions[k].start === span.start; k++) {
        const m = mentions[k];
        if (m.kind === 'item' && m.end === span.end && !definitions.has(m.item)) definitions.set(m.item, m);
      }
    }
  }
  return definitions;
}

/** Where an item is defined: where its acronym is spelled out (see `acronymDefinitions`), else its first mention in corpus order. */
export function definingMention(index: CorpusIndex, item: string, definitions: ReadonlyMap<string, CorpusItemMention>): CorpusItemMention | undefined {
  return definitions.get(item) ?? index.firstMentionOf(item);
}

/** The index of the first mention (of a list by offset) starting at or after `start`. */
function firstStartingAt(mentions: readonly Span[], start: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The mention of the same item after (`step` 1) or before (`step` -1) the one at the cursor,
 * across documents in corpus order, wrapping round at either end.
 */
export function stepRelatedMention(index: CorpusIndex, document: string, offset: number, step: 1 | -1): CorpusItemMention | undefined {
  const here = itemMentionAt(index, document, offset);
  if (!here) return undefined;
  const mentions = index.mentionsOfItem(here.item);
  const at = mentions.findIndex((m) => m.document === here.document && m.start === here.start && m.end === here.end);
  return mentions[(at + step + mentions.length) % mentions.length];
}
