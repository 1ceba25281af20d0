/** Offsets are UTF-16 code units into the document text (JavaScript string indices), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface FundingMention extends Span {
  kind: 'funding';
  text: string;
  /** Value in units of the currency; the low end of a range. `£2.6bn` → 2600000000. */
  amount: number;
  /** ISO 4217 code, e.g. `GBP`. */
  currency: string;
  /** True for money a government, public body, review or provider commits, spends, asks for, cuts or earns. */
  policy: boolean;
}

export type SentenceKind = 'commitment' | 'recommendation';

export interface SentenceMention extends Span {
  kind: SentenceKind;
  text: string;
  /** Who makes the pledge or the call, as written: `the government`, `Ofsted`. */
  actor?: string;
  /** By when, as written: `By 2027`, `before the end of 2022`. */
  deadline?: string;
}

export interface ItemMention extends Span {
  kind: 'item';
  text: string;
  /** The id of the linked item. */
  item: string;
}

export type Mention = FundingMention | SentenceMention | ItemMention;
export type MentionKind = Mention['kind'];

export type ItemCategory = 'programme' | 'fund' | 'body' | 'framework' | 'report' | 'strategy' | 'policy' | 'law' | 'other';

/** A named thing linked across documents. */
export interface Item {
  id: string;
  name: string;
  category: ItemCategory;
  aliases: string[];
  /** Document paths, in corpus order. */
  documents: string[];
}

/** A document of the corpus as the core sees it: a path (relative, `/`-separated) and its text. */
export interface SourceDocument {
  path: string;
  text: string;
}

/** Per-document extraction, independent of every other document (so one edit re-extracts one document). */
export interface DocumentExtraction {
  path: string;
  funding: FundingMention[];
  sentences: SentenceMention[];
  /** Candidate names found in this document, before linking. */
  names: NameCandidate[];
}

/**
 * How a candidate names something: a full `name`, an `acronym` used alone, a `short` form
 * (`the department`), a body's `work` (`CMA report`), a `topic` (a work named by its subject:
 * `consultation on the use of agency social workers`), a `single` capitalised word that may be a
 * one-word name (`Ofsted`), or `context` where names known from other documents may appear in
 * lower case. Absent means `name`.
 */
export type NameForm = 'name' | 'acronym' | 'short' | 'work' | 'topic' | 'single' | 'context';

/** A name seen in one document, with what the document says about it. */
export interface NameCandidate extends Span {
  text: string;
  /** The acronym defined for it in this document, as in `Regional Care Co-operatives (RCCs)`. */
  acronym?: string;
  category: ItemCategory;
  form?: NameForm;
  /** The head noun, normalised (`framework`, `department`), that `the X` short forms are matched on. */
  head?: string;
  /** For a `work`: the name or acronym of the body whose work it is, as written. */
  owner?: string;
}

/** A document mention tagged with its document path, as exported. */
export type CorpusMention = Mention & { document: string };

export interface CorpusResult {
  documents: { path: string }[];
  mentions: CorpusMention[];
  items: Item[];
}
