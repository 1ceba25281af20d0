/** How far either side of an amount its context is read; keeps the judgement O(1) per amount on any line length. */
const REACH = 120;

/** Words that may share a line with a price or salary shown as page furniture (`From £15 / month`). */
const FURNITURE = /^(?:from|only|just|now|was|per|a|an|month|monthly|year|yearly|annum|week|weekly|day|pa|pcm|inc|incl|vat|plus|p)$/i;
const SUBSCRIPTION = /subscri|membership|digital edition|print edition|per issue/i;
const PRICE_FORMAT = /^[ \u00a0]*\/[ \u00a0]*(?:month|mo|year|yr|week|issue)\b/i;
const SALARY_AFTER = /^[ \u00a0]*(?:per annum|p\.a\.|pa\b|pro rata)/i;
const JOB_ADVERT = /(?:full|part)[- ]?time|fixed[- ]?term|pro rata|recruiter|closing date|salary[ \u00a0]*[:–-]|vacanc/i;
const HOUSEHOLD_GAIN = /\b(?:save|saves|saving|savings|better off|worse off)\b/i;
const HOUSEHOLD_BILL = /\bbills?\b/;
const PERSON = /\b(?:famil|household|parent|people|consumer|customer|resident|tenant|renter|homeowner|passenger|driver|motorist|pupil|student|patient|worker|individual|person|you\b|your\b)/i;

/**
 * Whether an amount is money that a government, public body, review or provider commits, spends,
 * asks for, cuts or earns (`£259 million capital funding`), rather than a price, a salary in a job
 * advert or a household's saving on the page (`From £15 / month`, `£25,081 to £27,653 per annum`,
 * `save families more than £800 per year`). Amounts in millions are always taken as policy money.
 */
export function isPolicyAmount(text: string, start: number, end: number, large: boolean): boolean {
  if (large) return true;
  const from = lineStart(text, start);
  const to = lineEnd(text, end);
  const before = text.slice(Math.max(from, start - REACH), start);
  const after = text.slice(end, to < 0 ? end + REACH : to);
  if (from >= 0 && to >= 0 && isFurniture(before) && isFurniture(after)) return false;
  const near = text.slice(Math.max(0, start - REACH), Math.min(text.length, end + REACH));
  if (PRICE_FORMAT.test(after) || SUBSCRIPTION.test(near)) return false;
  if (SALARY_AFTER.test(after) || JOB_ADVERT.test(before) || JOB_ADVERT.test(after)) return false;
  const clause = sentenceBefore(before);
  return !((HOUSEHOLD_GAIN.test(clause) || HOUSEHOLD_BILL.test(clause)) && PERSON.test(clause));
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
