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
    case 'funding':
      return [`**Funding** · ${code(m.text)} = ${formatAmount(m.amount, m.currency)}`, m.policy ? '' : '_(not public spending)_'].filter(Boolean).join(' ');
    case 'commitment':
    case 'recommendation': {
      const parts = [`**${m.kind === 'commitment' ? 'Commitment' : 'Recommendation'}**`];
      if (m.actor) parts.push(`by ${escapeMarkdown(m.actor)}`);
      if (m.deadline) parts.push(`deadline: ${escapeMarkdown(m.deadline)}`);
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
