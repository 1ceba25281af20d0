// The verb of a pledge; the auxiliaries and adverbs between it and its subject are skipped when reading back.
const PLEDGE_VERBS =
  'will|shall|would|going to|announc(?:es|ed|ing)|re-announced|pledg(?:es|ed|ing)|vow(?:s|ed)|promis(?:es|ed)|commit(?:s|ted)|confirm(?:s|ed)|unveil(?:s|ed)|launch(?:es|ed)|reveal(?:s|ed)|reiterat(?:es|ed)|sets? out|laid out|lays out|outlined|allocat(?:es|ed)|earmark(?:s|ed)|secured|invest(?:s|ed|ing)|plans? to|aims? to|intends? to|expects? to|set to|provid(?:es|ed|ing)|deliver(?:s|ed|ing)|introduc(?:es|ed|ing)|creat(?:es|ed|ing)|extend(?:s|ed|ing)|expand(?:s|ed|ing)|funds|funded|backs|approved|accepted|agreed|propos(?:es|ed)|selects|selected|made|gave|asked|want to|look forward';

// Words that may stand between a subject and its verb: `the department has also today announced`.
const AUXILIARIES = new Set([
  'will', 'shall', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'also', 'now', 'today', 'again', 'already', 'first',
  'formally', 'officially', 'jointly', 'previously', 'recently', 'earlier', 'meanwhile', 'yesterday',
]);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** At most this many words are read back from a verb, so the cost per verb is bounded. */
const MAX_WORDS_BACK = 16;

// When no pledge verb has a subject, whoever the sentence reports: `the Department for Transport said ...`.
const REPORTING_VERBS = 'said|says|added|adds|stated|states|told|confirmed';
// Both kinds of verb found in one pass (`confirmed` is both, and matches as a pledge verb).
const VERB = new RegExp(`\\b(?:(${PLEDGE_VERBS})|(${REPORTING_VERBS}))\\b`, 'g');
const VERB_AT = new RegExp(VERB.source, 'y');

/**
 * The first word of every pledge and reporting verb above, in lower case (`re` for `re-announced`, `plans` for
 * `plans to`), so a scan of a whole text can tell `findActor` where verbs may start.
 */
export const VERB_WORDS = (
  'will shall would going announces announced announcing re pledges pledged pledging vows vowed promises promised commits committed ' +
  'confirms confirmed unveils unveiled launches launched reveals revealed reiterates reiterated set sets laid lays outlined allocates ' +
  'allocated earmarks earmarked secured invests invested investing plans plan aims aim intends intend expects expect provides provided ' +
  'providing delivers delivered delivering introduces introduced introducing creates created creating extends extended extending expands ' +
  'expanded expanding funds funded backs approved accepted agreed proposes proposed selects selected made gave asked want look said says ' +
  'added adds stated states told'
).split(' ');
/** Offsets of the reporting verbs of the sentence being read, `reportingCount` of them. */
const REPORTING_AT: number[] = [];
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*)/;

// Common nouns that head an actor's name: `the government`, `the health minister`, `local authorities`.
const ACTOR_HEADS = new Set([
  'government', 'governments', 'department', 'ministry', 'minister', 'ministers', 'secretary', 'chancellor', 'council', 'councils', 'authority',
  'authorities', 'commission', 'commissioner', 'committee', 'agency', 'regulator', 'watchdog', 'board', 'review', 'team', 'executive', 'mayor',
  'president', 'administration', 'treasury', 'parliament', 'cabinet', 'office', 'service', 'trust', 'trusts', 'providers', 'provider',
  'operators', 'body', 'bodies', 'partnership', 'state', 'states', 'city', 'region', 'leader', 'leaders', 'party', 'officials', 'spokesperson',
  'coalition', 'report', 'plan', 'strategy', 'budget', 'programme', 'program', 'members', 'members', 'schools', 'hospitals', 'police', 'force',
]);
// Lower-case words that may modify an actor's head: `the state government`, `the shadow children's minister`.
const MODIFIERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new', 'local', 'state', 'federal', 'national', 'regional', 'county', 'city', 'central',
  'devolved', 'health', 'education', 'housing', 'transport', 'finance', 'prime', 'shadow', 'children’s', "children's", 'deputy', 'junior',
  'chief', 'interim', 'senior', 'care', 'social', 'home', 'foreign', 'independent', 'two', 'three', 'both', 'all', 'public', 'combined',
]);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'de', 'du']);
const PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she', 'it']);
// Words after which a noun phrase can be a subject; after anything else (`in`, `featuring`) it is an object.
const SUBJECT_OPENERS = new Set([
  'that', 'and', 'but', 'as', 'while', 'whilst', 'when', 'so', 'then', 'said', 'says', 'added', 'which', 'who', 'where', 'because', 'since',
  'although', 'though', 'if', 'after', 'now', 'today', 'meanwhile', 'however', 'how', 'why', 'also', 'yesterday', 'once', 'until', 'unless',
]);
// `... have been accepted by the government`: the agent of a passive pledge.
const PASSIVE_AGENT = /^\s+by\s+((?:the\s+)?(?:[A-Z][\w’'&-]*|government|ministers|councils?|department|ministry|regulator)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|government|minister|secretary))*)/;

/**
 * The actor of a commitment as written: the subject of its first pledge verb (`the government`, `Ofsted`,
 * `Education Secretary Gillian Keegan`, `We`), when the sentence names one. `verbAt`, when given, holds the
 * offset of every word of the sentence in VERB_WORDS (in any case, in order): verbs are then looked for only there.
 * @example findActor('The Department for Education will publish guidance.') // 'The Department for Education'
 */
export function findActor(sentence: string, verbAt?: readonly number[]): string | undefined {
  const verbs = VERBS.reset(sentence, verbAt);
  let reportingCount = 0;
  for (let m = verbs.next(); m; m = verbs.next()) {
    if (m[2] !== undefined || m[1] === 'confirmed') REPORTING_AT[reportingCount++] = m.index;
    if (m[1] === undefined) continue;
    const words = WORDS.before(sentence, m.index);
    let last = 0;
    let passive = false;
    for (let skipped = 0; words.has(last) && skipped < MAX_WORDS_BACK; skipped++) {
      const word = words.lower(last);
      if (AUXILIARIES.has(word) || isLowerAdverb(words.raw(last))) passive ||= PASSIVE_AUXILIARIES.has(word);
      else if (word === 'week' && words.has(last + 1) && (words.lower(last + 1) === 'this' || words.lower(last + 1) === 'last')) last++;
      else break;
      last++;
    }
    if (passive && m[0].endsWith('ed')) {
      const after = m.index + m[0].length;
      const agent = PASSIVE_AGENT.exec(sentence.slice(after, after + 120));
      if (agent) return trimConnectors(agent[1]);
    }
    const subject = subjectEndingAt(words, last);
    if (subject) return subject;
  }
  for (let r = 0; r < reportingCount; r++) {
    const subject = subjectEndingAt(WORDS.before(sentence, REPORTING_AT[r]), 0);
    if (subject) return subject;
  }
  // The literal test is much cheaper than the expression, and most sentences have no source.
  const source = sentence.includes('according to') ? ACCORDING_TO.exec(sentence) : null;
  return source ? trimConnectors(source[1]) : undefined;
}

/** The verbs of one sentence in order: by one pass of VERB, or tried only at the offsets given. */
class Verbs {
  private sentence = '';
  private verbAt: readonly number[] | undefined;
  private k = 0;
  private from = 0;

  /** Starts on a new sentence (one instance serves every sentence: reading is synchronous). */
  reset(sentence: string, verbAt: readonly number[] | undefined): this {
    this.sentence = sentence;
    this.verbAt = verbAt;
    this.k = 0;
    this.from = 0;
    VERB.lastIndex = 0;
    return this;
  }

  next(): RegExpExecArray | null {
    const verbAt = this.verbAt;
    if (!verbAt) return VERB.exec(this.sentence);
    while (this.k < verbAt.length) {
      const at = verbAt[this.k++];
      if (at < this.from) continue;
      VERB_AT.lastIndex = at;
      const m = VERB_AT.exec(this.sentence);
      if (m) {
        this.from = VERB_AT.lastIndex;
        return m;
      }
    }
    return null;
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
  private readonly lowers: (string | undefined)[] = [];
  // How many words are read; the arrays are overwritten rather than emptied, which costs more.
  private count = 0;
  // Where reading back resumes.
  private next = 0;
  private sentence = '';

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

  raw(i: number): string {
    return this.sentence.slice(this.starts[i], this.ends[i]);
  }

  /** Word `i` in lower case, computed once. */
  lower(i: number): string {
    return (this.lowers[i] ??= this.raw(i).toLowerCase());
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
      this.lowers[this.count++] = undefined;
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
  let first = last;
  let headFound = false;
  for (let i = last; words.has(i) && i - last < 10; i++) {
    const raw = words.raw(i);
    const word = withoutOpeningQuotes(raw);
    if (!word || endsClause(word.charCodeAt(word.length - 1))) break;
    const lower = word === raw ? words.lower(i) : word.toLowerCase();
    if (!headFound) {
      if (isPossessive(word)) return undefined;
      if (PRONOUNS.has(lower) || isCapitalised(word) || isCamelCase(word) || isYear(word) || ACTOR_HEADS.has(lower)) {
        headFound = true;
        first = i;
        if (PRONOUNS.has(lower)) break;
        if (word !== raw) break;
        continue;
      }
      return undefined;
    }
    if (isCapitalised(word) || isYear(word) || isPossessive(word) || MODIFIERS.has(lower) || CONNECTORS.has(lower) || ACTOR_HEADS.has(lower)) {
      if (PRONOUNS.has(lower) || (lower !== 'and' && SUBJECT_OPENERS.has(lower) && !isCapitalised(word))) break;
      first = i;
      if (word !== raw) break;
      continue;
    }
    break;
  }
  if (!headFound) return undefined;
  while (first > last && CONNECTORS.has(words.lower(first))) first--;
  const before = words.has(first + 1) ? words.raw(first + 1) : '';
  if (before && !/[,;:.!?)”"–—-]$/.test(before) && !/^\d+(?:\.\d+)*$/.test(before) && !SUBJECT_OPENERS.has(before.toLowerCase())) return undefined;
  const parts: string[] = [];
  for (let i = first; i >= last; i--) parts.push(words.raw(i));
  const phrase = parts.join(' ').replace(/^[“"‘'(]+/, '');
  if (!phrase || /^(?:The|A|An|This|That|These|Those)$/.test(phrase) || /^\d/.test(phrase) || /^(?:In|On|By|From|As|At|For|With|Under|To|Of|Into|Through)\b/.test(phrase)) return undefined;
  return phrase;
}

/** The word without the quotes or bracket that open it (`“The` → `The`). */
function withoutOpeningQuotes(raw: string): string {
  let k = 0;
  for (let c = raw.charCodeAt(0); c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28; c = raw.charCodeAt(++k));
  return k === 0 ? raw : raw.slice(k);
}

/** `,` `;` `:` `.` `!` `?` `)` `”` `"`: a subject does not run back past them. */
function endsClause(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x201d || c === 0x22;
}

function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const q = word.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019;
}

function isUpperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a;
}

function isLowerAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

function isCapitalised(word: string): boolean {
  return isUpperAt(word, 0);
}

/** Lower case then a capital: `eBay`, `iPhone`. */
function isCamelCase(word: string): boolean {
  let i = 0;
  while (isLowerAt(word, i)) i++;
  return i > 0 && isUpperAt(word, i);
}

function isYear(word: string): boolean {
  if (word.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** An adverb in lower case: `formally`, `jointly`. */
function isLowerAdverb(word: string): boolean {
  const n = word.length;
  if (n < 3 || !word.endsWith('ly')) return false;
  for (let i = 0; i < n - 2; i++) if (!isLowerAt(word, i)) return false;
  return true;
}

function trimConnectors(phrase: string): string {
  return phrase.replace(/\s+(?:of|for|and)$/, '');
}
