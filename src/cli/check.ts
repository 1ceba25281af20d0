import * as fs from 'node:fs';
import { decodeText } from '../core/decode';
import { resolveAnnotations } from '../core/annotationStore';
import { sourcePathOf } from '../core/sidecar';
import { parseArgs, UsageError } from './args';
import { listSidecarFiles, readSidecarFile } from './sidecarFiles';

export const CHECK_HELP = `Usage: policy-lens check <folder>

Validates every .annotations.yaml sidecar under <folder>, recursively, and prints
'path:line: message' for each problem: YAML that does not parse, a value of the
wrong type, an unknown version, a sidecar whose source file is missing. Changes no file.
Annotations whose text is no longer in their source (orphans) are listed as
warnings on stderr; they do not make a sidecar invalid.

Options:
  --help   show this help

Exit codes: 0 every sidecar is valid; 1 some are not; 2 usage error.
`;

/** Runs `policy-lens check`; returns the exit code. */
export function runCheck(argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, [], ['help']);
  if (flags.has('help')) {
    stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'check takes one folder' : 'check needs a folder');
  const root = positionals[0];
  let isFolder = false;
  try {
    isFolder = fs.statSync(root).isDirectory();
  } catch {
    throw new UsageError(`no such folder: ${root}`);
  }
  if (!isFolder) throw new UsageError(`not a folder: ${root}`);

  const files = listSidecarFiles(root);
  let invalid = 0;
  let orphans = 0;
  for (const file of files) {
    const read = readSidecarFile(file);
    if (read.status === 'invalid') {
      invalid++;
      for (const p of read.problems) stdout(`${file}:${p.line}: ${p.message}\n`);
      continue;
    }
    if (read.status !== 'valid') continue;
    const source = sourcePathOf(file) ?? file;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(source);
    } catch {
      invalid++;
      stdout(`${file}:1: its source file ${source} does not exist\n`);
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) continue;
    const lines = read.text.split('\n');
    for (const { annotation, span } of resolveAnnotations(decoded.text, read.sidecar.annotations)) {
      if (span) continue;
      orphans++;
      const line = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${annotation.id}["']?\\s*$`).test(l)) + 1;
      stderr(`${file}:${Math.max(line, 1)}: warning: annotation ${annotation.id} is orphaned: its text is no longer in ${source}\n`);
    }
  }
  stderr(`policy-lens check: ${files.length} sidecar${files.length === 1 ? '' : 's'}, ${invalid} invalid, ${orphans} orphaned annotation${orphans === 1 ? '' : 's'}\n`);
  return invalid ? 1 : 0;
}
