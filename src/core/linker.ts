import { acronymLetters, initialisms, isAcronym } from './acronyms';
import { mainCurrency } from './currency';
import { hashString, headCategory, isDescriptiveKey, isNormAt, isStopword, nameKey, normHash, normWord, slug } from './nameKey';
import type { DocumentExtraction, FundingMention, Item, ItemCategory, ItemMention, NameCandidate } from './types';
import { contextWords, type ContextWords } from './names';
import { Gap, isCapitalised, splitWords } from './words';

export interface Linked {
  items: Item[];
  /** In document order; within a document, by start then end. */
  mentions: (ItemMention & { document: string })[];
}

/**
 * Links the names found in each document into items shared across documents, in time linear in
 * the number of candidates and context words:
 * - names with the same key (words normalised and sorted: case, apostrophes, hyphens, plurals and
 *   word order aside) are one item;
 * - an acronym is the item its document defines it for, else the one item it is defined for
 *   elsewhere, else the one name whose initials it spells (`DfE` → Department for Education);
 * - in context stretches, names known anywhere in the corpus are found in any case, longest first
 *   (`the independent review of children’s social care`);
 * - `the department` is the one item with that head noun its document names; ambiguous ones stay unlinked;
 * - a body's `work` is one item per body (`CMA report` = `report by the Competition and Markets Authority`);
 * - a short name made of a longer name's head and words (`Care Review` beside `Independent Review
 *   of Children's Social Care`) joins it when every document naming both agrees;
 * - bodies whose long names differ only in their last words, and consultations whose subjects
 *   overlap, are joined (see `Lexicon.joinVariants`);
 * - a capitalised word or phrase without a head noun is an item only when it recurs in another
 *   document (`Ofwat`, `Sure Start`).
 * Item ids are slugs of the canonical name (the longest form seen), so they are stable across runs.
 * What each document's names give the linker on their own (keys, words, context word hashes) is
 * kept per `names` array, and a document's context matches while the names starting with its words
 * are unchanged; `Linker` also reuses whole documents' resolutions between links.
 */
export function linkItems(extractions: readonly DocumentExtraction[]): Linked {
  return new Linker().link(extractions);
}

/**
 * Links a corpus again and again as its documents change, giving what `linkItems` gives. It keeps
 * what the last link learnt: when no document's names change what is known across the corpus (an
 * edit that adds or drops no name, the usual case while typing), only the edited documents are
 * resolved again; otherwise the known names are rebuilt from each document's prepared names, and
 * a document is resolved again only if the new known names answer differently what it asked.
 * @example
 * const linker = new Linker();
 * linker.link(extractions); // after an edit to one document, call again with its new extraction
 */
export class Linker {
  private last: { docs: PreparedDocument[]; lexicon: Lexicon; resolved: Resolved[] } | undefined;
  /** The questions the last link's resolutions asked, with their answers; made when the known names first change. */
  private book: AnswerBook | undefined;

  link(extractions: readonly DocumentExtraction[]): Linked {
    const { items, mentions } = this.linkEach(extractions);
    return { items, mentions: mentions.flat() };
  }

  /** What `link` gives, with the mentions of `extractions[i]` in `mentions[i]`, by start then end. */
  linkEach(extractions: readonly DocumentExtraction[]): { items: Item[]; mentions: Linked['mentions'][] } {
    const parsed = new ParsedTexts();
    const docs = extractions.map((doc) => prepare(doc.names, parsed));
    const last = this.last;
    const same = last !== undefined && last.docs.length === docs.length && docs.every((doc, i) => doc === last.docs[i] || contribution(doc) === contribution(last.docs[i]));
    const lexicon = same ? last.lexicon : buildLexicon(docs);
    // A document resolved last time resolves the same while the known names answer its questions the same.
    const before = new Map<PreparedDocument, Resolved>();
    if (last) last.docs.forEach((doc, i) => before.set(doc, last.resolved[i]));
    const changedFirsts = last && !same ? changedFirstWords(last.lexicon, lexicon) : [];
    // When the new known names answer every question any document asked as before, no document need be asked again.
    let answersHold = false;
    if (last && !same) {
      this.book ??= AnswerBook.of(last.resolved);
      answersHold = this.book.answersAlike(lexicon);
      if (!answersHold) this.book = undefined;
    }
    const resolved = docs.map((doc) => {
      const old = before.get(doc);
      if (old && (same || stillResolves(doc, old, lexicon, changedFirsts, answersHold))) return old;
      const now = resolveDocument(doc, lexicon);
      this.book?.add(now.asked);
      return now;
    });
    this.last = { docs, lexicon, resolved };
    return buildItems(
      extractions.map((doc, i) => ({ doc: doc.path, found: resolved[i].found, currency: currencyOf(doc.funding) })),
      lexicon,
    );
  }
}

/** A document's resolved names, with what resolving them asked of the known names (see `Questions`). */
interface Resolved {
  found: Found[];
  asked: Questions;
  /** The `contextPrint` its context matches were found under. */
  print: number;
}

/**
 * Whether a document resolved under the last lexicon resolves the same under `lexicon`. Its context
 * print held under the last lexicon, so it can change only if one of its context words is among
 * `changedFirsts`; most documents have none of them, and need not be read word by word.
 */
function stillResolves(doc: PreparedDocument, old: Resolved, lexicon: Lexicon, changedFirsts: readonly number[], answersHold: boolean): boolean {
  const printHolds = !mayHaveAny(doc.contexts, changedFirsts) || old.print === contextPrint(doc, lexicon);
  return printHolds && (answersHold || old.asked.sameAnswers(lexicon));
}

/** First-word hashes for which `namesStartingWith` answers differently in `after` than in `before`. */
function changedFirstWords(before: Lexicon, after: Lexicon): number[] {
  const changed: number[] = [];
  after.firstWords.forEachKey((hash) => {
    if (before.firstWords.get(hash) !== after.firstWords.get(hash)) changed.push(hash);
  });
  before.firstWords.forEachKey((hash) => {
    if (after.firstWords.get(hash) === undefined) changed.push(hash);
  });
  return changed;
}

/** A bit per context word's hash, made when first asked: one in ten of the hashes a document lacks pass it. */
const contextFilters = new WeakMap<PreparedContexts, HashFilter>();

/** False when none of `hashes` is a context word of the document; true when some may be. */
function mayHaveAny(contexts: PreparedContexts, hashes: readonly number[]): boolean {
  if (!hashes.length) return false;
  let filter = contextFilters.get(contexts);
  if (!filter) {
    filter = new HashFilter(8192);
    for (let i = 0; i < contexts.count; i++) filter.add(contexts.hashes[i]);
    contextFilters.set(contexts, filter);
  }
  for (const hash of hashes) if (filter.mayHave(hash)) return true;
  return false;
}

/** A bit per hash of a set, so that most hashes outside it are passed over with one read of a small table. */
class HashFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;

  /** `size`: a power of two, the number of bits. */
  constructor(size: number) {
    this.bits = new Int32Array(size >>> 5);
    this.shift = 32 - Math.log2(size);
  }

  add(hash: number): void {
    const bit = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  mayHave(hash: number): boolean {
    const bit = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/**
 * The known names as one document's resolution asks them, keeping each answer, so that a later
 * lexicon can be checked to answer all of them the same.
 */
class Questions {
  private readonly acronyms = new Asked<string>();
  private readonly singles = new Asked<PreparedSingle>();
  private readonly roots = new Asked<string>();
  private readonly heads = new Asked<string>();
  constructor(private readonly lexicon: Lexicon) {}

  acronymKey(letters: string): string | undefined {
    return this.acronyms.record(letters, this.lexicon.acronymKey(letters));
  }

  singleKey(single: PreparedSingle): string | undefined {
    return this.singles.record(single, this.lexicon.singleKey(single));
  }

  root(key: string): string {
    return this.roots.record(key, this.lexicon.root(key)) as string;
  }

  head(key: string): string | undefined {
    return this.heads.record(key, this.lexicon.keys.get(key)?.head);
  }

  /**
   * A key's head (asked when `withHead`) and root, as `head` and `root` answer them, with its marks for
   * `shortForms`; recorded once per document's `stamp`, as a document names most keys several times.
   */
  facts(key: string, withHead: boolean, stamp: number): KeyFacts {
    const facts = this.lexicon.facts(key);
    if (facts.asked === stamp) return facts;
    facts.asked = stamp;
    if (withHead) {
      this.heads.record(key, facts.head);
      if (facts.head === undefined) return facts;
    }
    this.roots.record(key, facts.root);
    return facts;
  }

  headMark(head: string): HeadMark {
    return this.lexicon.headMark(head);
  }

  newStamp(): number {
    return this.lexicon.newStamp();
  }

  rootMark(root: string): RootMark {
    return this.lexicon.rootMark(root);
  }

  /** Whether `lexicon` answers every question asked so far as it was answered. */
  sameAnswers(lexicon: Lexicon): boolean {
    return (
      this.acronyms.answeredAlike((letters) => ask.acronym(lexicon, letters)) &&
      this.singles.answeredAlike((single) => ask.single(lexicon, single)) &&
      this.roots.answeredAlike((key) => ask.root(lexicon, key)) &&
      this.heads.answeredAlike((key) => ask.head(lexicon, key))
    );
  }

  /** Writes every question asked, with its answer, into `book`. */
  copyInto(book: AnswerBook): void {
    this.acronyms.copyInto(book.acronyms);
    this.singles.copyInto(book.singles);
    this.roots.copyInto(book.roots);
    this.heads.copyInto(book.heads);
  }
}

/** How `Questions` asks a lexicon each kind of question. */
const ask = {
  acronym: (lexicon: Lexicon, letters: string) => lexicon.acronymKey(letters),
  single: (lexicon: Lexicon, single: PreparedSingle) => lexicon.singleKey(single),
  root: (lexicon: Lexicon, key: string): string | undefined => lexicon.root(key),
  head: (lexicon: Lexicon, key: string) => lexicon.keys.get(key)?.head,
};

/**
 * Every question the documents' resolutions asked, once each, with its answer under the lexicon of the
 * last link. Each resolution kept answers the same (else it was made again), so when a new lexicon answers
 * every question of the book as before, every resolution holds: after an edit that names a new programme,
 * the book asks each distinct question once, where each document would ask all of its own again.
 */
class AnswerBook {
  readonly acronyms = new Map<string, string | undefined>();
  readonly singles = new Map<PreparedSingle, string | undefined>();
  readonly roots = new Map<string, string | undefined>();
  readonly heads = new Map<string, string | undefined>();

  static of(resolved: readonly Resolved[]): AnswerBook {
    const book = new AnswerBook();
    for (const r of resolved) book.add(r.asked);
    return book;
  }

  add(questions: Questions): void {
    questions.copyInto(this);
  }

  /** Whether `lexicon` answers every question as the book has it. */
  answersAlike(lexicon: Lexicon): boolean {
    return (
      sameIn(this.acronyms, (letters) => ask.acronym(lexicon, letters)) &&
      sameIn(this.singles, (single) => ask.single(lexicon, single)) &&
      sameIn(this.roots, (key) => ask.root(lexicon, key)) &&
      sameIn(this.heads, (key) => ask.head(lexicon, key))
    );
  }
}

function sameIn<Q>(answers: ReadonlyMap<Q, string | undefined>, answer: (question: Q) => string | undefined): boolean {
  for (const [question, was] of answers) if (answer(question) !== was) return false;
  return true;
}

/** Questions of one kind with their answers, in the order asked; kept as lists, as recording is far more frequent than checking. */
class Asked<Q> {
  private readonly questions: Q[] = [];
  private readonly answers: (string | undefined)[] = [];

  record(question: Q, answer: string | undefined): string | undefined {
    this.questions.push(question);
    this.answers.push(answer);
    return answer;
  }

  answeredAlike(answer: (question: Q) => string | undefined): boolean {
    for (let k = 0; k < this.questions.length; k++) if (answer(this.questions[k]) !== this.answers[k]) return false;
    return true;
  }

  copyInto(book: Map<Q, string | undefined>): void {
    for (let k = 0; k < this.questions.length; k++) book.set(this.questions[k], this.answers[k]);
  }
}

function contribution(doc: PreparedDocument): string {
  doc.contribution ??= JSON.stringify([doc.keyed.map(({ name: { text, category, head, acronym }, topic }) => [text, category, head, acronym, topic]), doc.singleKeys]);
  return doc.contribution;
}

function buildLexicon(docs: readonly PreparedDocument[]): Lexicon {
  const lexicon = new Lexicon();
  for (const doc of docs) {
    const keys = new Set<string>();
    for (let k = 0; k < doc.keyed.length; k++) {
      const entry = doc.keyed[k];
      if (entry.topic) lexicon.addTopic(entry.name, entry);
      else keys.add(lexicon.addName(entry.name, entry));
    }
    lexicon.proposeShortForms(keys);
  }
  lexicon.joinVariants();
  for (const doc of docs) for (const key of doc.singleKeys) lexicon.countSingle(key);
  return lexicon;
}

/** A name or topic with what its text gives (shared by every name with that text). */
interface KeyedName {
  name: NameCandidate;
  parsed: ParsedText;
  topic: boolean;
  /** For a topic, with its `topic ` prefix. */
  key: string;
  acronymLetters: string | undefined;
}

interface PreparedSingle {
  name: NameCandidate;
  /** The name's text, as first seen in this link (see `ParsedText`). */
  text: string;
  key: string;
  /** The letters it would spell as an acronym, for one-word singles. */
  letters?: string;
}

/** A document's context words (see `ContextWords`) with the normal forms of those that start a known name, computed when first needed. */
interface PreparedContexts extends ContextWords {
  norms: string[];
}

/**
 * What the linker reads from one document's names that needs no other document: keys, words,
 * acronym letters, context words and their hashes. Computed once per `names` array, so re-linking
 * after an edit prepares only the edited document.
 */
interface PreparedDocument {
  keyed: KeyedName[];
  singles: PreparedSingle[];
  /** The distinct keys of the document's singles, in order. */
  singleKeys: string[];
  acronyms: { name: NameCandidate; text: string; letters: string; ownKey: string | undefined }[];
  contexts: PreparedContexts;
  works: { name: NameCandidate; ownerWord?: string; ownerKey?: string }[];
  shorts: NameCandidate[];
  /** Everything the document adds to what is known across the corpus, as one string to compare; made when first compared. */
  contribution?: string;
  /** Context matches from the last link, reused while the known names starting with its words are the same. */
  matches?: { print: number; found: Found[] };
}

function prepareContexts(names: readonly NameCandidate[]): PreparedContexts {
  const found = contextWords(names);
  if (!found) return splitContexts(names.filter((name) => name.form === 'context'));
  const { firsts, count, starts, ends, gaps, hashes } = found;
  return { names: found.names, firsts, count, starts, ends, gaps, hashes, norms: [] };
}

/** Context words for names `findNames` did not return as such: the contexts joined by line breaks, which no name runs across, and split at once. */
function splitContexts(names: NameCandidate[]): PreparedContexts {
  const text = names.map((name) => name.text).join('\n');
  const words = splitWords(text);
  const starts = new Int32Array(words.count);
  const ends = new Int32Array(words.count);
  const hashes = new Int32Array(words.count);
  const firsts: number[] = [];
  let at = 0;
  for (let k = 0; k < words.count; k++) {
    while (firsts.length < names.length && at <= words.starts[k]) {
      firsts.push(k);
      at += names[firsts.length - 1].text.length + 1;
    }
    const shift = names[firsts.length - 1].start - (at - names[firsts.length - 1].text.length - 1);
    starts[k] = words.starts[k] + shift;
    ends[k] = words.ends[k] + shift;
    hashes[k] = normHash(text, words.starts[k], words.ends[k]);
  }
  while (firsts.length < names.length) firsts.push(words.count);
  return { names, firsts, count: words.count, starts, ends, gaps: words.gaps, hashes, norms: [] };
}

/** An acronym no document spells out is an item of its own when it looks like one: `NHS`, `DfE`, not `APPROVE`. */
function ownAcronymKey(word: string): string | undefined {
  return acronymLetters(word).length <= 5 || /[a-z]/.test(word.replace(/s$/, '')) ? `acronym ${word.replace(/(?<=[A-Z])s$/, '')}` : undefined;
}

const preparedCache = new WeakMap<readonly NameCandidate[], PreparedDocument>();

/**
 * What a text gives a name, made once per distinct text in one link and shared by its names; what the
 * lexicon makes of it is kept here too, as the lexicon is rebuilt from every document after an edit
 * that changes what is known.
 */
interface ParsedText {
  /**
   * The text as first seen: names carry it instead of their own copy, so that the sets and counts
   * keyed by text later find it by identity rather than comparing characters.
   */
  text: string;
  words: string[];
  /** The words, normalised. */
  norms: string[];
  key: string;
  /** For a name of more than two words: the key without the last word. */
  shorterKey?: string;
  initials?: string[];
  /** The key of a topic with this text, made when first needed. */
  topicKey?: string;
  /** The words joined, and the hash they are inserted under as a known name: made when first built into a lexicon. */
  form?: string;
  formHash?: number;
  /** For a topic: the words its subject is compared by, made when first needed. */
  subject?: Set<string>;
}

interface AcronymText {
  /** As in `ParsedText`. */
  text: string;
  letters: string;
  ownKey: string | undefined;
}

/** What the linker reads from a name's text alone, computed once per distinct text in one link: names recur across documents. */
class ParsedTexts {
  private readonly texts = new Map<string, ParsedText>();
  private readonly acronyms = new Map<string, AcronymText>();

  /** The words and key of a text. */
  parse(text: string): ParsedText {
    let p = this.texts.get(text);
    if (!p) {
      const words = wordsOf(text);
      this.texts.set(text, (p = { text, words, norms: words.map(normWord), key: nameKey(words) }));
    }
    return p;
  }

  /** The letters a text spells as an acronym, and its key when no document spells it out. */
  acronym(text: string): AcronymText {
    let a = this.acronyms.get(text);
    if (!a) this.acronyms.set(text, (a = { text, letters: acronymLetters(text), ownKey: ownAcronymKey(text) }));
    return a;
  }
}

function prepare(names: readonly NameCandidate[], parsed: ParsedTexts): PreparedDocument {
  const cached = preparedCache.get(names);
  if (cached) return cached;
  const doc: PreparedDocument = { keyed: [], singles: [], singleKeys: [], acronyms: [], contexts: prepareContexts(names), works: [], shorts: [] };
  const singleKeys = new Set<string>();
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const form = name.form ?? 'name';
    if (form === 'name' || form === 'topic') {
      const p = parsed.parse(name.text);
      const topic = form === 'topic';
      if (!topic) {
        if (p.norms.length > 2) p.shorterKey ??= nameKey(p.words.slice(0, -1));
        p.initials ??= initialisms(p.words);
      }
      doc.keyed.push({
        name,
        parsed: p,
        topic,
        key: topic ? (p.topicKey ??= `topic ${p.key}`) : p.key,
        acronymLetters: name.acronym ? parsed.acronym(name.acronym).letters : undefined,
      });
    } else if (form === 'single') {
      const { text, words, key } = parsed.parse(name.text);
      singleKeys.add(key);
      const single: PreparedSingle = { name, text, key };
      if (words.length === 1) single.letters = parsed.acronym(name.text).letters;
      doc.singles.push(single);
    } else if (form === 'acronym') {
      const { text, letters, ownKey } = parsed.acronym(name.text);
      doc.acronyms.push({ name, text, letters, ownKey });
    } else if (form === 'work' && name.owner) {
      const { words, key } = parsed.parse(name.owner);
      doc.works.push(words.length === 1 ? { name, ownerWord: words[0] } : { name, ownerKey: key });
    } else if (form === 'short' && name.head) doc.shorts.push(name);
  }
  doc.singleKeys = [...singleKeys];
  preparedCache.set(names, doc);
  return doc;
}

interface KeyInfo {
  category: ItemCategory;
  head?: string;
}

/** A word of known names, reached by the words before it. */
interface TrieNode {
  /** The normalised word that leads here. */
  word: string;
  /** The words that may follow, by `hashString`; a word whose hash another holds is chained to it through `other`. */
  next?: HashTable<TrieNode>;
  other?: TrieNode;
  key?: string;
  /** Set when the key came from a sibling-head variant, which a real name may take over. */
  variant?: boolean;
}

/**
 * Marks one document's `shortForms` leaves on a head: the one root named with it (null for more
 * than one), valid while `stamp` is that document's.
 */
interface HeadMark {
  stamp: number;
  root: string | null;
}

/** Where one document's `shortForms` first names a root, valid while `stamp` is that document's. */
interface RootMark {
  stamp: number;
  at: number;
}

/** A key's head and root, with the marks of both, looked up once per key and lexicon. */
interface KeyFacts {
  head: string | undefined;
  root: string;
  headMark: HeadMark | undefined;
  rootMark: RootMark;
  /** The stamp of the last document whose `Questions` recorded these facts. */
  asked: number;
}

/** A long name (`seq` has a head before `of` or `for`) or a short one (two or three words ending in a head), for `proposeShortForms`. */
interface ShortFormRole {
  key: string;
  seq: readonly string[];
  /** For a long name, its head. */
  head?: string;
}

/** What a known name's insertion adds to the hash of the names under its first word. */
function insertHash(form: string, key: string, variant: boolean): number {
  return hashString(`${form}|${key}|${variant}`);
}

/** Heads that name the same kind of scheme, so `early career pathway` may be the `Early Career Framework`. */
const SIBLING_HEADS = ['framework', 'pathway', 'programme', 'scheme', 'initiative'];

/** Everything known about names across the corpus: keys, surface forms, acronyms, initials. */
class Lexicon {
  readonly keys = new Map<string, KeyInfo>();
  readonly trie: TrieNode = { word: '' };
  private readonly definedAs = new Map<string, Set<string>>();
  private readonly initialsOf = new Map<string, Set<string>>();
  private readonly seenForms = new Set<string>();
  private readonly seenTexts = new Set<string>();
  private readonly sequences = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();
  private readonly shortFor = new Map<string, Set<string>>();
  private readonly topics: { key: string; words: ReadonlySet<string> }[] = [];
  /**
   * Hashes of the first words of known names, to pass over other words without normalising them,
   * each with a hash of the names inserted under it, in order, so context matches can be reused while it holds.
   */
  readonly firstWords = new HashTable<number>();
  private firstWordBits: HashFilter | undefined;

  /** The hash of the names inserted under a first word's hash, or undefined when no known name starts with that word. */
  namesStartingWith(hash: number): number | undefined {
    return this.firstWordFilter().mayHave(hash) ? this.firstWords.get(hash) : undefined;
  }

  /**
   * A bit per `firstWords` hash, made when first asked, so that most context words are passed over
   * without a table look-up; about 32 bits per first word, so it stays small enough to stay in cache.
   */
  firstWordFilter(): HashFilter {
    if (!this.firstWordBits) {
      let size = 1 << 10;
      while (size < this.firstWords.size * 32 && size < 1 << 24) size *= 2;
      const filter = new HashFilter(size);
      this.firstWords.forEachKey((hash) => filter.add(hash));
      this.firstWordBits = filter;
    }
    return this.firstWordBits;
  }

  /** Records a name and returns its key. */
  addName(name: NameCandidate, { parsed, key, acronymLetters }: KeyedName): string {
    const { text, norms, shorterKey, initials } = parsed;
    if (!key) return key;
    if (acronymLetters !== undefined) addTo(this.definedAs, acronymLetters, key);
    if (this.seenTexts.has(text)) return key;
    this.seenTexts.add(text);
    const info = this.keys.get(key);
    if (!info) this.keys.set(key, { category: name.category, ...(name.head && { head: name.head }) });
    else if (!info.head && name.head) info.head = name.head;
    const form = (parsed.form ??= norms.join(' '));
    if (this.seenForms.has(form)) return key;
    this.seenForms.add(form);
    if (!this.sequences.has(key)) this.sequences.set(key, norms);
    this.insert(norms, key, false, (parsed.formHash ??= insertHash(form, key, false)));
    if (shorterKey === key) this.insert(norms.slice(0, -1), key, false);
    const last = norms[norms.length - 1];
    if (SIBLING_HEADS.includes(last) && norms.filter((w) => !isStopword(w)).length >= 3) {
      for (const sibling of SIBLING_HEADS) if (sibling !== last) this.insert([...norms.slice(0, -1), sibling], key, true);
    }
    if (initials) for (const sig of initials) addTo(this.initialsOf, sig, key);
    return key;
  }

  /**
   * Within one document, a short name made of a longer name's head and some of its words
   * (`Care Review` beside `Independent Review of Children’s Social Care`, `Health Department` beside
   * `Department of Health`) is proposed as a form of it, when exactly one name of the document fits.
   */
  proposeShortForms(keys: ReadonlySet<string>): void {
    const longs: ShortFormRole[] = [];
    const shorts: ShortFormRole[] = [];
    for (const key of keys) {
      const role = this.shortFormRole(key);
      if (role?.head !== undefined) longs.push(role);
      else if (role) shorts.push(role);
    }
    if (!longs.length) return;
    for (const short of shorts) {
      const head = short.seq[short.seq.length - 1];
      const fits = longs.filter((l) => l.head === head && short.seq.every((w) => l.seq.includes(w)));
      if (fits.length) addTo(this.shortFor, short.key, fits.length === 1 ? fits[0].key : '');
    }
  }

  private readonly roles = new Map<string, ShortFormRole | null>();

  /** What a key's words make it in `proposeShortForms`, worked out once per key. */
  private shortFormRole(key: string): ShortFormRole | null | undefined {
    let role = this.roles.get(key);
    if (role !== undefined) return role;
    const seq = this.sequences.get(key);
    if (!seq) return undefined;
    const conn = seq.findIndex((w) => w === 'of' || w === 'for');
    if (conn > 0 && seq.length > conn + 1 && headCategory(seq[conn - 1])) role = { key, seq, head: seq[conn - 1] };
    else if (seq.length >= 2 && seq.length <= 3 && !seq.some(isStopword) && headCategory(seq[seq.length - 1])) role = { key, seq };
    else role = null;
    this.roles.set(key, role);
    return role;
  }

  /** A work named by its subject; linked to another of the same kind when their subjects share most of their words. */
  addTopic(name: NameCandidate, { parsed, key }: KeyedName): void {
    this.keys.set(key, { category: name.category, ...(name.head && { head: name.head }) });
    this.topics.push({ key, words: (parsed.subject ??= new Set(parsed.norms.slice(2).filter((w) => !isStopword(w)))) });
  }

  private insert(norms: readonly string[], key: string, variant: boolean, hash = insertHash(norms.join(' '), key, variant)): void {
    const first = hashString(norms[0]);
    this.firstWordBits = undefined;
    this.firstWords.set(first, (Math.imul(this.firstWords.get(first) ?? 0, 31) + hash) | 0);
    let node = this.trie;
    for (const w of norms) node = follower(node, w);
    if (node.key === undefined || (node.variant && !variant)) {
      node.key = key;
      node.variant = variant;
    }
  }

  /**
   * Joins keys that name one thing in different words: bodies whose long names differ only in their
   * last word or two (`Association of Directors of Children’s Services` / `… Children’s Social Work`),
   * when no third name shares that start; and topics whose subjects overlap (three words or more,
   * and at least 60% of the shorter).
   */
  joinVariants(): void {
    // A short form proposed for one long name in every document that has both.
    for (const [short, longs] of this.shortFor) if (longs.size === 1 && !longs.has('')) this.union(only(longs), short);
    const byStart = new Map<string, Set<string>>();
    for (const [key, seq] of this.sequences) {
      const tail = seq.length - PREFIX_WORDS;
      if (tail < 1 || tail > 2 || (seq[1] !== 'of' && seq[1] !== 'for') || headCategory(seq[0]) !== 'body') continue;
      const start = seq.slice(0, PREFIX_WORDS);
      if (start.filter((w) => !isStopword(w)).length < 3) continue;
      addTo(byStart, start.join(' '), key);
    }
    for (const keys of byStart.values()) if (keys.size === 2) this.union(...([...keys] as [string, string]));
    const byWord = new Map<string, number[]>();
    // How many words each earlier topic shares with the current one, and those topics in the order first met.
    const shared = new Int32Array(this.topics.length);
    const met: number[] = [];
    this.topics.forEach((t, i) => {
      for (const w of t.words) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        for (let k = Math.max(0, list.length - MAX_TOPIC_FANOUT); k < list.length; k++) if (shared[list[k]]++ === 0) met.push(list[k]);
        list.push(i);
      }
      for (const j of met) {
        const n = shared[j];
        shared[j] = 0;
        if (n >= 3 && n >= TOPIC_SHARE * Math.min(t.words.size, this.topics[j].words.size)) this.union(this.topics[j].key, t.key);
      }
      met.length = 0;
    });
  }

  private union(a: string, b: string): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  /** The key a key was joined into, or itself. */
  root(key: string): string {
    let root = this.parent.get(key);
    if (root === undefined) return key;
    for (let p = this.parent.get(root); p !== undefined; p = this.parent.get(root)) root = p;
    // Point the keys passed straight at the root, so that later look-ups are short.
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k) as string;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  private readonly keyFacts = new Map<string, KeyFacts>();
  private stamp = 0;

  /** A stamp no mark has yet, for one document's marks. */
  newStamp(): number {
    return ++this.stamp;
  }

  private readonly headMarks = new Map<string, HeadMark>();
  private readonly rootMarks = new Map<string, RootMark>();

  /** What `head` and `root` answer for a key, and its marks; kept, as the lexicon does not change once built. */
  facts(key: string): KeyFacts {
    let facts = this.keyFacts.get(key);
    if (!facts) {
      const head = this.keys.get(key)?.head;
      const root = this.root(key);
      facts = { head, root, headMark: head === undefined ? undefined : this.headMark(head), rootMark: this.rootMark(root), asked: 0 };
      this.keyFacts.set(key, facts);
    }
    return facts;
  }

  headMark(head: string): HeadMark {
    let mark = this.headMarks.get(head);
    if (!mark) this.headMarks.set(head, (mark = { stamp: 0, root: null }));
    return mark;
  }

  rootMark(root: string): RootMark {
    let mark = this.rootMarks.get(root);
    if (!mark) this.rootMarks.set(root, (mark = { stamp: 0, at: 0 }));
    return mark;
  }

  private readonly singleDocs = new Map<string, number>();

  countSingle(key: string): void {
    this.singleDocs.set(key, (this.singleDocs.get(key) ?? 0) + 1);
  }

  /**
   * The key of a capitalised word or phrase without a head noun: a known name's, an acronym's it
   * spells, else its own when it recurs in two documents or more.
   */
  singleKey({ key, letters }: PreparedSingle): string | undefined {
    if (!key) return undefined;
    if (this.keys.has(key)) return key;
    const spelled = letters !== undefined ? this.acronymKey(letters) : undefined;
    if (spelled) return spelled;
    return (this.singleDocs.get(key) ?? 0) >= 2 ? key : undefined;
  }

  /** The one key an acronym stands for across the corpus, by definition, else by initials. */
  acronymKey(letters: string): string | undefined {
    const defined = this.definedAs.get(letters);
    if (defined) return defined.size === 1 ? only(defined) : undefined;
    if (letters.length < 3) return undefined;
    const spelled = this.initialsOf.get(letters);
    return spelled && spelled.size === 1 ? only(spelled) : undefined;
  }
}

/** The node for word `w` after `node`, added if new. */
function follower(node: TrieNode, w: string): TrieNode {
  const h = hashString(w);
  node.next ??= new HashTable();
  const first = node.next.get(h);
  let next = first;
  while (next && next.word !== w) next = next.other;
  if (next) return next;
  next = { word: w };
  if (first) [next.other, first.other] = [first.other, next];
  else node.next.set(h, next);
  return next;
}

/**
 * A map from int32 hashes to values, open-addressed in a typed array: unlike a `Map`, it does not
 * box a hash beyond the small-integer range to look it up, which matters for a million context words.
 */
class HashTable<V> {
  private keys = new Int32Array(8);
  /** `undefined` marks an empty slot. */
  private values: (V | undefined)[] = new Array<V | undefined>(8).fill(undefined);
  private count = 0;

  get size(): number {
    return this.count;
  }

  forEachKey(visit: (key: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.values[i] !== undefined) visit(this.keys[i]);
  }

  get(key: number): V | undefined {
    const mask = this.keys.length - 1;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const value = this.values[i];
      if (value === undefined || this.keys[i] === key) return value;
    }
  }

  set(key: number, value: V): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = slotOf(key) & mask;
    while (this.values[i] !== undefined && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.values[i] === undefined) this.count++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      if (value !== undefined) this.set(keys[i], value);
    }
  }
}

function slotOf(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}


/** Words two body names must share from their start (`association of director of children`). */
const PREFIX_WORDS = 5;
/** The share of the shorter subject's words two topics must have in common to be one. */
const TOPIC_SHARE = 0.6;
/** How many earlier topics sharing one word are compared, so that common words stay cheap. */
const MAX_TOPIC_FANOUT = 64;

function addTo(map: Map<string, Set<string>>, k: string, v: string): void {
  let set = map.get(k);
  if (!set) map.set(k, (set = new Set()));
  set.add(v);
}

function only(set: ReadonlySet<string>): string {
  return set.values().next().value as string;
}

function wordsOf(text: string): string[] {
  const w = splitWords(text);
  const out: string[] = [];
  for (let i = 0; i < w.count; i++) out.push(text.slice(w.starts[i], w.ends[i]));
  return out;
}

interface Found {
  start: number;
  end: number;
  text: string;
  key: string;
  /** For a work: its body, as written. */
  owner?: string;
}

// Loops here index into a document's lists: an iterator allocates a result per name until the code is optimised.
function resolveDocument(doc: PreparedDocument, known: Lexicon): Resolved {
  const lexicon = new Questions(known);
  const out: Found[] = [];
  const localAcronyms = new Map<string, string>();
  const { keyed, acronyms, singles, works } = doc;
  for (let k = 0; k < keyed.length; k++) {
    const { name, parsed, key, acronymLetters } = keyed[k];
    if (!key) continue;
    out.push({ start: name.start, end: name.end, text: parsed.text, key });
    if (acronymLetters !== undefined) localAcronyms.set(acronymLetters, key);
  }
  const knownKey = (letters: string): string | undefined => localAcronyms.get(letters) ?? lexicon.acronymKey(letters);
  for (let k = 0; k < acronyms.length; k++) {
    const { name, text, letters, ownKey } = acronyms[k];
    const key = knownKey(letters) ?? ownKey;
    if (key) out.push({ start: name.start, end: name.end, text, key });
  }
  const { print, found: inContext } = contextMatches(doc, known);
  for (let k = 0; k < inContext.length; k++) out.push(inContext[k]);
  let c = 0;
  for (let k = 0; k < singles.length; k++) {
    const { name, text } = singles[k];
    while (c < inContext.length && inContext[c].end <= name.start) c++;
    if (c < inContext.length && inContext[c].start < name.end) continue;
    const key = lexicon.singleKey(singles[k]);
    if (key) out.push({ start: name.start, end: name.end, text, key });
  }
  for (let k = 0; k < works.length; k++) {
    const { name, ownerWord, ownerKey: spelledOut } = works[k];
    const ownerKey = ownerWord !== undefined ? knownKey(acronymLetters(ownerWord)) ?? ownAcronymKey(ownerWord) : spelledOut;
    if (ownerKey) out.push({ start: name.start, end: name.end, text: name.text, key: `work ${lexicon.root(ownerKey)}`, owner: name.owner });
  }
  if (doc.shorts.length) shortForms(doc.shorts, out, lexicon);
  return { found: out, asked: lexicon, print };
}

/** `the department` refers back: to the one item with that head the document names (`found`), named before it; appended to `found`. */
function shortForms(shorts: readonly NameCandidate[], found: Found[], lexicon: Questions): void {
  // The marks left by an earlier document are told apart by their stamp.
  const stamp = lexicon.newStamp();
  const named = found.length;
  for (let k = 0; k < named; k++) {
    const m = found[k];
    const work = m.key.startsWith('work ');
    const facts = lexicon.facts(m.key, !work, stamp);
    if (!work && facts.head === undefined) continue;
    const byHead = work ? lexicon.headMark('report') : (facts.headMark as HeadMark);
    // The one root named with this head, or null where there are more.
    if (byHead.stamp !== stamp) {
      byHead.stamp = stamp;
      byHead.root = facts.root;
    } else if (byHead.root !== facts.root) byHead.root = null;
    const first = facts.rootMark;
    if (first.stamp !== stamp || m.start < first.at) {
      first.stamp = stamp;
      first.at = m.start;
    }
  }
  for (let k = 0; k < shorts.length; k++) {
    const name = shorts[k];
    const byHead = lexicon.headMark(name.head as string);
    if (byHead.stamp !== stamp || !byHead.root) continue;
    const first = lexicon.rootMark(byHead.root);
    if (first.stamp === stamp && first.at < name.start) found.push({ start: name.start, end: name.end, text: name.text, key: byHead.root });
  }
}

/**
 * Context matches of a document's names and the print they hold under, reused from the last link
 * while the known names starting with its context words are the same; otherwise found again from
 * the words and hashes prepared once for the document.
 */
function contextMatches(doc: PreparedDocument, lexicon: Lexicon): { print: number; found: Found[] } {
  if (doc.matches === undefined || doc.matches.print !== contextPrint(doc, lexicon)) doc.matches = knownNamesIn(doc.contexts, lexicon);
  return doc.matches;
}

/** A hash of the known names that start with a word of the document's contexts: when it holds, so do their matches. */
function contextPrint(doc: PreparedDocument, lexicon: Lexicon): number {
  const { hashes, count } = doc.contexts;
  const firsts = lexicon.firstWordFilter();
  let print = 0;
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    if (!firsts.mayHave(h)) continue;
    const names = lexicon.firstWords.get(h);
    if (names !== undefined) print = (Math.imul(print, 31) + Math.imul(h, 17) + names) | 0;
  }
  return print;
}

/**
 * The longest matches of known names inside a document's context stretches, in order, with the
 * print they hold under (`contextPrint`). Names are followed in the trie by the words' hashes, and
 * a match is then checked word by word; only where hashes collide (never yet seen) are the words'
 * normal forms built to follow it again.
 */
function knownNamesIn(contexts: PreparedContexts, lexicon: Lexicon): { print: number; found: Found[] } {
  const { names, starts, ends, hashes, firsts, count } = contexts;
  const out: Found[] = [];
  const walk = new TrieWalk(contexts, lexicon.trie);
  const firstWords = lexicon.firstWordFilter();
  // The `contextPrint`, made in the same pass over the words.
  let print = 0;
  let c = 0;
  let free = 0;
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    if (!firstWords.mayHave(h)) continue;
    const known = lexicon.firstWords.get(h);
    if (known === undefined) continue;
    print = (Math.imul(print, 31) + Math.imul(h, 17) + known) | 0;
    if (i < free) continue;
    while (c + 1 < firsts.length && firsts[c + 1] <= i) c++;
    // Words are read from their context's text: `base` is where it starts in the document.
    const text = names[c].text;
    const base = names[c].start;
    let last = walk.longest(text, base, i, false);
    if (walk.chained || (last >= 0 && !walk.checked(text, base, i, last))) last = walk.longest(text, base, i, true);
    if (last < 0) continue;
    const start = starts[i];
    const end = base + withoutPossessive(text, ends[last] - base);
    out.push({ start, end, text: text.slice(start - base, end - base), key: walk.key });
    free = last + 1;
  }
  return { print, found: out };
}

/** Follows known names through the trie from one word of a document's contexts. */
class TrieWalk {
  /** The nodes passed, one per word from the first; longer than the last walk when an earlier one went further. */
  private readonly path: TrieNode[] = [];
  /** The key of the last match `longest` found. */
  key = '';
  /** Whether the last walk by hash passed a node whose hash another word shares. */
  chained = false;

  constructor(
    private readonly contexts: PreparedContexts,
    private readonly trie: TrieNode,
  ) {}

  /** The last word of the longest acceptable known name from word `i`, or -1; `exact` compares words' normal forms, not only their hashes. */
  longest(text: string, base: number, i: number, exact: boolean): number {
    const { gaps, count } = this.contexts;
    const path = this.path;
    this.chained = false;
    let best = -1;
    let node = this.step(this.trie, text, base, i, exact);
    for (let j = i; node; ) {
      path[j - i] = node;
      if (node.key && this.acceptable(text, base, i, j)) {
        best = j;
        this.key = node.key;
      }
      if (j + 1 >= count || gaps[j + 1] === Gap.Break) break;
      j++;
      node = this.step(node, text, base, j, exact);
    }
    return best;
  }

  /** Whether words `i` to `last` are those of the path walked, not words that only share their hashes. */
  checked(text: string, base: number, i: number, last: number): boolean {
    const { starts, ends } = this.contexts;
    for (let k = i; k <= last; k++) if (!isNormAt(text, starts[k] - base, ends[k] - base, this.path[k - i].word)) return false;
    return true;
  }

  private step(node: TrieNode, text: string, base: number, j: number, exact: boolean): TrieNode | undefined {
    let next = node.next?.get(this.contexts.hashes[j]);
    if (!exact) {
      if (next?.other) this.chained = true;
      return next;
    }
    const { starts, ends, norms } = this.contexts;
    const w = (norms[j] ??= normWord(text.slice(starts[j] - base, ends[j] - base)));
    while (next && next.word !== w) next = next.other;
    return next;
  }

  /**
   * Lowercase text matches a known name only when it is three words or more, or two words ending in
   * a head noun after a determiner (`the spending review`), so that common pairs of words do not become mentions.
   */
  private acceptable(text: string, base: number, i: number, j: number): boolean {
    const { starts, ends, gaps } = this.contexts;
    const capital = isCapitalised(text, starts[i] - base);
    const first = this.path[0].word;
    if (i === j) return capital && !isStopword(first);
    if (isStopword(first)) return false;
    if (capital || j - i >= 2) return true;
    return headCategory(this.path[j - i].word) !== undefined && DETERMINERS.has(gaps[i] !== Gap.Break ? text.slice(starts[i - 1] - base, ends[i - 1] - base).toLowerCase() : '');
  }
}

/** Words before a lowercase two-word name that show it is used as a name: `the spending review`, not `and recovery grant`. */
const DETERMINERS = new Set(['', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'whose', 'any', 'each', 'every', 'new', 'next', 'last', 'latest', 'current', 'previous', 'first', 'upcoming', 'forthcoming']);

function withoutPossessive(text: string, end: number): number {
  return /['’]s$/i.test(text.slice(end - 2, end)) ? end - 2 : end;
}

/** One document's resolved names for `buildItems`, with the currency of its money (see `mainCurrency`). */
interface DocumentUses {
  doc: string;
  found: readonly Found[];
  currency: string | undefined;
}

function buildItems(perDoc: readonly DocumentUses[], lexicon: Lexicon): { items: Item[]; mentions: Linked['mentions'][] } {
  // Every key is interned before the groups are sized by them.
  const usesByDoc = perDoc.map(({ found }) => usesOf(found));
  const groups = new Groups(lexicon, currenciesOfDescriptiveRoots(perDoc, usesByDoc, lexicon));
  // Each document's distinct uses' groups, so that its mentions need not look them up again.
  const groupsOf = perDoc.map(({ doc, currency }, d) => {
    const uses = usesByDoc[d];
    const of: number[] = [];
    for (let u = 0; u < uses.count; u++) of.push(groups.add(uses, u, doc, currency));
    return of;
  });
  const usedIds = new Set<string>();
  const items: Item[] = [];
  const ids: string[] = new Array(groups.roots.length);
  for (let g = 0; g < groups.roots.length; g++) {
    const key = groups.roots[g];
    const forms = groups.texts[g].map((t) => interned.names[t]);
    const counts = groups.counts[g];
    const written = canonicalName(key, forms, groups.owners[g]);
    const currency = groups.currencies[g];
    // Items kept apart by their money would otherwise share a name.
    const name = currency ? `${written} (${currency})` : written;
    let id = slug(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(name)}-${n}`;
    usedIds.add(id);
    ids[g] = id;
    const aliases = forms
      .map((text, k) => ({ text, count: counts[k] }))
      .filter(({ text }) => text !== written)
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .map(({ text }) => text);
    const category = key.startsWith('work ') ? 'report' : key.startsWith('acronym ') ? 'other' : lexicon.keys.get(key)?.category ?? 'other';
    items.push({ id, name, category, aliases, documents: groups.documents[g] });
  }
  const mentions = perDoc.map(({ doc, found }, d) => {
    const of = groupsOf[d];
    const previous = mentionLists.get(found);
    if (previous?.doc === doc && sameIds(previous, of, ids)) return previous.list;
    const order = positionOrder(found);
    const { useOf } = usesByDoc[d];
    const list: Linked['mentions'] = new Array(order.length);
    for (let k = 0; k < order.length; k++) {
      const m = found[order[k]];
      list[k] = { kind: 'item', document: doc, start: m.start, end: m.end, text: m.text, item: ids[of[useOf[order[k]]]] };
    }
    mentionLists.set(found, { doc, of, ids, list });
    return list;
  });
  return { items, mentions };
}

/** Whether each use has the item id it had when the document's mention list was made. */
function sameIds(previous: MentionList, of: readonly number[], ids: readonly string[]): boolean {
  for (let u = 0; u < of.length; u++) if (previous.ids[previous.of[u]] !== ids[of[u]]) return false;
  return true;
}

/**
 * Keys and texts of found names as numbers, for the whole process: items are counted again after every
 * edit over every document's uses, and numbers in arrays are much cheaper to count by than strings in maps.
 */
const interned = {
  ids: new Map<string, number>(),
  names: [] as string[],
  of(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  },
};

/**
 * The currency of the documents naming each root by a descriptive key (`2025 budget`, see `isDescriptiveKey`),
 * or null for a root named in documents whose money is in different currencies: every government has
 * a Budget 2025, and New Zealand's is not Ireland's. Undefined when the corpus's money is in one currency.
 */
function currenciesOfDescriptiveRoots(perDoc: readonly DocumentUses[], usesByDoc: readonly Uses[], lexicon: Lexicon): Map<string, string | null> | undefined {
  const first = perDoc.find((d) => d.currency !== undefined)?.currency;
  if (perDoc.every((d) => d.currency === undefined || d.currency === first)) return undefined;
  const of = new Map<string, string | null>();
  perDoc.forEach(({ currency }, d) => {
    if (currency === undefined) return;
    const uses = usesByDoc[d];
    uses.descriptive ??= descriptiveUses(uses);
    for (const u of uses.descriptive) {
      const root = lexicon.root(interned.names[uses.keys[u]]);
      const seen = of.get(root);
      of.set(root, seen === undefined || seen === currency ? currency : null);
    }
  });
  return of;
}

/** Whether each interned key is descriptive: 1 yes, 2 no, 0 not asked yet. */
let descriptiveKeys = new Uint8Array(1024);

function descriptiveUses(uses: Uses): number[] {
  if (descriptiveKeys.length < interned.names.length) {
    const grown = new Uint8Array(2 * interned.names.length);
    grown.set(descriptiveKeys);
    descriptiveKeys = grown;
  }
  const found: number[] = [];
  for (let u = 0; u < uses.count; u++) {
    const key = uses.keys[u];
    if (descriptiveKeys[key] === 0) descriptiveKeys[key] = isDescriptiveKey(interned.names[key]) ? 1 : 2;
    if (descriptiveKeys[key] === 1) found.push(u);
  }
  return found;
}

const currencies = new WeakMap<readonly FundingMention[], { currency: string | undefined }>();

/** `mainCurrency` of a document's funding, read once per funding list: most documents are unchanged between links. */
function currencyOf(funding: readonly FundingMention[]): string | undefined {
  let known = currencies.get(funding);
  if (!known) currencies.set(funding, (known = { currency: mainCurrency(funding) }));
  return known.currency;
}

/**
 * Items as they are counted in one link: groups of keys under one root, in order of first use, each
 * with its texts in order of first use and their counts, its owner and its documents. A descriptive
 * root named in documents with money in different currencies is one group per currency (documents
 * with no money make a group of their own), as `currenciesOfDescriptiveRoots` tells.
 */
class Groups {
  readonly roots: string[] = [];
  /** The currency of a group kept apart by its documents' money, else undefined. */
  readonly currencies: (string | undefined)[] = [];
  readonly owners: (string | undefined)[] = [];
  readonly documents: string[][] = [];
  readonly texts: number[][] = [];
  readonly counts: number[][] = [];
  /** The group of each root, or `-2 - a` for a root kept apart, `apart[a]`. */
  private readonly byRoot = new Map<string, number>();
  /** Roots kept apart by currency, with their groups by currency (`''` for none). */
  private readonly apart: { root: string; byCurrency: Map<string, number> }[] = [];
  /** The group of each interned key in this link; -1 if not yet seen, `-2 - a` if its root is `apart[a]`. */
  private readonly ofKey: Int32Array;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly currencyOfRoot: Map<string, string | null> | undefined,
  ) {
    this.ofKey = new Int32Array(interned.names.length).fill(-1);
  }

  /** Counts use `u` of `uses`, in a document whose money is in `currency`, in its group and returns the group. */
  add(uses: Uses, u: number, doc: string, currency: string | undefined): number {
    const key = uses.keys[u];
    let g = this.ofKey[key];
    if (g < 0) {
      if (g === -1) {
        const root = this.lexicon.root(interned.names[key]);
        g = this.byRoot.get(root) ?? -1;
        if (g === -1) {
          if (this.currencyOfRoot?.get(root) === null) {
            g = -2 - this.apart.length;
            this.apart.push({ root, byCurrency: new Map() });
          } else g = this.group(root, undefined);
          this.byRoot.set(root, g);
        }
        this.ofKey[key] = g;
      }
      if (g < 0) {
        const apart = this.apart[-2 - g];
        const place = currency ?? '';
        g = apart.byCurrency.get(place) ?? this.group(apart.root, currency);
        apart.byCurrency.set(place, g);
      }
    }
    const texts = this.texts[g];
    const at = texts.indexOf(uses.texts[u]);
    if (at < 0) {
      texts.push(uses.texts[u]);
      this.counts[g].push(uses.counts[u]);
    } else this.counts[g][at] += uses.counts[u];
    if (this.owners[g] === undefined && uses.owners[u]) this.owners[g] = uses.owners[u];
    const documents = this.documents[g];
    if (documents[documents.length - 1] !== doc) documents.push(doc);
    return g;
  }

  private group(root: string, currency: string | undefined): number {
    this.roots.push(root);
    this.currencies.push(currency);
    this.owners.push(undefined);
    this.documents.push([]);
    this.texts.push([]);
    this.counts.push([]);
    return this.roots.length - 1;
  }
}

/**
 * A document's found names as its distinct uses (the same key, text and owner count alike towards an
 * item), in order of first use, with each name's use. A document names most things several times, so
 * counting by use is a fraction of the work. Kept while a document's resolution is reused. Its lists
 * are arrays, not typed arrays: they are short, and a typed array costs more to make than to fill.
 */
interface Uses {
  count: number;
  /** Interned key and text of each use. */
  keys: number[];
  texts: number[];
  owners: (string | undefined)[];
  counts: number[];
  /** Each found name's use. */
  useOf: number[];
  /** The uses whose keys are descriptive (see `isDescriptiveKey`), found when a link first needs them. */
  descriptive?: number[];
}

function usesOf(found: readonly Found[]): Uses {
  let uses = usesCache.get(found);
  if (!uses) {
    const n = found.length;
    uses = { count: 0, keys: [], texts: [], owners: [], counts: [], useOf: [], descriptive: undefined };
    // For each use the next with the same key: a key has one text or a few.
    const sameKey: number[] = [];
    const texts: string[] = [];
    const firstUse = firstUses.next();
    for (let k = 0; k < n; k++) {
      const { key, text, owner } = found[k];
      const id = interned.of(key);
      const first = firstUse.of(id);
      let u = first;
      while (u >= 0 && (texts[u] !== text || uses.owners[u] !== owner)) u = sameKey[u];
      if (u < 0) {
        u = uses.count++;
        uses.keys.push(id);
        uses.texts.push(interned.of(text));
        texts.push(text);
        uses.owners.push(owner);
        uses.counts.push(0);
        sameKey.push(first);
        firstUse.set(id, u);
      }
      uses.counts[u]++;
      uses.useOf.push(u);
    }
    usesCache.set(found, uses);
  }
  return uses;
}

const usesCache = new WeakMap<readonly Found[], Uses>();

/**
 * The first use of each interned key in the document being counted, by id: one table for the process,
 * told apart by document by a stamp, as a map per document cost more than the rest of the counting.
 */
class FirstUses {
  private uses = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  /** The table for the next document, with no key used yet. */
  next(): this {
    this.stamp++;
    return this;
  }

  /** The first use of key `id`, or -1. */
  of(id: number): number {
    return id < this.stamps.length && this.stamps[id] === this.stamp ? this.uses[id] : -1;
  }

  set(id: number, use: number): void {
    if (id >= this.stamps.length) {
      const size = Math.max(1024, 2 * (id + 1));
      const uses = new Int32Array(size);
      const stamps = new Int32Array(size);
      uses.set(this.uses);
      stamps.set(this.stamps);
      this.uses = uses;
      this.stamps = stamps;
    }
    this.uses[id] = use;
    this.stamps[id] = this.stamp;
  }
}

const firstUses = new FirstUses();

/**
 * The item mentions last made from a document's found names, with their uses' item ids. An edit re-links
 * every document, but most keep their resolution and their items' ids, and then keep their mention objects
 * too: making them again for the whole corpus was much of the cost of an edit.
 */
const mentionLists = new WeakMap<readonly Found[], MentionList>();

/** A document's item mentions, with the group of each use and the item ids of the groups when they were made. */
interface MentionList {
  doc: string;
  of: readonly number[];
  ids: readonly string[];
  list: Linked['mentions'];
}

const orders = new WeakMap<readonly Found[], readonly number[]>();

/** The indexes of `found` by start, then end, then index; kept while a document's resolution is reused. */
function positionOrder(found: readonly Found[]): readonly number[] {
  let order = orders.get(found);
  if (!order) {
    order = mergeRuns(found);
    orders.set(found, order);
  }
  return order;
}

function before(a: Found, b: Found): boolean {
  return a.start < b.start || (a.start === b.start && a.end < b.end);
}

/**
 * A stable merge sort that starts from the runs already in order: a document's found names come
 * as a few lists in position order (names, acronyms, context matches, …), so this is a few merges.
 */
function mergeRuns(found: readonly Found[]): number[] {
  const n = found.length;
  let order: number[] = [];
  let spare = new Array<number>(n);
  let bounds = [0];
  for (let k = 0; k < n; k++) {
    order.push(k);
    if (k > 0 && before(found[k], found[k - 1])) bounds.push(k);
  }
  bounds.push(n);
  while (bounds.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r];
      const mid = bounds[r + 1];
      const hi = r + 2 < bounds.length ? bounds[r + 2] : mid;
      let i = lo;
      let j = mid;
      let o = lo;
      // At equal positions the earlier run's entry, which has the lower index, comes first.
      while (i < mid && j < hi) spare[o++] = before(found[order[j]], found[order[i]]) ? order[j++] : order[i++];
      while (i < mid) spare[o++] = order[i++];
      while (j < hi) spare[o++] = order[j++];
      merged.push(hi);
    }
    [order, spare] = [spare, order];
    bounds = merged;
  }
  return order;
}

/**
 * The fullest form: spelled out before acronyms, capitalised before lowercase, then the longest,
 * then the first in sort order. A body's work known only in lowercase is named after the body: `MHCLG consultation`.
 */
function canonicalName(key: string, forms: readonly string[], owner: string | undefined): string {
  const rank = (t: string): number => (isAcronym(t.replace(/s$/, '')) ? 0 : 2000) + (/^[A-Z]/.test(t) ? 1000 : 0) + t.length;
  let first = forms[0];
  let firstRank = rank(first);
  for (let k = 1; k < forms.length; k++) {
    const r = rank(forms[k]);
    if (r > firstRank || (r === firstRank && forms[k].localeCompare(first) < 0)) {
      first = forms[k];
      firstRank = r;
    }
  }
  const best = first.replace(/^the\s+/i, '') || key;
  // A body's work named by a pronoun (`its report`) is named by the body: `IRG report`.
  return owner && !/[A-Z]/.test(best) ? `${owner} ${best.replace(/^(?:its|their|his|her|our)\s+/, '')}` : best;
}
