// The asker speaking of themselves: "recruiter here", "I'm the office manager", "I'm an engineer
// working on the internal wiki", "As EA to the CEO, …". Such a clause says who asks, not who is asked
// about: read by the vocabulary, "engineer" or "office manager" would become a condition. It is
// claimed before any vocabulary rule runs and told back with the answer as context, like the
// sentences the context rule sets aside. A request inside the clause ("I'm a recruiter looking for
// engineers in Berlin") ends it, so the request is still read.
import { FILLERS } from '../fillers.js';
import { matchAt, setAside, type ParseState, type Rule } from '../state.js';

/** Where a clause can start: the question's start, after a comma or a sentence's end. */
function clauseStarts(s: ParseState): number[] {
  return [0, ...s.tokens.flatMap((t, i) => (t.kind === 'comma' ? [i + 1] : []))];
}

/** Words that turn a self-description into a request: "I'm a recruiter looking for …". */
const REQUEST_VERB = /^(looking|searching|trying|hoping|wondering|after|interested|needing|wanting|asking|checking|curious)$/;

/** The end of the clause from `from`: the next comma or sentence end, or a request verb. */
function clauseEnd(s: ParseState, from: number): number {
  let end = from;
  while (end < s.tokens.length && s.tokens[end]?.kind !== 'comma' && !REQUEST_VERB.test(s.tokens[end]?.norm ?? '')) {
    // "… to our COO and I'm preparing a briefing pack": a second clause of the asker's starts
    if (s.tokens[end]?.norm === 'and' && s.tokens[end + 1]?.norm === 'i') break;
    end++;
  }
  return end;
}

/** Teams whose names end in "s" without being people: "Internal comms here". */
const TEAM_NAMES_IN_S = new Set(['comms', 'communications', 'facilities', 'payroll', 'analytics', 'logistics']);

/** "recruiter here", "records-retention person here": up to four words of a role, then "here", then the clause ends. */
function roleHere(s: ParseState, start: number): number {
  for (let here = start + 1; here <= start + 4 && here < s.tokens.length; here++) {
    const t = s.tokens[here];
    if (t?.norm !== 'here') continue;
    const next = s.tokens[here + 1];
    const words = s.tokens.slice(start, here);
    // a plural is the people asked about ("Engineers here?"), one person is the asker
    // a role is nouns: "who used to work here" and "every designer ever employed here" are questions
    const head = words[words.length - 1]?.norm ?? '';
    const plural = /s$/.test(head) && !TEAM_NAMES_IN_S.has(head);
    // "records-retention person here": a generic head after the words that say which
    const generic = words.length > 1 && /^(person|guy|lady|team)$/.test(head) ? words.slice(0, -1) : words;
    const role = !plural && generic.every((w) => w.kind === 'word' && !FILLERS.has(w.norm) && !/(ed|ing)$/.test(w.norm));
    if ((next === undefined || next.kind === 'comma') && role) return here + 1;
  }
  return -1;
}

/** "I'm the office manager …", "I am an engineer …", "As EA to the CEO, …": the asker's role, to the clause's end. */
function selfDescription(s: ParseState, start: number): number {
  // "as" needs an article or a "to"/"for" after the role: "as of 2022" and "as well" are no role
  const asRole = matchAt(s, start, 'as the|a|an|our');
  const asTo = s.tokens[start]?.norm === 'as' && /^(to|for)$/.test(s.tokens[start + 2]?.norm ?? '') ? start + 1 : -1;
  const role = Math.max(matchAt(s, start, 'i am the|a|an|our|your|one_of_the'), asRole, asTo);
  if (role <= start) return -1;
  const end = clauseEnd(s, role);
  return end > role ? end : -1;
}

export const askerRule: Rule = {
  name: 'asker',
  apply(s) {
    for (const start of clauseStarts(s)) {
      const end = Math.max(roleHere(s, start), selfDescription(s, start));
      if (end <= start || s.tokens.slice(start, end).some((_, k) => s.claimedBy[start + k] !== null)) continue;
      setAside(s, start, end, this.name);
    }
  },
};
