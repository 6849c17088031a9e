// "senior" on its own (not inside a title such as "Senior Product Designer", which the title rule
// has taken by now): any title starting with "Senior ".
import { addFilter, matchAt, type Rule } from '../state.js';

export const seniorRule: Rule = {
  name: 'senior',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      // "with a senior title", "in senior roles", "with senior in their title": the noun only says what is senior
      // "holding senior roles", "who hold a senior title": the verb only says they have it
      const held = matchAt(s, i, 'who|that? hold|holds|holding|held|occupy|occupies|occupying|in a|an?');
      if (held > i && matchAt(s, held, 'senior|seniors|sr') === held + 1 && matchAt(s, held + 1, 'level? title|titles|role|roles|position|positions|job_title|job_titles') > held + 1) {
        const end = matchAt(s, held + 1, 'level? title|titles|role|roles|position|positions|job_title|job_titles');
        addFilter(s, this.name, { kind: 'senior' }, i, end);
        i = end - 1;
        continue;
      }
      const inTitle = matchAt(s, i, 'senior in_their|in_the|in job? title|titles|role');
      const end = inTitle > i ? inTitle : matchAt(s, i, 'senior|seniors|sr level|title|titles|role|roles|position|positions|job_title|job_titles?');
      if (end > i) {
        addFilter(s, this.name, { kind: 'senior' }, i, end);
        i = end - 1;
      }
    }
  },
};
