// "salary between 190 thousand and 205 thousand": inclusive on both ends, in either order.
import { amountAt, claimPayWords, hasPayWord } from '../salary.js';
import { readNumberWords } from '../numbers.js';
import { addFilter, matchAt, matchEndingAt, type ParseState, type Rule } from '../state.js';

/**
 * "between two hundred and two hundred twenty k": hundreds in words with no scale of their own, which
 * only the scale of the range's other end makes an amount (below), as with "between 200 and 220k".
 */
function hundredsInWords(s: ParseState, i: number): { value: number; end: number; marked: false; scale: 1 } | null {
  const n = s.tokens[i]?.kind === 'word' ? readNumberWords(s.tokens, i) : null;
  if (n === null || n.value < 100 || s.claimedBy.slice(i, n.end).some((rule) => rule !== null)) return null;
  return { value: n.value, end: n.end, marked: false, scale: 1 };
}

export const salaryBetweenRule: Rule = {
  name: 'salary-between',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      // the cue may be left out when the amounts are clearly money: "salary 80k-100k"
      const cueEnd = Math.max(i, matchAt(s, i, 'between|somewhere_between|anywhere_between|comprised_between|included_between|from|in_the_range_of|in_the_range|range|range_of|ranging_from|ranging_between|in_the_band|in_the'));
      const low = amountAt(s, cueEnd) ?? hundredsInWords(s, cueEnd);
      if (low === null) continue;
      const sep = matchAt(s, low.end, 'and|to|-|through');
      const high = sep > low.end ? amountAt(s, sep) : null;
      if (high === null) continue;
      // "between 95 and 100 thousand", "from 1 to 1.5M": the scale written once covers both
      if (!low.marked && high.scale > 1 && low.value * high.scale <= high.value * 10 && low.value < 1000) {
        low.value = Math.round(low.value * high.scale * 100) / 100;
        low.marked = true;
      }
      // "salary 120000-121000": right after a word of pay, two amounts of thousands need no mark
      const afterPay = matchEndingAt(s, i, 'salary|salaries|pay|paid|earning|earns|making|makes|compensation', 1) >= 0 && low.value >= 10_000 && high.value >= 10_000;
      const clear = cueEnd > i ? low.marked || high.marked || hasPayWord(s) : (low.marked && high.marked) || afterPay;
      if (!clear) continue;
      // "in the $180K–$200K range"
      const end = Math.max(high.end, matchAt(s, high.end, 'range|band|bracket ,? inclusive|inclusively|both_inclusive|inclusive_of_both?'), matchAt(s, high.end, ',? inclusive|inclusively|both_inclusive|inclusive_of_both'));
      const range = claimPayWords(s, i, end, this.name);
      const [min, max] = low.value <= high.value ? [low.value, high.value] : [high.value, low.value];
      addFilter(s, this.name, { kind: 'salaryBetween', min, max }, range.start, range.end);
    }
  },
};
