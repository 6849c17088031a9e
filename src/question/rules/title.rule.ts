// Job titles from the data, matched as whole phrases, longest first and in either number
// ("Staff Engineer", "staff engineers"), with or without a cue ("titled", "with the title").
import { phraseAt } from '../lexicon.js';
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import { extendFilter, freeFn, matchAt, matchEndingAt, type ParseState, type Rule } from '../state.js';

const CUE = [
  'titled|entitled as?',
  'carries|carry|holds|hold|has|have either? the|a? job? title? of?',
  // "whose title is like DevOps Engineer": the "like" of speech
  'whose? job? title reads|is like|just|exactly|only|simply?',
  'serving|serves|working|works|employed as|in_the_role_of a|an|our|the?',
  'occupies|occupy|fills|fill|sits_in the',
  // "with the title", "who holds the job title", "whose title is", "having the role of"
  'who|that? holds|hold|held|holding|has|have|had|having|with|whose|their? the|a? job? title|role|position is|of|=|,?',
  'in_the_role_of|in_the_position_of|working_as|works_as|employed_as|as_a|as_an|as',
  // "who has as title HR Director", as several languages put it
  'who|that? has|have|having as title|role|position|job_title',
  // "who holds the VP of Engineering role": the noun comes after the title (TAIL)
  'who|that? holds|hold|holding|fills|fill|occupies|occupy either? the|a|an?',
];

/**
 * "the VP of Engineering role", "a Recruiter position", "the HR Director job title", "Staff Engineer
 * title holders", "staff engineer as their title": the words after only repeat that it is a title.
 */
const TAIL = 'as_their|as_a|as? job? role|position|title|job holders|holder?';

const exact = exactMatcher('title');

/**
 * A title, or, right after an explicit title cue, a title that a member noun of the same words would
 * otherwise take: "whose job title is Accountant" asks for the title, "accountants" for Finance.
 */
function title(s: ParseState, i: number) {
  const m = exact(s, i);
  if (m !== null) return m;
  const free = freeFn(s);
  const asTitle = phraseAt(s.lexicon, s.tokens, i, free, 'title');
  if (asTitle === null || asTitle.end !== phraseAt(s.lexicon, s.tokens, i, free)?.end) return null;
  for (let k = Math.max(0, i - 5); k < i; k++) if (CUE.some((c) => matchAt(s, k, c) === i)) return asTitle;
  return null;
}

/** "whose title isn't Software Engineer": the cue, then the negation, right before a title. */
const NEGATED_CUE = 'whose|with|having|their? the|a? job? title|role|position is|are|was not';

export const titleRule: Rule = {
  name: 'title',
  apply(s) {
    addVocabularyFilters(s, this.name, title, (titles) => ({ kind: 'title', titles }), CUE, TAIL);
    s.filters.forEach((filter, index) => {
      const span = s.spans[index];
      if (filter.rule !== this.name || filter.negated || span === undefined) return;
      const start = matchEndingAt(s, span.start, NEGATED_CUE);
      if (start < 0) return;
      extendFilter(s, index, start, span.end);
      filter.negated = true;
    });
  },
};
