// Which employment statuses are asked about. Active only unless the question says otherwise; both
// when it names both ("past and present", "including former"). Runs before the vocabulary so that
// "former" or "left" never reach another rule.
import { PURPOSE_NOUNS } from '../purpose-nouns.js';
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

const BOTH = [
  // "Count the designers. Include former employees too."
  'include|including former|terminated|ex|past employees|staff|people|ones too|as_well',
  'including|incl|include|plus|with|and|or|as_well_as|also the? former|terminated|ex|past|inactive|departed employees|staff|staffers|people|ones? too|as_well?',
  'including|incl|include|plus|also|and those|the_ones|ones|people|employees|anyone|everyone? who|that? have|has? since|already? left|departed',
  'including|incl|include those|people|employees? no_longer_here|no_longer_with_us',
  'former|ex|terminated staff|employees|people|ones? included|too|as_well',
  // "all employees ever in Legal, leavers included"
  'leavers|alumni|ex-employees included|too|as_well',
  'past_or_present|present_or_past|current_or_past|past_and_present|present_and_past|current_and_former|former_and_current|current_and_past|active_and_terminated|terminated_and_active|active_and_former|former_and_active|active_or_terminated|active_or_not|current_or_former|former_or_current|current_and_ex',
  'employees|people|staff|everyone|everybody ever|ever_employed',
  'ever_employed|ever_worked_here|who_ever_worked_here|regardless_of_status|any_status|whether_active_or_not',
  // "all-time Product staff", "every engineer we've ever had in Toronto"
  'all time', 'we|you have? ever had|employed',
  // "everyone who ever worked in Design": the place that follows is read by its own rule
  'has|have? ever worked|served|been_employed|been_on_staff|employed|been_in|been_at|been_part_of',
];

const TERMINATED = [
  'no_longer with_us|here|employed|with_the_company|at_the_company|working_here|work_here|active|on_the_payroll|on_the_books|on_staff',
  // "who've since been terminated", "recorded as terminated"
  'since? got|were|was|been? recorded_as|listed_as|marked_as|flagged_as? former|terminated|fired|departed|inactive|alumni|leavers|past_employees|previous_employees|ex|let_go|laid_off',
  'since? left the_company|the_firm|us?',
  'moved_on|have_moved_on|has_moved_on from the_company|the_firm|us?',
  'resigned|quit|have_quit|has_quit',
  // "did anyone in Legal leave the company?"
  'leave|quit the_company|the_firm|us',
  'used_to work|be|be_employed|be_here|work_here?',
  'not|no_longer active|employed',
  'do|does not work|working here|with_us|for_us anymore|any_more',
];

const ACTIVE = [
  'current|active|still_here|still_employed|currently_employed|present',
  // "employed by the organization", "on the active payroll at present", "remain with the company today"
  'presently|currently|still? employed_by|employed_at|employed_with|working_for|working_at the? company|organization|organisation|firm',
  'remain|remains|still_remain with|at the? company|organization|organisation|firm',
  'at_present',
];

/** "on the active payroll": the default said; "on the payroll for 10 years" is a tenure's, read by its rule. */
const ON_PAYROLL = ['on the? active? payroll|books'];

/** "excluding former staff": the default said, read before "former" is taken for the scope. */
const EXCLUDING_FORMER = ['excluding|except|not_including|without former|ex|terminated|departed|past employees|staff|people|ones'];

/** Things named after former employees: "the alumni newsletter", "an alumni event", "alumni mentoring". */
const ALUMNI_THINGS = new Set(['network', 'programme', 'program', 'community', 'association', 'club', 'reunion', 'portal', 'magazine', 'page', 'channel', 'relations', 'outreach']);

/** "alumni" naming a thing, not the people: before a noun of what the answer is for, or a gerund. */
function alumniAsModifier(s: ParseState, end: number): boolean {
  if (s.tokens[end - 1]?.norm !== 'alumni') return false;
  const next = s.tokens[end]?.norm ?? '';
  return (PURPOSE_NOUNS.has(next) && next !== 'list') || ALUMNI_THINGS.has(next) || /ing$/.test(next);
}

/** "engineers in Berlin who haven't left the company": read before "left the company" is taken for former. */
const NOT_LEFT = ['who|that? have|has|did not left|leave|departed|quit the_company|the_firm|us?'];

/**
 * "everyone who has ever reported to Karen White": "ever" asks for whoever it was, including those who
 * left since; the relation that follows is read by its own rule.
 */
const EVER_UNDER = ['has|have|had? ever'];
const UNDER_SOMEONE = 'reported|answered|worked_for|worked_under|been_managed|been_supervised|been_led';

/** "who have active direct reports", "active people reporting to them": the word is about someone's reports, not about who is asked for. */
const ABOUT_REPORTS = 'direct? reports|report|subordinates|people_reporting|employees_reporting|staff_reporting|someone_reporting';

function claimAll(s: ParseState, patterns: readonly string[], rule: string, accept: (end: number) => boolean = () => true): boolean {
  let found = false;
  for (let i = 0; i < s.tokens.length; i++) {
    for (const pattern of patterns) {
      const end = matchAt(s, i, pattern);
      if (end > i && accept(end)) {
        claim(s, i, end, rule);
        found = true;
        break;
      }
    }
  }
  return found;
}

export const scopeRule: Rule = {
  name: 'scope',
  apply(s) {
    // "all designers ever", "every employee ever in Product": "ever" closing the group that "all" or
    // "every" asks for, not before a verb ("every Design employee ever hired in 2020")
    const everAt = s.tokens.findIndex((t, i) => t.norm === 'ever' && s.claimedBy[i] === null && /^(in|at|from|on|across|,)?$/.test(s.tokens[i + 1]?.norm ?? ''));
    const allEver = everAt > 0 && s.tokens.slice(0, everAt).some((t) => /^(all|every)$/.test(t.norm));
    if (allEver) claim(s, everAt, everAt + 1, this.name);
    claimAll(s, NOT_LEFT, this.name);
    const everUnder = claimAll(s, EVER_UNDER, this.name, (end) => matchAt(s, end, UNDER_SOMEONE) > end);
    const both = claimAll(s, BOTH, this.name) || allEver || everUnder;
    // only where the exclusion ends there: in "excluding former staff and those in Berlin" it goes on
    claimAll(s, EXCLUDING_FORMER, this.name, (end) => s.tokens[end] === undefined || s.tokens[end]?.kind === 'comma');
    const terminated = claimAll(s, TERMINATED, this.name, (end) => !alumniAsModifier(s, end));
    claimAll(s, ON_PAYROLL, this.name, (end) => matchAt(s, end, 'for|since') < 0);
    // "the current year" is a hire date's, not a scope's
    const active = claimAll(s, ACTIVE, this.name, (end) => matchAt(s, end, ABOUT_REPORTS) < 0 && matchAt(s, end, 'year|month|quarter|calendar_year') < 0);
    if (both || (terminated && active)) s.scope = 'all';
    else if (terminated) s.scope = 'terminated';
    // "ex-employees who worked in Finance": the past tense only agrees with a scope that has former
    // people in it; on its own ("people who worked in Sales") it stays unplaced rather than guessed
    // ("who ever worked for Jane Smith": working for someone is the reports-to rule's)
    if (s.scope !== 'active') claimAll(s, ['who|that? worked|served'], this.name, (end) => matchAt(s, end, 'for') < 0);
  },
};
