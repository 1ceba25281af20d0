/** What reading a file's bytes as policy text gave: its text, or why it was skipped. */
export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const SNIFF_BYTES = 8192;

/** Reads bytes as UTF-8, BOM kept, or gives undefined when they are not valid UTF-8. */
export type Utf8Reader = (bytes: Uint8Array) => string | undefined;

/** The portable reader; a host may pass a faster one with the same results (the CLI uses Node's own). */
export function readUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Turns a file's bytes into text, or says why it is not policy text.
 * UTF-8 is expected; UTF-16 with a byte-order mark is read as such; other bytes are read as
 * Windows-1252 with a warning, because that is what older government downloads use.
 * A leading UTF-8 byte-order mark is kept so that offsets match what `readFileSync(…, 'utf8')` gives.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES, utf8: Utf8Reader = readUtf8): Decoded {
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes)' };
  const text = utf8(bytes);
  if (text !== undefined) return { ok: true, text };
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
}

/** Why a file of this size is not read, or undefined when it is small enough; lets a caller skip a huge file before reading it. */
export function sizeProblem(size: number, maxBytes: number = DEFAULT_MAX_BYTES): string | undefined {
  return size > maxBytes ? `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one document` : undefined;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
