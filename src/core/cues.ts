import { VERB_WORDS } from './actor';
import { PHRASE_WORDS, TIME_WORDS } from './deadline';
import type { DeadlineWords } from './deadline';
import { splitWords, type Words } from './words';

/**
 * The words and phrases that signal a commitment or a recommendation. One scan over a text's words finds
 * its anchor words by hash look-up; each anchor's neighbours are then checked in place in its sentence, so
 * the cost stays linear and small however many phrases the classifiers know.
 */
export const Cue = {
  /** Pledge or announcement wording: `set out plans`, `to be rolled out`, `aims to`. */
  Pledge: 1 << 0,
  /** A pledge strong enough to stand beside a demand: `announced`, `committed`, `is investing`. */
  FirmPledge: 1 << 1,
  /** `will`, `shall`, `would` followed by an act rather than a consequence (`will mean`, `will be welcomed`). */
  Future: 1 << 2,
  /** A money amount with a scale word: `£45m`, `A$10 billion`, `₹2.78 lakh crore`. */
  Money: 1 << 3,
  /** An actor acting now: `we're providing`, `the government is investing`. */
  ActingNow: 1 << 4,
  /** A public body or its plan reported acting: `the department ... provides`, `Budget 2025 ... includes`. */
  BodyActing: 1 << 5,
  /** A commentator's forecast: `risk falling short`, `could fail`. */
  Forecast: 1 << 6,
  /** A call for action: `calls for`, `urged`, `it is vital that`, `needs to`, normative `should`/`must`. */
  Demand: 1 << 7,
  /** `recommend`, `recommendations`. */
  Recommend: 1 << 8,
  /** `proposal(s)`, `proposed`, `proposes`. */
  Proposal: 1 << 9,
  /** A proposal made by someone named: `proposed by`, `proposes`, `a proposal put forward by`. */
  ProposalByOthers: 1 << 10,
  /** An executive that proposes its own plans: `the Commission`, `the government`, `the proposal`. */
  ExecutiveProposer: 1 << 11,
  /**
   * A verb a headline reports an act with (`launches`, `boost`) among the first words, or a web address (whose
   * words are not read): only then can the sentence read as such a headline.
   */
  HeadlineVerb: 1 << 12,
} as const;

export interface Cues {
  /** `Cue` bits. */
  flags: number;
  /** Offset of the last firm pledge, or -1. */
  lastFirmPledge: number;
}

// Roles an anchor word can play; a word may have several.
const FIRM = 1;
const PLEDGE = 2;
const CONTEXT = 4;
const FUTURE = 8;
const SUBJECT = 16;
const BODY = 32;
const DEMAND = 64;
const MODAL = 128;
const RECOMMEND = 256;
const PROPOSAL = 512;
const ACTING = 1024;
const EXECUTIVE = 2048;
const HEADLINE = 4096;
const EMBEDDER = 8192;
// Context words whose only cue is a pledge, or only a demand: once the sentence has that cue they need no reading.
const PLEDGE_ONLY = 16384;
const DEMAND_ONLY = 32768;
// Verbs that frame a forecast (`warned`, `suggest`, `predicts`): a later `will` may be theirs, not a pledge.
const FORECASTER = 1 << 19;
const CUE_ROLES = 65535 | FORECASTER;
// Not cues: words where other readers' patterns may start, marked in the same scan so they need not read every character.
const VERB_START = 1 << 16;
const TIME_WORD = 1 << 17;
const PHRASE_START = 1 << 18;
const MARK_ROLES = VERB_START | TIME_WORD | PHRASE_START;

const ROLES = new Map<string, number>();
function assign(role: number, words: string): void {
  for (const word of words.split(' ')) ROLES.set(word, (ROLES.get(word) ?? 0) | role);
}
assign(
  FIRM,
  'announces announced announcing reannounced re-announced re-announces pledges pledged vows vowed committed confirms confirmed launches launched unveils unveiled invests invested investing allocates allocated earmarks earmarked accepts accepted',
);
assign(
  PLEDGE,
  'announce reannounce re-announce announcement announcements pledge pledging vow promise promising commitment commitments confirm confirming unveil unveiling launch launching reveals revealed revealing earmark earmarking allocate allocating secures secured invest trialled trialed trialling trialing piloted piloting backs funds approve approves approved delegate delegates delegated adopts adopted',
);
assign(FUTURE, 'will shall would');
assign(
  SUBJECT,
  'government governments department ministry minister ministers secretary chancellor president council councils commission agency dfe nhs budget plan plans strategy proposal programme program order initiative settlement scheme reforms package report response executive consultation administration treasury cabinet',
);
assign(EXECUTIVE, 'government governments commission president department ministry minister ministers consultation administration chancellor treasury dfe cabinet');
assign(
  BODY,
  'provides provided include includes invest invests delivers delivering create creates introduces introducing establish establishes established establishing extend extends extended extending expand expands expanded expanding increases increased require requires direct directs allow allows enable enables give gives offer offers targets highlight highlights indicated select selects',
);
assign(DEMAND, 'urge urges urged urging demands demanded demanding');
assign(MODAL, 'should shouldn must mustn');
assign(RECOMMEND, 'recommend recommends recommended recommending recommendation recommendations');
assign(PROPOSAL, 'proposal proposals propose proposed proposes proposing');
assign(
  ACTING,
  'providing investing funding delivering introducing launching creating extending expanding spending allocating committing pledging backing legislating establishing doubling tripling rolling setting taking putting making',
);

// How readInContext reads each context word; words read alike share a rule.
const enum Rule {
  Promise = 1,
  Outline,
  AgreeTo,
  Set,
  SetOut,
  PutForward,
  RollOut,
  BackedBy,
  GiveBacking,
  ToFund,
  TargetedAt,
  ProvideFunding,
  Made,
  TakeForward,
  TakenForward,
  PushedForward,
  ToBeDone,
  PlanTo,
  ExpectedToBeDone,
  DeterminedTo,
  LookForward,
  MissionNumber,
  NewInvestment,
  GoingTo,
  Forecast,
  WithoutSufficient,
  CallFor,
  PressFor,
  AdviseTo,
  OrderTo,
  WantTo,
  AskTo,
  HopeAuthorityWill,
  Lets,
  ItIsVital,
  UrgentNeed,
  NeedFor,
  NeedsTo,
  Needed,
  OughtTo,
  QuestionsTheGovernment,
  MovesTo,
  HasAsked,
  RespondTo,
  InResponseTo,
  CurrencyCode,
  ScaleInWords,
  Crore,
  HalfABillion,
}
const RULES = new Map<string, Rule>([
  ...rule(Rule.Promise, 'promises promised'),
  ...rule(Rule.Outline, 'outlines outlined'),
  ...rule(Rule.AgreeTo, 'commit commits committing agree agrees agreed decided'),
  ...rule(Rule.Set, 'set'),
  ...rule(Rule.SetOut, 'sets setting laid lay lays laying'),
  ...rule(Rule.PutForward, 'put puts'),
  ...rule(Rule.RollOut, 'roll rolls rolled rolling'),
  ...rule(Rule.BackedBy, 'backed'),
  ...rule(Rule.GiveBacking, 'gave give gives giving'),
  ...rule(Rule.ToFund, 'fund'),
  ...rule(Rule.TargetedAt, 'targeted'),
  ...rule(Rule.ProvideFunding, 'provides provided providing'),
  ...rule(Rule.Made, 'made'),
  ...rule(Rule.TakeForward, 'take taking takes'),
  ...rule(Rule.TakenForward, 'taken'),
  ...rule(Rule.PushedForward, 'pushed'),
  ...rule(Rule.ToBeDone, 'published launched delivered offered introduced established implemented extended expanded spent created built funded placed'),
  ...rule(Rule.PlanTo, 'plans plan planned planning aims aim aimed intends intend intended seeks seek expects expect'),
  ...rule(Rule.ExpectedToBeDone, 'expected'),
  ...rule(Rule.DeterminedTo, 'determined'),
  ...rule(Rule.LookForward, 'look looks looking'),
  ...rule(Rule.MissionNumber, 'mission'),
  ...rule(Rule.NewInvestment, 'investment investments'),
  ...rule(Rule.GoingTo, 'going'),
  ...rule(Rule.Forecast, 'risk risks could might may'),
  ...rule(Rule.WithoutSufficient, 'without'),
  ...rule(Rule.CallFor, 'call calls called calling'),
  ...rule(Rule.PressFor, 'press presses pressed pressing push pushes pushing lobby lobbies lobbied lobbying campaign campaigns campaigned campaigning appeal appeals appealed appealing'),
  ...rule(Rule.AdviseTo, 'advise advises advised advising'),
  ...rule(Rule.OrderTo, 'ordered orders told tells directed directs instructed instructs'),
  ...rule(Rule.WantTo, 'want wants wanted'),
  ...rule(Rule.AskTo, 'ask asks asking'),
  ...rule(Rule.HopeAuthorityWill, 'hope hopes'),
  ...rule(Rule.Lets, 'let'),
  ...rule(Rule.ItIsVital, 'vital essential crucial imperative important right time'),
  ...rule(Rule.UrgentNeed, 'urgent'),
  ...rule(Rule.NeedFor, 'need'),
  ...rule(Rule.NeedsTo, 'needs'),
  ...rule(Rule.Needed, 'needed'),
  ...rule(Rule.OughtTo, 'ought'),
  ...rule(Rule.QuestionsTheGovernment, 'questions'),
  ...rule(Rule.MovesTo, 'moves'),
  ...rule(Rule.HasAsked, 'asked given selected'),
  ...rule(Rule.RespondTo, 'respond responds responded responding'),
  ...rule(Rule.InResponseTo, 'response'),
  ...rule(Rule.CurrencyCode, 'inr usd eur gbp aud cad nzd rs'),
  ...rule(Rule.ScaleInWords, 'million billion trillion'),
  ...rule(Rule.Crore, 'crore'),
  ...rule(Rule.HalfABillion, 'half'),
]);
function rule(r: Rule, words: string): [string, Rule][] {
  return words.split(' ').map((word) => [word, r]);
}
// Context words, each read by its rule; money words (`million`, `crore`) start or end an amount, which is checked in place.
assign(CONTEXT, [...RULES.keys()].join(' '));
assign(
  PLEDGE_ONLY,
  'agree agrees agreed decided outlines outlined commit commits committing set sets setting laid lay lays laying roll rolls rolled rolling backed gave give gives giving fund targeted provides provided providing pushed published launched delivered offered introduced established implemented extended expanded spent created built funded placed plans plan planned planning aims aim aimed intends intend intended seek expects expect expected determined look looks looking mission investment investments',
);
// The words of the rules that can only find a demand.
const DEMAND_RULES = new Set([
  Rule.CallFor, Rule.PressFor, Rule.AdviseTo, Rule.OrderTo, Rule.WantTo, Rule.AskTo, Rule.HopeAuthorityWill, Rule.Lets, Rule.ItIsVital,
  Rule.UrgentNeed, Rule.NeedFor, Rule.NeedsTo, Rule.Needed, Rule.OughtTo, Rule.QuestionsTheGovernment,
]);
assign(DEMAND_ONLY, [...RULES].filter(([, r]) => DEMAND_RULES.has(r)).map(([word]) => word).join(' '));
// Headline verbs, and the words that embed a question (`whether ... will`), whose patterns are tried only when one is found.
assign(HEADLINE, 'researching plans launches unveils announces reveals pledges commits sets confirms extends expands boost welcomes');
assign(EMBEDDER, 'how whether what if why when unless');
assign(
  FORECASTER,
  'warn warns warned warning suggest suggests suggested suggesting predict predicts predicted predicting estimate estimates estimated ' +
    'estimating forecast forecasts forecasted forecasting fear fears feared fearing believe believes believed believing think thinks thinking',
);
assign(VERB_START, VERB_WORDS.join(' '));
assign(TIME_WORD, TIME_WORDS.join(' '));
assign(PHRASE_START, PHRASE_WORDS.join(' '));

interface Anchor {
  word: string;
  roles: number;
  /** How a context word is read, else 0. */
  rule: Rule | 0;
  id: number;
}
const ANCHOR_LIST: Anchor[] = [];

/**
 * The anchor words by a hash of their lower-cased letters (open addressing), so a sentence's words are looked
 * up as they are scanned, without cutting them out of the sentence or lower-casing them.
 */
// Sparse (under a tenth full), so most words that are no anchor meet an empty slot at once.
const TABLE_BITS = 13;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const TABLE_HASHES = new Int32Array(1 << TABLE_BITS);
// Anchor ids, -1 for an empty slot.
const TABLE_IDS = new Int32Array(1 << TABLE_BITS).fill(-1);
// A bit for each slot where some anchor's probe starts: far smaller than the table, it tells most words that are no anchor at once.
const FIRST_SLOTS = new Int32Array(1 << (TABLE_BITS - 5));
for (const [word, roles] of ROLES) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = foldHash(hash, word.charCodeAt(k));
  let slot = firstSlot(hash);
  while (TABLE_IDS[slot] >= 0) slot = (slot + 1) & TABLE_MASK;
  const anchor = { word, roles, rule: RULES.get(word) ?? 0, id: ANCHOR_LIST.length };
  ANCHOR_LIST.push(anchor);
  TABLE_HASHES[slot] = hash;
  TABLE_IDS[slot] = anchor.id;
  FIRST_SLOTS[firstSlot(hash) >>> 5] |= 1 << (firstSlot(hash) & 31);
}

/** Every cue word, in lower case: each is found by its hash in the anchor table. */
export function cueWords(): string[] {
  return ANCHOR_LIST.map((anchor) => anchor.word);
}

/** The hash's bits mixed, as words that differ only in their last letters differ only in a hash's low bits. */
function firstSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** Hashes letters in either case alike (`| 0x20` also maps `_` to DEL, which no anchor holds: look-ups still compare the letters). */
function foldHash(hash: number, c: number): number {
  return (Math.imul(hash, 31) + (c | 0x20)) | 0;
}

/** A word with this `foldHash` may be an anchor. */
function mayBeAnchor(hash: number): boolean {
  const slot = firstSlot(hash);
  return (FIRST_SLOTS[slot >>> 5] & (1 << (slot & 31))) !== 0;
}

/** The anchor word that `sentence[start, end)` spells in any case, if any. */
function anchorAt(sentence: string, start: number, end: number, hash: number): Anchor | undefined {
  for (let slot = firstSlot(hash); ; slot = (slot + 1) & TABLE_MASK) {
    const id = TABLE_IDS[slot];
    if (id < 0) return undefined;
    if (TABLE_HASHES[slot] === hash && spells(sentence, start, end, ANCHOR_LIST[id].word)) return ANCHOR_LIST[id];
  }
}

/** `sentence[start, end)` is `lower` (a lower-case ASCII word) in any case. */
function spells(sentence: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = sentence.charCodeAt(start + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** A character of a word as `\b` sees it: ASCII letters, digits and `_`. */
function isWordChar(c: number): boolean {
  return CHAR_KINDS[c] === WORD_CHAR;
}
// What each UTF-16 code unit is to the scan (0 for anything else), in one look-up that needs no range check.
const WORD_CHAR = 1;
const CURRENCY_CHAR = 2;
const APOSTROPHE_CHAR = 3;
const CHAR_KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) if (/\w/.test(String.fromCharCode(c))) CHAR_KINDS[c] = WORD_CHAR;
for (const c of [0xa3, 0x24, 0x20ac, 0x20b9, 0xa5]) CHAR_KINDS[c] = CURRENCY_CHAR;
for (const c of [0x27, 0x2019]) CHAR_KINDS[c] = APOSTROPHE_CHAR;

// A money amount read from its currency sign or code (`£45m`, `A$10 billion`, `INR 500 crore`), or back from its scale word.
// A sum a trend moved by describes the past, whoever spent it: `funding has fallen by £2.2bn`.
const TREND_BY = /(?<=\b(?:fallen|fell|risen|rose|declined|grown|grew|shrunk|shrank)\s+by\s+(?:(?:almost|nearly|about|around|over|more\s+than|some)\s+)?(?:[A-Z]{1,3})?)/iy;
// A sum missing or overspent is no money put into something: `a £4bn funding gap`, `a shortfall of £4 billion`.
const GAP_AFTER = /\s*(?:funding\s+|spending\s+|budget\s+)?(?:gap|shortfall|black\s+hole|deficit|overspend)\b/iy;
const GAP_BEFORE = /(?<=\b(?:gap|shortfall|black\s+hole|deficit|overspend)\s+of\s+(?:(?:almost|nearly|about|around|over|more\s+than|some|up\s+to)\s+)?(?:[A-Z]{1,3})?)/iy;
const AMOUNT_AFTER_CURRENCY = /\.?\s?\d[\d,.]*\s?(?:m|bn|tn|k|million|billion|trillion|crore|lakh)\b/iy;
const AMOUNT_IN_WORDS = /(?<=\b\d[\d,.]*\s?)(?:million|billion|trillion)\s+(?:pounds|dollars|euros|rupees)\b|(?:million|billion|trillion)-(?:dollar|pound|euro)\b/iy;
const AMOUNT_IN_CRORE = /(?<=\b\d[\d,.]*\s?(?:lakh\s+)?)crore\b/iy;
const HALF_A_BILLION = /half\s+a\s+billion\b/iy;

// What follows `will`: optional adverbs, then the verb and the word after it.
const AFTER_MODAL = /\s+(?:(?:also|now|then|further|continue to|still|soon|initially|jointly)\s+)?[‘'"“]?(\w+)(?:\s+(\w+))?/y;
const CONSEQUENCE_VERB = /\s+(?:also\s+)?(?:help|enable|allow|make|mean|give|bring|put)\b/y;
// What someone warns, predicts or believes will happen is their forecast: `the charities warned the pandemic will exacerbate …`,
// `the authors suggest that demand will keep rising`.
const FORECAST_FRAME = /(?<=\b(?:(?:warn|suggest|predict|forecast|fear|think)(?:s|ed|ing)?|(?:estimat|believ)(?:e|es|ed|ing))\s+(?:that\s+)?(?:[\w’'-]+,?\s+){1,8})/iy;
const CONSEQUENCE_SUBJECT = /(?<=\b(?:this|that|these|it|which)\s+)/iy;

// Verbs after `will` that describe consequences, forecasts or opinions rather than acts someone undertakes.
const EFFECT_VERBS = new Set([
  'mean', 'need', 'have', 'depend', 'signal', 'not', 'never', 'likely', 'probably', 'surely', 'close', 'remain', 'cost', 'face', 'struggle',
  'find', 'come', 'fall', 'rise', 'go', 'happen', 'feel', 'look', 'seem', 'vary', 'result', 'affect', 'lead', 'suffer', 'prove', 'doubtless',
  'fail', 'lose', 'miss', 'worsen', 'collapse', 'backfire', 'hurt', 'harm', 'damage', 'hit', 'cause', 'undermine', 'leave',
]);
const EFFECT_AFTER_BE = new Set([
  'welcomed', 'critical', 'crucial', 'key', 'vital', 'essential', 'important', 'able', 'limited', 'convenient', 'difficult', 'hard', 'easy',
  'possible', 'impossible', 'needed', 'required', 'a', 'an', 'the', 'no', 'good', 'bad', 'better', 'worse', 'interesting', 'seen', 'defined',
  'left', 'affected', 'hit', 'forced', 'unable', 'lost', 'harder', 'easier', 'clear', 'too', 'interested', 'happy', 'glad', 'pleased',
  'enough', 'sufficient', 'effective', 'successful', 'worth', 'tough', 'challenging', 'remembered', 'missed',
]);

// Neighbours checked around an anchor: sticky expressions read forwards from its end, lookbehinds backwards from its start.
const NEXT = {
  to: /\s+to\b/y,
  rollOut: /\s+out\b/y,
  out: /\s+out\b(?!\s+(?:in|at|by|above|below|here)\b)/y,
  forward: /\s+forward\b/y,
  forwardProposals: /\s+forward\s+(?:\w+\s+){0,4}proposals?\b/y,
  by: /\s+by\b/y,
  backing: /\s+(?:his|her|its|their|full)\s+backing\b/y,
  at: /\s+at\b/y,
  funding: /\s+(?:funding|£|\$|€)/y,
  money: /\s+(?:£|\$|€)/y,
  toAtFor: /\s+(?:to|at|for)\b/y,
  reference: /\s+(?:below|above|here|in|earlier|previously)\b/y,
  byOrMoney: /\s+(?:by\b|£|\$|€|to\s+the\s+tune)/y,
  toBeDone: /\s+to\s+be\s+\w+(?:ed|en|t)\b/y,
  forwardToWork: /\s+forward\s+to\s+(?:working|doing|delivering)\b/y,
  digit: /\s+\d/y,
  forecast: /\s+(?:falling|fall|fail|failing|be\s+limited|undermine|not)\b/y,
  sufficient: /\s+sufficient\b/y,
  callFor: /\s+(?:for|on|upon)\b/y,
  // Acts a government is reported as going to do: `expected to publish`.
  toAct: /\s+to\s+(?:publish|announce|set\s+out|confirm|introduce|launch|unveil|outline|deliver|bring\s+forward|lay|table|reveal|sign|approve|provide|spend|invest|allocate|legislate|consult)\b/y,
  // `has set a target of 6,500 teachers`, `set new goals`.
  aTarget: /\s+(?:(?:a|an|new|clear|ambitious)\s+)?(?:targets?|goals?|ambitions?|deadline)\b/y,
  // `pressing for a ban`, not `pressed on with` (`pushed` keeps its own rule: `pushed forward`).
  pressFor: /\s+for\b/y,
  // `advised ministers to delay`: someone else is to act, not the speaker (`was advised to`).
  someoneTo: /(?:\s+(?!to\b)[\w’'-]+){1,4}?\s+to\s+[a-z]/y,
  // `I hope the Minister will look again`: a call on an authority, put politely.
  authorityWill: /\s+(?:that\s+)?(?:the\s+|my\s+right\s+hon\.\s+friend\s+the\s+)?(?:government|ministers?|secretary\s+of\s+state|department|councils?|chancellor|treasury|prime\s+minister)\s+will\b/iy,
  // `want the government to scrap`: an authority is asked to act; `we want every child to get …` is an aim.
  authorityTo: /\s+(?:the\s+)?(?:government|ministers?|councils?|department|treasury|chancellor|prime\s+minister|(?:local\s+)?authorities|nhs|regulators?|parliament|mps|congress|commission|state)\s+to\s+[a-z]/iy,
  apostropheS: /['’]s\b/y,
  thatToFor: /\s+(?:that|to|for)\b/y,
  need: /\s+need\b/y,
  needFor: /\s+(?:for|to|more)\b/y,
  needsTo: /\s+(?:to|more)\b/y,
  theGovernment: /\s+the\s+government\b/y,
  haveBeen: /\s+have\s+been\b/y,
  beAchieved: /\s+be\s+achieved\b/y,
  byOthers: /\s+(?:put\s+forward\s+|made\s+)?by\b/y,
  putForward: /\s+put\s+forward\b/y,
  decision: /\s+decision\b/y,
  action: /\s+action\b/y,
  pound: /\s+£/y,
  up: /\s+up\b/y,
};
const BEFORE = {
  the: /(?<=\bthe\s+)/yi,
  to: /(?<=\bto\s+)/yi,
  toBe: /(?<=\bto\s+be\s+)/yi,
  investmentAdjective: /(?<=\b(?:record|new|additional|extra|further|major|significant|targeted|planned|capital|public)\s+)/yi,
  goingAux: /(?<=\b(?:is|are)\s+)/yi,
  itIs: /(?<=\bit\s+is\s+[“"‘']?)/yi,
  itWillBe: /(?<=\bit\s+will\s+be\s+)/yi,
  an: /(?<=\ban\s+)/yi,
  neededAux: /(?<=\b(?:is|are|was|were|remains?)\s+(?:still\s+|urgently\s+|badly\s+)?)/yi,
  // `so money goes where it is needed most`: a place, not a call for it.
  whereNeeded: /(?<=\b(?:where|when|whenever|wherever|if|as|than)\s+(?:it|they|this|support|help|money|funding)\s+(?:is|are|was|were)\s+(?:most\s+)?)/yi,
  descriptive: /(?<=\bas\s+(?:\w+\s+)?as\s+(?:it|they|we|you)\s+)/yi,
  that: /(?<=\bthat\s+)/yi,
  executive: /(?<=(?:\bthe|\bas|today['’]s)\s+)/yi,
  has: /(?<=\bhas\s+)/yi,
  passive: /(?<=\b(?:is|are|was|were|been|be|being|has|have|had)\s+(?:(?:now|also|already|fully|jointly|partly|directly)\s+)?)/yi,
  embedded: /(?<=\b(?:how|whether|what|if|why|when|unless)\s+(?:[\w’'-]+\s+){0,4})/yi,
  in: /(?<=\bin\s+)/yi,
  acting: /(?<=(?:\b(?:is|are|has|have)|\bwe['’]re|['’]re|\bwe['’]ve)\s+(?:(?:now|also|again|already|currently|today|jointly)\s+)*)/yi,
};
const ESSENTIAL_STEP = /[^.]{0,40}\bstep\b/y;
const CLAUSE_BREAK = /[.;:]/;


/** The furthest a headline's verb may start (see HEADLINE_ACT in commitments.ts). */
const HEADLINE_REACH = 81;

/** Longest distance from a body's name to its verb, so `the government ... provides` stays within a clause. */
const BODY_REACH = 120;

/**
 * The cues of one sentence.
 * @example readCues('The government will invest £10m.').flags & Cue.Future // non-zero
 */
export function readCues(sentence: string): Cues {
  SCRATCH.count = 0;
  scanCueWords(sentence, 0, sentence.length, SCRATCH, undefined);
  return readCueWords(sentence, SCRATCH.values, 0, SCRATCH.count, 0);
}

/** Offsets, in order, of some words of a sentence, from its start: `values[0, count)`. */
export interface WordOffsets {
  readonly values: ArrayLike<number>;
  readonly count: number;
}

/**
 * Numbers in a typed array that grows as needed: `values[0, count)`. A list kept from one text to the next
 * allocates nothing once it has grown to fit.
 */
class IntList implements WordOffsets {
  // Empty until the first number comes, so that the array is replaced while its readers are new: replaced
  // only after they are optimised, it would throw their optimised code away in the middle of a scan.
  values = new Int32Array(0);
  count = 0;

  push(a: number): void {
    if (this.count === this.values.length) this.grow();
    this.values[this.count++] = a;
  }

  push2(a: number, b: number): void {
    if (this.count + 2 > this.values.length) this.grow();
    this.values[this.count++] = a;
    this.values[this.count++] = b;
  }

  push3(a: number, b: number, c: number): void {
    if (this.count + 3 > this.values.length) this.grow();
    this.values[this.count++] = a;
    this.values[this.count++] = b;
    this.values[this.count++] = c;
  }

  private grow(): void {
    const values = new Int32Array(Math.max(256, this.values.length * 2));
    values.set(this.values);
    this.values = values;
  }
}
const SCRATCH = new IntList();

/**
 * The cues of every sentence of a text, its cue words found in one scan of the whole text (much cheaper
 * than one scan per sentence). Gives the same cues as `readCues`.
 * @example const cues = new TextCues(text); cues.of(text.slice(0, 20), 0, 20)
 */
export class TextCues {
  private readonly hits: IntList;
  private cursor = 0;
  // Role and offset of each word of MARK_ROLES, and of each web address (whose words the scan skips).
  private readonly marks: IntList;
  private markCursor = 0;
  // What verbsIn and deadlineWordsIn give, filled anew by each call.
  private readonly verbs: IntList;
  private readonly deadlineWords: { times: IntList; phrases: IntList };

  /**
   * `words` are `splitWords(text)`, when the caller has them already. Given `reuse` (a TextCues of an earlier
   * text, not read again), its lists are filled instead of new ones, so that a caller reading document after
   * document does not allocate them each time.
   */
  constructor(
    private readonly text: string,
    words: Words = splitWords(text),
    reuse?: TextCues,
  ) {
    this.hits = reuse?.hits ?? new IntList();
    this.marks = reuse?.marks ?? new IntList();
    this.verbs = reuse?.verbs ?? new IntList();
    this.deadlineWords = reuse?.deadlineWords ?? { times: new IntList(), phrases: new IntList() };
    this.hits.count = 0;
    this.marks.count = 0;
    findCueWords(text, words, this.hits, this.marks);
  }

  /** The cues of `sentence`, which is `text[start, end)`; sentences are asked for in text order. */
  of(sentence: string, start: number, end: number): Cues {
    if (this.cutInWord(start, end)) return readCues(sentence);
    const { values: hits, count } = this.hits;
    let first = this.cursor;
    while (first < count && hits[first + 1] < start) first += 3;
    let last = first;
    while (last < count && hits[last + 1] < end) last += 3;
    this.cursor = last;
    return readCueWords(sentence, hits, first, last, start);
  }

  /**
   * The offsets in `text[start, end)`, from `start`, of its words in `VERB_WORDS`, for `findActor`; undefined
   * when the sentence must be read on its own. Sentences are asked for in text order; the offsets hold until
   * the next call.
   */
  verbsIn(start: number, end: number): WordOffsets | undefined {
    return this.marksIn(VERB_START, start, end, this.verbs) ? this.verbs : undefined;
  }

  /** The same as `verbsIn` for the words in `TIME_WORDS` and in `PHRASE_WORDS`, for `findDeadline`. */
  deadlineWordsIn(start: number, end: number): DeadlineWords | undefined {
    const words = this.deadlineWords;
    return this.marksIn(TIME_WORD, start, end, words.times) && this.marksIn(PHRASE_START, start, end, words.phrases) ? words : undefined;
  }

  /** A sentence cut inside a word (see MAX_SENTENCE_LENGTH) is read on its own, as its words differ from the text's. */
  private cutInWord(start: number, end: number): boolean {
    const text = this.text;
    return (start > 0 && !isSpace(text.charCodeAt(start - 1))) || (end < text.length && !isSpace(text.charCodeAt(end)));
  }

  /** Fills `found` with the offsets of the words with `role` in `text[start, end)`; false when the sentence must be read on its own. */
  private marksIn(role: number, start: number, end: number, found: IntList): boolean {
    if (this.cutInWord(start, end)) return false;
    const { values: marks, count } = this.marks;
    let k = this.markCursor;
    while (k < count && marks[k + 1] < start) k += 2;
    this.markCursor = k;
    found.count = 0;
    for (; k < count && marks[k + 1] < end; k += 2) {
      // Other readers' patterns match inside web addresses too.
      if (marks[k] === ADDRESS_MARK) return false;
      if (marks[k] & role) found.push(marks[k + 1] - start);
    }
    return true;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

// What a found cue word is, besides an anchor (whose id is stored).
const CURRENCY_SIGN = -1;
const CONTRACTION = -2;
const WEB_ADDRESS = -3;
/** The mark of a web address. */
const ADDRESS_MARK = 1 << 19;

/**
 * Appends the cue words of `text` to `hits`, three numbers each: anchor id (or CURRENCY_SIGN,
 * CONTRACTION, WEB_ADDRESS), start, end. Words run as `\b` sees them; web addresses are skipped. Words with MARK_ROLES, and
 * web addresses, go to `marks`, two numbers each: roles (or ADDRESS_MARK), start.
 *
 * Most words `splitWords` found are such words already, with the same hash, and most gaps between them hold
 * nothing a cue can start with: those words are looked up at once, and only the rest of the text is read
 * character by character.
 */
function findCueWords(text: string, words: Words, hits: IntList, marks: IntList): void {
  const { count, starts, ends, hashes, plain } = words;
  let done = 0;
  for (let w = 0; w < count; w++) {
    const start = starts[w];
    if (start < done) continue;
    const end = ends[w];
    const next = text.charCodeAt(end);
    if (plain[w] === 1 && next !== UNDERSCORE && ((start - done === 1 && text.charCodeAt(done) === 0x20) || isInert(text, done, start))) {
      // Only an anchor, a hyphenated word or a web address needs reading.
      done = mayBeAnchor(hashes[w]) || next === 0x2d || next === 0x2e || next === 0x3a ? readWord(text, start, end, hashes[w], hits, marks) : end;
    } else done = scanCueWords(text, done, end, hits, marks);
  }
  scanCueWords(text, done, text.length, hits, marks);
}
const UNDERSCORE = 0x5f;

/** `text[from, to)` holds no word character, currency sign or apostrophe, so no cue word starts there. */
function isInert(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CHAR_KINDS[text.charCodeAt(k)] !== 0) return false;
  return true;
}

/**
 * Reads `text` character by character from `from` (not inside a word) for the cue words that start before
 * `until`, appending them as `findCueWords` does; returns where it stopped, at `until` or past the last word
 * or web address it read. `marks` may be undefined when only the cues are wanted.
 */
function scanCueWords(text: string, from: number, until: number, hits: IntList, marks: IntList | undefined): number {
  const to = text.length;
  let i = from;
  while (i < until) {
    const c = text.charCodeAt(i);
    const kind = CHAR_KINDS[c];
    if (kind !== WORD_CHAR) {
      if (kind === CURRENCY_CHAR) hits.push3(CURRENCY_SIGN, i, i + 1);
      else if (kind === APOSTROPHE_CHAR && i + 3 <= to && spells(text, i + 1, i + 3, 'll') && !(i + 3 < to && isWordChar(text.charCodeAt(i + 3)))) {
        hits.push3(CONTRACTION, i, i + 3);
        i += 3;
        continue;
      }
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let next = c;
    do {
      hash = foldHash(hash, next);
      next = ++i < to ? text.charCodeAt(i) : 0;
    } while (isWordChar(next));
    i = readWord(text, start, i, hash, hits, marks);
  }
  return i;
}

/** Appends what the word `text[start, end)` (with its `foldHash`) is, if anything; returns where reading goes on. */
function readWord(text: string, start: number, end: number, hash: number, hits: IntList, marks: IntList | undefined): number {
  const to = text.length;
  const next = end < to ? text.charCodeAt(end) : 0;
  if (next === 0x2d && end + 1 < to && isWordChar(text.charCodeAt(end + 1))) {
    // Hyphenated anchors (`re-announced`) are read whole; otherwise each part is a word of its own.
    let after = end + 1;
    let compound = foldHash(hash, 0x2d);
    let tail = 0;
    for (; after < to && isWordChar(text.charCodeAt(after)); after++) {
      compound = foldHash(compound, text.charCodeAt(after));
      tail = foldHash(tail, text.charCodeAt(after));
    }
    const anchor = anchorAt(text, start, after, compound);
    if (anchor) {
      hits.push3(anchor.id, start, after);
      // To other readers' patterns the parts are words of their own.
      if (marks) {
        mark(anchorAt(text, start, end, hash), start, marks);
        mark(anchorAt(text, end + 1, after, tail), end + 1, marks);
      }
      return after;
    }
  }
  const anchor = anchorAt(text, start, end, hash);
  if (anchor) {
    if (anchor.roles & CUE_ROLES) hits.push3(anchor.id, start, end);
    if (marks) mark(anchor, start, marks);
  } else if ((next === 0x2e || next === 0x3a) && isAddressStart(text, start, end, to)) {
    if (marks) marks.push2(ADDRESS_MARK, start);
    const after = endOfAddress(text, start, to);
    hits.push3(WEB_ADDRESS, start, after);
    return after;
  }
  return end;
}

function mark(anchor: Anchor | undefined, start: number, marks: IntList): void {
  if (anchor && anchor.roles & MARK_ROLES) marks.push2(anchor.roles & MARK_ROLES, start);
}

/** Reads the cue words `hits[first, last)` of `sentence`, which starts at `offset` in the text they were found in. */
function readCueWords(sentence: string, hits: Int32Array, first: number, last: number, offset: number): Cues {
  const reader = READER.reset(sentence);
  for (let h = first; h < last; h += 3) {
    const code = hits[h];
    const start = hits[h + 1] - offset;
    if (code >= 0) {
      const anchor = ANCHOR_LIST[code];
      reader.read(anchor, start, hits[h + 2] - offset);
    } else if (code === CURRENCY_SIGN) reader.money(AMOUNT_AFTER_CURRENCY, start + 1, start);
    else if (code === CONTRACTION) reader.contraction(start, hits[h + 2] - offset);
    else reader.address();
  }
  return reader.finish();
}

/** `http://`, `https://` or `www.` begins at the word `text[start, end)`. */
function isAddressStart(text: string, start: number, end: number, to: number): boolean {
  if (spells(text, start, end, 'www')) return end < to && text.charCodeAt(end) === 0x2e;
  return (spells(text, start, end, 'http') || spells(text, start, end, 'https')) && end + 3 <= to && text.startsWith('://', end);
}

/** A web address runs to the next space; its words are not cues. */
function endOfAddress(text: string, from: number, to: number): number {
  ADDRESS.lastIndex = from;
  ADDRESS.test(text);
  return Math.min(ADDRESS.lastIndex, to);
}
const ADDRESS = /\S*/y;

/** What one sentence's anchors add up to; the lexicon tells what each anchor word can be, its neighbours what it is here. */
class CueReader {
  flags = 0;
  private sentence = '';
  private lastFirmPledge = -1;
  private consequence = false;
  // Start and end of each `will`, `'ll` or `going to`, as pairs; `futureEnd` marks how far it is filled (cheaper than emptying it).
  private readonly futures: number[] = [];
  private futureEnd = 0;
  private subjectEnd = -1;
  // Offset of the first word that may embed a question (`whether`), or -1.
  private embedderAt = -1;
  // Offset of the first FORECASTER verb, or -1: only a `will` after one can be a forecast's.
  private forecasterAt = -1;

  /** Starts on a new sentence (one reader serves every sentence: reading is synchronous). */
  reset(sentence: string): this {
    this.sentence = sentence;
    this.flags = 0;
    this.lastFirmPledge = -1;
    this.consequence = false;
    this.futureEnd = 0;
    this.subjectEnd = -1;
    this.embedderAt = -1;
    this.forecasterAt = -1;
    return this;
  }

  read(anchor: Anchor, start: number, end: number): void {
    const { word, roles } = anchor;
    if (roles & FIRM) this.firm(start);
    if (roles & PLEDGE) this.flags |= Cue.Pledge;
    if (roles & CONTEXT && !(roles & PLEDGE_ONLY && this.flags & Cue.Pledge) && !(roles & DEMAND_ONLY && this.flags & Cue.Demand)) {
      this.readInContext(word, anchor.rule, start, end);
    }
    if (roles & FUTURE) this.future(start, end);
    if (roles & DEMAND) this.flags |= Cue.Demand;
    if (roles & MODAL && !(this.flags & Cue.Demand) && !this.next(NEXT.haveBeen, end) && !this.before(BEFORE.descriptive, start)) {
      if (!(word === 'should' && this.before(BEFORE.that, start) && this.next(NEXT.beAchieved, end))) this.flags |= Cue.Demand;
    }
    if (roles & RECOMMEND) this.flags |= Cue.Recommend;
    if (roles & PROPOSAL) this.proposal(word, start, end);
    if (roles & ACTING && this.before(BEFORE.acting, start)) this.acting(word, start, end);
    if (roles & BODY && !(this.flags & Cue.BodyActing) && this.subjectEnd >= 0 && start - this.subjectEnd <= BODY_REACH) this.body(start);
    if (roles & HEADLINE && start <= HEADLINE_REACH) this.flags |= Cue.HeadlineVerb;
    if (roles & EMBEDDER && this.embedderAt < 0) this.embedderAt = start;
    if (roles & FORECASTER && this.forecasterAt < 0) this.forecasterAt = start;
    if (roles & SUBJECT) {
      this.subjectEnd = end;
      if (roles & EXECUTIVE) this.flags |= Cue.ExecutiveProposer;
    }
  }

  /** An amount read by `re` at `at`; `from`, where the amount is written from, is where a trend may end (`has fallen by £2bn`). */
  money(re: RegExp, at: number, from = at): void {
    if (this.next(re, at) && !this.next(GAP_AFTER, re.lastIndex) && !this.before(TREND_BY, from) && !this.before(GAP_BEFORE, from)) this.flags |= Cue.Money;
  }

  /** A web address, whose words are not read: any word of it might be a headline verb or embed a question. */
  address(): void {
    this.flags |= Cue.HeadlineVerb;
    if (this.embedderAt < 0) this.embedderAt = 0;
  }

  contraction(start: number, end: number): void {
    this.addFuture(start, end);
  }

  finish(): Cues {
    if (this.futureEnd && !this.consequence && this.hasFutureAct()) this.flags |= Cue.Future;
    return { flags: this.flags, lastFirmPledge: this.lastFirmPledge };
  }

  private readInContext(word: string, rule: Rule | 0, start: number, end: number): void {
    const n = NEXT;
    switch (rule) {
      case Rule.Promise:
        if (!this.before(BEFORE.the, start)) this.firm(start);
        return;
      case Rule.Outline:
        if (!this.next(n.reference, end)) this.pledge();
        return;
      case Rule.AgreeTo:
        if (this.next(n.to, end)) this.pledge();
        return;
      case Rule.Set:
        if (this.next(n.to, end) || this.before(BEFORE.toBe, start) || this.next(n.aTarget, end)) this.pledge();
        if (this.next(n.out, end)) this.pledge();
        return;
      case Rule.SetOut:
        if (this.next(n.out, end) || (word === 'setting' && this.next(n.up, end) && this.before(BEFORE.acting, start))) this.pledge();
        return;
      case Rule.PutForward:
        if (this.next(n.forwardProposals, end)) this.flags |= Cue.Proposal | Cue.ProposalByOthers;
        else if (this.next(n.forward, end)) this.pledge();
        return;
      case Rule.RollOut:
        if (this.next(n.rollOut, end)) this.pledge();
        if (word === 'rolled' && this.before(BEFORE.toBe, start)) this.pledge();
        return;
      case Rule.BackedBy:
        if (this.next(n.by, end)) this.pledge();
        return;
      case Rule.GiveBacking:
        if (this.next(n.backing, end)) this.pledge();
        return;
      case Rule.ToFund:
        if (this.before(BEFORE.to, start)) this.pledge();
        return;
      case Rule.TargetedAt:
        if (this.next(n.at, end)) this.pledge();
        return;
      case Rule.ProvideFunding:
        if (this.next(n.funding, end) || (word === 'provided' && this.before(BEFORE.toBe, start))) this.pledge();
        return;
      case Rule.Made:
        if (this.next(n.money, end) || this.before(BEFORE.toBe, start)) this.pledge();
        if (this.before(BEFORE.has, start)) this.bodyIfNear(start);
        return;
      case Rule.TakeForward:
        if (this.next(n.forward, end)) this.pledge();
        if (word !== 'take' && this.next(n.action, end)) this.bodyIfNear(start);
        return;
      case Rule.TakenForward:
        if (this.next(n.forward, end)) this.firm(start);
        return;
      case Rule.PushedForward:
        if (this.next(n.forward, end)) this.pledge();
        return;
      case Rule.ToBeDone:
        if (this.before(BEFORE.toBe, start)) this.pledge();
        else if (word === 'funded' && (this.before(BEFORE.passive, start) || this.next(n.byOrMoney, end))) this.pledge();
        return;
      case Rule.PlanTo:
        if (this.next(n.toAtFor, end)) this.pledge();
        if (word === 'seeks' && this.next(n.to, end)) this.bodyIfNear(start);
        return;
      case Rule.ExpectedToBeDone:
        // `Ministers are expected to publish …`: an actor reported as going to act; `growth is expected to slow` and
        // `the plan is expected to cost more` are forecasts.
        if (this.next(n.toBeDone, end) || (this.subjectEnd >= 0 && start - this.subjectEnd <= BODY_REACH && this.next(n.toAct, end))) this.pledge();
        return;
      case Rule.DeterminedTo:
        if (this.next(n.to, end)) this.pledge();
        return;
      case Rule.LookForward:
        if (this.next(n.forwardToWork, end)) this.pledge();
        return;
      case Rule.MissionNumber:
        if (this.next(n.digit, end)) this.pledge();
        return;
      case Rule.NewInvestment:
        if (this.before(BEFORE.investmentAdjective, start)) this.pledge();
        return;
      case Rule.GoingTo:
        if (this.before(BEFORE.goingAux, start) && this.next(n.to, end)) {
          const to = this.sentence.indexOf('to', end);
          this.addFuture(start, to + 2);
        }
        return;
      case Rule.Forecast:
        if (this.next(n.forecast, end)) this.flags |= Cue.Forecast;
        return;
      case Rule.WithoutSufficient:
        if (this.next(n.sufficient, end)) this.flags |= Cue.Forecast;
        return;
      case Rule.CallFor:
        if (this.next(n.callFor, end)) this.flags |= Cue.Demand;
        return;
      case Rule.PressFor:
        if (this.next(n.pressFor, end)) this.flags |= Cue.Demand;
        return;
      case Rule.AdviseTo:
      case Rule.OrderTo:
        if (this.next(n.someoneTo, end)) this.flags |= Cue.Demand;
        return;
      case Rule.WantTo:
        if (this.next(n.authorityTo, end)) this.flags |= Cue.Demand;
        return;
      case Rule.HopeAuthorityWill:
        if (this.next(n.authorityWill, end)) this.flags |= Cue.Demand;
        return;
      case Rule.AskTo:
        if (this.next(n.authorityTo, end) || this.next(n.pressFor, end)) this.flags |= Cue.Demand;
        return;
      case Rule.Lets:
        if (this.next(n.apostropheS, end)) this.flags |= Cue.Demand;
        return;
      case Rule.ItIsVital:
        if (this.before(BEFORE.itIs, start) && this.next(n.thatToFor, end)) this.flags |= Cue.Demand;
        else if (word !== 'important' && word !== 'right' && word !== 'time' && this.before(BEFORE.itWillBe, start) && this.next(n.thatToFor, end)) this.flags |= Cue.Demand;
        else if (word === 'essential' && this.before(BEFORE.an, start) && this.next(ESSENTIAL_STEP, end)) this.flags |= Cue.Demand;
        return;
      case Rule.UrgentNeed:
        if (this.next(n.need, end)) this.flags |= Cue.Demand;
        return;
      case Rule.NeedFor:
        if (this.next(n.needFor, end)) this.flags |= Cue.Demand;
        return;
      case Rule.NeedsTo:
        if (this.next(n.needsTo, end)) this.flags |= Cue.Demand;
        return;
      case Rule.Needed:
        if ((this.before(BEFORE.neededAux, start) && !this.before(BEFORE.whereNeeded, start)) || this.next(n.to, end)) this.flags |= Cue.Demand;
        return;
      case Rule.OughtTo:
        if (this.next(n.to, end)) this.flags |= Cue.Demand;
        return;
      case Rule.QuestionsTheGovernment:
        if (this.next(n.theGovernment, end)) this.flags |= Cue.Demand;
        return;
      case Rule.MovesTo:
        if (this.next(n.to, end)) this.bodyIfNear(start);
        return;
      case Rule.HasAsked:
        if (word === 'asked' && this.next(n.authorityTo, end)) this.flags |= Cue.Demand;
        if (this.before(BEFORE.has, start)) this.bodyIfNear(start);
        return;
      case Rule.RespondTo:
        if (this.next(n.to, end)) this.bodyIfNear(start);
        return;
      case Rule.InResponseTo:
        if (this.before(BEFORE.in, start) && this.next(n.to, end)) this.bodyIfNear(start);
        return;
      case Rule.CurrencyCode:
        this.money(AMOUNT_AFTER_CURRENCY, end, start);
        return;
      case Rule.ScaleInWords:
        this.money(AMOUNT_IN_WORDS, start);
        return;
      case Rule.Crore:
        this.money(AMOUNT_IN_CRORE, start);
        return;
      case Rule.HalfABillion:
        this.money(HALF_A_BILLION, start);
        return;
    }
  }

  private future(start: number, end: number): void {
    if (this.forecasterAt >= 0 && this.forecasterAt < start && this.before(FORECAST_FRAME, start)) return;
    if (this.before(CONSEQUENCE_SUBJECT, start) && this.next(CONSEQUENCE_VERB, end)) this.consequence = true;
    this.addFuture(start, end);
  }

  private addFuture(start: number, end: number): void {
    this.futures[this.futureEnd++] = start;
    this.futures[this.futureEnd++] = end;
  }

  private proposal(word: string, start: number, end: number): void {
    this.flags |= Cue.Proposal;
    if (word === 'proposes' || word === 'proposing') this.flags |= Cue.ProposalByOthers;
    else if (word !== 'propose' && this.next(NEXT.byOthers, end)) this.flags |= Cue.ProposalByOthers;
    else if (word.startsWith('proposal') && this.next(NEXT.putForward, end)) this.flags |= Cue.ProposalByOthers;
    if (this.before(BEFORE.executive, start) || (word === 'proposed' && this.next(NEXT.decision, end))) this.flags |= Cue.ExecutiveProposer;
    if (word === 'proposal') this.subjectEnd = end;
  }

  private acting(word: string, start: number, end: number): void {
    const n = NEXT;
    if (word === 'rolling' && !this.next(n.rollOut, end)) return;
    if (word === 'setting' && !this.next(n.up, end)) return;
    if (word === 'taking' && !this.next(n.action, end)) return;
    if ((word === 'putting' || word === 'making') && !this.next(n.pound, end)) return;
    this.flags |= Cue.ActingNow;
    this.firm(start);
  }

  private body(start: number): void {
    if (!CLAUSE_BREAK.test(this.sentence.slice(this.subjectEnd, start))) this.flags |= Cue.BodyActing;
  }

  private bodyIfNear(start: number): void {
    if (this.subjectEnd >= 0 && start - this.subjectEnd <= BODY_REACH) this.body(start);
  }

  private firm(start: number): void {
    this.flags |= Cue.FirmPledge | Cue.Pledge;
    this.lastFirmPledge = start;
  }

  private pledge(): void {
    this.flags |= Cue.Pledge;
  }

  private next(re: RegExp, end: number): boolean {
    re.lastIndex = end;
    return re.test(this.sentence);
  }

  private before(re: RegExp, start: number): boolean {
    re.lastIndex = start;
    return re.test(this.sentence);
  }

  private hasFutureAct(): boolean {
    const at = this.futures;
    for (let i = 0; i < this.futureEnd; i += 2) {
      const start = at[i];
      if (this.sentence.startsWith('Will', start) && (start > 0 || /^Will\s+[A-Z]/.test(this.sentence))) continue;
      if (this.embedderAt >= 0 && this.embedderAt < start && this.before(BEFORE.embedded, start)) continue;
      AFTER_MODAL.lastIndex = at[i + 1];
      const next = AFTER_MODAL.exec(this.sentence);
      if (!next) continue;
      const verb = lowerWord(next[1]);
      if (EFFECT_VERBS.has(verb)) continue;
      if (verb === 'be' && EFFECT_AFTER_BE.has(lowerWord(next[2] ?? ''))) continue;
      return true;
    }
    return false;
  }
}

const READER = new CueReader();

/** An ASCII word in lower case; toLowerCase is slow on text that is not Latin-1, and most words need no change. */
function lowerWord(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return word.toLowerCase();
  }
  return word;
}
