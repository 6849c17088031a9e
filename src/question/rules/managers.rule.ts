// People managers: anyone with at least one active direct report. Runs after the vocabulary, so
// "Engineering Manager" (a title) and "product managers" (the Product department) are taken first.
import { addFilter, matchAt, type Rule } from '../state.js';

const PATTERNS = [
  'people|line? managers|manager',
  'who|that? actually|really|currently? manage|manages|managing|line_manage|line_manages|line-manage|oversee|oversees|supervise|supervises someone|somebody|anyone|anybody|people|some_people|some_employees|some_staff|others|other_people|other_persons|persons|a_team|staff|employees|direct_reports|reports|at_least_one_person|at_least_one_employee|at_least_one_direct_report|at_least_one_report|at_least_one_other|at_least_one',
  // "employees with at least one person reporting to them"
  'who|that? have|has|having|with at_least_one|one_or_more|someone|somebody|people person|people|employee|employees? reporting_to_them|reporting_to_him|reporting_to_her|who_reports_to_them',
  // "who still have active direct reports": a direct report counts only while active, so "active" adds nothing
  'who|that? still? has|have|having|with active|current? direct? reports|a_team|a_direct_report|direct_reports|people_reporting_to_them|someone_reporting_to_them under_them|beneath_them|below_them?',
  'who|that? still? has|have|having|with at_least_one|one_or_more|any active|current? direct? report|reports|direct_report|direct_reports',
  'in_charge_of_people|in_charge_of_a_team|who_lead_a_team|who_leads_a_team|team_leads|team_leaders',
  "are|is? somebody|someone|anybody|anyone 's boss|manager",
];

/**
 * "whose manager left", "their manager is in London": the manager of someone else, whose own
 * properties no condition can express. The noun is left unplaced, so the question is refused rather
 * than read as "people who are managers".
 */
const SOMEONE_ELSES = /^(whose|their|his|her)$/;

/** "with no direct reports", "without any direct reports": people who manage nobody. */
const NO_REPORTS =
  'without|with_no|has_no|have_no|having_no|with_zero|has_zero|have_zero any|active? direct? reports|report|direct_report|subordinates|people_reporting_to_them|one_reporting_to_them';

export const managersRule: Rule = {
  name: 'managers',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const none = matchAt(s, i, NO_REPORTS);
      if (none > i) {
        addFilter(s, this.name, { kind: 'isManager' }, i, none).negated = true;
        i = none - 1;
        continue;
      }
      if (SOMEONE_ELSES.test(s.tokens[i - 1]?.norm ?? '')) continue;
      for (const pattern of PATTERNS) {
        const end = matchAt(s, i, pattern);
        if (end > i) {
          addFilter(s, this.name, { kind: 'isManager' }, i, end);
          i = end - 1;
          break;
        }
      }
    }
  },
};
