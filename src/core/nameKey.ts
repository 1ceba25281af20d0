import type { ItemCategory } from './types';

/**
 * How names are compared: words are lowercased, apostrophes and hyphens dropped, and plurals folded
 * (`Co-operatives` → `cooperative`, `Children’s` → `children`, `Activities` → `activity`).
 */
export function normWord(word: string): string {
  let w = word.toLowerCase();
  if (/['’\-‐‑]/.test(w)) w = w.replace(/['’\-‐‑]/g, '');
  return stem(w);
}

function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const STOPWORDS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', '&']);

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
  const content = words.map(normWord).filter((w) => !STOPWORDS.has(w));
  if (content.length > 2 && GENERIC_TAILS.has(content[content.length - 1])) content.pop();
  return content.sort().join(' ');
}

const HEADS: ReadonlyMap<string, ItemCategory> = new Map(
  Object.entries({
    body: 'authority department ministry board agency commission committee council office association institute institution trust panel foundation court tribunal parliament congress senate treasury inspectorate regulator unit centre center society union federation confederation organisation organization corporation library house network partnership alliance service cooperative hub',
    programme: 'programme program scheme initiative project pilot campaign pathway offer',
    fund: 'fund grant budget settlement allowance premium levy tax precept loan subsidy',
    framework: 'framework standard guidance code curriculum',
    report: 'report review study inquiry audit survey evaluation paper index dashboard',
    strategy: 'strategy plan roadmap agenda vision blueprint compact pledge guarantee',
    policy: 'policy cap',
    law: 'act bill order regulation directive decision treaty convention charter constitution amendment memorandum law statute',
  } satisfies Partial<Record<ItemCategory, string>>).flatMap(([category, words]) => words.split(' ').map((w) => [w, category as ItemCategory] as const)),
);

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

export function isWork(norm: string): boolean {
  return WORKS.has(norm);
}

/** Names made only of these words are generic descriptions (`Local Authority`), not named items. */
const GENERIC_WORDS = new Set(['local', 'regional', 'central', 'public', 'government', 'authority', 'council', 'sector', 'state', 'city', 'county', 'federal', 'national', 'new']);

export function isGenericName(norms: readonly string[]): boolean {
  return norms.every((w) => GENERIC_WORDS.has(w) || STOPWORDS.has(w));
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
