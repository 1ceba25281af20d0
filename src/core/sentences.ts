import type { Span } from './types';

/** Sentences longer than this are cut at a space before it, so a text without punctuation cannot yield one huge sentence. */
export const MAX_SENTENCE_LENGTH = 1500;

/** Abbreviations that end with a full stop but rarely end a sentence, in any case; none is longer than six characters (see letterCode). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'al', 'approx', 'u.s', 'u.k', 'a.m', 'p.m', 'cllr', 'hon', 'rt']);

/** Abbreviations that are also ordinary words, recognised only when capitalised (`No. 10`, not `said no.`). */
const CAPITALISED_ABBREVIATIONS = new Set([
  'St', 'Sr', 'Jr', 'Rev', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt', 'Gov', 'Sen', 'Rep', 'No', 'Nos', 'Fig', 'Figs', 'Vol', 'Art', 'Sec', 'Ch', 'Para',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Ltd', 'Co', 'Corp', 'Dept', 'Est', 'Mt', 'Ft',
]);

/** A sentence and where it sits on its line. */
export interface SentenceSpan extends Span {
  /** `whole`: the only sentence on its line (a heading or list item); `first`/`inner`: one of several on a line. */
  line: 'whole' | 'first' | 'inner';
  /** It follows a bullet or list number (`•`, `-`, `1.`, `(a)`). */
  bulleted: boolean;
}

/**
 * Splits text into sentences; a heading or bullet line that stands alone is a sentence, and a
 * bullet or list marker (`•`, `-`, `1.`, `(a)`) is left out of the span that follows it.
 * Runs in one pass, linear in the length of the text.
 * @example splitSentences('Plans.\n• Fund hubs') // spans of "Plans." and "Fund hubs"
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // Each line's end is found once: the wrap width needs every line's length, and the end of the line after is needed to decide whether it continues this one.
  const lines = findLineEnds(text);
  const wrapWidth = hardWrapWidth(lines);
  const terminals = new Terminals(text);
  let lineStart = 0;
  let k = 0;
  let lineEnd = lines.ends[0];
  while (lineStart <= text.length) {
    // An empty line holds no sentence and continues none.
    if (lineEnd === lineStart) {
      lineStart++;
      lineEnd = lines.after(k++);
      continue;
    }
    const { start, bulleted } = skipListMarker(text, lineStart, lineEnd);
    let end = lineEnd;
    let nextEnd = lines.after(k++);
    let line = start;
    while (end < text.length && continuesOnNextLine(text, line, end, nextEnd, wrapWidth)) {
      line = end + 1;
      end = nextEnd;
      nextEnd = lines.after(k++);
    }
    const first = spans.length;
    splitLine(text, start, end, spans, terminals);
    for (let i = first; i < spans.length; i++) {
      spans[i].line = spans.length - first === 1 ? 'whole' : i === first ? 'first' : 'inner';
      spans[i].bulleted = bulleted && i === first;
    }
    lineStart = end + 1;
    lineEnd = nextEnd;
  }
  return spans;
}

/** Where each line of a text ends (at a `\n` or the text's end), `count` of them. */
interface LineEnds {
  ends: number[];
  count: number;
  /** The end of line `k + 1`, or the text's end after the last line. */
  after(k: number): number;
}

function findLineEnds(text: string): LineEnds {
  const ends: number[] = [];
  for (let start = 0; ; start = ends[ends.length - 1] + 1) {
    ends.push(lineEndAt(text, start));
    if (ends[ends.length - 1] >= text.length) break;
  }
  const count = ends.length;
  return { ends, count, after: (k) => (k + 1 < count ? ends[k + 1] : text.length) };
}

/** Most words of four letters or more capitalised, as in a heading: `Billion-Dollar Housing Boost Ahead of Elections`. */
function isTitleCase(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = start; i < end; i++) {
    if (!isAlnum(text.charCodeAt(i)) || (i > start && isAlnum(text.charCodeAt(i - 1)))) continue;
    let j = i;
    while (j < end && isAlnum(text.charCodeAt(j))) j++;
    if (j - i >= 4) {
      words++;
      if (isUpper(text.charCodeAt(i))) capitalised++;
    }
  }
  return words > 0 && capitalised >= words * 0.6;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Words that cannot end a sentence or a heading, so a line ending with one was wrapped (by their letterCode). */
const OPEN_ENDED = letterCodes(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'that', 'which', 'as', 'is', 'are', 'will', 'its', 'their', 'our']);
/** Shorter lines are taken for headings, not wrapped text, unless they end open. */
const MIN_WRAPPED_LINE = 30;
/** Widths at which text is commonly hard-wrapped; paragraphs on one line are much longer. */
const MAX_WRAP_WIDTH = 120;
// How many lines have each length; one buffer serves every text.
const LENGTH_COUNTS = new Uint32Array(MAX_WRAP_WIDTH + 2);

/**
 * The width a hard-wrapped text was wrapped at, when most of its lines fill up to nearly the same width
 * (text taken from a PDF or an e-mail); 0 for text with one paragraph per line.
 */
function hardWrapWidth(lineEnds: LineEnds): number {
  const counts = LENGTH_COUNTS.fill(0);
  let lines = 0;
  for (let k = 0, start = 0; k < lineEnds.count; start = lineEnds.ends[k++] + 1) {
    const length = lineEnds.ends[k] - start;
    if (length > 0) {
      counts[Math.min(length, MAX_WRAP_WIDTH + 1)]++;
      lines++;
    }
  }
  if (lines < 8 || counts[MAX_WRAP_WIDTH + 1] > lines / 10) return 0;
  let width = MAX_WRAP_WIDTH;
  for (let seen = 0; width > 0; width--) {
    seen += counts[width];
    if (seen >= lines / 20) break;
  }
  let near = 0;
  for (let w = Math.floor(width * 0.75); w <= width; w++) near += counts[w];
  return near >= lines * 0.4 ? width : 0;
}

/**
 * A hard-wrapped paragraph (text taken from a PDF or an e-mail) continues on the next line when this line
 * does not end a sentence and the next, not a list item, starts in lower case, or this one ends open
 * (`,`, `the`, `and`), or the whole text is hard-wrapped and this line fills its width. Headings and list
 * items keep their own lines. `lineStart` is where the line's text starts (after a list marker on a first line), `nextEnd` where the next line ends.
 */
function continuesOnNextLine(text: string, lineStart: number, lineEnd: number, nextEnd: number, wrapWidth: number): boolean {
  let last = lineEnd - 1;
  while (last >= lineStart && isSpace(text.charCodeAt(last))) last--;
  if (last < lineStart) return false;
  let end = last;
  while (end > lineStart && isClosing(text.charCodeAt(end))) end--;
  const c = text.charCodeAt(end);
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2026) return false;
  const next = skipListMarker(text, lineEnd + 1, nextEnd);
  if (next.bulleted || next.start >= nextEnd) return false;
  const f = text.charCodeAt(next.start);
  if (f >= 0x61 && f <= 0x7a) return end - lineStart + 1 >= MIN_WRAPPED_LINE || c === 0x2c;
  if (c === 0x2c || c === 0x3b || c === 0x28 || c === 0x2013 || c === 0x2d) return true;
  if (wrapWidth && lineEnd - lineStart >= wrapWidth * 0.8 && !isTitleCase(text, lineStart, end + 1)) return true;
  let w = end;
  while (w >= lineStart && w > end - 6 && isAlnum(text.charCodeAt(w))) w--;
  return OPEN_ENDED.has(letterCode(text, w + 1, end + 1));
}

/**
 * Finds the next `.`, `!`, `?` or `…` natively, each by its own `indexOf` (cheaper than a pattern); remembers
 * where each is, so lines without one do not rescan the rest of the text.
 */
class Terminals {
  // The next offset of each terminal character, or the text's length when there is none.
  private readonly next = [-1, -1, -1, -1];
  // The least of them.
  private first = -1;

  constructor(private readonly text: string) {}

  /** The offset of the first terminal at or after `offset`, or the text's length. */
  from(offset: number): number {
    if (this.first >= offset) return this.first;
    const next = this.next;
    let first = this.text.length;
    for (let k = 0; k < TERMINALS.length; k++) {
      if (next[k] < offset) {
        const at = this.text.indexOf(TERMINALS[k], offset);
        next[k] = at < 0 ? this.text.length : at;
      }
      if (next[k] < first) first = next[k];
    }
    this.first = first;
    return first;
  }
}
const TERMINALS = ['.', '!', '?', '\u2026'];

function splitLine(text: string, start: number, end: number, spans: SentenceSpan[], terminals: Terminals): void {
  let from = start;
  for (let i = start; i < end; i++) {
    i = terminals.from(i);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    let close = i + 1;
    while (close < end && isTerminalTrail(text.charCodeAt(close))) close++;
    if (close >= end) break;
    if (!isSpace(text.charCodeAt(close))) {
      // Text taken from a web page may join paragraphs with no space: `he said."The Government will…`, `by 2022-23.This announcement`.
      if (!(close > i + 1 ? isClosingDoubleQuote(text.charCodeAt(close - 1)) && opensGluedSentence(text.charCodeAt(close)) : gluedAfterFullStop(text, i, end))) continue;
      pushTrimmed(text, from, close, spans);
      from = close;
      i = close - 1;
      continue;
    }
    let next = close + 1;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next >= end || !startsSentence(text.charCodeAt(next))) continue;
    if (c === 0x2e && close === i + 1 && isAbbreviation(text, from, i)) continue;
    pushTrimmed(text, from, close, spans);
    from = next;
    i = next - 1;
  }
  pushTrimmed(text, from, end, spans);
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_LENGTH);
    pushTrimmed(text, start, cut, spans);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) spans.push({ start, end, line: 'whole', bulleted: false });
}

/** The last space in the second half of the window, else the window's end (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_SENTENCE_LENGTH / 2; i--) if (isSpace(text.charCodeAt(i))) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function skipListMarker(text: string, start: number, end: number): { start: number; bulleted: boolean } {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  let after = -1;
  if (c === 0x2022 || c === 0x25aa || c === 0x25e6 || c === 0xb7 || c === 0x2043 || c === 0x25cf || c === 0x25a0) after = i + 1;
  else if (c === 0x2d || c === 0x2a || c === 0x2013 || c === 0x2014) after = i + 1;
  else if (isDigit(c)) {
    let j = i;
    while (j < end && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
    const p = text.charCodeAt(j);
    if (p === 0x2e || p === 0x29) after = j + 1;
  } else if (c === 0x28) {
    let j = i + 1;
    while (j < end && j - i < 5 && isAlnum(text.charCodeAt(j))) j++;
    if (j > i + 1 && text.charCodeAt(j) === 0x29 && /^(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/.test(text.slice(i + 1, j))) after = j + 1;
  }
  if (after < 0 || after >= end || !isSpace(text.charCodeAt(after))) return { start: i, bulleted: false };
  while (after < end && isSpace(text.charCodeAt(after))) after++;
  return { start: after, bulleted: true };
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && w > dot - 8 && (isAlnum(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 0x2e)) w--;
  if (w === dot) return false;
  if (dot - w === 1 && isUpper(text.charCodeAt(w))) return true;
  // Most words before a full stop are longer than any abbreviation: they need not be looked up.
  if (dot - w > LONGEST_ABBREVIATION) return false;
  const code = letterCode(text, w, dot);
  return ABBREVIATION_CODES.has(code) || (CAPITALISED_ABBREVIATION_CODES.has(code) && isCapitalised(text, w, dot));
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...CAPITALISED_ABBREVIATIONS].map((word) => word.length));
const ABBREVIATION_CODES = letterCodes([...ABBREVIATIONS]);
const CAPITALISED_ABBREVIATION_CODES = letterCodes([...CAPITALISED_ABBREVIATIONS]);

/**
 * `text[start, end)`, letters (in either case alike) and dots, packed into a number (five bits a character, so
 * up to six of them), to be looked up without being cut out of the text; 0 when it holds anything else.
 */
function letterCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const letter = isUpper(c) ? c - 0x40 : isLower(c) ? c - 0x60 : c === 0x2e ? 27 : 0;
    if (!letter) return 0;
    code = (code << 5) | letter;
  }
  return code;
}

function letterCodes(words: string[]): Set<number> {
  return new Set(words.map((word) => letterCode(word, 0, word.length)));
}

/** A capital, then only small letters. */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (!isUpper(text.charCodeAt(start))) return false;
  for (let k = start + 1; k < end; k++) if (!isLower(text.charCodeAt(k))) return false;
  return true;
}

/** Closing quotes and brackets that belong to the sentence they end. */
function isTerminalTrail(c: number): boolean {
  return isClosing(c) || c === 0x2e || c === 0x21 || c === 0x3f;
}

function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

/**
 * A full stop at `dot` between a word of two or more small letters or digits and a capitalised word of two or more
 * small letters (`2022-23.This`, `crisis.The`), as no abbreviation, decimal or web address is written.
 */
function gluedAfterFullStop(text: string, dot: number, end: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e || dot < 2 || !isLowerOrDigit(text.charCodeAt(dot - 1)) || !isLowerOrDigit(text.charCodeAt(dot - 2))) return false;
  if (!isUpper(text.charCodeAt(dot + 1)) || dot + 3 >= end || !isLower(text.charCodeAt(dot + 2)) || !isLower(text.charCodeAt(dot + 3))) return false;
  // A web address or a file name (`leeds.gov.Uk`): the word before the dot holds a dot of its own.
  let k = dot - 1;
  while (k > 0 && (isAlnum(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2d || text.charCodeAt(k - 1) === 0x2f)) k--;
  return k === 0 || text.charCodeAt(k - 1) !== 0x2e;
}

function isLowerOrDigit(c: number): boolean {
  return isLower(c) || isDigit(c);
}

function isClosingDoubleQuote(c: number): boolean {
  return c === 0x22 || c === 0x201d;
}

function opensGluedSentence(c: number): boolean {
  return isUpper(c) || c === 0x201c;
}

function startsSentence(c: number): boolean {
  return (
    isUpper(c) ||
    isDigit(c) ||
    c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b ||
    c === 0xa3 || c === 0x24 || c === 0x20ac || c === 0x20b9 || c === 0xa5 ||
    c === 0x2022 || c === 0x2d || c === 0x2013 ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7)
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isUpper(c) || (c >= 0x61 && c <= 0x7a);
}
