import type { WordOffsets } from './cues';

// The verb of a pledge; the auxiliaries and adverbs between it and its subject are skipped when reading back.
const PLEDGE_VERBS =
  'will|shall|would|going to|announc(?:es|ed|ing)|re-announced|pledg(?:es|ed|ing)|vow(?:s|ed)|promis(?:es|ed)|commit(?:s|ted)|confirm(?:s|ed)|unveil(?:s|ed)|launch(?:es|ed)|reveal(?:s|ed)|reiterat(?:es|ed)|sets? out|laid out|lays out|outlined|allocat(?:es|ed)|earmark(?:s|ed)|secured|invest(?:s|ed|ing)|plans? to|aims? to|intends? to|expects? to|set to|provid(?:es|ed|ing)|deliver(?:s|ed|ing)|introduc(?:es|ed|ing)|creat(?:es|ed|ing)|extend(?:s|ed|ing)|expand(?:s|ed|ing)|funds|funded|backs|approved|accepted|agreed|propos(?:es|ed)|selects|selected|made|gave|asked|want to|look forward';

// Words that may stand between a subject and its verb: `the department has also today announced`.
const AUXILIARIES = [
  'will', 'shall', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'also', 'now', 'today', 'again', 'already', 'first',
  'formally', 'officially', 'jointly', 'previously', 'recently', 'earlier', 'meanwhile', 'yesterday',
];
const PASSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'been', 'be'];
/** At most this many words are read back from a verb, so the cost per verb is bounded. */
const MAX_WORDS_BACK = 16;

// When no pledge verb has a subject, whoever the sentence reports: `the Department for Transport said ...`.
// `confirmed` is a pledge verb, read back past auxiliaries: reading it again as a reporting verb finds no other subject.
const REPORTING_VERBS = 'said|says|added|adds|stated|states|told';
// Both kinds of verb found in one pass.
const VERB = new RegExp(`\\b(?:(${PLEDGE_VERBS})|(${REPORTING_VERBS}))\\b`, 'g');
// The same, tried at one offset: a pledge verb first, as in VERB.
const PLEDGE_VERB_AT = new RegExp(`\\b(?:${PLEDGE_VERBS})\\b`, 'y');
const REPORTING_VERB_AT = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'y');

/**
 * The first word of every pledge and reporting verb above, in lower case (`re` for `re-announced`, `plans` for
 * `plans to`), and of `according to`, so a scan of a whole text can tell `findActor` where verbs may start.
 */
export const VERB_WORDS = (
  'will shall would going announces announced announcing re pledges pledged pledging vows vowed promises promised commits committed ' +
  'confirms confirmed unveils unveiled launches launched reveals revealed reiterates reiterated set sets laid lays outlined allocates ' +
  'allocated earmarks earmarked secured invests invested investing plans plan aims aim intends intend expects expect provides provided ' +
  'providing delivers delivered delivering introduces introduced introducing creates created creating extends extended extending expands ' +
  'expanded expanding funds funded backs approved accepted agreed proposes proposed selects selected made gave asked want look said says ' +
  'added adds stated states told according'
).split(' ');
/** Offsets of the reporting verbs of the sentence being read, `reportingCount` of them. */
const REPORTING_AT: number[] = [];
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*)/;

// Common nouns that head an actor's name: `the government`, `the health minister`, `local authorities`.
const ACTOR_HEADS = [
  'government', 'governments', 'department', 'ministry', 'minister', 'ministers', 'secretary', 'chancellor', 'council', 'councils', 'authority',
  'authorities', 'commission', 'commissioner', 'committee', 'agency', 'regulator', 'watchdog', 'board', 'review', 'team', 'executive', 'mayor',
  'president', 'administration', 'treasury', 'parliament', 'cabinet', 'office', 'service', 'trust', 'trusts', 'providers', 'provider',
  'operators', 'body', 'bodies', 'partnership', 'state', 'states', 'city', 'region', 'leader', 'leaders', 'party', 'officials', 'spokesperson',
  'coalition', 'report', 'plan', 'strategy', 'budget', 'programme', 'program', 'members', 'members', 'schools', 'hospitals', 'police', 'force',
];
// Lower-case words that may modify an actor's head: `the state government`, `the shadow children's minister`.
const MODIFIERS = [
  'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new', 'local', 'state', 'federal', 'national', 'regional', 'county', 'city', 'central',
  'devolved', 'health', 'education', 'housing', 'transport', 'finance', 'prime', 'shadow', 'children’s', "children's", 'deputy', 'junior',
  'chief', 'interim', 'senior', 'care', 'social', 'home', 'foreign', 'independent', 'two', 'three', 'both', 'all', 'public', 'combined',
];
const CONNECTORS = ['of', 'for', 'and', '&', 'on', 'de', 'du'];
const PRONOUNS = ['we', 'i', 'they', 'he', 'she', 'it'];
// Words after which a noun phrase can be a subject; after anything else (`in`, `featuring`) it is an object.
const SUBJECT_OPENERS = [
  'that', 'and', 'but', 'as', 'while', 'whilst', 'when', 'so', 'then', 'said', 'says', 'added', 'which', 'who', 'where', 'because', 'since',
  'although', 'though', 'if', 'after', 'now', 'today', 'meanwhile', 'however', 'how', 'why', 'also', 'yesterday', 'once', 'until', 'unless',
];

// What a word is to the subject reader, by its spelling in lower case: one look-up answers every list above.
const AUXILIARY = 1;
const PASSIVE_AUXILIARY = 2;
const ACTOR_HEAD = 4;
const MODIFIER = 8;
const CONNECTOR = 16;
const PRONOUN = 32;
const SUBJECT_OPENER = 64;
const WEEK = 128;
const THIS_OR_LAST = 256;
const AND = 512;
const KINDS = new Map<string, number>();
for (const [kind, words] of [
  [AUXILIARY, AUXILIARIES],
  [PASSIVE_AUXILIARY, PASSIVE_AUXILIARIES],
  [ACTOR_HEAD, ACTOR_HEADS],
  [MODIFIER, MODIFIERS],
  [CONNECTOR, CONNECTORS],
  [PRONOUN, PRONOUNS],
  [SUBJECT_OPENER, SUBJECT_OPENERS],
  [WEEK, ['week']],
  [THIS_OR_LAST, ['this', 'last']],
  [AND, ['and']],
] as const) {
  for (const word of words) KINDS.set(word, (KINDS.get(word) ?? 0) | kind);
}

/**
 * KINDS by a hash of the lower-cased word (open addressing), so a word is looked up where it stands in the
 * sentence, without cutting it out or lower-casing it.
 */
const SLOTS = 1024;
const SLOT_MASK = SLOTS - 1;
const SLOT_HASHES = new Int32Array(SLOTS);
const SLOT_KINDS = new Int32Array(SLOTS);
const SLOT_WORDS: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
for (const [word, kind] of KINDS) {
  const hash = lowerHash(word, 0, word.length);
  let slot = hash & SLOT_MASK;
  while (SLOT_WORDS[slot] !== undefined) slot = (slot + 1) & SLOT_MASK;
  SLOT_HASHES[slot] = hash;
  SLOT_KINDS[slot] = kind;
  SLOT_WORDS[slot] = word;
}

/** The KINDS of `s[start, end)` in lower case. */
function kindOf(s: string, start: number, end: number): number {
  const hash = lowerHash(s, start, end);
  // Lower-casing other letters than A-Z is left to toLowerCase.
  if (hash === OTHER_LETTERS) return KINDS.get(s.slice(start, end).toLowerCase()) ?? 0;
  for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const word = SLOT_WORDS[slot];
    if (word === undefined) return 0;
    if (SLOT_HASHES[slot] === hash && spellsLower(s, start, end, word)) return SLOT_KINDS[slot];
  }
}

/** A hash of `s[start, end)` lower-cased, or OTHER_LETTERS when it holds characters beyond ASCII besides `’`. */
function lowerHash(s: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x80 && c !== 0x2019) return OTHER_LETTERS;
    hash = (Math.imul(hash, 31) + lowerAscii(c)) & 0x3fffffff;
  }
  return hash;
}
const OTHER_LETTERS = -1;

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** `s[start, end)` lower-cased is `lower`. */
function spellsLower(s: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if (lowerAscii(s.charCodeAt(start + k)) !== lower.charCodeAt(k)) return false;
  return true;
}

// `... have been accepted by the government`: the agent of a passive pledge.
const PASSIVE_AGENT = /^\s+by\s+((?:the\s+)?(?:[A-Z][\w’'&-]*|government|ministers|councils?|department|ministry|regulator)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|government|minister|secretary))*)/;

/**
 * The actor of a commitment as written: the subject of its first pledge verb (`the government`, `Ofsted`,
 * `Education Secretary Gillian Keegan`, `We`), when the sentence names one. `verbAt`, when given, holds the
 * offset of every word of the sentence in VERB_WORDS (in any case, in order): verbs are then looked for only there.
 * @example findActor('The Department for Education will publish guidance.') // 'The Department for Education'
 */
export function findActor(sentence: string, verbAt?: WordOffsets): string | undefined {
  const verbs = VERBS.reset(sentence, verbAt);
  let reportingCount = 0;
  while (verbs.next()) {
    if (!verbs.pledge) {
      REPORTING_AT[reportingCount++] = verbs.start;
      continue;
    }
    const words = WORDS.before(sentence, verbs.start);
    let last = 0;
    let passive = false;
    for (let skipped = 0; words.has(last) && skipped < MAX_WORDS_BACK; skipped++) {
      const kind = words.kind(last);
      if (kind & AUXILIARY || isLowerAdverb(sentence, words.start(last), words.end(last))) passive ||= (kind & PASSIVE_AUXILIARY) !== 0;
      else if (kind & WEEK && words.has(last + 1) && words.kind(last + 1) & THIS_OR_LAST) last++;
      else break;
      last++;
    }
    if (passive && sentence.startsWith('ed', verbs.end - 2)) {
      const after = verbs.end;
      const agent = PASSIVE_AGENT.exec(sentence.slice(after, after + 120));
      if (agent) return trimConnectors(agent[1]);
    }
    // `The Health Service Executive (HSE) will …`: the acronym in brackets follows the subject.
    if (words.has(last) && isBracketed(sentence, words.start(last), words.end(last))) last++;
    const subject = subjectEndingAt(words, last);
    if (subject) return STANDS_FOR_REPORTED.test(subject) ? reportedSubject(sentence, reportingCount) ?? subject : subject;
  }
  for (let r = 0; r < reportingCount; r++) {
    const subject = subjectEndingAt(WORDS.before(sentence, REPORTING_AT[r]), 0);
    if (subject) return subject;
  }
  // The literal test is much cheaper than the expression, and most sentences have no source.
  const source = namesSource(sentence, verbAt) ? ACCORDING_TO.exec(sentence) : null;
  return source ? trimConnectors(source[1]) : undefined;
}

// `The NDIA said it would respond`: the pronoun stands for whoever the sentence reports before it.
const STANDS_FOR_REPORTED = /^(?:it|they|he|she)$/i;

/** The subject of the first of the first `count` reporting verbs that has one other than a pronoun. */
function reportedSubject(sentence: string, count: number): string | undefined {
  for (let r = 0; r < count; r++) {
    const subject = subjectEndingAt(WORDS.before(sentence, REPORTING_AT[r]), 0);
    if (subject && !STANDS_FOR_REPORTED.test(subject)) return subject;
  }
  return undefined;
}

/** The sentence holds `according to`, at one of the offsets given if any. */
function namesSource(sentence: string, verbAt: WordOffsets | undefined): boolean {
  if (!verbAt) return sentence.includes('according to');
  for (let k = 0; k < verbAt.count; k++) if (sentence.startsWith('according to', verbAt.values[k])) return true;
  return false;
}

/**
 * The verbs of one sentence in order: by one pass of VERB, or tried only at the offsets given. Each is told by
 * its place and kind, as a match would cost an array and its strings.
 */
class Verbs {
  /** Where the verb found last starts and ends. */
  start = 0;
  end = 0;
  /** A pledge verb, else a reporting verb. */
  pledge = false;
  private sentence = '';
  private verbAt: WordOffsets | undefined;
  private k = 0;
  private from = 0;

  /** Starts on a new sentence (one instance serves every sentence: reading is synchronous). */
  reset(sentence: string, verbAt: WordOffsets | undefined): this {
    this.sentence = sentence;
    this.verbAt = verbAt;
    this.k = 0;
    this.from = 0;
    VERB.lastIndex = 0;
    return this;
  }

  /** Finds the next verb; false when there is none. */
  next(): boolean {
    const verbAt = this.verbAt;
    if (!verbAt) {
      const m = VERB.exec(this.sentence);
      return m !== null && this.found(m.index, VERB.lastIndex, m[1] !== undefined);
    }
    while (this.k < verbAt.count) {
      const at = verbAt.values[this.k++];
      if (at < this.from) continue;
      PLEDGE_VERB_AT.lastIndex = at;
      if (PLEDGE_VERB_AT.test(this.sentence)) return this.found(at, PLEDGE_VERB_AT.lastIndex, true);
      REPORTING_VERB_AT.lastIndex = at;
      if (REPORTING_VERB_AT.test(this.sentence)) return this.found(at, REPORTING_VERB_AT.lastIndex, false);
    }
    return false;
  }

  private found(start: number, end: number, pledge: boolean): true {
    this.start = start;
    this.end = end;
    this.from = end;
    this.pledge = pledge;
    return true;
  }
}

const VERBS = new Verbs();

/**
 * The whitespace-separated words before an offset of a sentence, read backwards only as far as asked (a
 * subject sits just before its verb): word 0 is the nearest.
 */
class WordsBefore {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  // KINDS of each word, or -1 until looked up.
  private readonly kinds: number[] = [];
  // How many words are read; the arrays are overwritten rather than emptied, which costs more.
  private count = 0;
  // Where reading back resumes.
  private next = 0;
  sentence = '';

  /** Starts reading back from `offset` (one instance serves every verb: reading is synchronous); a word running on past `offset` is not before it. */
  before(sentence: string, offset: number): this {
    this.sentence = sentence;
    this.count = 0;
    let p = offset;
    if (p < sentence.length && !isSpace(sentence.charCodeAt(p))) while (p > 0 && !isSpace(sentence.charCodeAt(p - 1))) p--;
    this.next = p;
    return this;
  }

  /** Word `i` exists: the sentence has more than `i` words before the offset. */
  has(i: number): boolean {
    return i < this.count || this.readTo(i);
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  raw(i: number): string {
    return this.sentence.slice(this.starts[i], this.ends[i]);
  }

  /** The KINDS of word `i`, looked up once. */
  kind(i: number): number {
    let kind = this.kinds[i];
    if (kind < 0) this.kinds[i] = kind = kindOf(this.sentence, this.starts[i], this.ends[i]);
    return kind;
  }

  private readTo(i: number): boolean {
    const s = this.sentence;
    let p = this.next;
    while (this.count <= i) {
      while (p > 0 && isSpace(s.charCodeAt(p - 1))) p--;
      if (p === 0) break;
      const end = p;
      while (p > 0 && !isSpace(s.charCodeAt(p - 1))) p--;
      this.starts[this.count] = p;
      this.ends[this.count] = end;
      this.kinds[this.count++] = -1;
    }
    this.next = p;
    return i < this.count;
  }
}

const WORDS = new WordsBefore();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** The noun phrase whose last word is word `last` (counted back from a verb), read backwards (at most a few words). */
function subjectEndingAt(words: WordsBefore, last: number): string | undefined {
  const s = words.sentence;
  let first = last;
  let headFound = false;
  for (let i = last; words.has(i) && i - last < 10; i++) {
    const start = words.start(i);
    const end = words.end(i);
    // The word without the quotes or bracket that open it (`“The` → `The`).
    const bare = afterOpeningQuotes(s, start, end);
    if (bare === end || endsClause(s.charCodeAt(end - 1))) break;
    const quoted = bare !== start;
    const kind = quoted ? kindOf(s, bare, end) : words.kind(i);
    if (!headFound) {
      if (isPossessive(s, bare, end)) return undefined;
      if (kind & (PRONOUN | ACTOR_HEAD) || isUpper(s.charCodeAt(bare)) || isCamelCase(s, bare, end) || isYear(s, bare, end)) {
        headFound = true;
        first = i;
        if (kind & PRONOUN || quoted) break;
        continue;
      }
      return undefined;
    }
    if (isUpper(s.charCodeAt(bare)) || isYear(s, bare, end) || isPossessive(s, bare, end) || kind & (MODIFIER | CONNECTOR | ACTOR_HEAD)) {
      if (kind & PRONOUN || (!(kind & AND) && kind & SUBJECT_OPENER && !isUpper(s.charCodeAt(bare)))) break;
      first = i;
      if (quoted) break;
      continue;
    }
    break;
  }
  if (!headFound) return undefined;
  while (first > last && words.kind(first) & CONNECTOR) first--;
  if (words.has(first + 1) && !opensSubject(words, first + 1)) return undefined;
  let phrase = joined(words, first, last);
  if (isOpeningQuote(phrase.charCodeAt(0))) phrase = phrase.replace(/^[“"‘'(]+/, '');
  if (!phrase || isDigit(phrase.charCodeAt(0))) return undefined;
  // Only a capitalised phrase can be a bare determiner or start with a preposition.
  if (isUpper(phrase.charCodeAt(0)) && (/^(?:The|A|An|This|That|These|Those)$/.test(phrase) || /^(?:In|On|By|From|As|At|For|With|Under|To|Of|Into|Through)\b/.test(phrase))) return undefined;
  return phrase;
}

/** `text[start, end)` is an acronym in brackets: `(HSE)`, `(RCCs)`. */
function isBracketed(text: string, start: number, end: number): boolean {
  return end - start > 3 && text.charCodeAt(start) === 0x28 && text.charCodeAt(end - 1) === 0x29 && BRACKETED_ACRONYM.test(text.slice(start, end));
}
const BRACKETED_ACRONYM = /^\([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\)$/;

/** Words `first` down to `last` joined by single spaces: cut out of the sentence whole when they stand so. */
function joined(words: WordsBefore, first: number, last: number): string {
  let single = true;
  for (let i = first; i > last && single; i--) single = words.start(i - 1) === words.end(i) + 1 && words.sentence.charCodeAt(words.end(i)) === 0x20;
  if (single) return words.sentence.slice(words.start(first), words.end(last));
  const parts: string[] = [];
  for (let i = first; i >= last; i--) parts.push(words.raw(i));
  return parts.join(' ');
}

/** A subject may follow word `i`: it ends a clause (`,` `:` `)` `–`), numbers a section (`3.2`) or opens one (`that`, `as`). */
function opensSubject(words: WordsBefore, i: number): boolean {
  const s = words.sentence;
  const start = words.start(i);
  const end = words.end(i);
  const c = s.charCodeAt(end - 1);
  if (endsClause(c) || c === 0x2013 || c === 0x2014 || c === 0x2d) return true;
  return isSectionNumber(s, start, end) || (words.kind(i) & SUBJECT_OPENER) !== 0;
}

function afterOpeningQuotes(s: string, start: number, end: number): number {
  let k = start;
  while (k < end && isOpeningQuote(s.charCodeAt(k))) k++;
  return k;
}

function isOpeningQuote(c: number): boolean {
  return c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28;
}

/** `,` `;` `:` `.` `!` `?` `)` `”` `"`: a subject does not run back past them. */
function endsClause(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x201d || c === 0x22;
}

/** `s[start, end)` ends with `'s` or `’s`. */
function isPossessive(s: string, start: number, end: number): boolean {
  if (end - start < 2 || s.charCodeAt(end - 1) !== 0x73) return false;
  const q = s.charCodeAt(end - 2);
  return q === 0x27 || q === 0x2019;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Lower case then a capital: `eBay`, `iPhone`. */
function isCamelCase(s: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isLower(s.charCodeAt(k))) k++;
  return k > start && k < end && isUpper(s.charCodeAt(k));
}

function isYear(s: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  for (let k = start; k < end; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return true;
}

/** Digits in groups joined by single dots: `3`, `3.2`, `1.4.2`. */
function isSectionNumber(s: string, start: number, end: number): boolean {
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (c === 0x2e && digits > 0) digits = 0;
    else return false;
  }
  return digits > 0;
}

/** An adverb in lower case: `formally`, `jointly`. */
function isLowerAdverb(s: string, start: number, end: number): boolean {
  if (end - start < 3 || s.charCodeAt(end - 2) !== 0x6c || s.charCodeAt(end - 1) !== 0x79) return false;
  for (let k = start; k < end - 2; k++) if (!isLower(s.charCodeAt(k))) return false;
  return true;
}

function trimConnectors(phrase: string): string {
  return phrase.replace(/\s+(?:of|for|and)$/, '');
}
