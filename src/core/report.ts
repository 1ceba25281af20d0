import type { AnnotationMention } from './annotation';
import { PositionIndex } from './positions';
import { splitSentences } from './sentences';
import type { CorpusMention, CorpusResult, FundingMention, SentenceMention, Span } from './types';

const SNIPPET = 160;

/** An annotation as the report lists it: re-anchored, with the quote its sidecar last recorded (shown when it is orphaned). */
export interface ReportAnnotation {
  mention: AnnotationMention;
  lastQuote: string;
}

/**
 * A plain-text report for a person: items and where they recur, funding with its sentence, commitments
 * with actor and deadline, recommendations, then the researcher's annotations and those whose text is
 * gone (these two sections only when there are any, so a corpus without sidecars reads as before).
 */
export function toReport(result: CorpusResult, texts: ReadonlyMap<string, string>, annotations: readonly ReportAnnotation[] = []): string {
  const indexes = new Map<string, PositionIndex>();
  const lineOf = (document: string, offset: number): number => {
    let index = indexes.get(document);
    if (!index) indexes.set(document, (index = new PositionIndex(texts.get(document) ?? '')));
    return index.positionAt(offset).line + 1;
  };
  const where = (m: CorpusMention): string => `${m.document}:${lineOf(m.document, m.start)}`;
  const funding = result.mentions.filter((m): m is FundingMention & { document: string } => m.kind === 'funding');
  const commitments = result.mentions.filter((m): m is SentenceMention & { document: string } => m.kind === 'commitment');
  const recommendations = result.mentions.filter((m): m is SentenceMention & { document: string } => m.kind === 'recommendation');
  const sentenceOf = sentenceFinder(texts);
  const annotated: string[] = [];
  const orphaned: string[] = [];
  let orphanCount = 0;
  for (const { mention: m, lastQuote } of annotations) {
    if ('orphaned' in m) {
      orphanCount++;
      orphaned.push(...annotationLines(m.document, m, lastQuote));
    } else annotated.push(...annotationLines(`${m.document}:${lineOf(m.document, m.start)}`, m, m.text));
  }

  const out: string[] = [];
  out.push(
    `Policy Lens: ${plural(result.documents.length, 'document')}, ${plural(result.items.length, 'item')}, ` +
      `${plural(funding.length, 'funding figure')}, ${plural(commitments.length, 'commitment')}, ${plural(recommendations.length, 'recommendation')}` +
      (annotations.length ? `, ${plural(annotations.length, 'annotation')}${orphanCount ? ` (${orphanCount} orphaned)` : ''}` : ''),
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

  if (annotated.length) out.push('', 'ANNOTATIONS', ...annotated);
  if (orphaned.length) out.push('', 'ORPHANED ANNOTATIONS (text no longer found)', ...orphaned);
  return out.join('\n') + '\n';
}

/** `where  [kind] tags (status)`, the quoted text, and the note, one entry of the annotation sections. */
function annotationLines(where: string, m: AnnotationMention, quote: string): string[] {
  const tags = m.tags.length ? ` ${m.tags.join(', ')}` : '';
  const status = m.status ? ` (${m.status})` : '';
  const lines = [`  ${where}  [${m.kind}]${tags}${status}`, `      "${snippet(quote)}"`];
  if (m.note?.trim()) {
    const [first, ...rest] = m.note.trim().split(/\r?\n/);
    lines.push(`      note: ${first}`, ...rest.map((l) => `            ${l}`.trimEnd()));
  }
  return lines;
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
