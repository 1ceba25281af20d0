import { PositionIndex } from './positions';
import { splitSentences } from './sentences';
import type { CorpusMention, CorpusResult, FundingMention, SentenceMention, Span } from './types';

const SNIPPET = 160;

/** A plain-text report for a person: items and where they recur, funding with its sentence, commitments with actor and deadline, recommendations. */
export function toReport(result: CorpusResult, texts: ReadonlyMap<string, string>): string {
  const indexes = new Map<string, PositionIndex>();
  const where = (m: CorpusMention): string => {
    let index = indexes.get(m.document);
    if (!index) indexes.set(m.document, (index = new PositionIndex(texts.get(m.document) ?? '')));
    return `${m.document}:${index.positionAt(m.start).line + 1}`;
  };
  const funding = result.mentions.filter((m): m is FundingMention & { document: string } => m.kind === 'funding');
  const commitments = result.mentions.filter((m): m is SentenceMention & { document: string } => m.kind === 'commitment');
  const recommendations = result.mentions.filter((m): m is SentenceMention & { document: string } => m.kind === 'recommendation');
  const sentenceOf = sentenceFinder(texts);

  const out: string[] = [];
  out.push(
    `Policy Lens: ${plural(result.documents.length, 'document')}, ${plural(result.items.length, 'item')}, ` +
      `${plural(funding.length, 'funding figure')}, ${plural(commitments.length, 'commitment')}, ${plural(recommendations.length, 'recommendation')}`,
  );

  out.push('', 'ITEMS (most widely mentioned first)');
  const items = [...result.items].sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
  for (const it of items) {
    const aliases = it.aliases.length ? ` (also: ${it.aliases.join(', ')})` : '';
    out.push(`  ${it.name}${aliases} [${it.category}]: ${plural(it.documents.length, 'document')}`);
    for (const d of it.documents) out.push(`      ${d}`);
  }

  out.push('', 'FUNDING');
  for (const m of funding) {
    const value = `${m.currency} ${m.amount.toLocaleString('en-GB')}${m.policy ? '' : ', not policy money'}`;
    out.push(`  ${where(m)}  ${m.text} (${value})`);
    const sentence = sentenceOf(m);
    if (sentence) out.push(`      ${snippet(sentence)}`);
  }

  out.push('', 'COMMITMENTS');
  for (const m of commitments) {
    const who = [m.actor && `by ${m.actor}`, m.deadline && `due ${m.deadline}`].filter(Boolean).join(', ');
    out.push(`  ${where(m)}${who ? `  [${who}]` : ''}`, `      ${snippet(m.text)}`);
  }

  out.push('', 'RECOMMENDATIONS');
  for (const m of recommendations) out.push(`  ${where(m)}`, `      ${snippet(m.text)}`);
  return out.join('\n') + '\n';
}

/** Finds the sentence of its document that holds a mention; each document is split once, when first asked. */
function sentenceFinder(texts: ReadonlyMap<string, string>): (m: CorpusMention) => string | undefined {
  const byDoc = new Map<string, Span[]>();
  return (m) => {
    const text = texts.get(m.document) ?? '';
    let spans = byDoc.get(m.document);
    if (!spans) byDoc.set(m.document, (spans = splitSentences(text)));
    const hit = spans.find((s) => s.start <= m.start && m.end <= s.end);
    return hit && text.slice(hit.start, hit.end);
  };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
