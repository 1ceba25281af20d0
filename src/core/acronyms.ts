import { isStopword, normWord } from './nameKey';

/**
 * True for a word shaped like an acronym: a capital first, at least two capitals, at most ten
 * characters (`CMA`, `DfE`, `RCCs`, `MHCLG`), not a Roman numeral or a lone capitalised word.
 */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 10) return false;
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 38)) return false;
  }
  return capitals >= 2 && capitals * 2 >= letterCount(word) && !/^[IVXLC]+$/.test(word);
}

function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** The letters an acronym spells, lowercased, without a plural `s`: `RCCs` → `rcc`, `DfE` → `dfe`. */
export function acronymLetters(word: string): string {
  const bare = /[A-Z]s$/.test(word) ? word.slice(0, -1) : word;
  return bare.replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** Words an acronym may leave out at the end of its long form: `Holiday Activity and Food Programme (HAF)`. */
const OPTIONAL_TAILS = new Set(['programme', 'program', 'scheme', 'initiative', 'project']);

export function isOptionalTail(norm: string): boolean {
  return OPTIONAL_TAILS.has(norm);
}

/**
 * Words as the long-form rules read them: each word's first character lowercased, as a character
 * code (-1 when its lowercase is not one character), whether it is a function word, and whether
 * the last word is one an acronym may leave out. A scanner fills one from the words of its text
 * without slicing them.
 */
export interface Spelling {
  readonly initials: readonly number[];
  readonly stops: readonly boolean[];
  readonly optionalTail: boolean;
}

/** The lowercased character code of a word's first character `c`, as `Spelling` keeps it. */
export function initialCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** The `Spelling` of words at hand as strings. */
export function spelling(words: readonly string[]): Spelling {
  return {
    initials: words.map((w) => initialCode(w.charCodeAt(0))),
    stops: words.map((w) => isStopword(normWord(w))),
    optionalTail: words.length > 0 && isOptionalTail(normWord(words[words.length - 1])),
  };
}

/**
 * Where the long form of `acronym` starts among `words` (the words right before its bracket, in
 * order), or -1: each meaningful word must give its initial, in order; `of`, `for`, `and` may give
 * theirs or be skipped. The earliest start wins, so `Families First for Children (FFC)` is whole.
 * @example longFormStart('DfE', spelling(['the', 'Department', 'for', 'Education'])) === 1
 */
export function longFormStart(acronym: string, words: Spelling): number {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return -1;
  const { initials, stops, optionalTail } = words;
  const count = initials.length;
  let best = -1;
  const visit = (li: number, wi: number, skipped: number): void => {
    if (li < 0) {
      const start = wi + 1;
      if (start < count && !stops[start] && (best < 0 || start < best)) best = start;
      return;
    }
    if (wi < 0) return;
    if (initials[wi] === letters.charCodeAt(li)) visit(li - 1, wi - 1, 0);
    if (stops[wi] && skipped < 2) visit(li, wi - 1, skipped + 1);
    else if (wi === count - 1 && li === letters.length - 1 && optionalTail) visit(li, wi - 1, 0);
  };
  visit(letters.length - 1, count - 1, 0);
  return best;
}

/**
 * The acronyms a name could be abbreviated to, for linking an undefined acronym to a name spelled
 * out elsewhere: initials of its meaningful words (`Competition and Markets Authority` → `cma`),
 * of all its words (`Department for Education` → `dfe`), and without a leading `Department`/`Ministry`.
 */
export function initialisms(words: readonly string[]): string[] {
  const all = words.map((w) => w.charAt(0).toLowerCase()).join('');
  const contentWords = words.filter((w) => !isStopword(normWord(w)));
  const content = contentWords.map((w) => w.charAt(0).toLowerCase()).join('');
  const out = new Set([content, all]);
  if (contentWords.length > 2 && /^(department|ministry|office)$/i.test(contentWords[0])) out.add(content.slice(1));
  return [...out].filter((s) => s.length >= 2);
}

/**
 * A looser test for an acronym in brackets right after a name: its letters are the initials of some
 * of the name's meaningful words, in order, starting with the first and ending with the last.
 * @example skipsWords('CMS', spelling(['Centers', 'for', 'Medicare', 'Medicaid', 'Services'])) === true
 */
export function skipsWords(acronym: string, words: Spelling): boolean {
  const letters = acronymLetters(acronym);
  const initials = words.initials.filter((_, k) => !words.stops[k]);
  if (letters.length < 2 || initials.length < letters.length || letters.charCodeAt(0) !== initials[0] || letters.charCodeAt(letters.length - 1) !== initials[initials.length - 1]) return false;
  let i = 0;
  for (const c of initials) if (c === letters.charCodeAt(i)) i++;
  return i >= letters.length;
}
