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

const CSV_COLUMNS = [
  'document', 'line', 'kind', 'start', 'end', 'text', 'amount', 'currency', 'policy', 'actor', 'deadline', 'item', 'item_name',
  'source', 'id', 'tags', 'status', 'note', 'orphaned',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean>>;

/**
 * One row per mention, RFC 4180 quoting; `texts` maps document paths to their text, for line numbers.
 * Each document's annotations follow its extracted mentions (`source` tells them apart), in position
 * order; an orphaned one has no line, offsets or text.
 */
export function toCsv(result: CorpusResult, texts: ReadonlyMap<string, string>, annotations: readonly AnnotationMention[] = []): string {
  const names = new Map(result.items.map((it) => [it.id, it.name]));
  const lines = new Map<string, PositionIndex>();
  const lineOf = (document: string, offset: number): number => {
    let index = lines.get(document);
    if (!index) lines.set(document, (index = new PositionIndex(texts.get(document) ?? '')));
    return index.positionAt(offset).line + 1;
  };
  const annotationsOf = groupByDocument(annotations);
  const rows = [CSV_COLUMNS.join(',')];
  const push = (row: CsvRow): void => void rows.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  let next = 0;
  // Mentions come grouped by document, in document order: each document's annotations go after its run.
  for (const { path } of result.documents) {
    for (; next < result.mentions.length && result.mentions[next].document === path; next++) {
      push(extractedRow(result.mentions[next], lineOf, names));
    }
    for (const a of annotationsOf.get(path) ?? []) push(annotationRow(a, lineOf));
    annotationsOf.delete(path);
  }
  for (; next < result.mentions.length; next++) push(extractedRow(result.mentions[next], lineOf, names));
  return rows.join('\r\n') + '\r\n';
}

function extractedRow(m: CorpusMention, lineOf: (document: string, offset: number) => number, names: ReadonlyMap<string, string>): CsvRow {
  return {
    document: m.document,
    line: lineOf(m.document, m.start),
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
    source: 'extracted',
  };
}

function annotationRow(a: AnnotationMention, lineOf: (document: string, offset: number) => number): CsvRow {
  const common = { document: a.document, kind: a.kind, source: 'annotation', id: a.id, tags: a.tags.join('; '), status: a.status, note: a.note };
  return 'orphaned' in a ? { ...common, orphaned: true } : { ...common, line: lineOf(a.document, a.start), start: a.start, end: a.end, text: a.text };
}

function groupByDocument(annotations: readonly AnnotationMention[]): Map<string, AnnotationMention[]> {
  const byDocument = new Map<string, AnnotationMention[]>();
  for (const a of annotations) {
    const list = byDocument.get(a.document);
    if (list) list.push(a);
    else byDocument.set(a.document, [a]);
  }
  return byDocument;
}

function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
