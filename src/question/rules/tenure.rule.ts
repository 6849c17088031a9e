// Time at the company: "been here more than 9 years", "with over 5 years of tenure", "worked here
// less than 2 years". The comparison alone is not enough: a tenure cue must stand next to it, so
// "more than 5" elsewhere stays with the salary rule.
import { readCount, readUnit } from '../numbers.js';
import { addFilter, matchAt, matchEndingAt, type ParseState, type Rule } from '../state.js';

const BEFORE = [
  'have|has|had? been here|with_us|with_the_company|at_the_company|employed|working_here|around|on_staff|on_board|on_the_payroll|at_the_firm|with_the_firm|in_the_company employed? here? for?',
  'who|that? have|has|had? clocked|clocked_up|put_in|logged',
  'who|that? have|has? worked|work|working|works|are|is here|at_the_company|for_us|for_the_company|with_us since?',
  'with|having|who_have|that_have|has|have? a? tenure|service of|is?',
  'tenure|tenured',
  // "Sales staff here more than 10 years", "people with us for more than 12 years"
  'here|around|with_us|with_the_company|at_the_company|with_the_firm|at_the_firm',
  // "persons that are in the company from more than 14 years", as several languages put it
  'who|that? are|is|have|has|had? been? in|at|with the_company|the_firm|us from|since',
  'who|that? are|is|have|has|had? been? employed|serving|served',
  'were|was|got? hired|joined|started',
].map((p) => `${p} for?`);
const AFTER = 'of_tenure|of_service|of_seniority|at_the_company|with_the_company|in_the_company|at_the_firm|here|with_us|on_the_job|tenure|in_service|ago|of_employment';

// Strict and inclusive comparisons, as for salaries: "more than 5 years" leaves out whoever reaches
// five years today, "at least 5 years" takes them.
const COMPARISONS = [
  { pattern: 'more_than|over|longer_than|greater_than|in_excess_of|upwards_of|exceeds|exceeding|exceed|>', over: true, inclusive: false },
  { pattern: 'at_least|no_less_than|not_less_than|no_fewer_than|a_minimum_of|>=', over: true, inclusive: true },
  { pattern: 'less_than|under|fewer_than|shorter_than|below|<', over: false, inclusive: false },
  { pattern: 'at_most|no_more_than|not_more_than|no_longer_than|a_maximum_of|up_to|<=', over: false, inclusive: true },
] as const;

interface TenureComparison {
  over: boolean;
  inclusive: boolean;
  amount: number;
  unit: 'year' | 'month' | 'week' | 'day';
  end: number;
}

function comparisonAt(s: ParseState, i: number): TenureComparison | null {
  for (const { pattern, over, inclusive } of COMPARISONS) {
    const cmpEnd = matchAt(s, i, pattern);
    if (cmpEnd <= i) continue;
    const n = readCount(s.tokens, cmpEnd, true);
    if (n === null) continue;
    const unit = readUnit(s.tokens, n.end);
    if (unit !== null) return { over, inclusive, amount: n.value, unit: unit.value, end: unit.end };
  }
  // "10+ years", "10 or more years": ten years and up
  const n = readCount(s.tokens, i);
  if (n !== null) {
    const more = matchAt(s, n.end, '+|or_more|plus');
    const unit = more > n.end ? readUnit(s.tokens, more) : null;
    if (unit !== null) return { over: true, inclusive: true, amount: n.value, unit: unit.value, end: unit.end };
  }
  return null;
}

export const tenureRule: Rule = {
  name: 'tenure',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const c = comparisonAt(s, i);
      if (c === null) continue;
      let start = -1;
      for (const cue of BEFORE) {
        start = matchEndingAt(s, i, cue, 8);
        if (start >= 0) break;
      }
      const afterEnd = matchAt(s, c.end, AFTER);
      if (start < 0 && afterEnd <= c.end) continue;
      const end = Math.max(afterEnd, c.end);
      const range = { kind: c.over ? 'tenureOver' : 'tenureUnder', amount: c.amount, unit: c.unit, inclusive: c.inclusive } as const;
      addFilter(s, this.name, { kind: 'hireDate', range }, start >= 0 ? start : i, end);
      i = end - 1;
    }
  },
};
