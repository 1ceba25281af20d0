import { currencyReader, ISO_CODES, unitOf } from './currency';
import { isPolicyAmount } from './fundingPolicy';
import type { FundingMention } from './types';

const SPACE = '[ \\u00a0]';
/** Western (`1,250,000`) and Indian (`11,11,111`) digit grouping, optional decimals. */
const NUMBER = String.raw`\d+(?:,\d{2,3}(?!\d))*(?:\.\d+)?`;
const SCALE_WORDS = String.raw`(?:lakhs?|lacs?|thousand)${SPACE}crores?|trillions?|trn|tn|billions?|bln|bn|millions?|mln|mn|thousand|crores?|cr|lakhs?|lacs?`;
/** A scale word may follow after one space; the one-letter abbreviations only when written tight (`£45m`). */
const SCALE = String.raw`(?:${SPACE}?(?:${SCALE_WORDS})|[mbk])(?!\w)`;
const ISO = ISO_CODES.join('|');
const LETTER_SIGNS = String.raw`U\.S\.${SPACE}?\$|(?:US|AUD?|NZD?|CAD?|Can|SGD?|HKD?|NT|Mex|[ACSR])\$|Rs\.?|KSh|RM|R(?=\d)|${ISO}`;
const SYMBOLS = '[$£€₹¥₦₱₩₪₽₺]';
const CURRENCY_WORDS = String.raw`pounds?${SPACE}sterling|pounds?|sterling|euros?|(?:U\.S\.|US|American|Australian|Aus|Canadian|New${SPACE}Zealand|NZ|Singapore|Hong${SPACE}Kong)${SPACE}dollars?|dollars?|(?:Indian|Pakistani|Sri${SPACE}Lankan|Nepalese|Nepali)${SPACE}rupees?|rupees?|yen|yuan|renminbi|rand|naira|pesos?|shillings?|Swiss${SPACE}francs?|francs?|kronor|cedis?|ringgit|baht|pence|cents?|${ISO}`;
const COUNT_WORDS = 'half an?|a quarter of an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred';

/**
 * One pass finds three shapes: a sign or code before the number (`£2.6bn`, `US$80.9 billion`,
 * `£15-£50`'s first half, `£5-10m`), a currency word or code after it (`50 million pounds`,
 * `5m EUR`), and a counted scale with a currency word (`half a billion pounds`).
 * Every branch is a fixed sequence of linear pieces, and the lookbehinds stop a branch from
 * restarting inside a run of digits, so the scan stays linear on any input.
 */
const MONEY = new RegExp(
  [
    String.raw`(?<sign>(?<![A-Za-z])(?:${LETTER_SIGNS})|${SYMBOLS})${SPACE}?(?<num>${NUMBER})(?<scale>${SCALE})?` +
      String.raw`(?<tail>(?:${SPACE}?[-–—]${SPACE}?|${SPACE}to${SPACE})(?<num2>${NUMBER})(?<scale2>${SCALE})?)?`,
    String.raw`(?<![\w.,$£€₹¥])(?<bnum>${NUMBER})(?<bscale>${SCALE})?${SPACE}(?<bcur>${CURRENCY_WORDS})(?!\w)`,
    String.raw`(?<!\w)(?<count>${COUNT_WORDS})${SPACE}(?<cscale>million|billion|trillion)${SPACE}(?<ccur>${CURRENCY_WORDS})(?!\w)`,
  ].join('|'),
  'gi',
);

const SCALE_VALUE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9,
  tn: 1e12, trn: 1e12, trillion: 1e12, lakh: 1e5, lac: 1e5, crore: 1e7, cr: 1e7,
};
const COUNT_VALUE: Record<string, number> = {
  half: 0.5, quarter: 0.25, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const ISO_SET = new Set<string>(ISO_CODES);
/** Forms too ambiguous to stand without a scale word: `5 pounds` is often a weight, `R5`/`RM5` often not money. */
const NEEDS_SCALE = new Set(['pound', 'pounds', 'r', 'rm']);
const YEAR = /^(?:19|20)\d\d$/;

interface Amount {
  start: number;
  end: number;
  /** The low end for a range. */
  value: number;
  currency: string;
  scaled: boolean;
}

/** Multiplier of a scale as written (`bn`, ` million`, `lakh crore`), 1 when absent. */
function scaleOf(written: string | undefined): number {
  if (!written) return 1;
  let value = 1;
  for (const word of written.trim().toLowerCase().split(/[\s\u00a0]+/)) value *= SCALE_VALUE[word.replace(/s$/, '')] ?? 1;
  return value;
}

function numberOf(written: string): number {
  return Number(written.replace(/,/g, ''));
}

function exact(value: number): number {
  return Number(value.toPrecision(12));
}

/** ISO codes count only in capitals, so `5 million try` is not Turkish lira. */
function isWrittenAsCurrency(marker: string): boolean {
  return !ISO_SET.has(marker.toUpperCase()) || marker === marker.toUpperCase();
}

/**
 * Finds every money amount in the text, with its value, ISO currency and whether it is
 * policy money rather than a price or salary on the page.
 *
 * @example extractFunding('The department is investing £10 million.')[0]
 *   // → { text: '£10 million', amount: 10000000, currency: 'GBP', policy: true, ... }
 */
export function extractFunding(text: string): FundingMention[] {
  const currencyOf = currencyReader(text);
  const amounts: Amount[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    if (g.sign !== undefined) {
      const sign = g.sign.replace(/\s+/g, '');
      if (!isWrittenAsCurrency(sign) || (NEEDS_SCALE.has(sign.toLowerCase()) && !g.scale)) {
        MONEY.lastIndex = start + 1;
        continue;
      }
      let end = start + m[0].length;
      let value = numberOf(g.num) * scaleOf(g.scale);
      if (g.tail !== undefined) {
        const low = numberOf(g.num);
        const high = numberOf(g.num2);
        const dash = !/to/i.test(g.tail.slice(0, g.tail.length - g.num2.length - (g.scale2?.length ?? 0)));
        if (g.scale2 && !g.scale && low < high) value = low * scaleOf(g.scale2);
        else if (!(g.scale2 || (dash && !g.scale && low < high))) {
          end -= g.tail.length;
          MONEY.lastIndex = end;
        }
      }
      amounts.push({ start, end, value: exact(value), currency: currencyOf(sign), scaled: !!(g.scale || g.scale2) });
    } else if (g.bnum !== undefined) {
      const cur = g.bcur;
      const needsScale = NEEDS_SCALE.has(cur.toLowerCase());
      if (!isWrittenAsCurrency(cur) || (needsScale && !g.bscale) || (!g.bscale && YEAR.test(g.bnum))) {
        MONEY.lastIndex = start + 1;
        continue;
      }
      const value = numberOf(g.bnum) * scaleOf(g.bscale) * unitOf(cur);
      amounts.push({ start, end: start + m[0].length, value: exact(value), currency: currencyOf(cur), scaled: !!g.bscale });
    } else {
      const count = g.count.toLowerCase().split(/[\s\u00a0]+/).reduce((v, w) => v * (COUNT_VALUE[w] ?? 1), 1);
      const value = count * scaleOf(g.cscale) * unitOf(g.ccur);
      amounts.push({ start, end: start + m[0].length, value: exact(value), currency: currencyOf(g.ccur), scaled: true });
    }
  }
  return joinRanges(text, amounts).map((a) => {
    const written = text.slice(a.start, a.end);
    return {
      kind: 'funding',
      start: a.start,
      end: a.end,
      text: written,
      amount: a.value,
      currency: a.currency,
      policy: isPolicyAmount(text, a.start, a.end, a.scaled || a.value >= 1e6),
    };
  });
}

/**
 * Joins two amounts written as one range (`£42,403 - £45,441`, `£25,081 to £27,653`,
 * `between £154 and £270`) into one span valued at its low end; `from £250m to £263m` is a
 * change between two amounts and stays two.
 */
function joinRanges(text: string, amounts: Amount[]): Amount[] {
  const out: Amount[] = [];
  for (const a of amounts) {
    const prev = out[out.length - 1];
    if (prev && prev.currency === a.currency && isRangeGap(text, prev, a)) {
      out[out.length - 1] = { ...prev, end: a.end, scaled: prev.scaled || a.scaled };
    } else {
      out.push(a);
    }
  }
  return out;
}

function isRangeGap(text: string, low: Amount, high: Amount): boolean {
  const gap = text.slice(low.end, high.start);
  if (/^[ \u00a0]?[-–—][ \u00a0]?$/.test(gap)) return true;
  const before = text.slice(Math.max(0, low.start - 9), low.start);
  if (/^[ \u00a0]to[ \u00a0]$/i.test(gap)) return !/\bfrom[ \u00a0]$/i.test(before);
  if (/^[ \u00a0]and[ \u00a0]$/i.test(gap)) return /\bbetween[ \u00a0]$/i.test(before);
  return false;
}
