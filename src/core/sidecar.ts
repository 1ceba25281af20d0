import type { Sidecar } from './annotation';
import { SIDECAR_VERSION } from './annotation';

/** The suffix that names a source's sidecar: `report.txt` → `report.txt.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Sidecars larger than this are reported, not parsed: annotations of one document never come near it. */
export const MAX_SIDECAR_BYTES = 4 * 1024 * 1024;

/** A reason a sidecar cannot be used, with the 1-based line it points at. */
export interface SidecarProblem {
  line: number;
  message: string;
}

export type SidecarParse = { ok: true; sidecar: Sidecar } | { ok: false; problems: SidecarProblem[] };

/** Reads and writes a sidecar's text; `sidecarYaml.ts` is the one implementation, kept apart because it loads the YAML parser and zod. */
export interface SidecarCodec {
  parse(text: string): SidecarParse;
  serialize(sidecar: Sidecar): string;
}

/** `sidecarPathFor('seeds/003.txt')` → `seeds/003.txt.annotations.yaml`. */
export function sidecarPathFor(sourcePath: string): string {
  return sourcePath + SIDECAR_SUFFIX;
}

/** The source a sidecar annotates, or undefined for a path that is not a sidecar. */
export function sourcePathOf(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/** An empty sidecar, for a source that has none yet. */
export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, annotations: [] };
}

/** Why a sidecar of `size` bytes is not read at all, if it is too large. */
export function sidecarSizeProblem(size: number): SidecarProblem | undefined {
  return size > MAX_SIDECAR_BYTES ? { line: 1, message: `sidecar is too large (${size} bytes; the limit is ${MAX_SIDECAR_BYTES})` } : undefined;
}

/** A sidecar's text from its bytes: UTF-8, as it is written; anything else is a problem, never guessed at. */
export function decodeSidecar(bytes: Uint8Array): { text: string } | { problem: SidecarProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { line: 1, message: 'sidecar is not valid UTF-8' } };
  }
}
