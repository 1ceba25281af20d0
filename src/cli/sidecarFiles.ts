import * as fs from 'node:fs';
import type { Sidecar } from '../core/annotation';
import { listFiles } from './files';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX, type SidecarProblem } from '../core/sidecar';
import { parseSidecar } from '../core/sidecarYaml';

/** A sidecar read from disk: absent, valid (with its text), or invalid with line-numbered problems. */
export type SidecarFile = { status: 'missing' } | { status: 'valid'; sidecar: Sidecar; text: string } | { status: 'invalid'; problems: SidecarProblem[] };

/** Reads and validates a sidecar; a file over the size limit or not UTF-8 is reported without being parsed. */
export function readSidecarFile(file: string): SidecarFile {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return { status: 'missing' };
  }
  if (size > MAX_SIDECAR_BYTES) return { status: 'invalid', problems: [{ line: 1, message: `sidecar is too large (${size} bytes; the limit is ${MAX_SIDECAR_BYTES})` }] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (error) {
    const message = error instanceof TypeError ? 'sidecar is not valid UTF-8' : `cannot read: ${(error as Error).message}`;
    return { status: 'invalid', problems: [{ line: 1, message }] };
  }
  const parsed = parseSidecar(text);
  return parsed.ok ? { status: 'valid', sidecar: parsed.sidecar, text } : { status: 'invalid', problems: parsed.problems };
}

/** Lists `*.annotations.yaml` files under a folder, recursively, sorted, skipping the folders `scan` skips. */
export function listSidecarFiles(root: string): string[] {
  return listFiles(root, (name) => name.endsWith(SIDECAR_SUFFIX));
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file next to it, which is then
 * renamed over it, so an interrupted write leaves the old file whole.
 */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`;
  fs.writeFileSync(temporary, text);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
