// An exact salary ("earns exactly 312000", "salary equal to $100,000", "salary = 95k"): the plan has
// no equality, so it is the inclusive range from the amount to itself. Like the comparisons, it
// needs a pay word or an amount written as money, so "exactly 5" alone is not a salary.
import { amountAt, claimPayWords, hasPayWord } from '../salary.js';
import { addFilter, claim, matchAt, type Rule } from '../state.js';

const EXACTLY = 'exactly|precisely|equal_to|equals|equal|=|of_exactly';

/**
 * A pay verb or noun right before an amount with no comparison: "people earning 90,000", "who makes
 * 155k?", "on a salary of $100,000". An amount with a comparison after it ("90,000 or more") was read
 * by the salary rule already.
 */
const PAID_EXACTLY = 'earning|earns|earn|makes|make|making|paid|is_paid|are_paid|gets_paid|get_paid|on_a_salary_of|with_a_salary_of|a_salary_of|salary_of|salary_is';

/** Pay nouns said beside the condition they name: "salaries in Design above 150k". */
const PAY_NOUN = /^(salary|salaries|pay|compensation|earnings)$/;

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
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, PAID_EXACTLY);
      const a = cueEnd > i ? amountAt(s, cueEnd) : null;
      // a count of people or years is no pay: only money, or an amount no one would count
      if (a === null || (!a.marked && a.value < 1000)) continue;
      addFilter(s, this.name, { kind: 'salaryBetween', min: a.value, max: a.value }, i, a.end);
      i = a.end - 1;
    }
    // "salaries in Design above 150k": a pay noun a few words before the amount's condition, in its clause
    s.filters.forEach((f, index) => {
      const span = s.spans[index];
      if ((f.condition.kind !== 'salary' && f.condition.kind !== 'salaryBetween') || span === undefined) return;
      for (let i = span.start - 1; i >= Math.max(0, span.start - 4) && s.tokens[i]?.kind !== 'comma'; i--) {
        if (s.claimedBy[i] === null && PAY_NOUN.test(s.tokens[i]?.norm ?? '')) claim(s, i, i + 1, this.name);
      }
      // "Salary: at most 48K": the noun as a heading before the condition
      if (span.start === 2 && s.tokens[1]?.kind === 'comma' && s.claimedBy[0] === null && PAY_NOUN.test(s.tokens[0]?.norm ?? '')) claim(s, 0, 1, this.name);
    });
  },
};
