// Job titles from the data, matched as whole phrases, longest first and in either number
// ("Staff Engineer", "staff engineers"), with or without a cue ("titled", "with the title").
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import type { Rule } from '../state.js';

const CUE = 'titled|with_the_title|with_title|with_a_title_of|with_the_job_title|whose_title_is|whose_job_title_is|job_title|title|with_the_role|in_the_role_of|as_a|as_an|as';

export const titleRule: Rule = {
  name: 'title',
  apply(s) {
    addVocabularyFilters(s, this.name, exactMatcher('title'), (titles) => ({ kind: 'title', titles }), CUE);
  },
};
