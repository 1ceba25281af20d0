import type { NameCandidate } from './types';

/** Finds the named programmes, funds, bodies, reports and laws a document mentions, with acronyms it defines. */
export function findNames(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const re = /\b([A-Z][a-z]+(?: (?:of|for|and|the|on) | )){1,5}(?:Review|Framework|Authority|Fund|Programme|Strategy|Board)\b(?: \(([A-Z]{2,}s?)\))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[0].replace(/ \([A-Z]{2,}s?\)$/, '');
    out.push({ start: m.index, end: m.index + name.length, text: name, acronym: m[2], category: 'other' });
  }
  return out;
}
