// An exact salary ("earns exactly 312000", "salary equal to $100,000", "salary = 95k"): the plan has
// no equality, so it is the inclusive range from the amount to itself. Like the comparisons, it
// needs a pay word or an amount written as money, so "exactly 5" alone is not a salary.
import { amountAt, claimPayWords, hasPayWord } from '../salary.js';
import { addFilter, matchAt, type Rule } from '../state.js';

const EXACTLY = 'exactly|precisely|equal_to|equals|equal|=|of_exactly';

export const salaryExactRule: Rule = {
  name: 'salary-exact',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, EXACTLY);
      const a = cueEnd > i ? amountAt(s, cueEnd) : null;
      if (a === null || (!a.marked && !hasPayWord(s))) continue;
      const range = claimPayWords(s, i, a.end, this.name);
      addFilter(s, this.name, { kind: 'salaryBetween', min: a.value, max: a.value }, range.start, range.end);
      i = range.end - 1;
    }
  },
};
