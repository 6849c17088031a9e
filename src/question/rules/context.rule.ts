// Sentences (and "so I can …" clauses) that only tell why the question is asked or thank for the
// answer, around the question itself: "I want to check them against our pay bands." after "Which
// employees make under 47K?" is one, and so is "Thanks in advance!"; "Sorry to bother you, but who
// manages Mohammed Ryan?" is not (it holds the question). A sentence is set aside only when no rule
// read a condition in it, it opens as the asker speaking ("I", "we", "my", "sorry", "thanks") and it
// holds no word that narrows an answer ("only", "not", "except", "without"): "We don't want
// contractors" is refused, never dropped.
// What is set aside is reported back with the answer (QueryPlan.context).
import { FILLERS } from '../fillers.js';
import { PURPOSE_NOUNS } from '../purpose-nouns.js';
import type { Token } from '../token.js';
import { matchAt, matchEndingAt, setAside, type ParseState, type Rule } from '../state.js';

const ASKER_OPENS = /^(i|we|my|our|sorry|thanks|thank|cheers|appreciate|appreciated|much|many|hope|hoping|it|this|that)$/;
/** Words that lead into a sentence without changing who speaks: "Also, I'd like …", "Oh and we need …". */
const LEAD = /^(also|and|oh|so|just|again|anyway|btw|ps)$/;
const NARROWS = /^(only|not|no|never|none|nobody|except|excluding|exclude|without|but|just|solely|exclusively|unless|besides|other|instead)$/;

/** [start, end) of each sentence: the question is split at the semicolons sentences were marked with. */
function sentences(s: ParseState): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  s.tokens.forEach((t, i) => {
    if (t.kind === 'comma' && t.raw === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  });
  out.push({ start, end: s.tokens.length });
  return out.filter((range) => range.end > range.start);
}

/**
 * A narrowing word used of the asker, not of who is asked for: "I just want to avoid pinging people",
 * "I'm trying not to schedule over anyone's break", "I'd rather not book the room twice", "I want to
 * make sure nobody is missed".
 */
function narrowsTheAsker(s: ParseState, i: number): boolean {
  const word = s.tokens[i]?.norm;
  const before = s.tokens[i - 1]?.norm ?? '';
  const after = s.tokens[i + 1]?.norm ?? '';
  if (word === 'just') return /^(i|we|am|are|was|were)$/.test(before) || /^(want|wanted|need|needed|trying|wondering|checking|curious|double)$/.test(after);
  if (word === 'not') return /^(trying|try|tried|rather|want|need)$/.test(before) && after !== 'in';
  // "I want to make sure nobody gets pinged", "to ensure that no one is missed": the asker's aim
  if (/^(nobody|no|none|noone)$/.test(word ?? '')) return matchEndingAt(s, i, 'make_sure|ensure|making_sure|check that?', 3) >= 0;
  return false;
}

/** Says nothing that narrows the answer and holds a word no rule read: [start, end) may be set aside. */
function onlyContext(s: ParseState, start: number, end: number, wordsFrom = start): boolean {
  for (let i = wordsFrom; i < end; i++) if (NARROWS.test(s.tokens[i]?.norm ?? '') && !narrowsTheAsker(s, i)) return false;
  // "the ones who speak Spanish", "people with a company car": people described, so a condition no rule knows
  for (let i = wordsFrom; i < end; i++) if (matchAt(s, i, 'ones|those|people|employees|anyone|anybody|everyone|staff|folks who|that|whose|with|without') > i) return false;
  let unplaced = false;
  for (let i = start; i < end; i++) {
    const rule = s.claimedBy[i];
    // "… and need a headcount": a count said again in the asker's words changes nothing
    if (rule !== null && rule !== 'request' && rule !== 'asker' && !(rule === 'count' && s.intent === 'count')) return false;
    const t = s.tokens[i];
    if (rule === null && t?.kind === 'word' && !FILLERS.has(t.norm)) unplaced = true;
  }
  return unplaced;
}

/**
 * A gerund of what the asker is doing ("sorting seating", "prepping for a review"), but not one that
 * adds or takes out people: "…, including contractors" is a condition no rule knows, never a reason.
 */
function isDoingWord(norm: string): boolean {
  return /ing$/.test(norm) && !/^(including|excluding|counting|missing|during|being|something|anything|nothing|everything|morning|evening)$/.test(norm);
}

/** Words that name a condition or an order: a sentence holding one may narrow the answer, even where no rule read it. */
const CONDITION_WORD =
  /^(salary|salaries|pay|paid|earn|earns|earning|making|makes|hired?|hires|hiring|joined|started|managers?|manages|managed|reports?|reporting|leave|title|titled|department|senior|former|terminated|sort|sorted|sorting|order|ordered|rank|ranked|highest|lowest|newest|oldest|top|only|except|excluding|without|not)$/;

/**
 * "Just double-checking something for the auditors.", "Building a portfolio archive.", "Need names for
 * the safety rota.": what the asker is doing, said without "I". Only when no word of it names a
 * condition, so "Sorting by salary, please." is not set aside even where no rule read it.
 */
function isDoingSentence(s: ParseState, first: number, start: number, end: number): boolean {
  // "double-checking": the word's last part says what kind it is
  const opener = (s.tokens[first + 1]?.joined === true ? s.tokens[first + 1] : s.tokens[first])?.norm ?? '';
  if (!isDoingWord(opener) && !/^(need|needs|needed|want|wanted|planning)$/.test(opener)) return false;
  return !namesACondition(s, start, end);
}

/**
 * Whether [start, end) holds a word that names a condition or an order, where no rule read it as
 * something else: "for a pay review" and "for an equity report" are purposes the request rule read.
 */
function namesACondition(s: ParseState, start: number, end: number): boolean {
  return sentenceWords(s, start, end).some((t) => {
    const i = s.tokens.indexOf(t);
    // "a pay-band proposal", "the pay-floor audit": the first half of a compound names a kind of thing
    return CONDITION_WORD.test(t.norm) && s.claimedBy[i] !== 'request' && s.tokens[i + 1]?.joined !== true;
  });
}

/** The sentence's words but "sorting" in "sorting out desk moves", "sorting keys", which arranges something; "sorting by salary" orders the answer. */
function sentenceWords(s: ParseState, start: number, end: number): Token[] {
  return s.tokens.slice(start, end).filter((t, k) => !(t.norm === 'sorting' && !/^(by|on|in|alphabetically|them|it|the|results)$/.test(s.tokens[start + k + 1]?.norm ?? '')));
}

/**
 * "Sprint capacity planning.", "Board pack prep.", "Gift cards to order.": a later sentence that names
 * what the answer is for, by one of the words for such things, and no condition.
 */
function isPurposeSentence(s: ParseState, start: number, end: number): boolean {
  const words = sentenceWords(s, start, end);
  // "Book them a meeting room for Friday." asks for something else: a second request, not a reason
  if (ERRAND_VERB.test(words.find((t) => t.kind === 'word')?.norm ?? '')) return false;
  return start > 0 && words.some((t) => PURPOSE_NOUNS.has(t.norm)) && !namesACondition(s, start, end);
}

/** Words of the asker's, inside a sentence: "Facilities asked me for a figure." */
const ASKER_WORD = /^(i|me|my|we|us|our)$/;
/**
 * Words that point at the people asked about, ask something, or speak to the assistant: a sentence
 * holding one may be the question itself or a second request ("Then tell me a joke.").
 */
const NOT_ONLY_TELLING = /^(they|them|their|those|these|ones|people|employees|staff|folks|anyone|anybody|everyone|everybody|someone|somebody|who|whom|whose|which|what|how|where|when|why|you|your|u|ur)$/;
/**
 * Words that may describe people by something the tables do not hold ("with a company car", "based
 * in Paris", "full-time", "Spanish speakers"): a note holding one is never set aside.
 */
const DESCRIBES_PEOPLE = /^(with|without|having|has|have|in|at|from|near|outside|inside|within|across|office|offices|site|branch|hub|city|country|team|teams|department|dept|group|division|location|based|located|living|speaking|speak|speaks|whose|full|part|time|contract|permanent|temporary|temp|temps|junior|juniors|intern|interns|staff|folks|guys|women|men|parents|kids|children|age|aged|older|younger|male|female|gender|born|married|certified|qualified|only|also|too|plus|include|includes|including)$/;
/** Verbs a note is said with: "The organisation chart needs checking.", "the works council thing came up again". */
const NOTE_VERB = /^(is|are|was|were|be|been|need|needs|needed|came|comes|come|goes|went|asked|wants|wanted|looks|seems|feels|keeps|kept|got|due|pending|overdue|stuck|broken|curious)$/;
/** Plural nouns for people ("contractors", "speakers", "consultants", "trainees"), unless they name what the answer is for. */
const PEOPLE_PLURAL = /(ers|ors|ists|ees|ians|ants|ents|ives)$/;

/**
 * "sprint planning lol.", "Laptop collections need to be confirmed.", "A coaching programme is being
 * piloted.": a short note of the asker's business in a sentence of its own, naming nothing a condition
 * could be made of: no condition word, number, question word, word for the people asked about, word
 * that describes people or places them, plural noun for people, name of a place, or request.
 */
function isNote(s: ParseState, start: number, end: number): boolean {
  const words = sentenceWords(s, start, end).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 14 || s.tokens.slice(start, end).some((t) => t.kind === 'number' || t.kind === 'symbol')) return false;
  if (words.slice(0, 2).some((t) => REQUEST_OPENER.test(t.norm)) || namesACondition(s, start, end)) return false;
  // a capitalised word past the first may name a place or a group ("Paris", "Ops Guild")
  const properNoun = words.slice(1).some((t) => /^\p{Lu}/u.test(t.raw) && t.norm !== 'i');
  // and it reads as a note: a thing the answer is for, something being done, or a verb ("blah blah" does not)
  const readsAsNote = words.some((t) => PURPOSE_NOUNS.has(t.norm) || isDoingWord(t.norm) || NOTE_VERB.test(t.norm));
  return readsAsNote && !properNoun && !words.some((t) => NOT_ONLY_TELLING.test(t.norm) || DESCRIBES_PEOPLE.test(t.norm) || (PEOPLE_PLURAL.test(t.norm) && !PURPOSE_NOUNS.has(t.norm)));
}

/** Verbs that open a request: "Then tell me a joke.", "Write me a poem." */
const REQUEST_OPENER = /^(tell|write|show|give|find|list|help|recommend|suggest|draft|compose|explain|translate|summarise|summarize|let|make|do|send|book|get)$/;

/**
 * "Facilities asked me for a figure.", "A demo day is coming up and I'm making name badges.": a sentence
 * about what happens to the asker, with no word that points at the people asked about, asks for
 * something or names a condition.
 */
function tellsOfTheAsker(s: ParseState, start: number, end: number): boolean {
  const words = sentenceWords(s, start, end).filter((t) => t.kind === 'word');
  const opensAsRequest = words.slice(0, 2).some((t) => REQUEST_OPENER.test(t.norm));
  return !opensAsRequest && words.some((t) => ASKER_WORD.test(t.norm)) && !words.some((t) => NOT_ONLY_TELLING.test(t.norm) || t.kind === 'number') && !namesACondition(s, start, end);
}

/** Verbs that open a second request to the assistant: "Book them a room.", "Send them the deck." */
const ERRAND_VERB = /^(book|send|email|schedule|arrange|order|invite|notify|tell|ask|call|remind|print|share|forward|create|make|add|set|move|update|delete|remove|cancel|buy|get|put|give)$/;

/** A sentence of the asker's own, from its first word (after "also", "oh", or the asker's role) to its end. */
function isContextSentence(s: ParseState, start: number, end: number): boolean {
  const skip = (over: (rule: string | null) => boolean): number => {
    let i = start;
    while (i < end && (s.tokens[i]?.kind === 'comma' || LEAD.test(s.tokens[i]?.norm ?? '') || over(s.claimedBy[i] ?? null))) i++;
    return i;
  };
  // "I'm an engineer organising a meetup after work.": the asker's role, then what they do
  const lead = skip(() => false);
  const first = skip((rule) => rule === 'asker');
  // "For the roadmap review I'm pulling together an invite list.": the asker speaks after the reason
  const afterReason = skip((rule) => rule === 'asker' || rule === 'request');
  const opensAsAsker = [lead, first, afterReason].some((i) => ASKER_OPENS.test(s.tokens[i]?.norm ?? ''));
  // a lead word is no narrowing one: "Just double-checking something for the auditors."
  const asker = opensAsAsker || isDoingSentence(s, first, start, end) || isPurposeSentence(s, start, end) || tellsOfTheAsker(s, start, end) || isNote(s, start, end);
  return asker && onlyContext(s, start, end, first);
}

/**
 * "… so I can invite them to the training", "…, because the audit kickoff invite goes out today",
 * "…, for the hackathon sign-up sheet": where a clause of the asker's reason starts, or -1. After a
 * comma, "because" or "for the" open it only when nothing in the rest names a condition.
 */
function purposeClauseStart(s: ParseState, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (matchAt(s, i, 'so|so_that|that_way i|we can|could|may|will') > i && onlyContext(s, i, end)) return i;
    const afterComma = s.tokens[i - 1]?.kind === 'comma';
    const rest = s.tokens.slice(i, end).filter((t) => t.kind !== 'comma' && !/^(thanks|thank|you|thx|ty|cheers|please|pls)$/.test(t.norm));
    // "…, because the audit is due", "…, for the hackathon sheet", "…, sending out shift rota forms", or a
    // few words ending in what it is for: "…, budget workshop invites"
    const opens = matchAt(s, i, 'because|as|cause|cos|for the|a|an|our|my|this|that|these') > i || isDoingWord(s.tokens[i]?.norm ?? '');
    const note = rest.length <= 5 && PURPOSE_NOUNS.has(rest[rest.length - 1]?.norm ?? '');
    // no number either: "…, with more than 3 kids" may be a condition no rule knows
    const plain = !rest.some((t) => CONDITION_WORD.test(t.norm) || t.kind === 'number');
    if (afterComma && (opens || note) && plain && onlyContext(s, i, end)) return i;
  }
  return -1;
}

/**
 * "For the cohort study, who joined in 2020?", "As part of a benchmarking exercise, …", "sorting seating
 * for the kickoff — who's in Sales?": a reason in front of the question, up to its comma, or -1.
 */
function purposeInFront(s: ParseState, start: number, end: number): number {
  // or what the asker is doing: "sorting seating for the kickoff, who's in Sales?"
  const doing = s.claimedBy[start] === null && isDoingWord(s.tokens[start]?.norm ?? '') && s.tokens[start]?.kind === 'word';
  if (matchAt(s, start, 'as_part_of|for the|a|an|our|my|this') <= start && !doing) return -1;
  const comma = s.tokens.findIndex((t, i) => i > start && i < end && t.kind === 'comma');
  if (comma < 0 || namesACondition(s, start, comma) || !onlyContext(s, start, comma)) return -1;
  return comma;
}

/** What a question is announced as: "quick stat", "benchmarking question", "eligibility check". */
const ANNOUNCED_AS = /^(question|questions|stat|stats|count|check|ask|favour|favor|request|query|q|one)$/;

/**
 * "Quick comp question for a benchmarking exercise.", "A quick stat for an equity report: …", "Just a
 * benchmarking question.", "Stipend eligibility check for you.": the question announced, with what it is
 * for, up to its comma or the sentence's end, or -1. At most three words say what kind, and none names a
 * condition ("Quick Engineering question:" keeps Engineering, and is refused rather than guessed).
 */
function announcementInFront(s: ParseState, start: number, end: number, otherSentences: boolean): number {
  let k = start;
  while (k < end && /^(just|a|an|another|one|more)$/.test(s.tokens[k]?.norm ?? '')) k++;
  const quick = /^(quick|short|small|simple|little|brief)$/.test(s.tokens[k]?.norm ?? '');
  if (quick) k++;
  const kindStart = k;
  while (k < end && k - kindStart < 3 && s.tokens[k]?.kind === 'word' && !ANNOUNCED_AS.test(s.tokens[k]?.norm ?? '')) k++;
  const head = s.tokens[k]?.norm ?? '';
  if (!ANNOUNCED_AS.test(head) || (!quick && !/^(question|check|query|request)$/.test(head))) return -1;
  k++;
  // "… for you", "… for a staffing dashboard", "… from the payroll side", "… ahead of an offsite" (which
  // the request rule may have read as a purpose already)
  const connects = /^(for|from|about|regarding|before|ahead)$/.test(s.tokens[k]?.norm ?? '') || s.claimedBy[k] === 'request';
  if (connects) while (k < end && s.tokens[k]?.kind === 'word') k++;
  const closes = k === end ? otherSentences : s.tokens[k]?.kind === 'comma';
  if (!closes || namesACondition(s, start, k) || !onlyContext(s, start, k, kindStart)) return -1;
  return k;
}

export const contextRule: Rule = {
  name: 'context',
  apply(s) {
    const all = sentences(s);
    for (const { start, end } of all) {
      const announced = announcementInFront(s, start, end, all.length > 1);
      if (announced > start) setAside(s, start, announced, this.name);
      const frontEnd = purposeInFront(s, start, end);
      if (frontEnd > start) setAside(s, start, frontEnd, this.name);
      const from = all.length > 1 && isContextSentence(s, start, end) ? start : purposeClauseStart(s, start, end);
      if (from < 0) continue;
      setAside(s, from, end, this.name);
    }
  },
};
