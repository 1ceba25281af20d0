import type { ItemCategory } from './types';

/**
 * How names are compared: words are lowercased, apostrophes and hyphens dropped, and plurals folded
 * (`Co-operatives` → `cooperative`, `Children’s` → `children`, `Activities` → `activity`).
 */
export function normWord(word: string): string {
  let upper = false;
  let marks = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) marks = true;
    else upper = true;
  }
  const lower = upper ? word.toLowerCase() : word;
  return stem(marks ? lower.replace(/['’\-‐‑]/g, '') : lower);
}

/** A hash of a normalised word, the same as `normHash` gives for any of its written forms. */
export function hashString(norm: string): number {
  let h = 0;
  for (let i = 0; i < norm.length; i++) h = (Math.imul(h, 31) + norm.charCodeAt(i)) | 0;
  return h;
}

/** `hashString(normWord(text.slice(start, end)))` without building the strings: for skipping words fast. */
export function normHash(text: string, start: number, end: number): number {
  let n = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  // Hashes of the word so far and without its last one, two and three letters, for the plural endings.
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) continue;
    if (c >= 128) return hashString(normWord(text.slice(start, end)));
    if (c >= 65 && c <= 90) c |= 32;
    c3 = c2;
    c2 = c1;
    c1 = c;
    n++;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = (Math.imul(h0, 31) + c) | 0;
  }
  if (n > 3) {
    if (c1 === 115 && c2 === 101 && c3 === 105 && n > 4) return (Math.imul(h3, 31) + 121) | 0;
    if (c1 === 115 && c2 !== 115 && c2 !== 117 && c2 !== 105) return h1;
  }
  return h0;
}

/** Whether `normWord(text.slice(start, end)) === norm`, without building the string. */
export function isNormAt(text: string, start: number, end: number, norm: string): boolean {
  // The word's letters once apostrophes and hyphens are dropped and ASCII is lowercased: how many, and the last three.
  let n = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) continue;
    if (c >= 128) return normWord(text.slice(start, end)) === norm;
    if (c >= 65 && c <= 90) c |= 32;
    c3 = c2;
    c2 = c1;
    c1 = c;
    n++;
  }
  // As `stem` folds plurals: how many of those letters the normal form keeps, and the letter it adds.
  let kept = n;
  let added = -1;
  if (n > 3) {
    if (c1 === 115 && c2 === 101 && c3 === 105 && n > 4) {
      kept = n - 3;
      added = 121;
    } else if (c1 === 115 && c2 !== 115 && c2 !== 117 && c2 !== 105) kept = n - 1;
  }
  if (norm.length !== kept + (added < 0 ? 0 : 1)) return false;
  let m = 0;
  for (let k = start; m < kept; k++) {
    let c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) continue;
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== norm.charCodeAt(m++)) return false;
  }
  return added < 0 || norm.charCodeAt(kept) === added;
}

function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const STOPWORDS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', '&']);

/** The function words, for sets that test words of a text by hash. */
export function stopwords(): string[] {
  return [...STOPWORDS];
}

/** Function words that join the parts of a name (`of`, `for`, `and`) and carry no meaning of their own. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

/** Generic words after a name that do not change what it names: `Supporting Families programme`. */
const GENERIC_TAILS = new Set(['programme', 'program', 'initiative', 'project', 'offer', 'service', 'scheme']);

/**
 * The identity of a name: its meaningful words, normalised and sorted, so that reordered forms
 * (`Children's Social Care National Framework`, `National Children’s Social Care Framework`) and
 * a generic tail (`Supporting Families programme`) give one key.
 * @example nameKey(['Holiday', 'Activity', 'and', 'Food', 'Programme']) === nameKey(['Holiday', 'Activities', 'and', 'Food', 'programme'])
 */
export function nameKey(words: readonly string[]): string {
  // `for` stays: the Department for Education (England) is not the Department of Education (US, Ireland).
  const content = words.map(normWord).filter((w) => w === 'for' || !STOPWORDS.has(w));
  if (content.filter((w) => w !== 'for').length > 2 && GENERIC_TAILS.has(content[content.length - 1])) content.pop();
  return content.sort().join(' ');
}

const HEADS: ReadonlyMap<string, ItemCategory> = new Map(
  Object.entries({
    body: 'authority department ministry board agency commission committee council office association institute institution trust panel foundation court tribunal parliament congress senate treasury inspectorate regulator unit centre center society union federation confederation organisation organization corporation library house network partnership alliance service cooperative hub administration bank',
    programme: 'programme program scheme initiative project pilot campaign pathway offer mission yojana abhiyan',
    fund: 'fund grant budget settlement allowance premium levy tax precept loan subsidy assistance',
    framework: 'framework standard guidance code curriculum',
    report: 'report review study inquiry audit survey evaluation paper index dashboard',
    strategy: 'strategy plan roadmap agenda vision blueprint compact pledge guarantee',
    policy: 'policy cap deal',
    law: 'act bill order regulation directive decision treaty convention charter constitution amendment memorandum law statute agreement accord',
  } satisfies Partial<Record<ItemCategory, string>>).flatMap(([category, words]) => words.split(' ').map((w) => [w, category as ItemCategory] as const)),
);

const HEAD_HASHES = new Set([...HEADS.keys()].map(hashString));

/** Whether the word at `start`..`end` of `text` is a head noun, without slicing it unless it may be. */
export function isHeadAt(text: string, start: number, end: number): boolean {
  return HEAD_HASHES.has(normHash(text, start, end)) && HEADS.has(normWord(text.slice(start, end)));
}

/** Every head noun, normalised. */
export function headWords(): string[] {
  return [...HEADS.keys()];
}

/** The category a head noun gives a name (`Fund` → fund, `Act` → law), or undefined for other words. */
export function headCategory(norm: string): ItemCategory | undefined {
  return HEADS.get(norm);
}

/** Institutions named by one capitalised word. */
const SINGLE_WORD_BODIES = new Set(['parliament', 'congress', 'senate', 'treasury']);

export function isSingleWordBody(norm: string): boolean {
  return SINGLE_WORD_BODIES.has(norm);
}

/** Heads that `the X` may stand for when the document names exactly one item with that head (`the department`). */
const SHORT_FORM_HEADS = new Set([
  'department', 'ministry', 'committee', 'commission', 'board', 'authority', 'agency', 'council', 'review', 'bill', 'act', 'fund', 'grant',
  'programme', 'strategy', 'framework', 'scheme', 'union', 'inquiry', 'panel', 'partnership', 'office', 'plan', 'settlement', 'budget',
]);

export function isShortFormHead(norm: string): boolean {
  return SHORT_FORM_HEADS.has(norm);
}

/** Works a body produces, for `CMA report`, `report by the Competition and Markets Authority`. */
const WORKS = new Set(['report', 'study', 'review', 'consultation', 'inquiry', 'investigation']);

/** The work nouns, for sets that test words of a text by hash. */
export function workWords(): string[] {
  return [...WORKS];
}

export function isWork(norm: string): boolean {
  return WORKS.has(norm);
}

/** Names made only of these words are generic descriptions (`Local Authority`), not named items. */
const GENERIC_WORDS = new Set(['local', 'regional', 'central', 'public', 'government', 'authority', 'council', 'sector', 'state', 'city', 'county', 'federal', 'national', 'new']);

export function isGenericName(norms: readonly string[]): boolean {
  return norms.every((w) => GENERIC_WORDS.has(w) || STOPWORDS.has(w));
}

/**
 * Whether a key names what any government may have (`Budget 2025`, `National Strategy`): only head
 * nouns, generic words, function words and numbers, nothing that is the item's own.
 */
export function isDescriptiveKey(key: string): boolean {
  return key.split(' ').every((w) => HEADS.has(w) || GENERIC_WORDS.has(w) || STOPWORDS.has(w) || /^[0-9][0-9/–-]*$/.test(w));
}

/** The generic words, for sets that test words of a text by hash. */
export function genericWords(): string[] {
  return [...GENERIC_WORDS];
}

/** A URL-safe id from a name: `Department for Education` → `department-for-education`. */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[’']/g, '')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item'
  );
}
