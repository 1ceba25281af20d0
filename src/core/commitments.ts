import { Cue, readCues } from './cues';
import type { Cues } from './cues';

/** What the classifier may know about a sentence beyond its words. */
export interface CommitmentContext {
  /** The sentence is an item of a list introduced by a commitment (`The plan will include:` then bullets). */
  inCommittedList?: boolean;
  /** The sentence before it is a commitment. */
  afterCommitment?: boolean;
  /** The sentence's cues, when the caller has read them already. */
  cues?: Cues;
}

const SIGNALS = Cue.Future | Cue.Pledge | Cue.Money | Cue.ActingNow;

// An elaboration of the commitment before it: `This includes ...`, `This takes the total to ...`.
const ELABORATION = /^[“"‘']?(?:this|these|it|which|they)\s+(?:also\s+)?(?:includes?|include|takes|brings|covers|comprises|builds on|means)\b/i;

// Headline-style verbs that report an announced action: `DfE researching ...`, `Strategy launches`.
const HEADLINE_ACT = /^[A-Z][^.!?]{0,80}?\b(?:researching|plans|launches|unveils|announces|reveals|pledges|commits|sets out|confirms|extends|expands|boost|welcomes)\b/i;

// `Announcing the plan, the Prime Minister said: ...`: the frame of a quotation, not what is quoted.
const ATTRIBUTION_FRAME = /^(?:Announcing|Launching|Unveiling|Responding to|Welcoming|Commenting on)\b[^,]{0,120},/;

const PAST_FRAME = /^(?:In|Since|During|By|Until)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|^(?:Last|Earlier this)\s+(?:year|month|decade)\b/;

/**
 * True when an actor pledges, announces or is reported as going to do something or putting resources into
 * something, as defined in GUIDELINES.md §2; a stakeholder's demand, a past description, a forecast and the
 * consequence of something (`this will mean ...`) are not.
 * @example isCommitment('The government will invest £10m in family hubs.') // true
 */
export function isCommitment(sentence: string, context: CommitmentContext = {}): boolean {
  if (context.inCommittedList) return true;
  if (isQuestion(sentence)) return false;
  const { flags, lastFirmPledge } = context.cues ?? readCues(sentence);
  if (flags & Cue.Forecast) return false;
  if (flags & Cue.Demand && !(flags & Cue.Future) && !(lastFirmPledge >= 0 && lastFirmPledge >= frameEnd(sentence))) return false;
  if (flags & SIGNALS || (flags & Cue.HeadlineVerb && HEADLINE_ACT.test(sentence))) return true;
  if (context.afterCommitment && ELABORATION.test(sentence)) return true;
  // `We recommend that departments respond`: the body acts only in what is recommended.
  return (flags & Cue.BodyActing) !== 0 && !(flags & Cue.Recommend) && !PAST_FRAME.test(sentence);
}

function frameEnd(sentence: string): number {
  return ATTRIBUTION_FRAME.exec(sentence)?.[0].length ?? 0;
}

/** A question, or a parliamentary written question (`To ask His Majesty's Government what ...`). */
function isQuestion(sentence: string): boolean {
  let end = sentence.length - 1;
  while (end > 0 && isClosingQuote(sentence.charCodeAt(end))) end--;
  return sentence.charCodeAt(end) === 0x3f || (sentence.charCodeAt(0) === 0x54 && sentence.startsWith('To ask '));
}

function isClosingQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;
}
