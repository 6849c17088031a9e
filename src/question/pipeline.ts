// The rules in the order they run. Each rule only claims words no earlier rule claimed, so the
// order settles every overlap; the comment on each line says which overlap it settles.
import type { Rule } from './state.js';
import { askerRule } from './rules/asker.rule.js';
import { unsafeRule } from './rules/unsafe.rule.js';
import { countRule } from './rules/count.rule.js';
import { scopeRule } from './rules/scope.rule.js';
import { orgRule } from './rules/org.rule.js';
import { managerOfRule } from './rules/manager-of.rule.js';
import { reportsToAfterOrderRule, reportsToRule } from './rules/reports-to.rule.js';
import { indirectReportsRule } from './rules/indirect-reports.rule.js';
import { noManagerRule } from './rules/no-manager.rule.js';
import { namesRule } from './rules/names.rule.js';
import { leaveRule } from './rules/leave.rule.js';
import { orderingRule } from './rules/ordering.rule.js';
import { tenureRule } from './rules/tenure.rule.js';
import { hireDateRelativeRule } from './rules/hire-date-relative.rule.js';
import { hireDateCalendarRule } from './rules/hire-date-calendar.rule.js';
import { hireVerbRule } from './rules/hire-verb.rule.js';
import { salaryBetweenRule } from './rules/salary-between.rule.js';
import { salaryExactRule } from './rules/salary-exact.rule.js';
import { salaryRule } from './rules/salary.rule.js';
import { titleRule } from './rules/title.rule.js';
import { departmentRule } from './rules/department.rule.js';
import { locationRule } from './rules/location.rule.js';
import { managersRule } from './rules/managers.rule.js';
import { seniorRule } from './rules/senior.rule.js';
import { negationRule } from './rules/negation.rule.js';
import { repeatsRule } from './rules/repeats.rule.js';
import { requestRule } from './rules/request.rule.js';
import { contextRule } from './rules/context.rule.js';

export const PIPELINE: readonly Rule[] = [
  unsafeRule, //            first: a request to change data is refused whatever else it says
  askerRule, //             "recruiter here", "I'm the office manager": who asks, before the vocabulary reads it
  countRule, //             "how many", "number of": fixed phrases nothing else uses
  scopeRule, //             "former", "who left", "including former" before any rule reads "left" or "ever"
  orgRule, //               "X's reports, direct and indirect" before reports-to reads "X's reports"
  managerOfRule, //         "X's manager", "who manages X" before the managers rule reads "manages"
  reportsToRule, //         person slots run before the vocabulary, so "reports to Austin Chen" keeps its name
  indirectReportsRule, //   widens the relation found just above
  noManagerRule, //         "without a manager", "at the top" before "manager" and "top" are read otherwise
  namesRule, //             "named X", "last name X" before hire dates read "last"
  leaveRule, //             "on leave", "took sick leave"; before negation so "not on leave" has a target
  orderingRule, //          "highest paid", "most senior by tenure" before salary and senior read "paid", "senior"
  reportsToAfterOrderRule, // "X's 4 highest paid reports": the possessive read past the order
  tenureRule, //            "more than 9 years" with a tenure cue, before salary reads "more than"
  hireDateRelativeRule, //  "in the last 6 months", "last year" before the calendar rule reads "in"
  hireDateCalendarRule, //  "in 2019", "between 2018 and 2020" before salary-between reads "between"
  hireVerbRule, //          "hired", "joined": only once a hire date is known
  salaryBetweenRule, //     "between A and B" before salary reads A
  salaryRule, //            comparisons with an amount
  salaryExactRule, //       "exactly A", "equal to A": after the comparisons, which own "greater than or equal to A"
  titleRule, //             vocabulary: titles, departments and locations settle overlaps by longest phrase,
  departmentRule, //        so their order does not matter; they run after the cue-based rules so a
  locationRule, //          name or a phrase like "most senior" is never read as vocabulary
  managersRule, //          after titles and member nouns: "Engineering Manager", "product managers" are taken
  seniorRule, //            after titles: "Senior Recruiter" is a title, "senior" alone is not
  negationRule, //          negates whichever condition follows its cue
  repeatsRule, //           after negation: only conditions still positive are joined into one list
  requestRule, //           "pull up", "looking for" only where no condition wanted "up" or "for"
  contextRule, //           last: a sentence is context only if no rule found a condition in it
];
