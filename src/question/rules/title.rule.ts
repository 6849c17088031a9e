// Job titles from the data, matched as whole phrases, longest first and in either number
// ("Staff Engineer", "staff engineers"), with or without a cue ("titled", "with the title").
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import type { Rule } from '../state.js';

const CUE = [
  'titled|entitled',
  // "with the title", "who holds the job title", "whose title is", "having the role of"
  'who|that? holds|hold|holding|has|have|having|with|whose|their? the|a? job? title|role|position is|of|=?',
  'in_the_role_of|in_the_position_of|working_as|works_as|employed_as|as_a|as_an|as',
];

export const titleRule: Rule = {
  name: 'title',
  apply(s) {
    addVocabularyFilters(s, this.name, exactMatcher('title'), (titles) => ({ kind: 'title', titles }), CUE);
  },
};
