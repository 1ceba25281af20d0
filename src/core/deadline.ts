import type { WordOffsets } from './cues';

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
    `(?:the )?${SEASON}(?: ${YEAR}| next year| this year)?`,
    `(?:the )?(?:${YEAR}|(?:Q[1-4]|[Hh][12]) ${YEAR})(?: (?:financial|fiscal|academic|school) year)?`,
    `(?:this|next|the next|the current|the coming|the following|the same) (?:${NUMBER} )?(?:\\w+ )?${PERIOD}`,
    `(?:the )?${NUMBER} ${PERIOD}`,
    'the (?:decade|year|month|[Pp]arliament|parliamentary term|(?:financial|academic|school) year|spending review period)',
    'the (?:next|coming) (?:general |local )?elections?',
  ].join('|') +
  ')';
const RANGE = `${TIME}(?:\\s?(?:to|until|and|-|–)\\s?${TIME})?`;

// One pass over the sentence collects every time phrase; the preposition decides how much it reads as a deadline.
const DEADLINE = new RegExp(
  `\\b(?:([Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]ithin|[Nn]o later than|[Aa]head of)|(over|[Ff]rom|[Dd]uring|[Tt]hroughout|for|[Ss]tarting|[Bb]eginning)|(in|[Ii]n)) ${RANGE}\\b|\\b(?<!earlier )(later this year|later this month|this (?:year|summer|autumn|winter|spring)|next (?:year|summer|autumn|winter|spring)|in the coming (?:months|weeks|years)|${SEASON} ${YEAR})\\b`,
  'g',
);

// Every time phrase holds one of these; a deadline's preposition and edge (`no later than the end of the`) come at most LONGEST_LEAD before it.
const TIME_WORD = `\\b(?:${MONTH}|${SEASON}|this|next|current|coming|following|same|later|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|few|several|decade|year|month|[Pp]arliament|parliamentary)\\b`;
const TIME_ANCHOR = new RegExp(`\\d|${TIME_WORD}`);
const TIME_WORD_AT = new RegExp(TIME_WORD, 'y');
const DIGIT = /\d/;
const LONGEST_LEAD = 40;

// A time phrase that is ahead whatever the tense: `over the next two years`, `in the coming months`.
const AHEAD = /\b(?:next|coming|later)\b/;

// Only a sentence about the future turns `in 2019` or `over two years` into a deadline.
const FUTURE = /\b(?:will|shall|would|to be|plans? to|aims? to|set to|expected to|going to|intends? to|is to|are to|(?:is|are|we're|we’re) (?:\w+ )?\w+ing)\b/i;

/** The words of TIME_WORD in lower case (`march`, `spring`, `next`), so a scan of a whole text can tell `findDeadline` where times may be. */
export const TIME_WORDS = (
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'spring summer autumn winter fall this next current coming following same later one two three four five six seven eight nine ten eleven ' +
  'twelve eighteen twenty thirty few several decade year month parliament parliamentary'
).split(' ');

/** The first word of every phrase DEADLINE reads, in lower case (`by`, `in`, `later`, `spring`), likewise. */
export const PHRASE_WORDS = 'by before until till within no ahead over from during throughout for starting beginning in later this next spring summer autumn winter fall'.split(' ');

/** The offsets, in order, of a sentence's words of TIME_WORDS and of PHRASE_WORDS, in any case. */
export interface DeadlineWords {
  times: WordOffsets;
  phrases: WordOffsets;
}

const DEADLINE_AT = new RegExp(DEADLINE.source, 'y');

/**
 * The deadline of a commitment as written, when the sentence gives one: the phrase that reads most like a
 * deadline (`by`, `before`, `within` over `from`, `over` over `in`), the first such when there are several.
 * `words`, when given, tells where the sentence's time words and phrases may start (as a scan of the whole
 * text finds them): they are then looked for only there, not at every character.
 * @example findDeadline('We will publish the plan before the end of 2022.') // 'before the end of 2022'
 */
export function findDeadline(sentence: string, words?: DeadlineWords): string | undefined {
  // Every phrase starts with a word of PHRASE_WORDS.
  if (words?.phrases.count === 0) return undefined;
  const anchor = words ? firstTimeAnchor(sentence, words.times) : sentence.search(TIME_ANCHOR);
  if (anchor < 0) return undefined;
  const phrases = PHRASES.reset(sentence, words?.phrases, Math.max(0, anchor - LONGEST_LEAD));
  let best: string | undefined;
  let bestRank = Infinity;
  let future: boolean | undefined;
  for (let m = phrases.next(); m && bestRank > 1; m = phrases.next()) {
    const rank = m[1] ? 1 : m[2] ? 2 : m[4] ? 3 : 4;
    if (rank >= bestRank) continue;
    if (rank > 1 && !AHEAD.test(m[0]) && !(future ??= FUTURE.test(sentence))) continue;
    best = m[0];
    bestRank = rank;
  }
  return best;
}

/** Where TIME_ANCHOR first matches, reading its words only at `timeAt`. */
function firstTimeAnchor(sentence: string, timeAt: WordOffsets): number {
  const digit = sentence.search(DIGIT);
  for (let k = 0; k < timeAt.count; k++) {
    const at = timeAt.values[k];
    if (digit >= 0 && at >= digit) break;
    TIME_WORD_AT.lastIndex = at;
    if (TIME_WORD_AT.test(sentence)) return at;
  }
  return digit;
}

/** The time phrases of one sentence in order: by one pass of DEADLINE, or tried only at the offsets given. */
class TimePhrases {
  private sentence = '';
  private wordAt: WordOffsets | undefined;
  private k = 0;
  private from = 0;

  /** Starts on a new sentence (one instance serves every sentence: reading is synchronous). */
  reset(sentence: string, wordAt: WordOffsets | undefined, from: number): this {
    this.sentence = sentence;
    this.wordAt = wordAt;
    this.k = 0;
    this.from = from;
    DEADLINE.lastIndex = from;
    return this;
  }

  next(): RegExpExecArray | null {
    const wordAt = this.wordAt;
    if (!wordAt) return DEADLINE.exec(this.sentence);
    while (this.k < wordAt.count) {
      const at = wordAt.values[this.k++];
      if (at < this.from) continue;
      DEADLINE_AT.lastIndex = at;
      const m = DEADLINE_AT.exec(this.sentence);
      if (m) {
        this.from = DEADLINE_AT.lastIndex;
        return m;
      }
    }
    return null;
  }
}

const PHRASES = new TimePhrases();
