// What the two salary rules share: the words for pay, and reading the amount after a comparison.
import { readAmount, readUnit } from './numbers.js';
import type { Comparator } from './plan.js';
import { claim, matchAt, matchEndingAt, type ParseState } from './state.js';

/** Pay words before a comparison ("earning", "with a salary of", "whose base salary is"). */
const PAY_BEFORE =
  'who|that|whose|with|where|having? a|an|their|the? annual|base|yearly|total? earn|earns|earning|earned|make|makes|making|made|paid|pay|salary|salaries|salaried|compensation|comp|income|wage|wages|get_paid|gets_paid|getting_paid|are_paid|is_paid|make_an_annual_salary|take_home|takes_home|get|gets|getting|gain|gains|gaining|win|wins|winning|remunerated|compensated|grossing|grosses|gross|draws|draw|drawing|commands|command|commanding|receive|receives|receiving|receives_a_salary|receive_a_salary|draws_a_salary|draw_a_salary|drawing_a_salary|commands_a_salary|command_a_salary|earns_a_salary|earn_a_salary|gets_a_salary|get_a_salary|has_a_salary|have_a_salary|on_a_salary|bring_in|brings_in|bringing_in|bring_home|brings_home|bringing_home|pull_in|pulls_in|pulling_in|rake_in|rakes_in|raking_in is|are|was|were|of|at?';
/** Pay words after an amount ("120K a year", "$80,000 salary"). */
const PAY_AFTER = 'dollars|dollar|usd|bucks? a_year|per_year|per_annum|annually|yearly|in_salary|of_salary|salary|in_pay|pay|in_compensation?';

export const COMPARATORS: Readonly<Record<Comparator, string>> = {
  gt: 'more_than|over|above|above_of|superior_to|tops|topping|tops_out_above|greater_than|exceeding|exceeds|exceed|in_excess_of|higher_than|bigger_than|north_of|upwards_of|more_of|more_big_of|bigger_of|>',
  gte: 'at_or_above|at_or_over|equal_to_or_above|greater_than_or_equal_to|greater_than_or_equal|more_than_or_equal_to|equal_to_or_more_than|equal_to_or_greater_than|at_least|no_less_than|not_less_than|not_below|not_under|no_lower_than|not_lower_than|minimum|minimum_of|a_minimum_of|minimal|min|min_of|a_min_of|>=|from_at_least|or_more_than',
  lt: 'less_than|under|under_of|below|below_of|inferior_to|falls_short_of|fall_short_of|short_of|lower_than|beneath|smaller_than|south_of|less_of|smaller_of|<',
  lte: 'at_or_below|at_or_under|equal_to_or_below|less_than_or_equal_to|less_than_or_equal|equal_to_or_less_than|at_most|no_more_than|not_more_than|up_to|maximum|maximal|maximum_of|a_maximum_of|max|max_of|a_max_of|<=|not_exceeding|not_above|not_over|no_higher_than|not_higher_than|no_greater_than|not_greater_than',
};

/** An amount that is clearly money, not a count of years: followed by no time unit. */
export function amountAt(s: ParseState, i: number): { value: number; end: number; marked: boolean; scale: number } | null {
  const a = readAmount(s.tokens, i);
  if (a === null || readUnit(s.tokens, a.end) !== null || a.value <= 0 || !Number.isFinite(a.value)) return null;
  for (let k = i; k < a.end; k++) if (s.claimedBy[k] !== null) return null;
  return a;
}

export function hasPayWord(s: ParseState): boolean {
  return s.tokens.some((t, i) => s.claimedBy[i] === null && /^(earn|earns|earning|earned|make|makes|making|made|paid|pay|salary|salaries|salaried|compensation|comp|income|wage|wages)$/.test(t.norm));
}

/** Extends [start, end) over the pay words around it and claims them. */
export function claimPayWords(s: ParseState, start: number, end: number, rule: string): { start: number; end: number } {
  const before = matchEndingAt(s, start, PAY_BEFORE, 8);
  const after = matchAt(s, end, PAY_AFTER);
  const range = { start: before >= 0 ? before : start, end: after > end ? after : end };
  claim(s, range.start, range.end, rule);
  return range;
}
