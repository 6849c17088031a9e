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
import { matchAt, setAside, type ParseState, type Rule } from '../state.js';

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

/** Says nothing that narrows the answer and holds a word no rule read: [start, end) may be set aside. */
function onlyContext(s: ParseState, start: number, end: number, wordsFrom = start): boolean {
  if (s.tokens.slice(wordsFrom, end).some((t) => NARROWS.test(t.norm))) return false;
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
  if (!/ing$/.test(opener) && !/^(need|needs|needed|want|wanted|planning)$/.test(opener)) return false;
  return !sentenceWords(s, start, end).some((t) => CONDITION_WORD.test(t.norm));
}

/** The sentence's words but "sorting" in "sorting out desk moves", which arranges something; "sorted by salary" orders the answer. */
function sentenceWords(s: ParseState, start: number, end: number): Token[] {
  return s.tokens.slice(start, end).filter((t, k) => !(t.norm === 'sorting' && s.tokens[start + k + 1]?.norm === 'out'));
}

/**
 * "Sprint capacity planning.", "Board pack prep.", "Gift cards to order.": a later sentence that names
 * what the answer is for, by one of the words for such things, and no condition.
 */
function isPurposeSentence(s: ParseState, start: number, end: number): boolean {
  const words = sentenceWords(s, start, end);
  // "Book them a meeting room for Friday." asks for something else: a second request, not a reason
  if (ERRAND_VERB.test(words.find((t) => t.kind === 'word')?.norm ?? '')) return false;
  return start > 0 && words.some((t) => PURPOSE_NOUNS.has(t.norm)) && !words.some((t) => CONDITION_WORD.test(t.norm));
}

/** Verbs that open a second request to the assistant: "Book them a room.", "Send them the deck." */
const ERRAND_VERB = /^(book|send|email|schedule|arrange|order|invite|notify|tell|ask|call|remind|print|share|forward|create|make|add|set|move|update|delete|remove|cancel|buy|get|put|give)$/;

/** A sentence of the asker's own, from its first word (after "also", "oh", or the asker's role) to its end. */
function isContextSentence(s: ParseState, start: number, end: number): boolean {
  let first = start;
  while (first < end && (s.tokens[first]?.kind === 'comma' || LEAD.test(s.tokens[first]?.norm ?? '') || s.claimedBy[first] === 'asker')) first++;
  // a lead word is no narrowing one: "Just double-checking something for the auditors."
  const asker = ASKER_OPENS.test(s.tokens[first]?.norm ?? '') || isDoingSentence(s, first, start, end) || isPurposeSentence(s, start, end);
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
    const opens = matchAt(s, i, 'because|as|cause|cos|for the|a|an|our|my|this|that|these') > i || /ing$/.test(s.tokens[i]?.norm ?? '');
    const note = rest.length <= 5 && PURPOSE_NOUNS.has(rest[rest.length - 1]?.norm ?? '');
    // no number either: "…, with more than 3 kids" may be a condition no rule knows
    const plain = !rest.some((t) => CONDITION_WORD.test(t.norm) || t.kind === 'number');
    if (afterComma && (opens || note) && plain && onlyContext(s, i, end)) return i;
  }
  return -1;
}

/** "For the cohort study, who joined in 2020?": a reason in front of the question, up to its comma, or -1. */
function purposeInFront(s: ParseState, start: number, end: number): number {
  if (matchAt(s, start, 'for the|a|an|our|my|this') <= start) return -1;
  const comma = s.tokens.findIndex((t, i) => i > start && i < end && t.kind === 'comma');
  if (comma < 0 || s.tokens.slice(start, comma).some((t) => CONDITION_WORD.test(t.norm)) || !onlyContext(s, start, comma)) return -1;
  return comma;
}

export const contextRule: Rule = {
  name: 'context',
  apply(s) {
    const all = sentences(s);
    for (const { start, end } of all) {
      const frontEnd = purposeInFront(s, start, end);
      if (frontEnd > start) setAside(s, start, frontEnd, this.name);
      const from = all.length > 1 && isContextSentence(s, start, end) ? start : purposeClauseStart(s, start, end);
      if (from < 0) continue;
      setAside(s, from, end, this.name);
    }
  },
};
