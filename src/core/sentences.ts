import type { Span } from './types';

/** Sentences longer than this are cut at a space before it, so a text without punctuation cannot yield one huge sentence. */
export const MAX_SENTENCE_LENGTH = 1500;

/** Abbreviations that end with a full stop but rarely end a sentence, in any case. */
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
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = spans.length;
    const { start, bulleted } = skipListMarker(text, lineStart, lineEnd);
    splitLine(text, start, lineEnd, spans);
    for (let i = first; i < spans.length; i++) {
      spans[i].line = spans.length - first === 1 ? 'whole' : i === first ? 'first' : 'inner';
      spans[i].bulleted = bulleted && i === first;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue;
    let close = i + 1;
    while (close < end && isTerminalTrail(text.charCodeAt(close))) close++;
    if (close >= end) break;
    if (!isSpace(text.charCodeAt(close))) continue;
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
    if (j > i + 1 && text.charCodeAt(j) === 0x29) after = j + 1;
  }
  if (after < 0 || after >= end || !isSpace(text.charCodeAt(after))) return { start: i, bulleted: false };
  while (after < end && isSpace(text.charCodeAt(after))) after++;
  return { start: after, bulleted: true };
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && w > dot - 8 && (isAlnum(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 0x2e)) w--;
  if (w === dot) return false;
  const word = text.slice(w, dot);
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) || CAPITALISED_ABBREVIATIONS.has(word);
}

/** Closing quotes and brackets that belong to the sentence they end. */
function isTerminalTrail(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x2e || c === 0x21 || c === 0x3f;
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
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x2009 || c === 0x202f || c === 0x3000;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isUpper(c) || (c >= 0x61 && c <= 0x7a);
}
