// People asked for by name, only in explicit slots ("named X", "called X", "find X", "whose last
// name is X", "who is X?"). Any other unknown word stays unknown, so "sales people in Madrid" is
// refused rather than read as a person called Madrid.
import { readPerson } from '../person.js';
import type { PersonName } from '../plan.js';
import { personPossessive } from '../slots.js';
import { addFilter, matchAt, type ParseState, type Rule } from '../state.js';

type Part = NonNullable<PersonName['part']>;

const SLOTS: readonly { cue: string; part: Part; maxWords: number }[] = [
  { cue: 'with|whose|having|by the|a? last|family|sur name|names is|of|=?', part: 'last', maxWords: 1 },
  { cue: 'last_name|family_name|surname|lastname|surnamed is|of?', part: 'last', maxWords: 1 },
  { cue: 'with|whose|having|by the|a? first|given name|names is|of|=?', part: 'first', maxWords: 1 },
  { cue: 'first_name|given_name|firstname is|of?', part: 'first', maxWords: 1 },
  { cue: 'with|whose|having|by the|a? full? name|names is|of|=?', part: 'any', maxWords: 2 },
  { cue: 'named|called|nicknamed', part: 'any', maxWords: 2 },
  { cue: 'find|lookup|look_up|look_for|looking_for|search_for|searching_for|search|locate|about', part: 'any', maxWords: 2 },
  // "info on X", "the details for X", "X's profile": a record asked for by its owner's name
  { cue: 'the? info|information|details|profile|record|contact_details|contact_info on|about|for|of', part: 'any', maxWords: 2 },
];

const RECORD = 'info|information|details|profile|record|contact_details|contact_info';

function addName(s: ParseState, rule: string, person: PersonName, part: Part, start: number, end: number): void {
  addFilter(s, rule, { kind: 'name', name: part === 'any' ? person : { ...person, part } }, start, end);
}

/** "Who is Wei Chen?": the whole question is the cue and a capitalised name, nothing else. */
function whoIs(s: ParseState, rule: string): void {
  const cueEnd = matchAt(s, 0, 'who|what is|was');
  if (cueEnd <= 0) return;
  const read = readPerson(s, cueEnd);
  if (read === null || read.end !== s.tokens.length) return;
  if (!read.person.words.every((w) => /^\p{Lu}/u.test(w))) return;
  addName(s, rule, read.person, 'any', 0, read.end);
}

export const namesRule: Rule = {
  name: 'names',
  apply(s) {
    for (const slot of SLOTS) {
      for (let i = 0; i < s.tokens.length; i++) {
        const cueEnd = matchAt(s, i, slot.cue);
        if (cueEnd <= i) continue;
        const read = readPerson(s, cueEnd, slot.maxWords);
        if (read !== null) addName(s, this.name, read.person, read.person.words.length === 2 ? 'any' : slot.part, i, read.end);
      }
    }
    personPossessive(s, this.name, RECORD, (name) => ({ kind: 'name', name }));
    whoIs(s, this.name);
  },
};
