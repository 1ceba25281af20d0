/** What the classifier may know about a sentence beyond its words. */
export interface RecommendationContext {
  /** The sentence is an item of a list introduced by a recommendation (`The report recommends:` then bullets). */
  inRecommendedList?: boolean;
}

const RECOMMEND = /\brecommend(?:s|ed|ing|ations?)?\b/i;

// A call for action in the words of whoever makes it.
const DEMAND =
  /\b(?:call(?:s|ed|ing)? (?:for|on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)|let['’]s|it is [“"‘']?(?:vital|essential|crucial|imperative|important|right|time) (?:that|to|for)|it will be (?:crucial|vital|essential) (?:that|to)|an essential\b[^.]{0,40}\bstep|urgent need|need for|(?:is|are|was|were|remains?) (?:still |urgently |badly )?needed|needs? (?:to|more)|needed to|ought to|questions the government)\b/i;

// `should` and `must` are normative unless they describe a state (`as easy as it should be`) or a past inference (`must have been`).
const NORMATIVE_MODAL = /\b(?:should|shouldn['’]t|must|mustn['’]t)\b(?!\s+have\s+been)/i;
const DESCRIPTIVE_MODAL = /\bas (?:\w+ )?as (?:it|they|we|you) (?:should|must)\b|\bthat should be achieved\b/i;

// Proposals made by an executive are its own plans (a commitment); proposals by a review, a party or a stakeholder are recommendations.
const PROPOSAL = /\bpropos(?:al|als|e|es|ed|ing)\b/i;
const PROPOSAL_BY_OTHERS = /\b(?:propos(?:ed|als?) (?:put forward |made )?by|put forward (?:\w+ ){0,4}proposals?|proposals? put forward|propos(?:es|ing)\b)/i;
const EXECUTIVE_PROPOSER =
  /\b(?:government|government['’]s|commission|president|department|ministry|minister|ministers|consultation|administration|chancellor|treasury|the proposal|as proposed|today['’]s proposal|dfe|cabinet|proposed decision)\b/i;

/**
 * A call for action that someone makes: normative `should`/`must`/`needs to`, `calls for`, `urged`, `it is vital that`.
 * Shared with the commitment classifier, which does not count a bare demand as a pledge.
 */
export function isDemand(sentence: string): boolean {
  if (DEMAND.test(sentence)) return true;
  return NORMATIVE_MODAL.test(sentence) && !DESCRIPTIVE_MODAL.test(sentence);
}

/**
 * True when the sentence makes, reports or quotes a recommendation, proposal or call for action by a
 * review, report, inquiry, body or stakeholder, as defined in GUIDELINES.md §3.
 * @example isRecommendation('The review calls for £2.6bn over five years.') // true
 */
export function isRecommendation(sentence: string, context: RecommendationContext = {}): boolean {
  if (context.inRecommendedList || RECOMMEND.test(sentence) || isDemand(sentence)) return true;
  if (!PROPOSAL.test(sentence)) return false;
  return PROPOSAL_BY_OTHERS.test(sentence) || !EXECUTIVE_PROPOSER.test(sentence);
}
