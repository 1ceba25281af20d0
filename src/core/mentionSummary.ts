import type { CorpusIndex } from './corpusIndex';
import type { CorpusMention, ItemCategory } from './types';

const CATEGORY_LABELS: Record<ItemCategory, string> = {
  programme: 'Programme',
  fund: 'Fund',
  body: 'Body',
  framework: 'Framework',
  report: 'Report',
  strategy: 'Strategy',
  policy: 'Policy',
  law: 'Law',
  other: 'Named item',
};

/**
 * What was found in one mention, as Markdown for a hover: kind, actor, deadline, normalised
 * amount, the linked item and how many documents mention it.
 *
 * @example summarizeMention(fundingMention, index) // '**Funding** · £2.6bn = 2,600,000,000 GBP'
 */
export function summarizeMention(m: CorpusMention, index: CorpusIndex): string {
  switch (m.kind) {
    case 'funding': {
      const sentence = index.mentionsIn(m.document).find((s) => (s.kind === 'commitment' || s.kind === 'recommendation') && s.start <= m.start && m.end <= s.end);
      return [
        `**Funding** · ${code(m.text)} = ${formatAmount(m.amount, m.currency)}${m.policy ? '' : ' _(not public spending)_'}`,
        sentence ? linkedItems(index, sentence) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    case 'commitment':
    case 'recommendation': {
      const parts = [`**${m.kind === 'commitment' ? 'Commitment' : 'Recommendation'}**`];
      if (m.actor) parts.push(`by ${escapeMarkdown(m.actor)}`);
      if (m.deadline) parts.push(`deadline: ${escapeMarkdown(m.deadline)}`);
      const items = linkedItems(index, m);
      if (items) parts.push(items);
      return parts.join(' · ');
    }
    case 'item': {
      const item = index.item(m.item);
      if (!item) return `**Named item** · ${escapeMarkdown(m.text)}`;
      const documents = item.documents.length;
      const mentions = index.mentionsOfItem(item.id).length;
      const aliases = distinctAliases(item.name, item.aliases);
      return [
        `**${CATEGORY_LABELS[item.category]}** · ${escapeMarkdown(item.name)}`,
        aliases.length ? `also ${aliases.map(escapeMarkdown).join(', ')}` : '',
        `mentioned in ${documents} document${documents === 1 ? '' : 's'} (${mentions} mention${mentions === 1 ? '' : 's'})`,
      ]
        .filter(Boolean)
        .join(' · ');
    }
  }
}

const MAX_LINKED_ITEMS = 3;

/** The items a sentence mentions, with how many documents mention each: `about Care Review (2 documents)`. */
function linkedItems(index: CorpusIndex, sentence: CorpusMention): string {
  const ids: string[] = [];
  for (const m of index.mentionsIn(sentence.document)) {
    if (m.kind === 'item' && m.start >= sentence.start && m.end <= sentence.end && !ids.includes(m.item)) ids.push(m.item);
  }
  const named = ids.flatMap((id) => {
    const item = index.item(id);
    return item ? [`${escapeMarkdown(item.name)} (${item.documents.length} document${item.documents.length === 1 ? '' : 's'})`] : [];
  });
  if (!named.length) return '';
  const more = named.length > MAX_LINKED_ITEMS ? `, and ${named.length - MAX_LINKED_ITEMS} more` : '';
  return `about ${named.slice(0, MAX_LINKED_ITEMS).join(', ')}${more}`;
}

/** `2600000000, 'GBP'` → `2,600,000,000 GBP`: the amount in full, so no reader has to guess what `bn` meant. */
export function formatAmount(amount: number, currency: string): string {
  return `${amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${currency}`;
}

/** Aliases that read differently from the name and from each other, ignoring case: `RCCs`, not also `rccs`. */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
}

function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
