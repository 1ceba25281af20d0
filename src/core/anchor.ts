import type { Anchor } from './annotation';
import type { Span } from './types';

/** Characters of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Context characters that must agree, at the least, before a short or repeated quote is trusted away from its old offsets. */
const MIN_CONTEXT = 6;
/** A quote at least this long is specific enough to be trusted on its own when it occurs once. */
const DISTINCTIVE_LENGTH = 24;
/** Shorter quotes are never matched fuzzily: a few edits would make them match anything. */
const MIN_FUZZY_LENGTH = 8;
/** Edits allowed per character of the quote for a fuzzy match. */
const FUZZY_RATE = 0.2;
/** Candidate places tried per seed for a fuzzy match; bounds the cost on long documents. */
const MAX_CANDIDATES_PER_SEED = 12;
const MAX_OCCURRENCES = 10_000;

/** How an anchor was found again: `exact` at its old offsets, `moved` (the quote elsewhere), `fuzzy` (a slightly edited quote). */
export type AnchorHow = 'exact' | 'moved' | 'fuzzy';

export interface AnchorMatch extends Span {
  how: AnchorHow;
}

/** A replacement in a text: `[start, end)` of the text before it is replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * The anchor of `[start, end)` in `text`: the quote, up to CONTEXT_LENGTH characters of context
 * either side, and the offsets.
 */
export function createAnchor(text: string, start: number, end: number): Anchor {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) },
    position: { start, end },
  };
}

/**
 * Finds an anchor's text in a (possibly changed) text, or returns undefined when it is gone (orphaned).
 * Order: the exact quote, preferring the occurrence whose context agrees best, then the one nearest the
 * old offsets; then a fuzzy match for a slightly edited quote. A short or repeated quote is only
 * moved when its context agrees, so an annotation is never attached to the wrong text.
 */
export function reanchor(text: string, anchor: Anchor): AnchorMatch | undefined {
  return exactMatch(text, anchor) ?? fuzzyMatch(text, anchor);
}

/**
 * Follows editor changes, applied in order (each in the coordinates left by the previous one).
 * `touched` is true when a change overlapped the span: its text changed, so re-anchor it.
 */
export function shiftSpan(span: Span, changes: readonly TextChange[]): Span & { touched: boolean } {
  let { start, end } = span;
  let touched = false;
  for (const c of changes) {
    const delta = c.text.length - (c.end - c.start);
    if (c.end <= start) {
      start += delta;
      end += delta;
    } else if (c.start >= end) {
      continue;
    } else {
      touched = true;
      if (c.start >= start && c.end <= end) end += delta;
      else if (c.start < start && c.end <= end) {
        start = c.start + c.text.length;
        end += delta;
      } else if (c.start >= start) end = c.start;
      else {
        start = c.start;
        end = c.start + c.text.length;
      }
      if (end < start) end = start;
    }
  }
  return { start, end, touched };
}

function exactMatch(text: string, anchor: Anchor): AnchorMatch | undefined {
  const { exact } = anchor.quote;
  const hint = anchor.position.start;
  const starts = occurrences(text, exact);
  if (starts.length === 0) return undefined;
  let best = -1;
  let bestContext = -1;
  for (const s of starts) {
    const context = contextAgreement(text, s, s + exact.length, anchor);
    if (context > bestContext || (context === bestContext && Math.abs(s - hint) < Math.abs(best - hint))) {
      best = s;
      bestContext = context;
    }
  }
  const atHint = best === hint;
  const trusted = atHint || bestContext >= requiredContext(anchor) || (starts.length === 1 && exact.length >= DISTINCTIVE_LENGTH);
  if (!trusted) return undefined;
  return { start: best, end: best + exact.length, how: atHint ? 'exact' : 'moved' };
}

function fuzzyMatch(text: string, anchor: Anchor): AnchorMatch | undefined {
  const { exact, prefix, suffix } = anchor.quote;
  const m = exact.length;
  if (m < MIN_FUZZY_LENGTH) return undefined;
  const k = Math.max(1, Math.floor(m * FUZZY_RATE));
  const hint = anchor.position;
  const seed = Math.min(16, Math.floor(m / 3));

  const startCandidates = new Set<number>([clamp(hint.start, 0, text.length)]);
  for (const s of nearest(occurrences(text, exact.slice(0, seed)), hint.start)) startCandidates.add(s);
  if (prefix.length >= MIN_CONTEXT) {
    const tail = prefix.slice(-16);
    for (const s of nearest(occurrences(text, tail), hint.start - tail.length)) startCandidates.add(s + tail.length);
  }
  const endCandidates = new Set<number>([clamp(hint.end, 0, text.length)]);
  for (const s of nearest(occurrences(text, exact.slice(-seed)), hint.end - seed)) endCandidates.add(s + seed);
  if (suffix.length >= MIN_CONTEXT) {
    const head = suffix.slice(0, 16);
    for (const s of nearest(occurrences(text, head), hint.end)) endCandidates.add(s);
  }

  let best: { start: number; end: number; distance: number; context: number } | undefined;
  const consider = (start: number, end: number, distance: number): void => {
    if (distance > k || end <= start) return;
    const context = contextAgreement(text, start, end, anchor);
    if (!best || distance < best.distance || (distance === best.distance && context > best.context)) best = { start, end, distance, context };
  };
  for (const s of startCandidates) {
    const found = alignFrom(exact, text.slice(s, s + m + k), k);
    if (found) consider(s, s + found.length, found.distance);
  }
  const reversed = reverse(exact);
  for (const e of endCandidates) {
    const from = Math.max(0, e - m - k);
    const found = alignFrom(reversed, reverse(text.slice(from, e)), k);
    if (found) consider(e - found.length, e, found.distance);
  }
  if (!best) return undefined;
  if (m < DISTINCTIVE_LENGTH && best.context < requiredContext(anchor)) return undefined;
  return { start: best.start, end: best.end, how: 'fuzzy' };
}

/**
 * The best alignment of the whole `pattern` against a prefix of `segment`, within `k` edits
 * (Levenshtein, banded so the cost is O(pattern × k)); the prefix length closest to the
 * pattern's length wins a tie.
 */
function alignFrom(pattern: string, segment: string, k: number): { length: number; distance: number } | undefined {
  const m = pattern.length;
  const n = segment.length;
  if (n < m - k) return undefined;
  const INF = 1 << 29;
  let prev = new Int32Array(n + 1).fill(INF);
  let cur = new Int32Array(n + 1).fill(INF);
  for (let j = 0; j <= Math.min(n, k); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(0, i - k);
    const hi = Math.min(n, i + k);
    if (lo > 0) cur[lo - 1] = INF;
    if (lo === 0) cur[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const substitute = prev[j - 1] + (p === segment.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(substitute, prev[j] + 1, cur[j - 1] + 1);
    }
    if (hi + 1 <= n) cur[hi + 1] = INF;
    [prev, cur] = [cur, prev];
  }
  let best: { length: number; distance: number } | undefined;
  for (let j = Math.max(0, m - k); j <= Math.min(n, m + k); j++) {
    const d = prev[j];
    if (d <= k && (!best || d < best.distance || (d === best.distance && Math.abs(j - m) < Math.abs(best.length - m)))) best = { length: j, distance: d };
  }
  return best;
}

/** Characters of the recorded context that agree with the text around `[start, end)`. */
function contextAgreement(text: string, start: number, end: number, anchor: Anchor): number {
  const { prefix, suffix } = anchor.quote;
  let before = 0;
  while (before < prefix.length && start - before - 1 >= 0 && text.charCodeAt(start - before - 1) === prefix.charCodeAt(prefix.length - before - 1)) before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
  return before + after;
}

/** Half the recorded context: one side intact is enough, a few common words either side are not. */
function requiredContext(anchor: Anchor): number {
  const available = anchor.quote.prefix.length + anchor.quote.suffix.length;
  return Math.min(available, Math.max(MIN_CONTEXT, Math.ceil(available / 2)));
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i >= 0 && found.length < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function nearest(positions: number[], target: number): number[] {
  return positions.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, MAX_CANDIDATES_PER_SEED);
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
