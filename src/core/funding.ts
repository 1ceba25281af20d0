import { currencyReader, ISO_CODES, unitOf } from './currency';
import type { CurrencyReader } from './currency';
import { isPolicyAmount } from './fundingPolicy';
import type { FundingMention } from './types';

const SPACE = '[ \\u00a0]';

/** `millions?` → `[Mm]illions?|MILLIONS?`: lower case, capitalised and all caps. */
function anyCase(words: readonly string[]): string {
  return words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
}

/** Lets each space of a pattern also match a no-break space. */
function spaced(pattern: string): string {
  return pattern.replace(/ /g, SPACE);
}

/** Western (`1,250,000`) and Indian (`11,11,111`) digit grouping, optional decimals. */
const NUMBER_REST = String.raw`\d*(?:,\d{2,3}(?!\d))*(?:\.\d+)?`;
/** After a sign, thousands may also be grouped by spaces (`R1 415`, `EUR 1 000 000`). */
const SIGN_NUMBER_REST = String.raw`(?:\d{0,2}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:\.\d+)?|${NUMBER_REST})`;
const NUMBER = String.raw`\d${NUMBER_REST}`;
const SCALE_WORDS = spaced(
  anyCase([
    'lakhs? crores?', 'lacs? crores?', 'thousand crores?', 'trillions?', 'trn', 'tn', 'billions?', 'bln', 'bn',
    'millions?', 'mln', 'mn', 'thousand', 'crores?', 'cr', 'lakhs?', 'lacs?',
  ]),
);
/**
 * A scale word may follow after one space or a hyphen (`$5-million`); the one-letter abbreviations
 * only when written tight (`£45m`). A digit may follow, as a footnote mark does in converted PDFs.
 */
const SCALE = String.raw`(?:(?:${SPACE}|-)?(?:${SCALE_WORDS})|[mbktMBKT])(?![A-Za-z_])`;
const ISO = ISO_CODES.join('|');
const LETTER_SIGNS = String.raw`U\.?S\.?${SPACE}\$|U\.S\.\$|(?:US|AUD?|NZD?|CAD?|Can|SGD?|HKD?|NT|Mex|[ACSR])\$|\$(?:US|AU|A|NZ|C)|GH₵|Rs\.?|KSh|Tk|RM|R|${ISO}`;
const SYMBOLS = '[$£€₹¥₦₱₩₪₽₺₵]';
/** The character just before a sign-first number (after an optional space) is always one of these. */
const SIGN_ENDINGS = '[$£€₹¥₦₱₩₪₽₺₵A-Z.shk]';
const CURRENCY_WORDS = spaced([
  `(?:U\\.S\\.|US|American|Australian|Aus|Canadian|New Zealand|NZ|Singapore|Hong Kong) (?:${anyCase(['dollars?'])})`,
  `(?:Indian|Pakistani|Sri Lankan|Nepalese|Nepali) (?:${anyCase(['rupees?'])})`,
  anyCase([
    'pounds? sterling', 'pounds?', 'sterling', 'euros?', 'dollars?', 'rupees?', 'yen', 'yuan', 'renminbi', 'rand',
    'naira', 'pesos?', 'shillings?', 'swiss francs?', 'francs?', 'kronor', 'cedis?', 'ringgit', 'baht', 'pence', 'cents?',
  ]),
  ISO,
].join('|'));
const COUNT_WORDS = spaced(
  anyCase([
    'half an?', 'a quarter of an?', 'an?', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'twenty', 'thirty', 'forty', 'fifty', 'hundred',
  ]),
);

/**
 * One pass finds four shapes: a sign or code before the number (`£2.6bn`, `US$80.9 billion`,
 * `£5-10m`), a currency word or code after it (`50 million pounds`, `1.96 lakh crores of
 * rupees`), pence (`25p`), and a counted scale with a currency word (`half a billion pounds`).
 * Each branch opens on a digit or on the `lion` of a scale word (in prose `l` and `li` are rarer
 * than `i` and `il`) and only then looks behind for the sign or the count, so the engine skips
 * ordinary prose without trying a branch; every piece is linear and no branch can restart inside
 * a run of digits.
 */
const MONEY_PATTERN = [
  String.raw`(?<num>\d(?<=${SIGN_ENDINGS}${SPACE}?\d)(?<=(?<pre>(?:(?<![A-Za-z])(?:${LETTER_SIGNS})|${SYMBOLS})${SPACE}?)\d)${SIGN_NUMBER_REST})` +
    String.raw`(?<scale>${SCALE})?(?<tail>(?:${SPACE}?[-–—]${SPACE}?|${SPACE}(?:to|TO)${SPACE})(?<num2>${NUMBER})(?<scale2>${SCALE})?)?`,
  String.raw`(?<bnum>\d(?<![\w.,$£€₹¥]\d)${NUMBER_REST})(?:(?<bscale>${SCALE})(?:${SPACE}of)?)?(?:${SPACE}|-)(?<bcur>${CURRENCY_WORDS})(?!\w)`,
  String.raw`(?<pnum>\d(?<![\w.,]\d)\d?(?:\.\d\d?)?)p(?![\w])`,
  String.raw`(?:lion|LION)(?<=(?<cpre>(?<!\w)(?<count>${COUNT_WORDS})${SPACE}(?<cscale>[mMbB]|[tT]r|TR)(?:il|IL))(?:lion|LION))(?<=illion|ILLION)` +
    String.raw`${SPACE}(?<ccur>${CURRENCY_WORDS})(?!\w)`,
].join('|');
/**
 * The pattern runs with its captures numbered, not named: for named captures V8 builds a groups
 * object on every match, a dictionary of all fourteen names, which was most of the garbage that
 * funding made. The pattern has no unnamed captures, so a name's number is its place in the pattern.
 */
const MONEY = new RegExp(MONEY_PATTERN.replace(/\(\?<\w+>/g, '('), 'g');
/** Capture numbers by name; a capture is undefined in a match when its part of the pattern took no part. */
const GROUP: Record<string, number> = Object.fromEntries([...MONEY_PATTERN.matchAll(/\(\?<(\w+)>/g)].map((m, i) => [m[1], i + 1]));

const SCALE_VALUE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9,
  t: 1e12, tn: 1e12, trn: 1e12, trillion: 1e12, lakh: 1e5, lac: 1e5, crore: 1e7, cr: 1e7,
};
const COUNT_VALUE: Record<string, number> = {
  half: 0.5, quarter: 0.25, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
/** `5 pounds` is often a weight: pounds after a number need a scale (`5 million pounds`). */
const WEIGHT_WORDS = new Set(['pound', 'pounds']);
/** `R5`, `RM5` are often a route or a room: they need a scale or digit grouping, or a text about their country. */
const WEAK_SIGNS = new Set(['r', 'rm']);
const ISO_SET = new Set<string>(ISO_CODES);
const YEAR = /^(?:19|20)\d\d$/;

interface Amount {
  start: number;
  end: number;
  /** The low end for a range. */
  value: number;
  currency: string;
  /** The multiplier of its scale word (`m` → 1e6), 1 when written without one. */
  scale: number;
  /** Already a range (`£5-10m`), so never joined with a neighbour. */
  range: boolean;
}

const scaleCache = new Map<string, number>();

/** Multiplier of a scale as written (`bn`, ` million`, `-billion`, `lakh crore`), 1 when absent. */
function scaleOf(written: string | undefined): number {
  if (!written) return 1;
  let value = scaleCache.get(written);
  if (value === undefined) {
    value = 1;
    for (const word of written.toLowerCase().split(/[\s\u00a0-]+/)) value *= SCALE_VALUE[word.replace(/s$/, '')] ?? 1;
    scaleCache.set(written, value);
  }
  return value;
}

/** The value of digits as written, group separators dropped (`1,250,000`, `1 415`). */
function numberOf(written: string): number {
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if ((c < 0x30 || c > 0x39) && c !== 0x2e) return Number(written.replace(/[^\d.]/g, ''));
  }
  return Number(written);
}

/** Drops float noise (`1.37 * 1e9`): to the cent from one unit up, to six significant digits below. */
function exact(value: number): number {
  return value >= 1 ? Math.round(value * 100) / 100 : Number(value.toPrecision(6));
}

/**
 * `£2.6bn`, `US$80.9 billion`, `£5-10m`. A tail that is no range (`£5m to 2025`) is left out of
 * the span. Null when the form is not money: a letter sign glued to more letters (`CAD 3D`,
 * `R2D2`), a code before a year (`USD 2023`), a weak sign on a plain number (`Route R5`).
 */
function signFirst(m: RegExpExecArray, currency: CurrencyReader): Amount | null {
  const pre = m[GROUP.pre] ?? '';
  const num = m[GROUP.num] ?? '';
  const scale: string | undefined = m[GROUP.scale];
  const tail: string | undefined = m[GROUP.tail];
  const num2: string | undefined = m[GROUP.num2];
  const scale2: string | undefined = m[GROUP.scale2];
  const code = currency.codeOf(pre);
  let end = m.index + m[0].length;
  if (!scale && /^[A-Za-z]/.test(pre)) {
    const sign = pre.trim();
    if (/[A-Za-z]/.test(m.input.charAt(end)) || (ISO_SET.has(sign) && YEAR.test(num))) return null;
    if (WEAK_SIGNS.has(sign.toLowerCase()) && !/[, \u00a0\u202f]/.test(num) && !currency.isHome(code)) return null;
  }
  let value = numberOf(num) * scaleOf(scale);
  let range = false;
  if (tail !== undefined && num2 !== undefined) {
    const low = numberOf(num);
    const high = numberOf(num2);
    const dash = /^[ \u00a0]?[-–—]/.test(tail);
    range = !!scale2 || (dash && !scale && low < high && !YEAR.test(num2));
    if (!range) end -= tail.length;
    else if (scale2 && !scale && low < high) value = low * scaleOf(scale2);
  }
  return { start: m.index - pre.length, end, value: exact(value), currency: code, scale: scaleOf(scale ?? scale2), range };
}

/** `50 million pounds`, `5m EUR`, `500 crore rupees`. Null for a bare year (`in 2024 dollars`) or a weight (`10 pounds`). */
function wordAfter(m: RegExpExecArray, currency: CurrencyReader): Amount | null {
  const num = m[GROUP.bnum] ?? '';
  const scale: string | undefined = m[GROUP.bscale];
  const cur = m[GROUP.bcur] ?? '';
  if (!scale && (WEIGHT_WORDS.has(cur.toLowerCase()) || YEAR.test(num))) return null;
  const value = numberOf(num) * scaleOf(scale) * unitOf(cur);
  return { start: m.index, end: m.index + m[0].length, value: exact(value), currency: currency.codeOf(cur), scale: scaleOf(scale), range: false };
}

/** `25p a pack`: up to 99 pence, so `720p` video stays out. */
function pence(m: RegExpExecArray): Amount {
  return { start: m.index, end: m.index + m[0].length, value: exact(numberOf(m[GROUP.pnum] ?? '') / 100), currency: 'GBP', scale: 1, range: false };
}

/** `half a billion pounds`, `a million dollars`. */
function counted(m: RegExpExecArray, currency: CurrencyReader): Amount {
  const pre = m[GROUP.cpre] ?? '';
  const cur = m[GROUP.ccur] ?? '';
  const count = (m[GROUP.count] ?? '').toLowerCase().split(/[\s\u00a0]+/).reduce((v, w) => v * (COUNT_VALUE[w] ?? 1), 1);
  const scale = scaleOf(`${m[GROUP.cscale]}illion`);
  const value = count * scale * unitOf(cur);
  return { start: m.index - pre.length, end: m.index + m[0].length, value: exact(value), currency: currency.codeOf(cur), scale, range: false };
}

/**
 * Finds every money amount in the text, with its value, ISO currency and whether it is
 * policy money rather than a price or salary on the page.
 *
 * @example extractFunding('The department is investing £10 million.')[0]
 *   // → { text: '£10 million', amount: 10000000, currency: 'GBP', policy: true, ... }
 */
export function extractFunding(text: string): FundingMention[] {
  const currency = currencyReader(text);
  const amounts: Amount[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const amount =
      m[GROUP.pre] !== undefined ? signFirst(m, currency)
      : m[GROUP.bnum] !== undefined ? wordAfter(m, currency)
      : m[GROUP.pnum] !== undefined ? pence(m)
      : counted(m, currency);
    if (amount) {
      amounts.push(amount);
      MONEY.lastIndex = amount.end;
    } else {
      MONEY.lastIndex = m.index + 1;
    }
  }
  return joinRanges(text, amounts).map((a) => ({
    kind: 'funding',
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
    amount: a.value,
    currency: a.currency,
    policy: isPolicyAmount(text, a.start, a.end, a.scale >= 1e6 || a.value >= 1e6),
  }));
}

/**
 * Joins two amounts written as one range (`£42,403 - £45,441`, `£25,081 to £27,653`,
 * `between £154 and £270`) into one span valued at its low end, which takes the high end's
 * scale when it has none (`£1 to £2 million` → 1000000); `from £250m to £263m` and
 * `by £50m to £300m` are a change and a total, and stay two.
 */
function joinRanges(text: string, amounts: Amount[]): Amount[] {
  const out: Amount[] = [];
  for (const a of amounts) {
    const prev = out[out.length - 1];
    if (prev && !prev.range && !a.range && prev.currency === a.currency && isRangeGap(text, prev, a)) {
      const low = prev.scale === 1 && a.scale > 1 && prev.value < a.value / a.scale ? exact(prev.value * a.scale) : prev.value;
      out[out.length - 1] = { ...prev, end: a.end, value: low, scale: Math.max(prev.scale, a.scale), range: true };
    } else {
      out.push(a);
    }
  }
  return out;
}

function isRangeGap(text: string, low: Amount, high: Amount): boolean {
  if (high.start - low.end > 5) return false;
  const gap = text.slice(low.end, high.start);
  if (/^[ \u00a0]?[-–—][ \u00a0]?$/.test(gap)) return true;
  const before = text.slice(Math.max(0, low.start - 9), low.start);
  if (/^[ \u00a0]to[ \u00a0]$/i.test(gap)) return !/\b(?:from|by)[ \u00a0]$/i.test(before);
  if (/^[ \u00a0]and[ \u00a0]$/i.test(gap)) return /\bbetween[ \u00a0]$/i.test(before);
  return false;
}
