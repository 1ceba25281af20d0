import { findActor } from './actor';
import { isCommitment } from './commitments';
import { TextCues } from './cues';
import { findDeadline } from './deadline';
import { extractFunding } from './funding';
import { findNames } from './names';
import { isRecommendation } from './recommendations';
import { splitSentences } from './sentences';
import type { SentenceSpan } from './sentences';
import type { DocumentExtraction, SentenceMention, SourceDocument } from './types';
import { splitWords, type Words } from './words';

/** Extracts funding figures, commitment and recommendation sentences and candidate names from one document. */
export function extractDocument(doc: SourceDocument): DocumentExtraction {
  const { text } = doc;
  // Both readers of words share one split, in arrays reused from document to document.
  const words = (spareWords = splitWords(text, spareWords));
  return { path: doc.path, funding: extractFunding(text), sentences: classifySentences(text, words), names: findNames(text, words) };
}
let spareWords: Words | undefined;

/** Longest run of list items that inherit the kind of the line introducing them (`The plan will include:`). */
const MAX_LIST_ITEMS = 40;

interface ListLead {
  commitment: boolean;
  recommendation: boolean;
  bulleted?: boolean;
  items: number;
}

// Headings over lists of pledges or of recommendations: `Key actions`, `Our commitments`, `Recommendations`.
const COMMITMENTS_HEADING = /\b(?:actions?|commitments?|pledges?|priorities|missions?|targets?|what we will do|next steps|key measures|milestones|deliverables)\b/i;
const RECOMMENDATIONS_HEADING = /\b(?:recommendations?|proposals?|calls? to action|what (?:needs to|should|must) happen)\b/i;
// Either: one pass rules out the many short lines that head no list.
const LIST_HEADING = new RegExp(`${COMMITMENTS_HEADING.source}|${RECOMMENDATIONS_HEADING.source}`, 'i');
const MAX_HEADING_LENGTH = 80;

/**
 * Commitment and recommendation sentences, each distinct sentence once (a headline or caption repeated
 * verbatim is one statement). Items of a list take the kind of the line (`The plan will include:`) or
 * heading (`Key actions`) that introduces them.
 */
export function classifySentences(text: string, words: Words = splitWords(text)): SentenceMention[] {
  const sentences: SentenceMention[] = [];
  const seen = new SeenTexts();
  let list: ListLead | undefined;
  let afterCommitment = false;
  const textCues = (spareCues = new TextCues(text, words, spareCues));
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    list = continuesList(list, span, sentence) ? list : undefined;
    const cues = textCues.of(sentence, span.start, span.end);
    const commitment = isCommitment(sentence, { inCommittedList: list?.commitment, afterCommitment, cues });
    const recommendation = isRecommendation(sentence, { inRecommendedList: list?.recommendation, cues });
    afterCommitment = commitment;
    if (span.line !== 'first' && span.line !== 'inner' && sentence.charCodeAt(sentence.length - 1) === 0x3a) list = { commitment, recommendation, items: 0 };
    else if (span.line === 'whole' && !span.bulleted) list = headedList(sentence) ?? list;
    if (!commitment && !recommendation) continue;
    if (!seen.add(sentence)) continue;
    const { start, end } = span;
    if (commitment) {
      const mention: SentenceMention = { kind: 'commitment', start, end, text: sentence };
      const actor = findActor(sentence, textCues.verbsIn(start, end));
      if (actor) mention.actor = actor;
      const deadline = findDeadline(sentence, textCues.deadlineWordsIn(start, end));
      if (deadline) mention.deadline = deadline;
      sentences.push(mention);
    }
    if (recommendation) sentences.push({ kind: 'recommendation', start, end, text: sentence });
  }
  return sentences;
}
// The cue words' lists are reused from text to text too: one text is read at a time.
let spareCues: TextCues | undefined;

/**
 * Texts met so far. Hashing every text whole costs more than comparing the few that agree in length and a few
 * characters; texts that agree so in numbers (numbered items) are hashed after all, so compares stay few.
 */
class SeenTexts {
  // One text, most often, until another agrees with it.
  private readonly byPrint = new Map<number, string | string[] | Set<string>>();

  /** Adds `text` (not empty); false when it was added before. */
  add(text: string): boolean {
    const print = fingerprint(text);
    const alike = this.byPrint.get(print);
    if (alike === undefined) {
      this.byPrint.set(print, text);
      return true;
    }
    if (typeof alike === 'string') {
      if (alike === text) return false;
      this.byPrint.set(print, [alike, text]);
      return true;
    }
    if (alike instanceof Set) {
      if (alike.has(text)) return false;
      alike.add(text);
      return true;
    }
    for (const other of alike) if (other === text) return false;
    if (alike.length < MAX_COMPARED) alike.push(text);
    else this.byPrint.set(print, new Set([...alike, text]));
    return true;
  }
}
const MAX_COMPARED = 8;

/** The length and five characters spread over the text, mixed. */
function fingerprint(text: string): number {
  const last = text.length - 1;
  let print = last;
  for (let k = 0; k <= 4; k++) print = Math.imul(print ^ text.charCodeAt((last * k) >> 2), 0x9e3779b1);
  return print;
}

/** A heading that names what the bulleted list under it holds. */
function headedList(sentence: string): ListLead | undefined {
  if (sentence.length > MAX_HEADING_LENGTH || endsSentence(sentence) || !LIST_HEADING.test(sentence)) return undefined;
  const commitment = COMMITMENTS_HEADING.test(sentence);
  const recommendation = RECOMMENDATIONS_HEADING.test(sentence);
  return commitment || recommendation ? { commitment, recommendation, bulleted: true, items: 0 } : undefined;
}

/** A list item stands alone on its line, is marked like the first item, and (unmarked) is not a full sentence. */
function continuesList(list: ListLead | undefined, span: SentenceSpan, sentence: string): boolean {
  if (!list || span.line !== 'whole' || list.items >= MAX_LIST_ITEMS) return false;
  if (list.bulleted === undefined) list.bulleted = span.bulleted;
  if (list.bulleted !== span.bulleted) return false;
  if (!span.bulleted && endsSentence(sentence)) return false;
  list.items++;
  return true;
}

/** Ends with `.`, `!` or `?`, or one of them and a closing quote. */
function endsSentence(sentence: string): boolean {
  let last = sentence.length - 1;
  const c = sentence.charCodeAt(last);
  if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27) last--;
  const d = sentence.charCodeAt(last);
  return d === 0x2e || d === 0x21 || d === 0x3f;
}
