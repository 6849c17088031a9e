// Sentences (and "so I can …" clauses) that only tell why the question is asked or thank for the
// answer, around the question itself: "I want to check them against our pay bands." after "Which
// employees make under 47K?" is one, and so is "Thanks in advance!"; "Sorry to bother you, but who
// manages Mohammed Ryan?" is not (it holds the question). A sentence is set aside only when no rule
// read a condition in it, it opens as the asker speaking ("I", "we", "my", "sorry", "thanks") and it
// holds no word that narrows an answer ("only", "not", "except", "without"): "We don't want
// contractors" is refused, never dropped.
// What is set aside is reported back with the answer (QueryPlan.context).
import { FILLERS } from '../fillers.js';
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

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
  return !s.tokens.slice(start, end).some((t) => CONDITION_WORD.test(t.norm));
}

/** A sentence of the asker's own, from its first word (after "also", "oh", or the asker's role) to its end. */
function isContextSentence(s: ParseState, start: number, end: number): boolean {
  let first = start;
  while (first < end && (s.tokens[first]?.kind === 'comma' || LEAD.test(s.tokens[first]?.norm ?? '') || s.claimedBy[first] === 'asker')) first++;
  // a lead word is no narrowing one: "Just double-checking something for the auditors."
  return (ASKER_OPENS.test(s.tokens[first]?.norm ?? '') || isDoingSentence(s, first, start, end)) && onlyContext(s, start, end, first);
}

/** "… so I can invite them to the training": where a purpose clause of the asker's starts, or -1. */
function purposeClauseStart(s: ParseState, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (matchAt(s, i, 'so|so_that|that_way i|we can|could|may|will') > i && onlyContext(s, i, end)) return i;
  }
  return -1;
}

export const contextRule: Rule = {
  name: 'context',
  apply(s) {
    const all = sentences(s);
    for (const { start, end } of all) {
      const from = all.length > 1 && isContextSentence(s, start, end) ? start : purposeClauseStart(s, start, end);
      if (from < 0) continue;
      claim(s, from, end, this.name);
      s.context.push(s.tokens.slice(from, end).map((t) => t.raw).join(' ').replace(/ ([,'])/g, '$1'));
    }
  },
};
