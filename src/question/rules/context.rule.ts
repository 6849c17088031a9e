// Sentences, clauses and announcements that only tell why the question is asked or thank for the
// answer, around the question itself: "I want to check them against our pay bands." after "Which
// employees make under 47K?", "Thanks in advance!", "Facilities asked me for a figure.", "sprint
// planning lol.", "Quick comp question for a board deck.", "For the cohort study, …". "Sorry to bother
// you, but who manages Mohammed Ryan?" is not one (it holds the question). Something is set aside only
// when no rule read a condition in it and it holds no word that narrows an answer ("only", "not",
// "except"), names a condition, or describes people: "We don't want contractors" and "Who is in
// Sales? Contractors." are refused, never dropped. The words these decisions use are in
// context-words.ts. What is set aside is reported back with the answer (QueryPlan.context).
import {
  ANNOUNCED_AS, ASKER_OPENS, ASKER_WORD, CONDITION_WORD, DESCRIBES_PEOPLE, ERRAND_VERB, isDoingWord, LEAD, NARROWS, NOT_ONLY_TELLING, NOTE_VERB, PEOPLE_PLURAL, REQUEST_OPENER,
} from '../context-words.js';
import { FILLERS } from '../fillers.js';
import { PURPOSE_NOUNS } from '../purpose-nouns.js';
import type { Token } from '../token.js';
import { matchAt, matchEndingAt, setAside, type ParseState, type Rule } from '../state.js';

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
  for (let i = start; i < end; i++) {
    if (!isSentenceWord(s, i) || !CONDITION_WORD.test(s.tokens[i]?.norm ?? '')) continue;
    // "a pay-band proposal", "the pay-floor audit": the first half of a compound names a kind of thing
    if (s.claimedBy[i] !== 'request' && s.tokens[i + 1]?.joined !== true) return true;
  }
  return false;
}

/** The sentence's words but "sorting" in "sorting out desk moves", "sorting keys", which arranges something; "sorting by salary" orders the answer. */
function sentenceWords(s: ParseState, start: number, end: number): Token[] {
  return s.tokens.slice(start, end).filter((_, k) => isSentenceWord(s, start + k));
}

function isSentenceWord(s: ParseState, i: number): boolean {
  return !(s.tokens[i]?.norm === 'sorting' && !/^(by|on|in|alphabetically|them|it|the|results)$/.test(s.tokens[i + 1]?.norm ?? ''));
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

/** The words of [start, end), without punctuation or numbers. */
function wordsOf(s: ParseState, start: number, end: number): Token[] {
  return sentenceWords(s, start, end).filter((t) => t.kind === 'word');
}

/**
 * What a sentence told by the asker must not hold, to be set aside: a request in its first two words
 * ("Then tell me a joke."), a word that points at the people asked about or asks ("them", "who"), or a
 * word that names a condition.
 */
function onlyTells(s: ParseState, start: number, end: number, words: readonly Token[]): boolean {
  return !words.slice(0, 2).some((t) => REQUEST_OPENER.test(t.norm)) && !words.some((t) => NOT_ONLY_TELLING.test(t.norm)) && !namesACondition(s, start, end);
}

/**
 * "sprint planning lol.", "Laptop collections need to be confirmed.", "A coaching programme is being
 * piloted.": a short note of the asker's business in a sentence of its own, naming nothing a condition
 * could be made of: besides what `onlyTells` keeps out, no number, word that describes people or places
 * them, plural noun for people, or name of a place.
 */
function isNote(s: ParseState, start: number, end: number): boolean {
  const words = wordsOf(s, start, end);
  if (words.length === 0 || words.length > 14 || s.tokens.slice(start, end).some((t) => t.kind === 'number' || t.kind === 'symbol')) return false;
  // a capitalised word past the first may name a place or a group ("Paris", "Ops Guild")
  const properNoun = words.slice(1).some((t) => /^\p{Lu}/u.test(t.raw) && t.norm !== 'i');
  // and it reads as a note: a thing the answer is for, something being done, or a verb ("blah blah" does not)
  // ("For a virtual coffee roulette." names what it is for by its opening)
  const readsAsNote = matchAt(s, start, 'for a|an|the|our|my|this') > start || words.some((t) => PURPOSE_NOUNS.has(t.norm) || isDoingWord(t.norm) || NOTE_VERB.test(t.norm));
  const describesPeople = words.some((t) => DESCRIBES_PEOPLE.test(t.norm) || (PEOPLE_PLURAL.test(t.norm) && !PURPOSE_NOUNS.has(t.norm)));
  return readsAsNote && !properNoun && !describesPeople && onlyTells(s, start, end, words);
}

/**
 * "Facilities asked me for a figure.", "A demo day is coming up and I'm making name badges.": a sentence
 * about what happens to the asker, which `onlyTells`.
 */
function tellsOfTheAsker(s: ParseState, start: number, end: number): boolean {
  const words = wordsOf(s, start, end);
  return words.some((t) => ASKER_WORD.test(t.norm)) && onlyTells(s, start, end, words);
}

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
