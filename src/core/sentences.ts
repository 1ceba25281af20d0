import type { Span } from './types';

/** Splits text into sentences; a heading or bullet line that stands alone is a sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n.!?]+(?:[.!?]+|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}
