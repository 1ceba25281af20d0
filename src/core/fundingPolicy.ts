/** How far either side of an amount its context is read; keeps the judgement O(1) per amount on any line length. */
const REACH = 120;

/** Words that may share a line with a price or salary shown as page furniture (`From £15 / month`). */
const FURNITURE = /^(?:from|only|just|now|was|per|a|an|month|monthly|year|yearly|annum|week|weekly|day|pa|pcm|inc|incl|vat|plus|p)$/i;
/** Subscription offers, shop listings and job adverts near an amount: one pattern, one pass over the neighbourhood. */
const PAGE_OFFER = new RegExp(
  [
    'subscri|membership|digital edition|print edition|per issue',
    '\\bRRP\\b|buy now|add to (?:basket|cart|bag)|in stock|postage|free trial',
    '(?:full|part)[- ]?time|fixed[- ]?term|pro rata|recruiter|closing date|salary[ \\u00a0]*[:–-]|vacanc',
  ].join('|'),
  'i',
);
const PRICE_FORMAT = /^[ \u00a0]*\/[ \u00a0]*(?:month|mo|year|yr|week|issue)\b/i;
/** A salary, read after the amount or after the other end of its range (`£30,000 to £35,000 per annum`). */
const SALARY_AFTER = /^[ \u00a0]*(?:(?:to|and|-|–)[ \u00a0]*[^\s\d]{0,3}[\d,.]+[kK]?[ \u00a0]*)?(?:per annum|p\.a\.|pa\b|pro rata)/i;
/** Money passed to people by a public scheme: policy money even when it lands in a household. */
const TRANSFER_AFTER = /^[ \u00a0]*(?:[\w-]+[ \u00a0]+)?(?:grants?|payments?|rebates?|discounts?|allowances?|bonus(?:es)?|credits?|vouchers?|subsid(?:y|ies)|cap|funding|fund|award)\b/i;
/** `bills` in lower case only: `the Bill` is a law, `bills` are what households pay. */
const HOUSEHOLD_MONEY = /\b(?:[Ss]aves?|[Ss]avings?|better off|worse off|bills?|[Rr]ents?|[Mm]ortgages?|[Ff]ees?|[Cc]harges?|[Ff]ares?|[Pp]rices?|[Ww]ages?|[Ss]alary|[Ss]alaries|[Ee]arnings)\b/;
const WHOSE = /\b(?:[Ff]amil|[Hh]ousehold|[Pp]arent|people|[Cc]onsumer|[Cc]ustomer|[Rr]esident|[Tt]enant|[Rr]enter|[Hh]omeowner|[Pp]assenger|[Dd]river|[Mm]otorist|[Pp]upil|[Ss]tudent|[Pp]atient|[Ww]orker|[Ii]ndividual|person|[Yy]ou\b|[Yy]our\b|[Aa]verage\b)/;

/**
 * Whether an amount is money that a government, public body, review or provider commits, spends,
 * asks for, cuts or earns (`£259 million capital funding`, `payments of up to £20,000`), rather
 * than a price, a salary in a job advert or a household's own money on the page (`From £15 / month`,
 * `£25,081 to £27,653 per annum`, `save families more than £800 per year`, `the average bill is
 * £40 higher`). `large` amounts (millions and up) are always policy money. Reads at most REACH
 * characters either side.
 */
export function isPolicyAmount(text: string, start: number, end: number, large: boolean): boolean {
  if (large) return true;
  const from = lineStart(text, start);
  const to = lineEnd(text, end);
  const before = text.slice(Math.max(from, start - REACH), start);
  const after = text.slice(end, to < 0 ? end + REACH : to);
  if (from >= 0 && to >= 0 && isFurniture(before) && isFurniture(after)) return false;
  if (PRICE_FORMAT.test(after) || SALARY_AFTER.test(after)) return false;
  if (PAGE_OFFER.test(text.slice(Math.max(0, start - REACH), Math.min(text.length, end + REACH)))) return false;
  if (TRANSFER_AFTER.test(after)) return true;
  const clause = `${sentenceBefore(before)} ${sentenceAfter(after)}`;
  return !(HOUSEHOLD_MONEY.test(clause) && WHOSE.test(clause));
}

function isFurniture(part: string): boolean {
  return part.split(/[^A-Za-z]+/).every((word) => word === '' || FURNITURE.test(word));
}

/** Start of the line holding `at`, or -1 when it lies more than REACH back (a long line is prose, not a widget). */
function lineStart(text: string, at: number): number {
  for (let i = at - 1; i >= at - REACH; i--) if (i < 0 || text.charCodeAt(i) === 10) return i + 1;
  return -1;
}

function lineEnd(text: string, at: number): number {
  for (let i = at; i <= at + REACH; i++) if (i >= text.length || text.charCodeAt(i) === 10) return i;
  return -1;
}

function sentenceBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return cut < 0 ? before : before.slice(cut + 2);
}

/** The rest of the sentence after the amount, up to 40 characters: far enough for `better off`, not for the next clause's subject. */
function sentenceAfter(after: string): string {
  const head = after.slice(0, 40);
  const cut = head.search(/[.!?;:]\s/);
  return cut < 0 ? head : head.slice(0, cut);
}
