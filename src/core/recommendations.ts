import { Cue, readCues } from './cues';
import type { Cues } from './cues';

/** What the classifier may know about a sentence beyond its words. */
export interface RecommendationContext {
  /** The sentence is an item of a list introduced by a recommendation (`The report recommends:` then bullets). */
  inRecommendedList?: boolean;
  /** The sentence's cues, when the caller has read them already. */
  cues?: Cues;
}

/**
 * A call for action that someone makes: normative `should`/`must`/`needs to`, `calls for`, `urged`, `it is vital that`.
 * @example isDemand('Funding must reach the frontline.') // true
 */
export function isDemand(sentence: string): boolean {
  return (readCues(sentence).flags & Cue.Demand) !== 0;
}

/**
 * True when the sentence makes, reports or quotes a recommendation, proposal or call for action by a
 * review, report, inquiry, body or stakeholder, as defined in GUIDELINES.md §3. A proposal by an
 * executive (`the Commission has proposed`) is its own plan, not a recommendation.
 * @example isRecommendation('The review calls for £2.6bn over five years.') // true
 */
export function isRecommendation(sentence: string, context: RecommendationContext = {}): boolean {
  if (context.inRecommendedList) return true;
  const { flags } = context.cues ?? readCues(sentence);
  if (flags & (Cue.Recommend | Cue.Demand | Cue.ProposalByOthers)) return true;
  return (flags & Cue.Proposal) !== 0 && !(flags & Cue.ExecutiveProposer);
}
