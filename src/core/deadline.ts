const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const SEASON = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)';
const YEAR = '(?:19|20)\\d\\d(?:\\s?[-–/]\\s?(?:20)?\\d\\d)?';
const NUMBER = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|few|several)';
const PERIOD = '(?:years?|months?|weeks?|days?|decades?|quarters?|[Pp]arliament|parliamentary term|financial years?|academic years?|fiscal years?|spending review period|budgets?)';
const EDGE = '(?:the (?:end|start|beginning|middle|close) of |(?:early|mid|late)[- ])?';
const DAY = '(?:(?:the )?\\d{1,2}(?:st|nd|rd|th)? )';
const TIME =
  `${EDGE}(?:` +
  [
    `${DAY}?${MONTH}(?: \\d{1,2}(?:st|nd|rd|th)?,?)?(?: ${YEAR}| next year| this year)?`,
    `${SEASON}(?: ${YEAR}| next year| this year)?`,
    `(?:the )?(?:${YEAR}|(?:Q[1-4]|[Hh][12]) ${YEAR})(?: (?:financial|fiscal|academic|school) year)?`,
    `(?:this|next|the next|the current|the coming|the following|the same) (?:${NUMBER} )?(?:\\w+ )?${PERIOD}`,
    `(?:the )?${NUMBER} ${PERIOD}`,
  ].join('|') +
  ')';
const RANGE = `${TIME}(?:\\s?(?:to|until|and|-|–)\\s?${TIME})?`;

// One pass over the sentence collects every time phrase; the preposition decides how much it reads as a deadline.
const DEADLINE = new RegExp(
  `\\b(?:([Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]ithin|[Nn]o later than|[Aa]head of)|(over|[Ff]rom|[Dd]uring|[Tt]hroughout|for|[Ss]tarting|[Bb]eginning)|(in|[Ii]n)) ${RANGE}\\b|\\b(?<!earlier )(later this year|later this month|this (?:year|summer|autumn|winter|spring)|next (?:year|summer|autumn|winter|spring)|in the coming (?:months|weeks|years)|${SEASON} ${YEAR})\\b`,
  'g',
);

// Every time phrase holds one of these; a deadline's preposition and edge (`no later than the end of the`) come at most LONGEST_LEAD before it.
const TIME_ANCHOR = new RegExp(`\\d|\\b(?:${MONTH}|${SEASON}|this|next|current|coming|following|same|later|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|few|several)\\b`);
const LONGEST_LEAD = 40;

// A time phrase that is ahead whatever the tense: `over the next two years`, `in the coming months`.
const AHEAD = /\b(?:next|coming|later)\b/;

// Only a sentence about the future turns `in 2019` or `over two years` into a deadline.
const FUTURE = /\b(?:will|shall|would|to be|plans? to|aims? to|set to|expected to|going to|intends? to|is to|are to|(?:is|are|we're|we’re) (?:\w+ )?\w+ing)\b/i;

/**
 * The deadline of a commitment as written, when the sentence gives one: the phrase that reads most like a
 * deadline (`by`, `before`, `within` over `from`, `over` over `in`), the first such when there are several.
 * @example findDeadline('We will publish the plan before the end of 2022.') // 'before the end of 2022'
 */
export function findDeadline(sentence: string): string | undefined {
  const anchor = sentence.search(TIME_ANCHOR);
  if (anchor < 0) return undefined;
  let best: string | undefined;
  let bestRank = Infinity;
  let future: boolean | undefined;
  DEADLINE.lastIndex = Math.max(0, anchor - LONGEST_LEAD);
  for (let m = DEADLINE.exec(sentence); m && bestRank > 1; m = DEADLINE.exec(sentence)) {
    const rank = m[1] ? 1 : m[2] ? 2 : m[4] ? 3 : 4;
    if (rank >= bestRank) continue;
    if (rank > 1 && !AHEAD.test(m[0]) && !(future ??= FUTURE.test(sentence))) continue;
    best = m[0];
    bestRank = rank;
  }
  return best;
}
