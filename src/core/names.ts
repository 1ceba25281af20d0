import { acronymLetters, initialCode, isAcronym, isOptionalTail, longFormStart, skipsWords, type Spelling } from './acronyms';
import { genericWords, hashString, headCategory, headWords, isGenericName, isShortFormHead, isSingleWordBody, isStopword, normHash, normWord, stopwords, workWords } from './nameKey';
import type { ItemCategory, NameCandidate, NameForm } from './types';
import { foldHash, Gap, isCapitalised, isDigit, isWordChar, splitWords, type Words } from './words';

/**
 * Finds, in one pass over one document, the names of programmes, funds, bodies, reports, strategies
 * and laws it mentions, with what the linker needs to tie them to other documents:
 * - `name`: a capitalised name with a head noun (`Early Career Framework`, `Department for Education`),
 *   one given an acronym in brackets (`Regional Care Co-operatives (RCCs)`, also lowercase), or a quoted title;
 * - `acronym`: an acronym used on its own (`DfE`), resolved by the linker;
 * - `short`: `the` and a bare head noun (`the department`), resolved to the one such item the document names;
 * - `work`: a body's report (`CMA report`, `report by the Competition and Markets Authority`), `owner` naming the body;
 * - `topic`: a work named by its subject (`consultation on the use of agency social workers`);
 * - `single`: a lone capitalised word that may be a one-word name (`Ofwat`), kept by the linker if it recurs;
 * - `context`: stretches where a name known from another document may appear in lower case
 *   (`the independent review of children’s social care`); the linker looks for known names only there.
 * People are not names: titles are trimmed (`Chair of the Local Government Association`) and
 * capitalised runs without a head noun (`Will Quince`) are only context.
 */
export function findNames(text: string, words?: Words): NameCandidate[] {
  return new NameScanner(text, words).scan();
}

/**
 * The words of the `context` candidates of one `findNames` result, as it split them, so that the
 * linker need not split them again: words `firsts[c]` onwards belong to the `c`-th context
 * candidate (in order), offsets are in the document, `gaps` is `Gap.Break` at the first word of
 * each context, and `hashes` are `normHash`es. The document's text is not kept.
 */
export interface ContextWords {
  readonly names: readonly NameCandidate[];
  readonly firsts: readonly number[];
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly gaps: Uint8Array;
  readonly hashes: Int32Array;
}

const contextWordsOf = new WeakMap<readonly NameCandidate[], ContextWords>();

/** The context words of an array `findNames` returned, or undefined for any other array. */
export function contextWords(names: readonly NameCandidate[]): ContextWords | undefined {
  return contextWordsOf.get(names);
}

function wordHash(w: string): number {
  return foldHash(w, 0, w.length);
}

/**
 * A set of lowercase ASCII words, tested against a word of the text by its case-folded hash first,
 * so that most words are rejected without being sliced and lowercased.
 */
class WordSet {
  /** Each word by its hash; words whose hashes collide share a list. */
  readonly byHash = new Map<number, string | string[]>();
  /** The low 12 bits of the hashes as a bit set, so that most words are rejected with one read from a small table. */
  readonly bits = new Int32Array(128);
  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      const h = wordHash(w);
      this.bits[(h >>> 5) & 127] |= 1 << (h & 31);
      const seen = this.byHash.get(h);
      this.byHash.set(h, seen === undefined ? w : [...(typeof seen === 'string' ? [seen] : seen), w]);
    }
  }
}

const STOPWORDS = new WordSet(stopwords());
const WORKS = new WordSet(workWords());

/** Capitalised words that start a sentence or a title rather than a name. */
const LEADING_NOISE = new WordSet(
  ('the a an this that these those our its his her their my your every each all in on at for from with by as to under after before since when while if but and or of ' +
    'new further key both other some many more most such same overall mr mrs ms dr sir dame lord baroness cllr councillor president minister secretary chancellor chair ' +
    'chairman chairwoman commissioner ceo director head chief leader spokesperson deputy shadow prime then now former read see why how what where who').split(' '),
);

/** Words that make the capitalised words before a connector a person's title, not part of a name. */
const TITLES = new WordSet(['chair', 'executive', 'chairman', 'chairwoman', 'president', 'secretary', 'director', 'minister', 'head', 'member', 'ceo', 'chief', 'commissioner', 'leader', 'spokesperson', 'officer', 'manager', 'deputy', 'question']);

/** Nouns that open a sentence about a name after `for` or `to` (`Funding for the Youth Investment Fund`), not part of it. */
const FRAMING_NOUNS = new WordSet(['funding', 'support', 'money', 'cash', 'investment', 'spending', 'payments', 'plans', 'calls', 'bids', 'applications', 'changes', 'cuts', 'reforms', 'boost', 'backing']);

/** Verbs a title-case headline puts after `to` (`… to Expand Mental Health Services`); none begins a name there. */
const HEADLINE_VERBS = new WordSet(
  'expand boost tackle support help improve cut build deliver create protect end fund raise reduce transform strengthen invest provide increase bring make give get ease speed extend open save keep drive back'.split(' '),
);

/** Words before `Parliament` or `Congress` that make it a term of office: `this Parliament`, `the next Congress`. */
const TERM_DETERMINERS = new WordSet(['this', 'next', 'current', 'previous', 'last', 'that', 'new', 'whole']);

/** Titles whose complement is a portfolio or a seat, not a body: `Minister for Children`, `Secretary of State for Health`, `Member for Leeds`. */
const PORTFOLIO_TITLES = new WordSet(['minister', 'secretary', 'commissioner', 'spokesperson', 'member']);

/** Words before `free X` that show an entitlement: `eligible for free school meals`, `on free school meals`. */
const ENTITLEMENT_CUES = new WordSet(['on', 'for', 'to', 'of']);

/** Words that end the noun phrase after `free`. */
const NOT_NOUNS = new Set('more than less during per which that who will would could should can is are was were has have had be been being into or but also only until after before since when while if this these those every each all'.split(' '));

/** Words between a head noun and the title it names: `a report entitled Turning the Tide`. */
const TITLE_CUES = new WordSet(['entitled', 'titled', 'called', 'named']);

/** Words after `consultation` that introduce its subject. */
const TOPIC_CUES = new WordSet(['on', 'about', 'into', 'regarding']);

/** What `\s` matches in a regular expression. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SINGLE_CLOSERS = [0x2019, 39];
const DOUBLE_CLOSERS = [0x201d, 34];

function isQuote(c: number): boolean {
  return c === 0x2018 || c === 0x201c || c === 34 || c === 39;
}


/**
 * The lowercase words the scanner stops at: head nouns (and plurals), `its`, `free`, `consultation`;
 * by hash, each with its normal form, so that a cue is recognised and normalised without slicing it.
 */
const LOWERCASE_CUES = new Map<number, { form: string; norm: string }[]>();
for (const form of new Set(
  [...headWords(), 'its', 'free', 'consultation'].flatMap((w) => [w, `${w}s`, `${w}es`, w.replace(/y$/, 'ies'), `${w}’s`, `${w}'s`, `${w}s’`, `${w}s'`]),
)) {
  const h = wordHash(form);
  LOWERCASE_CUES.set(h, [...(LOWERCASE_CUES.get(h) ?? []), { form, norm: normWord(form) }]);
}

/** The low bits of `LOWERCASE_CUES`, so that most lowercase words are passed over with one array read. */
const LOWERCASE_CUE_BITS = new Int32Array(2048);
for (const h of LOWERCASE_CUES.keys()) LOWERCASE_CUE_BITS[(h >>> 5) & 2047] |= 1 << (h & 31);

/** Whether `h` may be a cue's hash: one read from a table small enough to stay in the fastest cache. */
function mayBeCue(h: number): boolean {
  return ((LOWERCASE_CUE_BITS[(h >>> 5) & 2047] >>> (h & 31)) & 1) !== 0;
}

/** Capitalised words that are not one-word names. */
const NOT_SINGLE_NAMES = new Set(
  ('government governments minister ministers secretary chancellor council councils state states city country nation opposition parliament ' +
    'january february march april may june july august september october november december covid christmas easter summer autumn winter spring ' +
    'england scotland wales britain ireland europe america africa asia london new zealand zealander zealanders australia canada india united kingdom').split(' '),
);


/** Words before a capitalised word that make it a person or a place. */
const NOT_BEFORE_SINGLE_NAMES = new WordSet(
  ('mr mrs ms miss dr sir lady lord dame baroness professor prof cllr councillor minister secretary president chancellor chair chief ' +
    'in at from across throughout around near outside inside within into towards').split(' '),
);

/** Verbs after a capitalised word that make it a person. */
const REPORTING_VERBS = new WordSet('said says added told wrote explained argued warned noted stated claimed insisted admitted urged replied commented'.split(' '));

/** Words that join the parts of one name when a capitalised word follows. */
const CONNECTORS = new WordSet(['of', 'for', 'and', 'on', 'to', '&']);

/** Lowercase words after a name that belong to it (`Supporting Families programme`). */
const TRAILING_HEADS = new WordSet(['programme', 'programmes', 'program', 'scheme', 'schemes', 'initiative', 'project', 'offer', 'services', 'service', 'strategy', 'plan', 'framework', 'fund', 'grant', 'pilot', 'pilots', 'partnership']);

/** Acronyms that name no programme or body. */
const NON_ITEM_ACRONYMS = new Set(['uk', 'us', 'usa', 'gb', 'nz', 'ceo', 'mp', 'mbe', 'obe', 'cbe', 'kc', 'qc', 'pm', 'am', 'fm', 'tv', 'pdf', 'faq', 'id', 'hr', 'gdp', 'covid', 'ok', 'co', 'cyp', 'fy']);

/** How many words after a capitalised run, and before or after a lowercase head noun, the linker looks at. */
const CONTEXT_AFTER = 5;
const CONTEXT_BEFORE = 4;
const MAX_TITLE_WORDS = 12;
/** How many words in capitals opening a sentence a document's text is searched for in title case (see `isShoutedWord`). */
const MAX_SHOUT_LOOKS = 8;

/**
 * What a word may be, told by its `normHash` so that most words are rejected without being
 * normalised: a head noun, a function word, an `isSingleWordBody` word, one of `NOT_SINGLE_NAMES`
 * and the function words, or a generic word or function word. Hashes may collide, so a rule confirms
 * a role on the normal form.
 */
const Role = { Head: 1, Stopword: 2, SingleWordBody: 4, NotName: 8, Generic: 16, Known: 128 } as const;

const NORM_ROLES = new Map<number, number>();
/** The low bits of `NORM_ROLES`' hashes, so that most words are passed over with one read. */
const NORM_ROLE_BITS = new Int32Array(256);
for (const [role, norms] of [
  [Role.Head, headWords()],
  [Role.Stopword, stopwords()],
  [Role.SingleWordBody, ['parliament', 'congress', 'senate', 'treasury'].filter(isSingleWordBody)],
  [Role.NotName, [...NOT_SINGLE_NAMES, ...stopwords()]],
  [Role.Generic, [...genericWords(), ...stopwords()]],
] as const) {
  for (const norm of norms) {
    const h = hashString(norm);
    NORM_ROLES.set(h, (NORM_ROLES.get(h) ?? 0) | role);
    NORM_ROLE_BITS[(h >>> 5) & 255] |= 1 << (h & 31);
  }
}

function rolesOf(h: number): number {
  return ((NORM_ROLE_BITS[(h >>> 5) & 255] >>> (h & 31)) & 1) === 0 ? 0 : (NORM_ROLES.get(h) ?? 0);
}

/**
 * What the rules ask of a word's characters beyond `Words.plain`, read in one pass the first time
 * one asks: whether it has a character outside ASCII, and two capitals (as an acronym needs).
 */
const Shape = { NonAscii: 1, TwoCapitals: 4, Known: 128 } as const;

function shapeOf(text: string, start: number, end: number): number {
  let shape = Shape.Known;
  let capitals = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) shape |= Shape.NonAscii;
    else if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2 ? shape | Shape.TwoCapitals : shape;
}

/** The inverse of 31 modulo 2^32: multiplying by it undoes one step of a hash. */
const INVERSE_31 = 0xbdef7bdf | 0;

/**
 * `normHash` of an ASCII word of letters and digits from its case-folded hash `h`: `stem`'s plural
 * endings are taken off the hash, so that the word's letters are not read again.
 */
function withoutPlural(text: string, start: number, end: number, h: number): number {
  const n = end - start;
  if (n <= 3 || (text.charCodeAt(end - 1) | 32) !== 115) return h;
  const c2 = text.charCodeAt(end - 2) | 32;
  const h1 = Math.imul(h - 115, INVERSE_31);
  if (c2 === 101 && n > 4 && (text.charCodeAt(end - 3) | 32) === 105) {
    const h3 = Math.imul(Math.imul(h1 - 101, INVERSE_31) - 105, INVERSE_31);
    return (Math.imul(h3, 31) + 121) | 0;
  }
  return c2 === 115 || c2 === 117 || c2 === 105 ? h : h1;
}

/**
 * A set of words of one text compared as their lowercase forms, held as word indices by the hash
 * of that form: adding a word builds no string; a lookup builds the forms only of words whose hashes match.
 * An open-addressing table in typed arrays kept from one document to the next: a document adds a
 * word for most capitalised runs, and a `Map` per document cost several times as much per word.
 */
class LowercaseWords {
  /** By slot: a word's index plus one (0 for an empty slot), and the hash of its lowercase form; the arrays may be longer than the table. */
  private slots = new Int32Array(0);
  private hashes = new Int32Array(0);
  private capacity = 0;
  private size = 0;
  /** How far to shift a scrambled hash for a slot: 32 less the log2 of the capacity. */
  private shift = 32;
  private text = '';
  private words: Words | undefined;
  private lower: (i: number) => string = () => '';

  /** Empties the set for the words of another text, with room for a word in eight without growing. */
  reset(text: string, words: Words, lower: (i: number) => string): void {
    this.text = text;
    this.words = words;
    this.lower = lower;
    this.size = 0;
    const bits = Math.max(6, 32 - Math.clz32(words.count >> 2));
    this.capacity = 1 << bits;
    this.shift = 32 - bits;
    if (this.slots.length < this.capacity) {
      this.slots = new Int32Array(this.capacity);
      this.hashes = new Int32Array(this.capacity);
    } else this.slots.fill(0, 0, this.capacity);
  }

  /** Adds word `i`, whose lowercase form hashes to `h`. */
  add(i: number, h: number): void {
    const slot = this.find(h, i);
    if (this.slots[slot] !== 0) return;
    this.slots[slot] = i + 1;
    this.hashes[slot] = h;
    if (++this.size * 2 > this.capacity) this.grow();
  }

  /** Whether the set has the lowercase form of word `i`, which hashes to `h`. */
  has(i: number, h: number): boolean {
    return this.slots[this.find(h, i)] !== 0;
  }

  /** The slot of the word with the lowercase form of word `i` (hashed `h`), or the empty slot where it would go. */
  private find(h: number, i: number): number {
    const { slots, hashes } = this;
    const mask = this.capacity - 1;
    for (let slot = Math.imul(h, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = slots[slot];
      if (k === 0 || (hashes[slot] === h && this.same(k - 1, i))) return slot;
    }
  }

  private grow(): void {
    const { slots, hashes, capacity } = this;
    this.capacity = capacity * 2;
    this.slots = new Int32Array(this.capacity);
    this.hashes = new Int32Array(this.capacity);
    this.shift--;
    const mask = this.capacity - 1;
    for (let s = 0; s < capacity; s++) {
      if (slots[s] === 0) continue;
      let slot = Math.imul(hashes[s], 0x9e3779b1) >>> this.shift;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[s];
      this.hashes[slot] = hashes[s];
    }
  }

  /** Whether words `a` and `b` have one lowercase form: compared in place while both are ASCII. */
  private same(a: number, b: number): boolean {
    const { starts, ends } = this.words!;
    const length = ends[a] - starts[a];
    if (length === ends[b] - starts[b]) {
      for (let k = 0; k < length; k++) {
        let x = this.text.charCodeAt(starts[a] + k);
        let y = this.text.charCodeAt(starts[b] + k);
        if (x >= 128 || y >= 128) return this.lower(a) === this.lower(b);
        if (x >= 65 && x <= 90) x |= 32;
        if (y >= 65 && y <= 90) y |= 32;
        if (x !== y) return false;
      }
      return true;
    }
    return this.lower(a) === this.lower(b);
  }
}

/**
 * Context words are cut from shared slabs: allocating an array buffer costs more than filling it,
 * and every document needs one. A slab lives as long as any document's words in it.
 */
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** A buffer and a 4-aligned offset in it with `bytes` free. */
function contextSpace(bytes: number): [ArrayBuffer, number] {
  if (bytes > SLAB_BYTES / 4) return [new ArrayBuffer(bytes), 0];
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += (bytes + 3) & ~3;
  return [slab, at];
}

/** Per-word marks: not yet seen, context for the linker, or part of an emitted name. */
const Mark = { None: 0, Context: 1, Used: 2 } as const;

/**
 * The per-word arrays of the document scanned last, reused for the next one so that scanning a
 * corpus does not allocate them document after document. Entries past the current word count are stale.
 */
const spare = {
  words: undefined as Words | undefined,
  marks: new Uint8Array(0),
  /** Each word's `Role`s with `Role.Known`, or 0 before they are looked up. */
  roles: new Uint8Array(0),
  /** Each word's `Shape`, or 0 before it is read. */
  shapes: new Uint8Array(0),
  /** Per-word caches; an entry is valid while its stamp is the current document's. */
  lowers: [] as string[],
  norms: [] as string[],
  lowerStamps: new Int32Array(0),
  normStamps: new Int32Array(0),
  /** The first and last word of each stretch of context words, in pairs; one entry longer than `marks`. */
  contextRanges: new Int32Array(0),
  document: 0,
  lone: new LowercaseWords(),
  inRuns: new LowercaseWords(),
};

/**
 * Candidates with their offsets held apart: candidates come in several shapes, so ordering them
 * by reading numbers from arrays is much cheaper than reading the objects.
 */
class Found {
  constructor(
    public items: NameCandidate[] = [],
    public starts: number[] = [],
    public ends: number[] = [],
  ) {}

  push(found: NameCandidate): void {
    this.items.push(found);
    this.starts.push(found.start);
    this.ends.push(found.end);
  }

  /** Sorts by start, longer first at one start, keeping the order of equals. */
  sort(): void {
    const { starts, ends } = this;
    let sorted = true;
    for (let k = 1; k < starts.length && sorted; k++) sorted = starts[k - 1] < starts[k] || (starts[k - 1] === starts[k] && ends[k - 1] >= ends[k]);
    if (sorted) return;
    const order = starts.map((_, k) => k).sort((x, y) => starts[x] - starts[y] || ends[y] - ends[x] || x - y);
    this.items = order.map((k) => this.items[k]);
    this.starts = order.map((k) => starts[k]);
    this.ends = order.map((k) => ends[k]);
  }
}

/**
 * Merges lists each already in order (by start, longer first at one start); among equals, the
 * earlier list's come first, as in a stable sort of the lists one after another.
 */
function mergeByPosition(lists: readonly Found[]): NameCandidate[] {
  const out = new Array<NameCandidate>(lists.reduce((n, list) => n + list.items.length, 0));
  const at = new Int32Array(lists.length);
  // Each list's next start and end; an exhausted list's start is past any offset.
  const starts = new Float64Array(lists.length);
  const ends = new Float64Array(lists.length);
  const advance = (l: number): void => {
    const list = lists[l];
    const k = at[l];
    starts[l] = k < list.items.length ? list.starts[k] : Infinity;
    ends[l] = k < list.items.length ? list.ends[k] : 0;
  };
  for (let l = 0; l < lists.length; l++) advance(l);
  for (let n = 0; n < out.length; n++) {
    let best = 0;
    for (let l = 1; l < lists.length; l++) if (starts[l] < starts[best] || (starts[l] === starts[best] && ends[l] > ends[best])) best = l;
    out[n] = lists[best].items[at[best]++];
    advance(best);
  }
  return out;
}

class NameScanner {
  private readonly words: Words;
  private readonly marks: Uint8Array;
  /** Names, acronyms and works, in the order the rules find them. */
  private readonly out = new Found();
  /** Singles, then capitalised phrases, each in document order. */
  private readonly singlesOut = new Found();
  private readonly phrasesOut = new Found();
  /** Lowercased and normalised words, shapes and roles, computed the first time a rule asks. */
  private readonly cache: typeof spare;
  private readonly singles: number[] = [];
  private readonly phrases: [number, number][] = [];
  /** Capitalised words the document uses alone, as people are by their surname. */
  private readonly lone: LowercaseWords;
  private readonly inRuns: LowercaseWords;
  /** Where the body named last is, for `its report` later in the same sentence; -1 before any. */
  private lastBodyStart = -1;
  private lastBodyEnd = -1;
  /** How often `isShoutedWord` has searched the text. */
  private shoutLooks = 0;

  /** `words` are `splitWords(text)` when the caller has them; they are read, never kept past `scan`. */
  constructor(
    private readonly text: string,
    words: Words | undefined,
  ) {
    this.words = words ?? (spare.words = splitWords(text, spare.words));
    const { count } = this.words;
    if (spare.marks.length < count) {
      spare.marks = new Uint8Array(count);
      spare.roles = new Uint8Array(count);
      spare.shapes = new Uint8Array(count);
      spare.lowerStamps = new Int32Array(count);
      spare.normStamps = new Int32Array(count);
      spare.contextRanges = new Int32Array(count + 1);
    } else {
      spare.marks.fill(Mark.None, 0, count);
      spare.roles.fill(0, 0, count);
      spare.shapes.fill(0, 0, count);
    }
    spare.document++;
    this.marks = spare.marks;
    this.cache = spare;
    const lower = (i: number): string => this.lower(i);
    this.lone = spare.lone;
    this.lone.reset(text, this.words, lower);
    this.inRuns = spare.inRuns;
    this.inRuns.reset(text, this.words, lower);
  }

  scan(): NameCandidate[] {
    const { count, starts, hashes } = this.words;
    const { marks, text } = this;
    let i = 0;
    while (i < count) {
      if (marks[i] === Mark.Used) {
        i++;
        continue;
      }
      const start = starts[i];
      const c = text.charCodeAt(start);
      if (c < 97 ? c >= 65 && c <= 90 : c > 127 && isCapitalised(text, start)) {
        // Only a capitalised word opens a quoted title.
        const title = isQuote(text.charCodeAt(start - 1)) ? this.quotedTitleEnd(i) : i > 0 && this.inSet(i - 1, TITLE_CUES) ? this.namedTitleEnd(i) : -1;
        i = (title >= 0 ? title : this.capitalisedRun(i)) + 1;
        continue;
      }
      // Most lowercase words are passed over here, on one read of a small table.
      if (mayBeCue(hashes[i])) this.lowercaseWord(i);
      i++;
    }
    this.emitSingles();
    const contexts = this.emitContexts();
    // Only the rules' own finds need sorting: singles, phrases and contexts come out in document order.
    this.out.sort();
    const out = mergeByPosition([this.out, this.singlesOut, this.phrasesOut, contexts.found]);
    contextWordsOf.set(out, contexts.words);
    return out;
  }

  private word(i: number): string {
    return this.text.slice(this.words.starts[i], this.words.ends[i]);
  }

  /** The normal form of word `i`: a listed cue form (in any case) has its own at hand; other words are normalised. */
  private norm(i: number): string {
    const { cache } = this;
    if (cache.normStamps[i] !== cache.document) {
      cache.norms[i] = this.listedNorm(i) ?? normWord(this.word(i));
      cache.normStamps[i] = cache.document;
    }
    return cache.norms[i];
  }

  private listedNorm(i: number): string | undefined {
    const cues = mayBeCue(this.words.hashes[i]) ? LOWERCASE_CUES.get(this.words.hashes[i]) : undefined;
    if (cues !== undefined) for (const cue of cues) if (this.is(i, cue.form)) return cue.norm;
    return undefined;
  }

  private cap(i: number): boolean {
    return i < this.words.count && isCapitalised(this.text, this.words.starts[i]);
  }

  private gap(i: number): Gap {
    return i < this.words.count ? (this.words.gaps[i] as Gap) : Gap.Break;
  }

  /** `lower(i) === w` for a lowercase ASCII `w`, without building the string. */
  private is(i: number, w: string): boolean {
    const start = this.words.starts[i];
    if (i >= this.words.count || this.words.ends[i] - start !== w.length) return false;
    for (let k = 0; k < w.length; k++) {
      let c = this.text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== w.charCodeAt(k)) return false;
    }
    return true;
  }

  private inSet(i: number, set: WordSet): boolean {
    if (i >= this.words.count) return false;
    const h = this.words.hashes[i];
    if (((set.bits[(h >>> 5) & 127] >>> (h & 31)) & 1) === 0) return false;
    const w = set.byHash.get(h);
    return w !== undefined && (typeof w === 'string' ? this.is(i, w) : w.some((x) => this.is(i, x)));
  }

  private lower(i: number): string {
    if (i >= this.words.count) return '';
    const { cache } = this;
    if (cache.lowerStamps[i] !== cache.document) {
      cache.lowers[i] = this.word(i).toLowerCase();
      cache.lowerStamps[i] = cache.document;
    }
    return cache.lowers[i];
  }

  private emit(first: number, last: number, form: NameForm, category: ItemCategory, head?: string, acronym?: string): void {
    const start = this.words.starts[first];
    const end = this.possessiveEnd(last);
    const text = this.text.slice(start, end);
    // Built whole, fields in the order the rules list them: a spread into a literal is slow.
    this.out.push(
      head === undefined
        ? acronym === undefined
          ? { start, end, text, form, category }
          : { start, end, text, form, category, acronym }
        : acronym === undefined
          ? { start, end, text, form, category, head }
          : { start, end, text, form, category, head, acronym },
    );
    for (let k = first; k <= last; k++) this.marks[k] = Mark.Used;
    if (form === 'acronym' || (form === 'name' && category === 'body')) {
      this.lastBodyStart = start;
      this.lastBodyEnd = end;
    }
  }

  /** The end of word `i` without a possessive `’s` or `s’`. */
  private possessiveEnd(i: number): number {
    const end = this.words.ends[i];
    const c = this.text.charCodeAt(end - 1);
    const p = this.text.charCodeAt(end - 2);
    if ((c === 115 || c === 83) && (p === 0x2019 || p === 39)) return end - 2;
    return end;
  }

  private isPossessive(i: number): boolean {
    return this.possessiveEnd(i) !== this.words.ends[i] || this.followedByQuoteApostrophe(i);
  }

  private followedByQuoteApostrophe(i: number): boolean {
    const end = this.words.ends[i];
    const c = this.text.charCodeAt(end);
    return (c === 0x2019 || c === 39) && this.text.charCodeAt(end - 1) === 115 && !isWordChar(this.text.charCodeAt(end + 1));
  }

  /** `Children’s`, `People’s`, `Governors’` keep a name going; `Authority’s`, `Biden’s` end it. */
  private isPluralPossessive(i: number): boolean {
    const w = this.word(i).toLowerCase();
    return /(?:ren|men|ple)['’]s$/.test(w) || this.followedByQuoteApostrophe(i);
  }

  // ---- quoted titles: ‘Stable Homes, Built on Love’ ---------------------------------------

  private quotedTitleEnd(i: number): number {
    const { starts, ends, count } = this.words;
    const s = starts[i];
    const q = this.text.charCodeAt(s - 1);
    if ((q !== 0x2018 && q !== 0x201c && q !== 34 && q !== 39) || (s >= 2 && isWordChar(this.text.charCodeAt(s - 2)))) return -1;
    if (!this.cap(i)) return -1;
    const closers = q === 0x2018 || q === 39 ? SINGLE_CLOSERS : DOUBLE_CLOSERS;
    for (let k = i; k < count && k < i + MAX_TITLE_WORDS; k++) {
      if (k > i && this.gap(k) === Gap.Break) return -1;
      const c = this.text.charCodeAt(ends[k]);
      if (closers.includes(c) && !isWordChar(this.text.charCodeAt(ends[k] + 1))) return k > i && this.acceptTitle(i, k) ? k : -1;
    }
    return -1;
  }

  /**
   * A title named by a cue after a head noun, unquoted: `a report entitled Turning the Tide`, `a scheme
   * called Kickstart`. It runs over capitalised words and the short words between them, to the last
   * capitalised word; without a head noun before the cue it may be a person (`a man called John`).
   */
  private namedTitleEnd(i: number): number {
    let category: ItemCategory | undefined;
    for (let k = i - 2; k >= 0 && k >= i - 4 && !category; k--) {
      if (this.gap(k + 1) !== Gap.Space) break;
      category = headCategory(this.norm(k));
    }
    if (!category) return -1;
    let last = i;
    for (let k = i + 1; k < this.words.count && k < i + MAX_TITLE_WORDS && this.gap(k) === Gap.Space; k++) {
      if (this.cap(k)) last = k;
      else if (!this.inSet(k, STOPWORDS)) break;
    }
    this.emit(i, last, 'name', category);
    return last;
  }

  private acceptTitle(first: number, last: number): boolean {
    let content = 0;
    let capitals = 0;
    for (let k = first; k <= last; k++) {
      // Short capitalised words (`As`, `I`, `MP`) say little about whether a quotation is a title or speech.
      if (this.words.ends[k] - this.words.starts[k] < 3 || this.inSet(k, STOPWORDS)) continue;
      content++;
      if (this.cap(k)) capitals++;
    }
    const ownHead = headCategory(this.norm(last));
    let cue: ItemCategory | undefined;
    for (let k = first - 1; k >= 0 && k >= first - 3 && !cue; k--) {
      cue = headCategory(this.norm(k));
      if (this.gap(k + 1) === Gap.Break && k < first - 1) break;
    }
    if (!(capitals * 2 > content || cue || ownHead)) return false;
    this.emit(first, last, 'name', ownHead ?? cue ?? 'other', ownHead && this.norm(last));
    return true;
  }

  // ---- capitalised runs ------------------------------------------------------------------------

  /** Reads the run of capitalised words (with connectors) starting at `i`, emits what it names, and returns its last word. */
  private capitalisedRun(i: number): number {
    let j = i;
    let joined = false;
    for (;;) {
      if (this.isPossessive(j) && !this.isPluralPossessive(j)) break;
      const k = j + 1;
      const gap = this.gap(k);
      if (gap === Gap.Space && this.cap(k)) {
        j = k;
        continue;
      }
      if (gap === Gap.Space && k < this.words.count && isDigit(this.text.charCodeAt(this.words.starts[k])) && !isDigit(this.text.charCodeAt(this.words.starts[j]))) {
        j = k;
        continue;
      }
      if (gap === Gap.Space && this.isConnector(k)) {
        let m = k + 1;
        if (this.gap(m) === Gap.Space && this.is(m, 'the') && !this.is(k, 'and')) m++;
        if (this.gap(m) === Gap.Space && this.cap(m) && !this.startsSecondBody(k, m) && !this.headlineVerbAfter(i, j, k, m)) {
          if (!this.is(k, 'and')) joined = true;
          j = m;
          continue;
        }
      }
      if (gap === Gap.Comma && joined && this.cap(k) && this.listCloses(k)) {
        j = k;
        continue;
      }
      break;
    }
    this.handleRun(i, j);
    return j;
  }

  /**
   * Whether `to` at `k` brings a headline's verb at `m` (`$1.4 Billion to Expand Mental Health Services`) to a run
   * `i`..`j` with no head noun; after a head noun it is a title's (`Memorandum to Extend Federal Support …`).
   */
  private headlineVerbAfter(i: number, j: number, k: number, m: number): boolean {
    return this.is(k, 'to') && this.inSet(m, HEADLINE_VERBS) && this.lastHead(i, j) < 0;
  }

  /** `Department for Education and Department of Health`: after `and`, a head noun with its own `of` or `for` starts another name. */
  private startsSecondBody(k: number, m: number): boolean {
    if (!this.is(k, 'and') || this.gap(m + 1) !== Gap.Space || !this.isConnector(m + 1) || this.is(m + 1, 'and')) return false;
    return this.isHead(m);
  }

  /** After a comma inside `X of A, B and C`: true when capitalised items follow and an `and` closes the list. */
  private listCloses(k: number): boolean {
    for (let m = k; m < k + MAX_TITLE_WORDS && m < this.words.count; m++) {
      const g = this.gap(m + 1);
      if (g === Gap.Break) return false;
      if (g === Gap.Space && this.is(m + 1, 'and')) return this.gap(m + 2) === Gap.Space && this.cap(m + 2);
      // `Food & Rural Affairs`: an ampersand between the words closes the list as `and` does.
      if (g === Gap.Space && this.cap(m + 1) && this.gapHolds(m + 1, 38)) return true;
      if (!this.cap(m + 1)) return false;
    }
    return false;
  }

  /** Whether the character `code` stands between word `i - 1` and word `i` (`&`, a line break). */
  private gapHolds(i: number, code: number): boolean {
    for (let c = this.words.ends[i - 1]; c < this.words.starts[i]; c++) if (this.text.charCodeAt(c) === code) return true;
    return false;
  }

  private handleRun(first: number, last: number): void {
    let a = first;
    let leadingThe = first > 0 && this.gap(first) === Gap.Space && this.is(first - 1, 'the');
    while (a <= last && (this.isNoise(a) || (a > first && this.words.ends[a] - this.words.starts[a] <= 4 && this.inSet(a, STOPWORDS)))) {
      if (this.is(a, 'the')) leadingThe = true;
      a++;
    }
    if (a > last) return;
    // A title before a connector: `Chair of the Local Government Association`, `Question to the Department for Education`;
    // or a sentence's first word: `Funding for the Youth Investment Fund rose`.
    let conn = this.firstConnector(a, last);
    while (conn >= 0 && this.lastHead(a, conn - 1) < 0 && this.lastHead(conn + 1, last) >= 0 && ((this.is(conn, 'to') && this.is(conn + 1, 'the')) || this.hasTitle(a, conn - 1) || (conn === a + 1 && this.inSet(a, FRAMING_NOUNS) && this.opensSentence(a)))) {
      a = conn + 1;
      while (a <= last && this.inSet(a, STOPWORDS)) a++;
      conn = this.firstConnector(a, last);
    }
    // `$1.4 Billion to Expand Mental Health Services`: a headline's verb, capitalised as its other words are.
    if (a > 0 && this.gap(a) === Gap.Space && this.is(a - 1, 'to') && this.inSet(a, HEADLINE_VERBS)) return this.runContext(first, last);
    let head = conn >= 0 ? this.lastHead(a, conn - 1) : -1;
    let end = last;
    if (head >= 0 && head !== conn - 1 && !this.is(head + 1, 'and')) end = this.withYear(head, last);
    else if (head >= 0) {
      // `Solvency Support Instrument and European Fund for Sustainable Development`: two names.
      for (let x = head - 1; x > a; x--) {
        if (!this.is(x, 'and')) continue;
        this.contextAfter(a, x);
        a = x + 1;
        break;
      }
    } else {
      head = this.lastHead(a, last);
      const first = head >= 0 ? this.firstCoordinatedHead(a, head) : -1;
      // `Early Career Framework and National Tutoring Programme`: two names, each with words of its own before its head.
      if (first >= 0 && first !== head && head - first >= 3 && this.is(first + 1, 'and')) {
        this.handleRun(a, first);
        return this.handleRun(first + 2, last);
      }
      if (head >= 0) {
        // The name ends at its first head, which gives its category: `Water Quality Framework` (and Dashboard).
        head = first;
        end = this.withYear(first, last);
      }
    }
    const headNorm = head >= 0 ? this.norm(head) : undefined;
    const category = headNorm ? headCategory(headNorm) : undefined;
    const acronymWord = a === end && this.isAcronymWord(a);
    const isBody = category === 'body' || acronymWord;
    if (isBody) this.works(a, end);

    // `Safety fund` opening a sentence is a capital of grammar before a plain noun, not a name.
    const trailing =
      end === last && this.gap(last + 1) === Gap.Space && !this.cap(last + 1) && !this.isPossessive(last) && this.inSet(last + 1, TRAILING_HEADS) && !(a === last && !acronymWord && this.opensSentence(a));
    const runEnd = end;
    if (trailing && !(isBody && this.inSet(last + 1, WORKS))) end = last + 1;

    const acronymAt = this.acronymDefinitionAfter(end);
    let nameStart = a;
    let acronym: string | undefined;
    if (acronymAt >= 0) {
      const from = Math.max(this.clauseStart(end), end - 14);
      const start = longFormStart(this.word(acronymAt), this.spelling(from, end));
      if (start >= 0) {
        acronym = this.word(acronymAt);
        nameStart = Math.min(a, from + start);
      } else if (head >= 0 && skipsWords(this.word(acronymAt), this.spelling(a, end))) acronym = this.word(acronymAt);
    }

    // Without an acronym, the name starts at `a`: `nameStart === end` is a one-word run.
    if (nameStart === end && !acronym) {
      if (acronymWord) return this.acronymUse(end, first, last);
      // `by the end of this Parliament` is a span of time, not the institution.
      if ((this.roles(end) & Role.SingleWordBody) !== 0 && isSingleWordBody(this.norm(end)) && !(end > 0 && this.gap(end) === Gap.Space && this.inSet(end - 1, TERM_DETERMINERS))) {
        this.emit(end, end, 'name', 'body', this.norm(end));
        return this.contextAfter(end + 1, last);
      }
      if (headNorm && leadingThe && isShortFormHead(headNorm) && this.is(end - 1, 'the')) {
        this.emit(end - 1, end, 'short', category ?? 'other', headNorm);
        return;
      }
      return this.runContext(first, last, a);
    }
    if (!acronym && this.isGeneric(nameStart, runEnd)) return this.runContext(first, last, a);
    // `Mission 1`, `Fund 3`: a head numbered in a list is a label; `Budget 2025` names a year's.
    if (!acronym && nameStart === head && runEnd === head + 1 && isDigit(this.text.charCodeAt(this.words.starts[runEnd])) && !this.isYear(runEnd)) return this.runContext(first, last, a);
    const finalHead = end > runEnd ? normWord(this.word(end)) : headNorm;
    if (!acronym && !finalHead) return this.runContext(first, last, a);
    this.emit(nameStart, end, 'name', (finalHead ? headCategory(finalHead) : undefined) ?? 'other', finalHead, acronym);
    if (acronymAt >= 0 && acronym) {
      this.emit(acronymAt, acronymAt, 'acronym', 'other');
      if (isBody) this.worksAfterAcronym(a, runEnd, acronymAt);
    }
    if (end < last) this.contextAfter(end + 1, last);
  }

  /** A leading word that is not part of the name; `New` only where it opens a sentence (`New Zealand`, `New Homes Bonus`). */
  private isNoise(i: number): boolean {
    return this.inSet(i, LEADING_NOISE) && (!this.is(i, 'new') || this.opensSentence(i));
  }

  /** `Local Authority`: only generic words, checked word by word so that most names stop at the first. */
  private isGeneric(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if ((this.roles(k) & Role.Generic) === 0 || !isGenericName([this.norm(k)])) return false;
    return true;
  }

  /** The word without a possessive ending: `KCC’s` → `KCC`. */
  private bare(i: number): string {
    return this.text.slice(this.words.starts[i], this.possessiveEnd(i));
  }

  /** `isAcronym` of the word without its possessive, sliced only when it has the two capitals an acronym needs. */
  private isAcronymWord(i: number): boolean {
    return (this.shape(i) & Shape.TwoCapitals) !== 0 && isAcronym(this.bare(i));
  }

  private shape(i: number): number {
    let shape = this.cache.shapes[i];
    if (shape === 0) this.cache.shapes[i] = shape = shapeOf(this.text, this.words.starts[i], this.words.ends[i]);
    return shape;
  }

  /**
   * Whether words `a` to `b` are written in capitals, and they or the words in capitals next to them on
   * their line (up to three either side) hold a word too long for an acronym: a heading set in capitals
   * (`PRESS RELEASE: FLOOD AID`), whose short words are words, not acronyms.
   */
  private isShouted(a: number, b: number): boolean {
    let long = false;
    for (let k = a; k <= b; k++) {
      const letters = this.capitalsOnly(k);
      if (letters < 0) return false;
      if (letters > 5) long = true;
    }
    for (let k = a - 1; !long && k >= 0 && k >= a - 3 && !this.gapHolds(k + 1, 10); k--) {
      const letters = this.capitalsOnly(k);
      if (letters < 0) break;
      long = letters > 5;
    }
    for (let k = b + 1; !long && k < this.words.count && k <= b + 3 && !this.gapHolds(k, 10); k++) {
      const letters = this.capitalsOnly(k);
      if (letters < 0) break;
      long = letters > 5;
    }
    return long;
  }

  /**
   * Whether word `i`, four or more capitals opening a sentence, is a word set in capitals as a news story's
   * first word is (`WELSH Ministers have today announced …`): the document also writes it in title case.
   * Looked for at most a few times a document, as each look reads the text.
   */
  private isShoutedWord(i: number): boolean {
    const letters = this.capitalsOnly(i);
    if (letters < 4 || letters !== this.words.ends[i] - this.words.starts[i] || !this.opensSentence(i) || this.shoutLooks >= MAX_SHOUT_LOOKS) return false;
    this.shoutLooks++;
    const word = this.word(i);
    return this.text.includes(word[0] + word.slice(1).toLowerCase());
  }

  /** The number of letters in word `i`, or -1 if one of them is a small letter. */
  private capitalsOnly(i: number): number {
    let letters = 0;
    for (let c = this.words.starts[i]; c < this.words.ends[i]; c++) {
      const code = this.text.charCodeAt(c);
      if (code >= 97 && code <= 122) return -1;
      if (code >= 65 && code <= 90) letters++;
    }
    return letters;
  }

  private hasLowercase(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (!this.cap(k)) return true;
    return false;
  }

  private hasTitle(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (this.inSet(k, TITLES)) return true;
    // `Secretary of State for the Home Department`, read from `State` once `Secretary of` is left out.
    return a === b && a >= 2 && this.is(a, 'state') && this.is(a - 1, 'of') && this.inSet(a - 2, TITLES);
  }

  /** `Children's Social Care National Framework and Dashboard`: the name ends at the first of two coordinated heads. */
  private firstCoordinatedHead(a: number, head: number): number {
    for (let x = a + 1; x < head; x++) {
      if (!this.is(x, 'and')) continue;
      const left = this.lastHead(a, x - 1);
      if (left >= 0) return left;
    }
    return head;
  }

  /** Extends a head with the year after it: `Welfare Reform and Work Act 2016`, not `Grant 2025/2026`. */
  private withYear(head: number, last: number): number {
    let e = head;
    while (e + 1 <= last && this.gap(e + 1) === Gap.Space && isDigit(this.text.charCodeAt(this.words.starts[e + 1])) && this.text.charCodeAt(this.words.ends[e + 1]) !== 47) e++;
    return e;
  }

  /** Whether word `i` starts with a year from 1900 to 2099 (`2025`, `2017-18`). */
  private isYear(i: number): boolean {
    const { text } = this;
    const s = this.words.starts[i];
    const century = text.slice(s, s + 2);
    return (century === '19' || century === '20') && isDigit(text.charCodeAt(s + 2)) && isDigit(text.charCodeAt(s + 3)) && !isDigit(text.charCodeAt(s + 4));
  }

  /** `isHeadAt` for word `i`, keeping the normal form it computes for a head. */
  private isHead(i: number): boolean {
    return (this.roles(i) & Role.Head) !== 0 && headCategory(this.norm(i)) !== undefined;
  }

  /** The `Role`s word `i` may have, looked up once per word. */
  private roles(i: number): number {
    let roles = this.cache.roles[i];
    if (roles === 0) this.cache.roles[i] = roles = rolesOf(this.normHashOf(i)) | Role.Known;
    return roles;
  }

  private normHashOf(i: number): number {
    const start = this.words.starts[i];
    const end = this.words.ends[i];
    // Normalising lowercases a word of ASCII letters and digits and drops a plural ending, so its
    // `normHash` is the split's case-folded hash with the hashing of that ending undone.
    return this.words.plain[i] === 1 ? withoutPlural(this.text, start, end, this.words.hashes[i]) : normHash(this.text, start, end);
  }

  /** The hash of word `i`'s lowercase form: for an ASCII word, the split's case-folded hash. */
  private lowerHash(i: number): number {
    return this.words.plain[i] === 1 || (this.shape(i) & Shape.NonAscii) === 0 ? this.words.hashes[i] : hashString(this.lower(i));
  }

  private firstConnector(a: number, b: number): number {
    for (let k = a + 1; k <= b; k++) {
      if (this.cap(k) || this.words.ends[k] - this.words.starts[k] > 3) continue;
      if (this.is(k, 'of') || this.is(k, 'for') || this.is(k, 'on') || this.is(k, 'to')) return k;
    }
    return -1;
  }

  private lastHead(a: number, b: number): number {
    for (let k = b; k >= a; k--) if (this.cap(k) && this.words.ends[k] - this.words.starts[k] > 2 && this.isHead(k)) return k;
    return -1;
  }

  /** Words `from`..`to` as the long-form rules of acronyms read them. */
  private spelling(from: number, to: number): Spelling {
    const initials: number[] = [];
    const stops: boolean[] = [];
    for (let k = from; k <= to; k++) {
      initials.push(initialCode(this.text.charCodeAt(this.words.starts[k])));
      stops.push((this.roles(k) & Role.Stopword) !== 0 && isStopword(this.norm(k)));
    }
    return { initials, stops, optionalTail: isOptionalTail(this.norm(to)) };
  }

  private clauseStart(i: number): number {
    let k = i;
    while (k > 0 && this.gap(k) !== Gap.Break) k--;
    return k;
  }

  /** The word index of `XYZ` in ` (XYZ)`, ` (XYZ and…` or `, or XYZ,` right after word `i`, or -1. */
  private acronymDefinitionAfter(i: number): number {
    const k = i + 1;
    if (k >= this.words.count) return -1;
    if (this.text.charCodeAt(this.words.starts[k] - 1) === 40 && /^[’']?s?\s?\($/.test(this.text.slice(this.possessiveEnd(i), this.words.starts[k]))) {
      const after = this.text.charCodeAt(this.words.ends[k]);
      const w = this.word(k);
      // A word-like acronym counts only when closed at once: `(Defra)`.
      return (isAcronym(w) && (after === 41 || after === 32)) || (after === 41 && /^[A-Z][a-z]{2,7}$/.test(w)) ? k : -1;
    }
    if (this.gap(k) === Gap.Comma && this.is(k, 'or') && this.gap(k + 1) === Gap.Space && k + 1 < this.words.count && isAcronym(this.word(k + 1))) {
      const after = this.text.charCodeAt(this.words.ends[k + 1]);
      return after === 44 || after === 41 || after === 46 ? k + 1 : -1;
    }
    return -1;
  }

  private acronymUse(i: number, first: number, last: number): void {
    if (this.isShoutedWord(i)) return this.contextAfter(first, last);
    const w = this.bare(i);
    const lower = w.toLowerCase();
    // Most acronyms are letters only, and then their letters are the word itself.
    const onlyLetters = /^[a-z]*$/.test(lower) ? lower : lower.replace(/[^a-z]/g, '');
    const letters = onlyLetters.endsWith('s') ? onlyLetters.slice(0, -1) : onlyLetters;
    if (NON_ITEM_ACRONYMS.has(letters) || NON_ITEM_ACRONYMS.has(lower)) return this.contextAfter(first, last);
    // An acronym defined for lowercase words before its bracket: `regional care co-operatives (RCCs)`.
    const opened = i > 0 && this.text.charCodeAt(this.words.starts[i] - 1) === 40 && /^\s?\($/.test(this.text.slice(this.words.ends[i - 1], this.words.starts[i]));
    if (opened && this.marks[i - 1] !== Mark.Used) {
      const from = Math.max(this.clauseStart(i - 1), i - 15);
      const start = longFormStart(w, this.spelling(from, i - 1));
      if (start >= 0) {
        const last = i - 1;
        const head = this.norm(last);
        this.emit(from + start, last, 'name', headCategory(head) ?? 'other', head, w);
      }
    }
    this.emit(i, i, 'acronym', 'other');
    if (last > i) this.contextAfter(i + 1, last);
  }

  // ---- a body's works: `CMA report`, `report by the CMA`, `the CMA’s market study` -------------

  private works(a: number, b: number): void {
    const ownerStart = this.words.starts[a];
    const ownerEnd = this.possessiveEnd(b);
    if (!this.isPossessive(b) && this.gap(b + 1) === Gap.Space && !this.cap(b + 1) && this.inSet(b + 1, WORKS)) this.emitWork(a, b + 1, ownerStart, ownerEnd);
    let k = a - 1;
    if (k >= 0 && this.is(k, 'the') && this.gap(a) === Gap.Space) k--;
    if (k >= 1 && this.gap(k + 1) === Gap.Space && (this.is(k, 'by') || this.is(k, 'from') || this.is(k, 'of')) && this.gap(k) === Gap.Space && this.inSet(k - 1, WORKS)) {
      this.emitWork(k - 1, b, ownerStart, ownerEnd);
    }
    if (this.isPossessive(b)) this.possessedWork(b + 1, ownerStart, ownerEnd);
  }

  private worksAfterAcronym(a: number, b: number, acronymAt: number): void {
    if (!this.isPossessive(b)) return;
    if (acronymAt + 1 < this.words.count && /^\)\s$/.test(this.text.slice(this.words.ends[acronymAt], this.words.starts[acronymAt + 1]))) this.possessedWork(acronymAt + 1, this.words.starts[a], this.possessiveEnd(b));
  }

  /** `[the CMA’s] market study`, `[…’s (CMA)] Children’s Social Care report`: up to four words then a work noun. */
  private possessedWork(from: number, ownerStart: number, ownerEnd: number): void {
    for (let k = from; k < from + 5 && k < this.words.count; k++) {
      if (k > from && this.gap(k) !== Gap.Space) return;
      if (!this.cap(k) && this.inSet(k, WORKS)) {
        this.emitWork(from, k, ownerStart, ownerEnd);
        return;
      }
    }
  }

  /** Emits words `first`..`last` as a work of the body written at `ownerStart`..`ownerEnd`. */
  private emitWork(first: number, last: number, ownerStart: number, ownerEnd: number): void {
    const start = this.words.starts[first];
    const end = this.words.ends[last];
    this.out.push({ start, end, text: this.text.slice(start, end), form: 'work', category: 'report', owner: this.text.slice(ownerStart, ownerEnd) });
  }

  // ---- lowercase words: `the department`, context around head nouns ---------------------------

  private lowercaseWord(i: number): void {
    const start = this.words.starts[i];
    const length = this.words.ends[i] - start;
    if (!mayBeCue(this.words.hashes[i]) || length < 3 || length > 14) return;
    if (!LOWERCASE_CUES.has(this.words.hashes[i])) return;
    if (this.is(i, 'its')) return this.pronounWork(i);
    if (this.is(i, 'free')) return this.entitlement(i);
    if (this.is(i, 'consultation')) this.topic(i);
    // A cue spelled as listed (in any case) has its listed normal form; only a hash collision is normalised here.
    const norm = this.norm(i);
    if (!headCategory(norm)) return;
    if (i > 0 && this.gap(i) === Gap.Space && this.is(i - 1, 'the') && isShortFormHead(norm) && !this.continuesAsName(i)) {
      this.emit(i - 1, i, 'short', headCategory(norm) ?? 'other', norm);
      return;
    }
    const from = Math.max(0, i - CONTEXT_BEFORE);
    for (let k = from; k <= i; k++) if (this.marks[k] === Mark.None) this.marks[k] = Mark.Context;
    // A lowercase name ends at its head noun or runs on through `of …`: `review of children’s social care`.
    if (this.gap(i + 1) === Gap.Space && this.isConnector(i + 1)) this.contextAfter(i + 1, i + 1);
  }

  /** `the Competition and Markets Authority (CMA), delivering its final report`: the work of the body named earlier in the sentence. */
  private pronounWork(i: number): void {
    const bodyEnd = this.lastBodyEnd;
    if (bodyEnd < 0 || this.words.starts[i] - bodyEnd > 300 || /[.!?]["”’]?(?:\s|$)/.test(this.text.slice(bodyEnd, this.words.starts[i]))) return;
    for (let k = i + 1; k <= i + 4 && k < this.words.count; k++) {
      if (this.gap(k) !== Gap.Space || this.cap(k)) return;
      if (this.inSet(k, WORKS)) return this.emitWork(i, k, this.lastBodyStart, bodyEnd);
    }
  }

  /** `families on free school meals`: an entitlement named by what it makes free. */
  private entitlement(i: number): void {
    if (i === 0 || this.gap(i) !== Gap.Space || !this.inSet(i - 1, ENTITLEMENT_CUES)) return;
    let last = i;
    for (let k = i + 1; k <= i + 3 && k < this.words.count; k++) {
      const w = this.lower(k);
      if (this.gap(k) !== Gap.Space || this.cap(k) || isStopword(w) || NOT_NOUNS.has(w) || isDigit(w.charCodeAt(0))) break;
      last = k;
    }
    if (last > i) this.emit(i, last, 'name', 'policy', this.norm(last));
  }

  /** `a consultation on proposals around the use of agency social workers`: a work named by its subject, to the end of the clause. */
  private topic(i: number): void {
    if (this.gap(i + 1) !== Gap.Space || !this.inSet(i + 1, TOPIC_CUES)) return;
    let last = i + 1;
    for (let k = i + 2; k < i + 24 && k < this.words.count && this.gap(k) !== Gap.Break; k++) last = k;
    if (last - i < 3) return;
    this.emit(i, last, 'topic', 'report', 'consultation');
  }

  private continuesAsName(i: number): boolean {
    return this.gap(i + 1) === Gap.Space && this.isConnector(i + 1) && this.cap(i + 2);
  }

  private isConnector(i: number): boolean {
    return i < this.words.count && this.words.ends[i] - this.words.starts[i] <= 3 && this.inSet(i, CONNECTORS);
  }

  /**
   * Context after a capitalised run that names nothing by itself, where a name known elsewhere may
   * start (`Supporting families`); a lone capitalised word opening a sentence is only grammar.
   */
  private runContext(first: number, last: number, a = first): void {
    if (first === last) {
      this.lone.add(first, this.lowerHash(first));
      if (this.opensSentence(first)) return;
      this.singles.push(first);
    } else {
      if (!this.hasLowercase(first, last)) for (let k = first; k <= last; k++) this.inRuns.add(k, this.lowerHash(k));
      // `HHS Secretary Xavier Becerra`: the acronym is still a mention.
      if (!this.isShouted(first, last)) {
        for (let k = first; k <= last; k++) {
          if (this.marks[k] !== Mark.Used && this.isAcronymWord(k) && !NON_ITEM_ACRONYMS.has(acronymLetters(this.bare(k))) && !this.isShoutedWord(k)) this.emit(k, k, 'acronym', 'other');
        }
      }
      let start = a;
      // `Funding for Sure Start`: a sentence's first word before a connector is not part of the name.
      if (this.opensSentence(start)) {
        const conn = this.firstConnector(start, last);
        if (conn > 0) for (start = conn + 1; start < last && !this.cap(start); ) start++;
      }
      let b = last;
      while (b > start && (this.isNoise(b) || !this.cap(b))) b--;
      if (b > start) this.phrases.push([start, b]);
    }
    this.contextAfter(first, last);
  }

  /**
   * A lone capitalised word mid-sentence may be a one-word name (`Ofsted`, `Medicare`): kept unless
   * the document also uses it inside a longer capitalised run (a person's or a place's full name),
   * a title or honorific precedes it, a place preposition precedes it, or a reporting verb follows it.
   * The linker makes an item of it only when it recurs in another document.
   */
  private emitSingles(): void {
    for (const i of this.singles) {
      // The tests that need no normal form first: the normal form of a digit starts with it.
      if (this.marks[i] === Mark.Used || isDigit(this.text.charCodeAt(this.words.starts[i])) || this.inRuns.has(i, this.lowerHash(i))) continue;
      if ((i > 0 && this.gap(i) !== Gap.Break && this.inSet(i - 1, NOT_BEFORE_SINGLE_NAMES)) || (this.gap(i + 1) === Gap.Space && this.inSet(i + 1, REPORTING_VERBS))) continue;
      const word = this.norm(i);
      if (word.length < 4 || NOT_SINGLE_NAMES.has(word) || headCategory(word) || /(?:ish|ian|ese|ean|day)$/.test(word)) continue;
      // Not marked as used: the word may also begin a lowercase name the linker knows (`Independent review of …`).
      const start = this.words.starts[i];
      // `by Barnardo’s, the Children’s Society and …`: a possessive that owns nothing is part of the name.
      const end = this.gap(i + 1) === Gap.Space ? this.possessiveEnd(i) : this.words.ends[i];
      this.singlesOut.push({ start, end, text: this.text.slice(start, end), form: 'single', category: 'other' });
    }
    for (const [a, b] of this.phrases) if (this.mayBeName(a, b)) this.phrasesOut.push({ start: this.words.starts[a], end: this.possessiveEnd(b), text: this.text.slice(this.words.starts[a], this.possessiveEnd(b)), form: 'single', category: 'other' });
  }

  /**
   * A capitalised phrase without a head noun (`Sure Start`, `Homes England`) may be a name; not when
   * it is a person (a title inside or before it, its last word used alone in the document as a
   * surname is), a byline, a place after a preposition, a date, or generic words.
   */
  private mayBeName(a: number, b: number): boolean {
    if (b - a > 5 || this.lone.has(b, this.lowerHash(b)) || this.fillsLine(a, b)) return false;
    if (a > 0 && this.gap(a) !== Gap.Break && this.inSet(a - 1, NOT_BEFORE_SINGLE_NAMES)) return false;
    if (this.followsTitle(a)) return false;
    for (let k = a; k <= b; k++) if (this.marks[k] === Mark.Used || this.inSet(k, TITLES) || this.inSet(k, NOT_BEFORE_SINGLE_NAMES) || isDigit(this.text.charCodeAt(this.words.starts[k]))) return false;
    return !this.isGeneric(a, b) && !this.onlyNotNames(a, b);
  }

  /**
   * Whether the phrase at word `a` follows a person's title: a portfolio or seat (`Minister of Families,
   * Children and Social Development`, `Member for Harborough`) or, after a comma or in brackets, the person
   * holding a title (`the Minister of Families, Ahmed Hussen, announced`, `the Member for Hallam (Olivia
   * Blake)`). A body after other titles is one (`director of Feeding Britain`).
   */
  private followsTitle(a: number): boolean {
    if (a >= 2 && this.gap(a) === Gap.Space && this.isConnector(a - 1) && this.gap(a - 1) === Gap.Space) {
      let k = a - 2;
      if (this.is(k, 'state') && k >= 2 && this.isConnector(k - 1)) k -= 2;
      return this.inSet(k, PORTFOLIO_TITLES);
    }
    // `the hon. Member for Sheffield, Hallam (Olivia Blake)`: the holder named in brackets after the seat.
    const bracketed = this.gap(a) === Gap.Break && a > 0 && this.text.charCodeAt(this.words.starts[a] - 1) === 40;
    if (this.gap(a) !== Gap.Comma && !bracketed) return false;
    for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
      if (this.inSet(k, TITLES)) return true;
      if (this.gap(k) === Gap.Break) return false;
    }
    return false;
  }

  /** Whether every word's normal form is a function word or in `NOT_SINGLE_NAMES`, normalising only words whose hash may be. */
  private onlyNotNames(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) {
      if ((this.roles(k) & Role.NotName) === 0) return false;
      const w = this.norm(k);
      if (!NOT_SINGLE_NAMES.has(w) && !isStopword(w)) return false;
    }
    return true;
  }

  /** A phrase alone on its line is a byline or a heading: `Fiona Simpson`. */
  private fillsLine(a: number, b: number): boolean {
    // Scanned outwards from the phrase, so that a long line is not read to its ends.
    for (let k = this.words.starts[a] - 1; k >= 0; k--) {
      const c = this.text.charCodeAt(k);
      if (c === 10) break;
      if (!isSpace(c)) return false;
    }
    for (let k = this.words.ends[b]; k < this.text.length; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10) break;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
    }
    return true;
  }

  private opensSentence(i: number): boolean {
    for (let k = this.words.starts[i] - 1; k >= 0; k--) {
      const c = this.text.charCodeAt(k);
      if (c === 32 || c === 0xa0 || c === 9) continue;
      return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58 || c === 0x201c || c === 34 || c === 0x2022;
    }
    return true;
  }

  /** Marks words `first`..`last` and a few after as context where they are not already part of a name. */
  private contextAfter(first: number, last: number): void {
    const stop = Math.min(this.words.count - 1, Math.max(last, first) + CONTEXT_AFTER);
    for (let k = first; k <= stop; k++) if (this.marks[k] === Mark.None) this.marks[k] = Mark.Context;
  }

  /** The context candidates, in document order, with their words. */
  private emitContexts(): { found: Found; words: ContextWords } {
    const { count, starts, ends, gaps: wordGaps } = this.words;
    const { marks } = this;
    // Stretches are found before candidates are made, so that no array grows by pushing; one ends
    // before a word that is not context, so there are at most half as many as words, rounded up.
    const ranges = this.cache.contextRanges;
    let r = 0;
    let total = 0;
    for (let k = 0; k < count; k++) {
      if (marks[k] !== Mark.Context) continue;
      const first = k;
      while (k + 1 < count && marks[k + 1] === Mark.Context) k++;
      if (k > first || this.cap(first)) {
        ranges[r++] = first;
        ranges[r++] = k;
        total += k - first + 1;
      }
    }
    const [buffer, at] = contextSpace(total * 13);
    const contexts = r / 2;
    const items = new Array<NameCandidate>(contexts);
    const itemStarts = new Array<number>(contexts);
    const itemEnds = new Array<number>(contexts);
    const firsts = new Array<number>(contexts);
    const wordStarts = new Int32Array(buffer, at, total);
    const wordEnds = new Int32Array(buffer, at + total * 4, total);
    const hashes = new Int32Array(buffer, at + total * 8, total);
    const gaps = new Uint8Array(buffer, at + total * 12, total);
    let n = 0;
    for (let c = 0; c < contexts; c++) {
      const first = ranges[2 * c];
      const last = ranges[2 * c + 1];
      const start = starts[first];
      const end = ends[last];
      items[c] = { start, end, text: this.text.slice(start, end), form: 'context', category: 'other' };
      itemStarts[c] = start;
      itemEnds[c] = end;
      firsts[c] = n;
      for (let w = first; w <= last; w++, n++) {
        wordStarts[n] = starts[w];
        wordEnds[n] = ends[w];
        gaps[n] = wordGaps[w];
        hashes[n] = this.normHashOf(w);
      }
      gaps[firsts[c]] = Gap.Break;
    }
    const words = { names: items, firsts, count: total, starts: wordStarts, ends: wordEnds, hashes, gaps };
    return { found: new Found(items, itemStarts, itemEnds), words };
  }
}

