import { acronymLetters, initialisms, isAcronym } from './acronyms';
import { headCategory, isStopword, nameKey, normWord, slug } from './nameKey';
import type { DocumentExtraction, Item, ItemCategory, ItemMention, NameCandidate } from './types';
import { Gap, isCapitalised, splitWords } from './words';

export interface Linked {
  items: Item[];
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
 * - a body's `work` is one item per body (`CMA report` = `report by the Competition and Markets Authority`).
 * Item ids are slugs of the canonical name (the longest form seen), so they are stable across runs.
 */
export function linkItems(extractions: readonly DocumentExtraction[]): Linked {
  const lexicon = new Lexicon();
  for (const doc of extractions) for (const name of doc.names) if ((name.form ?? 'name') === 'name') lexicon.addName(name);

  const found: { doc: string; start: number; end: number; text: string; key: string }[] = [];
  for (const doc of extractions) {
    for (const m of resolveDocument(doc, lexicon)) found.push({ doc: doc.path, ...m });
  }
  return buildItems(found, lexicon);
}

interface KeyInfo {
  category: ItemCategory;
  head?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

/** Everything known about names across the corpus: keys, surface forms, acronyms, initials. */
class Lexicon {
  readonly keys = new Map<string, KeyInfo>();
  readonly trie: TrieNode = { next: new Map() };
  private readonly definedAs = new Map<string, Set<string>>();
  private readonly initialsOf = new Map<string, Set<string>>();
  private readonly seenForms = new Set<string>();

  addName(name: NameCandidate): void {
    const words = wordsOf(name.text);
    const key = nameKey(words);
    if (!key) return;
    const info = this.keys.get(key);
    if (!info) this.keys.set(key, { category: name.category, ...(name.head && { head: name.head }) });
    else if (!info.head && name.head) info.head = name.head;
    if (name.acronym) addTo(this.definedAs, acronymLetters(name.acronym), key);
    const norms = words.map(normWord);
    const form = norms.join(' ');
    if (this.seenForms.has(form)) return;
    this.seenForms.add(form);
    this.insert(norms, key);
    if (norms.length > 2 && nameKey(words.slice(0, -1)) === key) this.insert(norms.slice(0, -1), key);
    for (const sig of initialisms(words)) addTo(this.initialsOf, sig, key);
  }

  private insert(norms: readonly string[], key: string): void {
    let node = this.trie;
    for (const w of norms) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map() }));
      node = next;
    }
    node.key ??= key;
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
}

function resolveDocument(doc: DocumentExtraction, lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  const localAcronyms = new Map<string, string>();
  for (const name of doc.names) {
    if ((name.form ?? 'name') !== 'name') continue;
    const key = nameKey(wordsOf(name.text));
    if (!key) continue;
    out.push({ start: name.start, end: name.end, text: name.text, key });
    if (name.acronym) localAcronyms.set(acronymLetters(name.acronym), key);
  }
  const acronymKey = (word: string): string | undefined => {
    const letters = acronymLetters(word);
    const known = localAcronyms.get(letters) ?? lexicon.acronymKey(letters);
    if (known) return known;
    // An acronym no document spells out is an item of its own when it looks like one: `NHS`, `DfE`, not `APPROVE`.
    return letters.length <= 5 || /[a-z]/.test(word.replace(/s$/, '')) ? `acronym ${word.replace(/(?<=[A-Z])s$/, '')}` : undefined;
  };
  for (const name of doc.names) {
    if (name.form === 'acronym') {
      const key = acronymKey(name.text);
      if (key) out.push({ start: name.start, end: name.end, text: name.text, key });
    }
    else if (name.form === 'context') out.push(...knownNamesIn(name, lexicon));
  }
  for (const name of doc.names) {
    if (name.form !== 'work' || !name.owner) continue;
    const ownerWords = wordsOf(name.owner);
    const ownerKey = ownerWords.length === 1 ? acronymKey(ownerWords[0]) : nameKey(ownerWords);
    if (ownerKey) out.push({ start: name.start, end: name.end, text: name.text, key: `work ${ownerKey}` });
  }
  const byHead = new Map<string, Set<string>>();
  for (const m of out) {
    const head = m.key.startsWith('work ') ? 'report' : lexicon.keys.get(m.key)?.head;
    if (head) addTo(byHead, head, m.key);
  }
  for (const name of doc.names) {
    if (name.form !== 'short' || !name.head) continue;
    const keys = byHead.get(name.head);
    if (keys && keys.size === 1) out.push({ start: name.start, end: name.end, text: name.text, key: only(keys) });
  }
  return out;
}

/** Longest matches of known names inside a context stretch. */
function knownNamesIn(context: NameCandidate, lexicon: Lexicon): Found[] {
  const { text } = context;
  const w = splitWords(text);
  const norms: string[] = [];
  for (let i = 0; i < w.count; i++) norms.push(normWord(text.slice(w.starts[i], w.ends[i])));
  const out: Found[] = [];
  let i = 0;
  while (i < w.count) {
    let node = lexicon.trie.next.get(norms[i]);
    let matchEnd = -1;
    let matchKey = '';
    let j = i;
    while (node) {
      if (node.key && acceptable(text, w.starts[i], norms, i, j, i > 0 && w.gaps[i] !== Gap.Break ? text.slice(w.starts[i - 1], w.ends[i - 1]).toLowerCase() : '')) {
        matchEnd = j;
        matchKey = node.key;
      }
      if (j + 1 >= w.count || w.gaps[j + 1] === Gap.Break) break;
      j++;
      node = node.next.get(norms[j]);
    }
    if (matchEnd < 0) {
      i++;
      continue;
    }
    const start = w.starts[i];
    const end = withoutPossessive(text, w.ends[matchEnd]);
    out.push({ start: context.start + start, end: context.start + end, text: text.slice(start, end), key: matchKey });
    i = matchEnd + 1;
  }
  return out;
}

/** Words before a lowercase two-word name that show it is used as a name: `the spending review`, not `and recovery grant`. */
const DETERMINERS = new Set(['', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'whose', 'any', 'each', 'every', 'new', 'next', 'last', 'latest', 'current', 'previous', 'first', 'upcoming', 'forthcoming']);

/**
 * Lowercase text matches a known name only when it is three words or more, or two words ending in
 * a head noun after a determiner (`the spending review`), so that common pairs of words do not become mentions.
 */
function acceptable(text: string, start: number, norms: readonly string[], i: number, j: number, before: string): boolean {
  const capital = isCapitalised(text, start);
  if (i === j) return capital && !isStopword(norms[i]);
  if (isStopword(norms[i])) return false;
  return capital || j - i >= 2 || (headCategory(norms[j]) !== undefined && DETERMINERS.has(before));
}

function withoutPossessive(text: string, end: number): number {
  return /['’]s$/i.test(text.slice(end - 2, end)) ? end - 2 : end;
}

function buildItems(found: readonly { doc: string; start: number; end: number; text: string; key: string }[], lexicon: Lexicon): Linked {
  const groups = new Map<string, typeof found[number][]>();
  for (const m of found) {
    let list = groups.get(m.key);
    if (!list) groups.set(m.key, (list = []));
    list.push(m);
  }
  const ids = new Map<string, string>();
  const usedIds = new Set<string>();
  const items: Item[] = [];
  for (const [key, ms] of groups) {
    const counts = new Map<string, number>();
    for (const m of ms) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const name = canonicalName(key, [...counts.keys()]);
    let id = slug(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(name)}-${n}`;
    usedIds.add(id);
    ids.set(key, id);
    const documents: string[] = [];
    for (const m of ms) if (documents[documents.length - 1] !== m.doc && !documents.includes(m.doc)) documents.push(m.doc);
    const aliases = [...counts.entries()].filter(([t]) => t !== name).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
    const category = key.startsWith('work ') ? 'report' : key.startsWith('acronym ') ? 'other' : lexicon.keys.get(key)?.category ?? 'other';
    items.push({ id, name, category, aliases, documents });
  }
  const mentions = found.map((m) => ({ kind: 'item' as const, document: m.doc, start: m.start, end: m.end, text: m.text, item: ids.get(m.key) as string }));
  return { items, mentions };
}

/** The fullest form: capitalised before lowercase, then the longest, then the first in sort order. */
function canonicalName(key: string, forms: readonly string[]): string {
  const rank = (t: string): number => (isAcronym(t.replace(/s$/, '')) ? 0 : 2000) + (/^[A-Z]/.test(t) ? 1000 : 0) + t.length;
  const best = [...forms].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b))[0];
  return best.replace(/^the\s+/i, '') || key;
}
