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
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const room = Math.max(0, width - (span.end - span.start));
  let from = Math.max(lineStart, span.start - Math.floor(room / 2));
  let to = Math.min(lineEnd, span.end + (room - (span.start - from)));
  from = Math.max(lineStart, to - Math.max(width, span.end - span.start));
  if (from > lineStart) from = wordStart(text, from, span.start);
  if (to < lineEnd) to = wordEnd(text, to, span.end);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}

function wordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space >= 0 && space < limit ? space + 1 : at;
}

function wordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space >= limit ? space : at;
}
