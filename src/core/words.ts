/**
 * What separates a word from the one before it: spaces only (the two words can belong to one name),
 * a comma and spaces (a name may continue across it: `Department for Levelling Up, Housing and
 * Communities`), or anything else (a full stop, a bracket, a quote, a line break: no name runs across).
 */
export const Gap = { Space: 0, Comma: 1, Break: 2 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/**
 * The words of a text in one pass, as parallel arrays of offsets. A word is a run of letters and
 * digits, with inner apostrophes and hyphens kept (`Children’s`, `Co-operatives`, `COVID-19`).
 */
export interface Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `gaps[i]` is what lies between word `i - 1` and word `i`; `gaps[0]` is always `Gap.Break`. */
  readonly gaps: Uint8Array;
  /** `hashes[i]` is `foldHash` of word `i`, so rules can test a word against a set without slicing it. */
  readonly hashes: Int32Array;
  /**
   * `plain[i]` is 1 when word `i` is ASCII letters and digits only (no joiner, no other letter): then it is
   * also a word as `\b` in a regular expression sees one, if no `_` touches it.
   */
  readonly plain: Uint8Array;
}

/** A case-folded hash of `text` from `start` to `end`: the same for `Review`, `review` and `REVIEW`. */
export function foldHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 32)) | 0;
  return h;
}

/**
 * Splits `text` into words; linear in its length and allocation-free per word. Given `reuse` (the
 * result of an earlier call), fills its arrays when they are large enough, so that a caller
 * splitting document after document does not allocate new ones each time; `reuse` is then stale.
 * Entries past `count` are unspecified.
 */
export function splitWords(text: string, reuse?: Words): Words {
  // Words with their gaps average six characters or more, so the arrays rarely grow.
  let capacity = Math.max(16, Math.ceil(text.length / 5));
  const fits = reuse !== undefined && reuse.starts.length >= capacity;
  if (fits) capacity = reuse.starts.length;
  let starts = fits ? (reuse.starts as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let ends = fits ? (reuse.ends as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let gaps = fits ? (reuse.gaps as Uint8Array<ArrayBuffer>) : new Uint8Array(capacity);
  let hashes = fits ? (reuse.hashes as Int32Array<ArrayBuffer>) : new Int32Array(capacity);
  let plain = fits ? (reuse.plain as Uint8Array<ArrayBuffer>) : new Uint8Array(capacity);
  let count = 0;
  let prevEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = c | 32;
    // Any code unit of 128 or more (a joiner or a non-ASCII letter) makes the word not plain; so do ASCII joiners.
    let seen = c;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      const kind = CHAR_CLASS[d];
      if (kind === WORD) {
        h = (Math.imul(h, 31) + (d | 32)) | 0;
        seen |= d;
        i++;
      } else if (kind === JOINER && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === WORD) {
        h = (Math.imul(Math.imul(h, 31) + (d | 32), 31) + (text.charCodeAt(i + 1) | 32)) | 0;
        seen |= 128;
        i += 2;
      } else break;
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      hashes = grow(hashes, capacity);
      gaps = growBytes(gaps, capacity);
      plain = growBytes(plain, capacity);
    }
    starts[count] = start;
    ends[count] = i;
    // Most words follow one space: that test is inline, the rest goes to gapKind.
    gaps[count] = count === 0 ? Gap.Break : start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? Gap.Space : gapKind(text, prevEnd, start);
    hashes[count] = h;
    plain[count] = seen < 128 ? 1 : 0;
    prevEnd = i;
    count++;
  }
  return { count, starts, ends, gaps, hashes, plain };
}

function grow(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array<ArrayBuffer>, capacity: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(capacity);
  b.set(a);
  return b;
}

function gapKind(text: string, from: number, to: number): Gap {
  if (to - from === 1 && text.charCodeAt(from) === 32) return Gap.Space;
  let commas = 0;
  // Spaces in a row: a wide run of them, or a tab, lays out columns (`Review of School Transport        12`).
  let spaces = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 0xa0) {
      if (++spaces >= WIDE_GAP) return Gap.Break;
      continue;
    }
    spaces = 0;
    if (c === 9) return Gap.Break;
    if (c === 38) continue;
    // A plural possessive belongs to its word: `Childrens' Fund`.
    if (k === from && (c === 39 || c === 0x2019) && text.charCodeAt(k - 1) === 115) continue;
    if (c === 44 && commas === 0) commas = 1;
    else return Gap.Break;
  }
  return commas ? Gap.Comma : Gap.Space;
}

/** Spaces in a row between two words that lay out columns rather than separate words. */
const WIDE_GAP = 3;

/** Letters and digits, ASCII and the common non-ASCII letter blocks. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x2000) || (c >= 0x2c00 && c < 0xd800) || (c >= 0xf900 && c < 0xfff0);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

const WORD = 1;
const JOINER = 2;
/** `isWordChar` and `isJoiner` for every UTF-16 code unit, looked up once per character when splitting. */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CHAR_CLASS[c] = isWordChar(c) ? WORD : isJoiner(c) ? JOINER : 0;

/** True when the word at `start` begins with a capital letter or is a number. */
export function isCapitalised(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[start];
  return ch !== ch.toLowerCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
