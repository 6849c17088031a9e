// Departments by name or member noun ("Human Resources", "HR", "engineers"), in any case, in
// lists. Typos ("Desgin") are tried only where no exact phrase of any kind fits, and only on words
// that are not vocabulary or filler, so a real word is never bent into a department.
import { departmentTypoAt, phraseAt } from '../lexicon.js';
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import { freeFn, type ParseState, type Rule } from '../state.js';

const exact = exactMatcher('department');

function exactOrTypo(s: ParseState, i: number) {
  return exact(s, i) ?? (phraseAt(s.lexicon, s.tokens, i, freeFn(s)) === null ? departmentTypoAt(s.lexicon, s.tokens, i, freeFn(s)) : null);
}

export const departmentRule: Rule = {
  name: 'department',
  apply(s) {
    addVocabularyFilters(s, this.name, exactOrTypo, (names) => ({ kind: 'department', names }), 'members_of|in_the|from_the');
  },
};
