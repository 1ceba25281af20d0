import * as fs from 'node:fs';
import type { Sidecar } from '../core/annotation';
import { listFiles } from './files';
import { decodeSidecar, SIDECAR_SUFFIX, sidecarSizeProblem, type SidecarProblem } from '../core/sidecar';
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
  const tooLarge = sidecarSizeProblem(size);
  if (tooLarge) return { status: 'invalid', problems: [tooLarge] };
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { status: 'invalid', problems: [{ line: 1, message: `cannot read: ${(error as Error).message}` }] };
  }
  const decoded = decodeSidecar(bytes);
  if ('problem' in decoded) return { status: 'invalid', problems: [decoded.problem] };
  const parsed = parseSidecar(decoded.text);
  return parsed.ok ? { status: 'valid', sidecar: parsed.sidecar, text: decoded.text } : { status: 'invalid', problems: parsed.problems };
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
