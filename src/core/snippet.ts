import type { Span } from './types';

const WIDTH = 100;

/**
 * A one-line excerpt of `text` around `span`, whitespace collapsed and cut at word boundaries
 * with `…`, for the tree and search results.
 *
 * @example snippet('…funding for Regional Care Co-operatives (RCCs), which…', { start, end })
 */
export function snippet(text: string, span: Span, width = WIDTH): string {
  if (span.end - span.start > width) {
    const cut = wordEnd(text, span.start + width, span.start + 1);
    return `${text.slice(span.start, cut).replace(/\s+/g, ' ').trim()}…`;
  }
  const lineStart = lineStartWithin(text, span.start, width);
  const lineEnd = lineEndWithin(text, span.end, width);
  const room = Math.max(0, width - (span.end - span.start));
  let from = Math.max(lineStart, span.start - Math.floor(room / 2));
  let to = Math.min(lineEnd, span.end + (room - (span.start - from)));
  from = Math.max(lineStart, to - Math.max(width, span.end - span.start));
  if (from > lineStart) from = wordStart(text, from, span.start);
  if (to < lineEnd) to = wordEnd(text, to, span.end);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}

/**
 * For an edit from `before` to `after`, the span of `before` whose excerpt is the same as that of a span
 * of `after`, or undefined when the edit may have changed it: an excerpt reads no further than `width`
 * and one character either side of its span, so excerpts before or after the changed stretch of a
 * large document can be kept instead of made again after each keystroke.
 */
export function unchangedExcerpt(before: string, after: string, width = WIDTH): (span: Span) => Span | undefined {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const shift = after.length - before.length;
  const reach = width + 1;
  return (span) => {
    if (span.end + reach <= prefix) return span;
    if (span.start - reach >= after.length - suffix) return { start: span.start - shift, end: span.end - shift };
    return undefined;
  };
}

/**
 * Where the line holding `at` starts, looking back no further than `width` characters: a document on
 * one long line has thousands of spans, and a search to its start for each would make it quadratic.
 * When the line starts further back, any position before the window does, since the excerpt never reaches it.
 */
function lineStartWithin(text: string, at: number, width: number): number {
  const limit = Math.max(0, at - width - 1);
  for (let i = at - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit;
}

/** Where the line holding `at` ends, looking no further than `width` characters ahead (see `lineStartWithin`). */
function lineEndWithin(text: string, at: number, width: number): number {
  const limit = Math.min(text.length, at + width + 1);
  for (let i = at; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit;
}

function wordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space >= 0 && space < limit ? space + 1 : at;
}

function wordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space >= limit ? space : at;
}
