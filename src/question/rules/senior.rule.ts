// "senior" on its own (not inside a title such as "Senior Product Designer", which the title rule
// has taken by now): any title starting with "Senior ".
import { addFilter, matchAt, type Rule } from '../state.js';

/** The ways "senior" is said, tried in this order at each word. */
const SENIOR = [
  // "holding senior roles", "who hold a senior title": the verb only says they have it
  'who|that? hold|holds|holding|held|occupy|occupies|occupying|in a|an? senior|seniors|sr level? title|titles|role|roles|position|positions|job_title|job_titles',
  // "with senior in their title"
  'senior in_their|in_the|in job? title|titles|role',
  // "with a senior title", "in senior roles": the noun only says what is senior
  'senior|seniors|sr level|title|titles|role|roles|position|positions|job_title|job_titles?',
];

export const seniorRule: Rule = {
  name: 'senior',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      let end = -1;
      for (const pattern of SENIOR) {
        end = matchAt(s, i, pattern);
        if (end > i) break;
      }
      if (end > i) {
        addFilter(s, this.name, { kind: 'senior' }, i, end);
        i = end - 1;
      }
    }
  },
};
