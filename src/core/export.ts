import type { AnnotationMention } from './annotation';
import { PositionIndex } from './positions';
import type { CorpusMention, CorpusResult } from './types';

/**
 * The JSON shape `../shared/eval/GUIDELINES.md` describes, with keys in a fixed order;
 * the researcher's annotations, if any, follow the extracted mentions with `"source": "annotation"`.
 */
export function toJsonExport(result: CorpusResult, annotations: readonly AnnotationMention[] = []): object {
  return {
    documents: result.documents.map((d) => ({ path: d.path })),
    mentions: [...result.mentions.map(exportMention), ...annotations],
    items: result.items.map((it) => ({ id: it.id, name: it.name, category: it.category, aliases: it.aliases, documents: it.documents })),
  };
}

function exportMention(m: CorpusMention): object {
  const base = { document: m.document, kind: m.kind, start: m.start, end: m.end, text: m.text };
  switch (m.kind) {
    case 'funding':
      return { ...base, amount: m.amount, currency: m.currency, policy: m.policy };
    case 'item':
      return { ...base, item: m.item };
    case 'commitment':
    case 'recommendation':
      return { ...base, ...(m.actor !== undefined && { actor: m.actor }), ...(m.deadline !== undefined && { deadline: m.deadline }) };
  }
}

const CSV_COLUMNS = ['document', 'line', 'kind', 'start', 'end', 'text', 'amount', 'currency', 'policy', 'actor', 'deadline', 'item', 'item_name'] as const;

/** One row per mention, RFC 4180 quoting; `texts` maps document paths to their text, for line numbers. */
export function toCsv(result: CorpusResult, texts: ReadonlyMap<string, string>): string {
  const names = new Map(result.items.map((it) => [it.id, it.name]));
  const lines = new Map<string, PositionIndex>();
  const rows = [CSV_COLUMNS.join(',')];
  for (const m of result.mentions) {
    let index = lines.get(m.document);
    if (!index) lines.set(m.document, (index = new PositionIndex(texts.get(m.document) ?? '')));
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
      document: m.document,
      line: index.positionAt(m.start).line + 1,
      kind: m.kind,
      start: m.start,
      end: m.end,
      text: m.text,
      amount: m.kind === 'funding' ? m.amount : undefined,
      currency: m.kind === 'funding' ? m.currency : undefined,
      policy: m.kind === 'funding' ? m.policy : undefined,
      actor: m.kind === 'commitment' || m.kind === 'recommendation' ? m.actor : undefined,
      deadline: m.kind === 'commitment' || m.kind === 'recommendation' ? m.deadline : undefined,
      item: m.kind === 'item' ? m.item : undefined,
      item_name: m.kind === 'item' ? names.get(m.item) : undefined,
    };
    rows.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
