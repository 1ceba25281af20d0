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

/**
 * Where the long form of `acronym` starts among `words` (the words right before its bracket, in
 * order), or -1: each meaningful word must give its initial, in order; `of`, `for`, `and` may give
 * theirs or be skipped. The earliest start wins, so `Families First for Children (FFC)` is whole.
 * @example longFormStart('DfE', ['the', 'Department', 'for', 'Education']) === 1
 */
export function longFormStart(acronym: string, words: readonly string[]): number {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return -1;
  const initials = words.map((w) => w.charAt(0).toLowerCase());
  const stop = words.map((w) => isStopword(normWord(w)));
  let best = -1;
  const visit = (li: number, wi: number, skipped: number): void => {
    if (li < 0) {
      const start = wi + 1;
      if (start < words.length && !stop[start] && (best < 0 || start < best)) best = start;
      return;
    }
    if (wi < 0) return;
    if (initials[wi] === letters[li]) visit(li - 1, wi - 1, 0);
    if (stop[wi] && skipped < 2) visit(li, wi - 1, skipped + 1);
    else if (wi === words.length - 1 && li === letters.length - 1 && OPTIONAL_TAILS.has(normWord(words[wi]))) visit(li, wi - 1, 0);
  };
  visit(letters.length - 1, words.length - 1, 0);
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
 * @example skipsWords('CMS', ['Centers', 'for', 'Medicare', 'Medicaid', 'Services']) === true
 */
export function skipsWords(acronym: string, words: readonly string[]): boolean {
  const letters = acronymLetters(acronym);
  const initials = words.filter((w) => !isStopword(normWord(w))).map((w) => w.charAt(0).toLowerCase());
  if (letters.length < 2 || initials.length < letters.length || letters[0] !== initials[0] || letters[letters.length - 1] !== initials[initials.length - 1]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i >= letters.length;
}
