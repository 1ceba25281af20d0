import { isDemand } from './recommendations';

/** What the classifier may know about a sentence beyond its words. */
export interface CommitmentContext {
  /** The sentence is an item of a list introduced by a commitment (`The plan will include:` then bullets). */
  inCommittedList?: boolean;
  /** The sentence before it in the same paragraph is a commitment. */
  afterCommitment?: boolean;
}

// Pledge and announcement verbs in any tense: reporting that an actor announced, promised or funded something.
const PLEDGE = new RegExp(
  '\\b(?:' +
    [
      '(?:re-?)?announc(?:e|es|ed|ing|ement|ements)',
      'pledg(?:e|es|ed|ing)',
      'vow(?:s|ed)?',
      'promis(?:e|es|ed|ing)',
      'commit(?:s|ted|ting)? to',
      'committed',
      'commitments?',
      'confirm(?:s|ed|ing)?',
      'unveil(?:s|ed|ing)?',
      'launch(?:es|ed|ing)?',
      'reveal(?:s|ed|ing)',
      'earmark(?:s|ed|ing)?',
      'allocat(?:e|es|ed|ing)',
      'secur(?:es|ed)',
      'invest(?:s|ed|ing)?',
      '(?:sets?|setting|laid|lays?|laying) out(?! (?:in|at|by|above|below|here)\\b)',
      '(?:record|new|additional|extra|further|major|significant|targeted|planned|capital|public) investments?',
      'outlin(?:es|ed)',
      'puts? forward',
      'roll(?:s|ed|ing)? out',
      'trial(?:l?ed|l?ing)',
      'pilot(?:ed|ing)',
      'backed by',
      'backs',
      '(?:gave|gives?|giving) (?:his|her|its|their|full) backing',
      'funds',
      'funded',
      'to fund',
      'targeted at',
      'provid(?:es|ed|ing) (?:funding|£|\\$|€)',
      'made (?:£|\\$|€)',
      'approve[sd]?',
      'delegate[sd]?',
      'adopt(?:s|ed)',
      'accept(?:s|ed)',
      '(?:taken|take|taking|takes) forward',
      'pushed forward',
      'set to',
      'to be (?:published|rolled|launched|delivered|offered|introduced|established|implemented|provided|made|extended|expanded|invested|spent|set up|created|built|funded|placed)',
      '(?:plans?|plann(?:ed|ing)|aims?|aimed|intends?|intended|seeks?|expects?|expected) (?:to|at|for)',
      'determined to',
      'look(?:s|ing)? forward to (?:working|doing|delivering)',
      'mission \\d',
    ].join('|') +
    ')\\b',
  'i',
);

// Pledges strong enough to stand beside a demand in the same sentence (`announced ..., calling on parents to ...`).
const FIRM_PLEDGE = /\b(?:announc(?:es|ed|ing)|pledg(?:es|ed)|vow(?:s|ed)|(?<!the )promis(?:es|ed)|committed|confirm(?:s|ed)|launch(?:es|ed)|unveil(?:s|ed)|invest(?:s|ed|ing)|allocat(?:es|ed)|earmark(?:s|ed)|accept(?:s|ed)|taken forward)\b/i;

// `will`, `shall`, `would` (reported speech), `is going to`, then the verb that says what is to happen.
const FUTURE = /\b(will|Will|shall|would|'ll|’ll|is going to|are going to)\s+(?:(?:also|now|then|further|continue to|still|soon|initially|jointly)\s+)?[‘'"“]?(\w+)(?:\s+(\w+))?/g;

// Verbs after `will` that describe consequences, forecasts or opinions rather than acts someone undertakes.
const EFFECT_VERBS = new Set([
  'mean', 'need', 'have', 'depend', 'signal', 'not', 'never', 'likely', 'probably', 'surely', 'close', 'remain', 'cost', 'face', 'struggle',
  'find', 'come', 'fall', 'rise', 'go', 'happen', 'feel', 'look', 'seem', 'vary', 'result', 'affect', 'lead', 'suffer', 'prove', 'doubtless',
]);
const EFFECT_AFTER_BE = new Set([
  'welcomed', 'critical', 'crucial', 'key', 'vital', 'essential', 'important', 'able', 'limited', 'convenient', 'difficult', 'hard', 'easy',
  'possible', 'impossible', 'needed', 'required', 'a', 'an', 'the', 'no', 'good', 'bad', 'better', 'worse', 'interesting', 'seen', 'defined',
  'left', 'affected', 'hit', 'forced', 'unable', 'lost', 'harder', 'easier', 'clear', 'too', 'interested', 'happy', 'glad', 'pleased',
  'enough', 'sufficient', 'effective', 'successful', 'worth', 'worse', 'tough', 'challenging', 'remembered',
]);
// `This will help ...`, `It will enable ...`: the consequence of something, not a pledge.
const PRONOUN_SUBJECT_EFFECT = /\b(?:this|that|these|it|which)\s+(?:will|would)\s+(?:also\s+)?(?:help|enable|allow|make|mean|give|bring|put)\b/i;

// A money amount with a scale word: money put into something (`£45m`, `A$10 billion`, `₹2.78 lakh crore`, `a billion-dollar boost`).
const FUNDING_AMOUNT =
  /(?:[£$€₹¥]|\b(?:A|NZ|C|Can|US|HK|S)\$|\b(?:Rs\.?|INR|USD|EUR|GBP|AUD|CAD|NZD))\s?\d[\d,.]*\s?(?:m|bn|tn|k|million|billion|trillion|crore|lakh)\b|\b\d[\d,.]*\s?(?:million|billion|trillion)\s+(?:pounds|dollars|euros|rupees)\b|\d[\d,.]*\s?(?:lakh\s+)?crore\b|\b(?:million|billion|trillion)-(?:dollar|pound|euro)\b|\bhalf a billion\b/i;

// An actor doing something now: `we're providing`, `the government is investing`, `Hammond is expanding`.
const ACTING_NOW =
  /\b(?:is|are|we're|we’re|'re|’re|we have|we've|we’ve|has|have)\s+(?:(?:now|also|again|already|currently|today|jointly)\s+)*(?:providing|investing|funding|delivering|taking action|introducing|launching|creating|extending|expanding|spending|allocating|committing|pledging|backing|legislating|establishing|rolling out|setting up|doubling|tripling|putting £|making £)\b/i;

// Acts of a public body or its plan, reported in the present or past: `the department has allocated`, `Budget 2025 provides`.
const BODY_ACTING =
  /\b(?:government|department|ministry|minister|ministers|secretary|chancellor|president|council|councils|commission|agency|dfe|nhs|budget|plan|plans|strategy|proposal|programme|program|order|initiative|settlement|scheme|reforms|package|report|response|executive)\b[^.;:]{0,120}?\b(?:provides|provided|includes?|invests?|deliver(?:s|ing)|creates?|introduc(?:es|ing)|establish(?:es|ed|ing)|extend(?:s|ed|ing)|expand(?:s|ed|ing)|increas(?:es|ed)|requires?|directs?|allows?|enables?|gives?|offers?|targets|highlights?|indicated|moves to|seeks to|has asked|has made|has given|has selected|selects?|tak(?:es|ing) action|respond(?:s|ed|ing) to|in response to|responding to)\b/i;

// An elaboration of the commitment before it: `This includes ...`, `This takes the total to ...`.
const ELABORATION = /^[“"‘']?(?:this|these|it|which|they)\s+(?:also\s+)?(?:includes?|include|takes|brings|covers|comprises|builds on|means)\b/i;

// Headline-style verbs that report an announced action: `DfE researching ...`, `Strategy launches`.
const HEADLINE_ACT = /^[A-Z][^.!?]{0,80}?\b(?:researching|plans|launches|unveils|announces|reveals|pledges|commits|sets out|confirms|extends|expands|boost|welcomes)\b/i;

// `Announcing the plan, the Prime Minister said: ...`: the frame of a quotation, not what is quoted.
const ATTRIBUTION_FRAME = /^(?:Announcing|Launching|Unveiling|Responding to|Welcoming|Commenting on)\b[^,]{0,120},/;

const FORECAST = /\b(?:risks?|could|might|may)\s+(?:falling|fall|fail|failing|be limited|undermine|not)\b|\bwithout sufficient\b/i;
const PAST_FRAME = /^(?:In|Since|During|By|Until)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|^(?:Last|Earlier this)\s+(?:year|month|decade)\b/;
const QUESTION = /\?[”"’']?$|^To ask\b/;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/**
 * True when an actor pledges, announces or is reported as going to do something or putting resources into
 * something, as defined in GUIDELINES.md §2; a stakeholder's demand, a past description and a forecast are not.
 * @example isCommitment('The government will invest £10m in family hubs.') // true
 */
export function isCommitment(sentence: string, context: CommitmentContext = {}): boolean {
  if (context.inCommittedList) return true;
  const s = sentence.includes('http') || sentence.includes('www.') ? sentence.replace(URL, '') : sentence;
  if (QUESTION.test(s) || FORECAST.test(s)) return false;
  const future = hasFutureAct(s);
  if (isDemand(s) && !future && !FIRM_PLEDGE.test(s.replace(ATTRIBUTION_FRAME, ''))) return false;
  if (future || PLEDGE.test(s) || FUNDING_AMOUNT.test(s) || ACTING_NOW.test(s) || HEADLINE_ACT.test(s)) return true;
  if (context.afterCommitment && ELABORATION.test(s)) return true;
  return BODY_ACTING.test(s) && !PAST_FRAME.test(s);
}

function hasFutureAct(sentence: string): boolean {
  if (PRONOUN_SUBJECT_EFFECT.test(sentence)) return false;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(sentence); m; m = FUTURE.exec(sentence)) {
    if (m[1] === 'Will' && (m.index > 0 || /^[A-Z]/.test(m[2]))) continue;
    const verb = m[2].toLowerCase();
    if (EFFECT_VERBS.has(verb)) continue;
    if (verb === 'be' && EFFECT_AFTER_BE.has((m[3] ?? '').toLowerCase())) continue;
    return true;
  }
  return false;
}
