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
 * Where an item is defined: the first mention that spells out an acronym, as in
 * `Regional Care Co-operatives (RCCs)`, else its first mention in corpus order.
 */
export function definingMention(
  index: CorpusIndex,
  item: string,
  definesAcronym: (document: string, span: Span) => boolean,
): CorpusItemMention | undefined {
  const mentions = index.mentionsOfItem(item);
  return mentions.find((m) => definesAcronym(m.document, m)) ?? mentions[0];
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
