// People with nobody above them ("without a manager", "at the top").
import { addFilter, matchAt, type Rule } from '../state.js';

const PATTERNS = [
  // "with no manager assigned", "no manager listed": the participle adds nothing
  'without|with_no|has_no|have_no|having_no|no|does_not_have|do_not_have|not_having|have_not|has_not|having_not a|any? manager|managers|boss|supervisor assigned|listed|set|on_record|above_them|above_him|above_her|over_them?',
  'sits|sit|sitting|stands? at|on the_top|the_very_top of? the? org|organization|organisation|company|hierarchy|org_chart|chart?',
  'that|whom? nobody|no_one|noone manages|supervises|manage|supervise',
  'with no_one|nobody to answer_to|report_to',
  // "which employees have no one above them?"
  'who|that? have|has|with no_one|nobody above|over them|him|her',
  'top_of_the_org|top_level|top_of_the_hierarchy',
  'who? reports|report|reporting to no_one|nobody|noone|no_manager',
  // "who doesn't report to anyone" ("n't" is split off as "not" by the tokenizer)
  'who|that? does|do|is|are not report|reports|reporting to anyone|anybody|someone|somebody|a_manager',
  // "who isn't managed by anyone", "managed by nobody"
  'who|that? is|are not managed|supervised by anyone|anybody|someone|somebody|a_manager',
  'managed|supervised by no_one|nobody|noone',
];

/** "who have a manager", "who report to someone": anyone with somebody above them, the opposite. */
const HAS_A_MANAGER = [
  'who|that? have|has|having|with a|an manager|boss|supervisor|line_manager',
  'who|that? reports|report|reporting to someone|somebody|anyone|anybody|a_manager',
];

export const noManagerRule: Rule = {
  name: 'no-manager',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      for (const pattern of PATTERNS) {
        const end = matchAt(s, i, pattern);
        if (end > i) {
          addFilter(s, this.name, { kind: 'noManager' }, i, end);
          break;
        }
      }
    }
    // after the patterns of nobody above, so "who doesn't report to anyone" is theirs
    for (let i = 0; i < s.tokens.length; i++) {
      const end = Math.max(...HAS_A_MANAGER.map((pattern) => matchAt(s, i, pattern)));
      // "who report to someone in Product" names that someone: a relation of a relation, not read here
      const qualified = /^(in|at|from|who|that|with|on|based|earning|hired|named|called)$/.test(s.tokens[end]?.norm ?? '');
      if (end > i && !qualified) addFilter(s, this.name, { kind: 'noManager' }, i, end).negated = true;
    }
  },
};
