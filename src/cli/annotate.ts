import * as fs from 'node:fs';
import * as os from 'node:os';
import { randomUUID } from 'node:crypto';
import { BUILT_IN_KINDS, COMMITMENT_STATUSES, isCommitmentStatus, isValidTag, SIDECAR_VERSION } from '../core/annotation';
import { createAnnotation, refreshAnchors } from '../core/annotationStore';
import { decodeText } from '../core/decode';
import { sidecarPathFor } from '../core/sidecar';
import { serializeSidecar } from '../core/sidecarYaml';
import { parseArgs, UsageError } from './args';
import { readSidecarFile, writeFileAtomically } from './sidecarFiles';

export const ANNOTATE_HELP = `Usage: policy-lens annotate <file> --quote "<exact text>" --kind <kind>
         [--occurrence N] [--tag T]... [--status S] [--note "..."] [--author NAME]

Adds an annotation of the quoted text to <file>.annotations.yaml, next to <file>,
and prints its id. The other annotations in that file are kept, with their offsets
brought up to date with the text.

Options:
  --quote TEXT      the exact text to annotate, as it appears in the file
  --occurrence N    which occurrence of the quote, from 1, when it appears more than once
  --kind K          ${BUILT_IN_KINDS.join(', ')}, or a kind of your own
  --tag T           a tag, e.g. workforce/recruitment; repeat for more
  --status S        for commitments: ${COMMITMENT_STATUSES.join(', ')}
  --note TEXT       a note
  --author NAME     recorded as the author (default: the OS user)
  --help            show this help

Exit codes: 0 added (the id is printed); 1 the quote is not in the file, or appears more
than once without --occurrence, or the sidecar is invalid (it is left unchanged);
2 usage error.
`;

/** Runs `policy-lens annotate`; returns the exit code. */
export function runAnnotate(argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, ['quote', 'occurrence', 'kind', 'tag', 'status', 'note', 'author'], ['help']);
  if (flags.has('help')) {
    stdout(ANNOTATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'annotate takes one file' : 'annotate needs a file');
  const quote = flags.get('quote')?.at(-1);
  if (quote === undefined || quote === '') throw new UsageError('--quote is required');
  const kind = flags.get('kind')?.at(-1)?.trim();
  if (!kind) throw new UsageError('--kind is required');
  const tags = flags.get('tag') ?? [];
  const badTag = tags.find((t) => !isValidTag(t.trim()));
  if (badTag !== undefined) throw new UsageError(`"${badTag}" is not a tag: use one line, with "/" between non-empty parts`);
  const status = flags.get('status')?.at(-1);
  if (status !== undefined && !isCommitmentStatus(status)) throw new UsageError(`--status is one of: ${COMMITMENT_STATUSES.join(', ')}`);
  const occurrence = parseOccurrence(flags.get('occurrence')?.at(-1));
  const file = positionals[0];

  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`no such file: ${file}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    stderr(`policy-lens annotate: ${file}: ${decoded.reason}\n`);
    return 1;
  }
  const text = decoded.text;
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) {
    stderr(`policy-lens annotate: the quote is not in ${file}: "${preview(quote)}"\n`);
    return 1;
  }
  if (occurrence === undefined && starts.length > 1) {
    stderr(`policy-lens annotate: the quote appears ${starts.length} times in ${file}; choose one with --occurrence 1 to ${starts.length}\n`);
    return 1;
  }
  if (occurrence !== undefined && occurrence > starts.length) {
    stderr(`policy-lens annotate: --occurrence ${occurrence}, but the quote appears ${starts.length === 1 ? 'once' : `${starts.length} times`} in ${file}\n`);
    return 1;
  }
  const start = starts[(occurrence ?? 1) - 1];

  const sidecarPath = sidecarPathFor(file);
  const existing = readSidecarFile(sidecarPath);
  if (existing.status === 'invalid') {
    for (const p of existing.problems) stderr(`${sidecarPath}:${p.line}: ${p.message}\n`);
    stderr(`policy-lens annotate: ${sidecarPath} is invalid and was not changed; fix it first (policy-lens check)\n`);
    return 1;
  }
  const annotations = existing.status === 'valid' ? existing.sidecar.annotations : [];
  const ids = new Set(annotations.map((a) => a.id));
  let id = newId();
  while (ids.has(id)) id = newId();
  const note = flags.get('note')?.at(-1);
  const annotation = createAnnotation(
    text,
    { start, end: start + quote.length },
    { kind, tags, ...(status !== undefined && { status }), ...(note !== undefined && { note }) },
    { id, author: flags.get('author')?.at(-1) || osUser(), now: new Date() },
  );
  writeFileAtomically(sidecarPath, serializeSidecar({ version: SIDECAR_VERSION, annotations: [...refreshAnchors(text, annotations), annotation] }));
  stdout(`${id}\n`);
  return 0;
}

function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--occurrence takes a number from 1, not "${value}"`);
  return n;
}

function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}

function osUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

function preview(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
