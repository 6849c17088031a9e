// "salary between 190 thousand and 205 thousand": inclusive on both ends, in either order.
import { amountAt, claimPayWords, hasPayWord } from '../salary.js';
import { addFilter, matchAt, type Rule } from '../state.js';

export const salaryBetweenRule: Rule = {
  name: 'salary-between',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, 'between|from|in_the_range_of|in_the_range');
      const low = cueEnd > i ? amountAt(s, cueEnd) : null;
      if (low === null) continue;
      const sep = matchAt(s, low.end, 'and|to|-|through');
      const high = sep > low.end ? amountAt(s, sep) : null;
      if (high === null || (!low.marked && !high.marked && !hasPayWord(s))) continue;
      const range = claimPayWords(s, i, high.end, this.name);
      const [min, max] = low.value <= high.value ? [low.value, high.value] : [high.value, low.value];
      addFilter(s, this.name, { kind: 'salaryBetween', min, max }, range.start, range.end);
    }
  },
};
