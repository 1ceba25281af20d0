import type { FundingMention } from './types';

const SCALE: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** Finds every money amount in the text. */
export function extractFunding(text: string): FundingMention[] {
  const out: FundingMention[] = [];
  const re = /£(\d[\d,]*(?:\.\d+)?)\s?(m|bn|million|billion)?\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const amount = Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2]] : 1);
    out.push({ kind: 'funding', start: m.index, end: m.index + m[0].length, text: m[0], amount, currency: 'GBP', policy: true });
  }
  return out;
}
