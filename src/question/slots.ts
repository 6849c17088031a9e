// Person slots shared by the manager-relation and name rules: a cue phrase then a name
// ("managed by ___"), or a name then a possessive phrase ("___'s direct reports").
import type { Condition, PersonName } from './plan.js';
import { isKnownName, readPerson, readPersonBefore } from './person.js';
import { addFilter, matchAt, type ParseState } from './state.js';

/**
 * "<cue> NAME <tail?>": every occurrence becomes one filter. `knownNamesOnly` where the cue fits
 * things other than people too ("how many employees does Google have?").
 */
export function cueThenPerson(
  s: ParseState, rule: string, cue: string, build: (person: PersonName) => Condition, tail?: string, options: { knownNamesOnly?: boolean } = {},
): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const cueEnd = matchAt(s, i, cue);
    if (cueEnd <= i) continue;
    const read = readPerson(s, cueEnd);
    if (read === null || (options.knownNamesOnly === true && !isKnownName(s.lexicon, read.person))) continue;
    const tailEnd = tail === undefined ? read.end : matchAt(s, read.end, tail);
    if (tailEnd < read.end) continue;
    addFilter(s, rule, build(read.person), i, tailEnd);
  }
}

/**
 * Rules whose words may stand between the possessive and the noun: "Priya Patel's former direct
 * reports", "Joseph Johnson's 4 highest paid reports" (the order is the ordering rule's to read).
 */
const BETWEEN_POSSESSIVE_AND_NOUN = new Set(['scope', 'ordering']);

/** "<lead?> NAME 's <possessed>": e.g. lead "on|in?" and possessed "team". */
export function personPossessive(s: ParseState, rule: string, possessed: string, build: (person: PersonName) => Condition, lead = ''): void {
  for (let p = 0; p < s.tokens.length; p++) {
    if (s.tokens[p]?.kind !== 'possessive' || s.claimedBy[p] !== null) continue;
    let nounAt = p + 1;
    while (BETWEEN_POSSESSIVE_AND_NOUN.has(s.claimedBy[nounAt] ?? '')) nounAt++;
    const end = matchAt(s, nounAt, possessed);
    if (end <= nounAt) continue;
    const read = readPersonBefore(s, p);
    if (read === null) continue;
    let start = read.start;
    if (lead !== '') {
      for (let k = Math.max(0, start - 4); k < start; k++) {
        if (matchAt(s, k, lead) === start) {
          start = k;
          break;
        }
      }
    }
    addFilter(s, rule, build(read.person), start, end);
  }
}

/**
 * "john doe reports", "priya patel org": a full name then the noun, without the possessive, as typed
 * into a search box. Two words that somebody in the data is called, so "Data Science team" is not
 * taken for a person's team, and not followed by "to" ("John Doe reports to …" is about John Doe's
 * own manager).
 */
export function personThenNoun(s: ParseState, rule: string, noun: string, build: (person: PersonName) => Condition): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const read = readPerson(s, i);
    if (read === null || read.person.words.length < 2 || !isKnownName(s.lexicon, read.person)) continue;
    // "Jane Smith — direct reports": a dash (read as a comma) may set the name apart
    const end = Math.max(matchAt(s, read.end, noun), matchAt(s, read.end, `, ${noun}`));
    if (end > read.end && matchAt(s, end, 'to') < 0) addFilter(s, rule, build(read.person), i, end);
  }
}
