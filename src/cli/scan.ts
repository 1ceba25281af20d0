import * as fs from 'node:fs';
import { scanCorpus } from '../core/corpus';
import { DEFAULT_MAX_BYTES } from '../core/decode';
import { annotationMentions } from '../core/annotationMentions';
import { toCsv, toJsonExport } from '../core/export';
import { sidecarPathFor } from '../core/sidecar';
import { toReport, type ReportAnnotation } from '../core/report';
import type { SourceDocument } from '../core/types';
import { parseArgs, UsageError } from './args';
import { listCorpusFiles, readCorpus, type Problem } from './files';
import { readSidecarFile } from './sidecarFiles';

export const SCAN_HELP = `Usage: policy-lens scan <folder> [--json | --csv] [--max-size MB]

Reads every .txt and .md file under <folder>, recursively, and extracts funding
figures, commitments, recommendations and the programmes, funds, bodies and
reports they name, linked across documents.

Options:
  --json          print { documents, mentions, items } as JSON (the evaluation format);
                  annotations from <file>.annotations.yaml sidecars follow as mentions
                  with "source": "annotation", id, kind, tags, status, note and their
                  re-anchored start, end and text, or "orphaned": true when the text is gone
  --csv           print one CSV row per mention; each document's annotations follow its
                  extracted rows, told apart by the last columns: source (extracted or
                  annotation), id, tags ("; " between them), status, note, orphaned (true,
                  and no line, start, end or text, when the text is gone)
  --max-size MB   skip documents larger than this (default ${DEFAULT_MAX_BYTES / (1024 * 1024)})
  --help          show this help

Without --json or --csv, prints a report to read: items with the documents that
mention them, funding figures with their sentences, commitments with actor and deadline,
recommendations, then ANNOTATIONS and ORPHANED ANNOTATIONS (text no longer found)
when there are any.

All three outputs include the sidecars' annotations; an invalid sidecar is named on stderr
with its line and skipped.

Exit codes: 0 done; 1 some files could not be read or some sidecars are invalid (each
named on stderr, the rest scanned); 2 usage error (also for a folder that does not exist).
`;

/** Runs `policy-lens scan`; returns the exit code. */
export function runScan(argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, ['max-size'], ['json', 'csv', 'help']);
  if (flags.has('help')) {
    stdout(SCAN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'scan takes one folder' : 'scan needs a folder');
  if (flags.has('json') && flags.has('csv')) throw new UsageError('--json and --csv cannot be used together');
  const maxBytes = parseMaxSize(flags.get('max-size')?.at(-1));
  const root = positionals[0];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`no such folder: ${root}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a folder: ${root}`);

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const files = listCorpusFiles(root, problems);
  if (files.length === 0) stderr(`policy-lens: no .txt or .md files under ${root}\n`);
  const docs: SourceDocument[] = [...readCorpus(files, maxBytes, problems, warnings)];
  const result = scanCorpus(docs);
  const texts = new Map(docs.map((d) => [d.path, d.text]));
  const annotations = readAnnotations(docs, problems);
  const mentions = annotations.map((a) => a.mention);

  if (flags.has('json')) stdout(JSON.stringify(toJsonExport(result, mentions), null, 2) + '\n');
  else if (flags.has('csv')) stdout(toCsv(result, texts, mentions));
  else stdout(toReport(result, texts, annotations));

  for (const w of warnings) stderr(`policy-lens: warning: ${w.path}: ${w.message}\n`);
  for (const p of problems) stderr(`policy-lens: skipped ${p.path}: ${p.message}\n`);
  return problems.length ? 1 : 0;
}

/**
 * The annotations of each document, re-anchored, with the quote each last had (for orphans);
 * an invalid sidecar is recorded as a problem, with its line, and skipped.
 */
function readAnnotations(docs: readonly SourceDocument[], problems: Problem[]): ReportAnnotation[] {
  const annotations: ReportAnnotation[] = [];
  for (const doc of docs) {
    const sidecarPath = sidecarPathFor(doc.path);
    const read = readSidecarFile(sidecarPath);
    if (read.status === 'invalid') for (const p of read.problems) problems.push({ path: `${sidecarPath}:${p.line}`, message: p.message });
    else if (read.status === 'valid') {
      const quotes = new Map(read.sidecar.annotations.map((a) => [a.id, a.anchor.quote.exact]));
      for (const mention of annotationMentions(doc.path, doc.text, read.sidecar.annotations)) {
        annotations.push({ mention, lastQuote: quotes.get(mention.id) ?? '' });
      }
    }
  }
  return annotations;
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size takes a number of megabytes, not "${value}"`);
  return Math.floor(mb * 1024 * 1024);
}
