// Departments by name or member noun ("Human Resources", "HR", "engineers"), in any case, in
// lists. Typos ("Desgin") are tried only where no exact phrase of any kind fits, and only on words
// that are not vocabulary or filler, so a real word is never bent into a department.
import { phraseAt, typoAt } from '../lexicon.js';
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import { freeFn, type ParseState, type Rule } from '../state.js';

const exact = exactMatcher('department');

function exactOrTypo(s: ParseState, i: number) {
  return exact(s, i) ?? (phraseAt(s.lexicon, s.tokens, i, freeFn(s)) === null ? typoAt(s.lexicon, s.lexicon.departmentPhrases, s.tokens, i, freeFn(s)) : null);
}

/**
 * "part of the Product org", "belongs to the Legal division", "assigned to the Operations department",
 * "who work as support agents": how a department is joined or named.
 */
const CUE = 'members_of|member_of|part_of|belongs_to|belong_to|belonging_to|assigned_to|allocated_to|in_the|from_the|work_as|works_as|working_as|employed_as the?';
/** "the customer support side", "the Finance and Legal departments": the noun only repeats it is a department. */
const TAIL = 'org|organization|organisation|division|function|unit|side_of_the_house|side_of_things|side|departments|teams';

export const departmentRule: Rule = {
  name: 'department',
  apply(s) {
    addVocabularyFilters(s, this.name, exactOrTypo, (names) => ({ kind: 'department', names }), CUE, TAIL);
  },
};
