// The verb of a pledge, with the auxiliaries and adverbs that may sit between it and its subject.
const PLEDGE_VERB =
  /\b(?:(?:will|shall|would|is going to|are going to|has|have|had|is|are|was|were|has been|have been)\s+)?(?:(?:also|now|today|again|already|first|formally|officially|this week|jointly|previously|recently|earlier|meanwhile|\w+ly)\s+)*(?:will|shall|would|is going to|are going to|announc(?:es|ed|ing)|re-announced|pledg(?:es|ed|ing)|vow(?:s|ed)|promis(?:es|ed)|commit(?:s|ted)|confirm(?:s|ed)|unveil(?:s|ed)|launch(?:es|ed)|reveal(?:s|ed)|reiterat(?:es|ed)|sets? out|laid out|lays out|outlined|allocat(?:es|ed)|earmark(?:s|ed)|secured|invest(?:s|ed|ing)|plans? to|aims? to|intends? to|expects? to|is set to|are set to|set to|provid(?:es|ed|ing)|deliver(?:s|ed|ing)|introduc(?:es|ed|ing)|creat(?:es|ed|ing)|extend(?:s|ed|ing)|expand(?:s|ed|ing)|funds|funded|backs|approved|accepted|agreed|propos(?:es|ed)|selects|selected|made|gave|has asked|is expanding|are expanding|want to|look forward)\b/g;

// When no pledge verb has a subject, whoever the sentence reports: `the Department for Transport said ...`.
const REPORTING_VERB = /\b(?:said|says|added|adds|stated|states|told|confirmed)\b/g;
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*)/;

// Common nouns that head an actor's name: `the government`, `the health minister`, `local authorities`.
const ACTOR_HEADS = new Set([
  'government', 'governments', 'department', 'ministry', 'minister', 'ministers', 'secretary', 'chancellor', 'council', 'councils', 'authority',
  'authorities', 'commission', 'commissioner', 'committee', 'agency', 'regulator', 'watchdog', 'board', 'review', 'team', 'executive', 'mayor',
  'president', 'administration', 'treasury', 'parliament', 'cabinet', 'office', 'service', 'trust', 'trusts', 'providers', 'provider',
  'operators', 'body', 'bodies', 'partnership', 'state', 'states', 'city', 'region', 'leader', 'leaders', 'party', 'officials', 'spokesperson',
  'coalition', 'report', 'plan', 'strategy', 'budget', 'programme', 'program', 'members', 'members', 'schools', 'hospitals', 'police', 'force',
]);
// Lower-case words that may modify an actor's head: `the state government`, `the shadow children's minister`.
const MODIFIERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new', 'local', 'state', 'federal', 'national', 'regional', 'county', 'city', 'central',
  'devolved', 'health', 'education', 'housing', 'transport', 'finance', 'prime', 'shadow', 'children’s', "children's", 'deputy', 'junior',
  'chief', 'interim', 'senior', 'care', 'social', 'home', 'foreign', 'independent', 'two', 'three', 'both', 'all', 'public', 'combined',
]);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'de', 'du']);
const PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she', 'it']);
// Words after which a noun phrase can be a subject; after anything else (`in`, `featuring`) it is an object.
const SUBJECT_OPENERS = new Set([
  'that', 'and', 'but', 'as', 'while', 'whilst', 'when', 'so', 'then', 'said', 'says', 'added', 'which', 'who', 'where', 'because', 'since',
  'although', 'though', 'if', 'after', 'now', 'today', 'meanwhile', 'however', 'how', 'why', 'also', 'yesterday', 'once', 'until', 'unless',
]);
// `... have been accepted by the government`: the agent of a passive pledge.
const PASSIVE_AGENT = /^\s+by\s+((?:the\s+)?(?:[A-Z][\w’'&-]*|government|ministers|councils?|department|ministry|regulator)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|government|minister|secretary))*)/;

/**
 * The actor of a commitment as written: the subject of its first pledge verb (`the government`, `Ofsted`,
 * `Education Secretary Gillian Keegan`, `We`), when the sentence names one.
 * @example findActor('The Department for Education will publish guidance.') // 'The Department for Education'
 */
export function findActor(sentence: string): string | undefined {
  PLEDGE_VERB.lastIndex = 0;
  for (let m = PLEDGE_VERB.exec(sentence); m; m = PLEDGE_VERB.exec(sentence)) {
    if (/\b(?:is|are|was|were|been|be)\s/.test(m[0]) && /ed$/.test(m[0])) {
      const agent = PASSIVE_AGENT.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 120));
      if (agent) return trimConnectors(agent[1]);
    }
    const subject = subjectBefore(sentence, m.index);
    if (subject) return subject;
  }
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(sentence); m; m = REPORTING_VERB.exec(sentence)) {
    const subject = subjectBefore(sentence, m.index);
    if (subject) return subject;
  }
  const source = ACCORDING_TO.exec(sentence);
  return source ? trimConnectors(source[1]) : undefined;
}

/** The noun phrase ending right before `end`, read backwards word by word (at most a few words, so the cost is bounded). */
function subjectBefore(sentence: string, end: number): string | undefined {
  const words = sentence.slice(Math.max(0, end - 160), end).split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  let first = words.length;
  let headFound = false;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 10; i--) {
    const raw = words[i];
    const word = raw.replace(/^[“"‘'(]+/, '');
    if (!word || /[,;:.!?)”"]$/.test(word)) break;
    const lower = word.toLowerCase();
    if (!headFound) {
      if (/['’]s$/.test(word)) return undefined;
      if (PRONOUNS.has(lower) || /^[A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word) || /^\d{4}$/.test(word) || ACTOR_HEADS.has(lower)) {
        headFound = true;
        first = i;
        if (PRONOUNS.has(lower)) break;
        if (word !== raw) break;
        continue;
      }
      return undefined;
    }
    if (/^[A-Z\d]/.test(word) || /['’]s$/.test(word) || MODIFIERS.has(lower) || CONNECTORS.has(lower) || ACTOR_HEADS.has(lower)) {
      if (PRONOUNS.has(lower) || (lower !== 'and' && SUBJECT_OPENERS.has(lower) && !/^[A-Z]/.test(word))) break;
      first = i;
      if (word !== raw) break;
      continue;
    }
    break;
  }
  if (!headFound) return undefined;
  while (first < words.length - 1 && CONNECTORS.has(words[first].toLowerCase())) first++;
  const before = first > 0 ? words[first - 1] : '';
  if (before && !/[,;:.!?)”"–—-]$/.test(before) && !SUBJECT_OPENERS.has(before.toLowerCase())) return undefined;
  const phrase = words.slice(first).join(' ').replace(/^[“"‘'(]+/, '');
  if (!phrase || /^(?:The|A|An|This|That|These|Those)$/.test(phrase) || /^\d/.test(phrase) || /^(?:In|On|By|From|As|At|For|With|Under|To|Of|Into|Through)\b/.test(phrase)) return undefined;
  return phrase;
}

function trimConnectors(phrase: string): string {
  return phrase.replace(/\s+(?:of|for|and)$/, '');
}
