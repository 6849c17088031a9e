// Salary compared with an amount: "more than $120,000", "> 120K", "at most 118K", "100k or more".
// Needs a pay word or an amount written as money, so "over 30" alone is not read as a salary.
import type { Comparator } from '../plan.js';
import { amountAt, claimPayWords, COMPARATORS, hasPayWord } from '../salary.js';
import { addFilter, matchAt, type ParseState, type Rule } from '../state.js';

const TRAILING: Readonly<Record<string, Comparator>> = {
  'or_more|or_above|and_above|and_up|or_higher|and_over|plus|+|or_greater|and_higher|at_least|at_a_minimum|minimum': 'gte',
  // "paid 45K at most"
  'or_less|or_below|and_below|or_under|or_lower|and_under|and_lower|or_fewer|at_most|at_the_most|tops|max|maximum|at_a_maximum': 'lte',
};

function comparisonAt(s: ParseState, i: number): { op: Comparator; amount: number; end: number; marked: boolean } | null {
  for (const [op, pattern] of Object.entries(COMPARATORS) as [Comparator, string][]) {
    const cmpEnd = matchAt(s, i, pattern);
    const a = cmpEnd > i ? amountAt(s, cmpEnd) : null;
    if (a !== null) return { op, amount: a.value, end: a.end, marked: a.marked };
  }
  const a = amountAt(s, i);
  if (a === null) return null;
  // "$200K USD or more": the currency may stand between the amount and its direction
  const afterCurrency = Math.max(a.end, matchAt(s, a.end, 'usd|dollars|dollar|bucks'));
  for (const [pattern, op] of Object.entries(TRAILING)) {
    const end = matchAt(s, afterCurrency, pattern);
    if (end > afterCurrency) return { op, amount: a.value, end, marked: a.marked };
  }
  return null;
}

export const salaryRule: Rule = {
  name: 'salary',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const c = comparisonAt(s, i);
      if (c === null || (!c.marked && !hasPayWord(s) && c.amount < 1000)) continue;
      const range = claimPayWords(s, i, c.end, this.name);
      addFilter(s, this.name, { kind: 'salary', op: c.op, amount: c.amount }, range.start, range.end);
      i = range.end - 1;
    }
  },
};
