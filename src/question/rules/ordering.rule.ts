// Ordering and "top N": "top 10 highest paid", "5 newest hires", "lowest paid", "longest-serving",
// "sorted by salary". The limit is the number written with it, or 1 when the question asks for a
// single person ("the highest paid engineer", "who is the longest-serving employee?").
import { phraseAt } from '../lexicon.js';
import { countEndingAt, readCount, readUnit } from '../numbers.js';
import type { Ordering } from '../plan.js';
import { claim, freeFn, matchAt, type ParseState, type Rule } from '../state.js';

const SORTED = 'sorted|ordered|ranked|sort|order|rank|arranged? by|on';
const SALARY_KEY = 'salary|salaries|pay|compensation|earnings';
const HIRE_KEY = 'hire_date|start_date|hiring_date|tenure|seniority|date_hired|date_of_hire|date_joined|join_date|joining_date';
const DESCENDING = 'descending|desc|high_to_low|from_high_to_low|highest_to_lowest|from_highest_to_lowest|from_highest';
const ASCENDING = 'ascending|asc|low_to_high|from_low_to_high|lowest_to_highest|from_lowest_to_highest|from_lowest';
/** "by name" is the default order's key, the last name; the first name is asked for by name. */
const LAST_NAME_KEY = 'the|their? last_name|last_names|lastname|surname|surnames|family_name|family_names|name|names|full_name';
const FIRST_NAME_KEY = 'the|their? first_name|first_names|firstname|given_name|given_names';
const A_TO_Z = 'a_to_z|from_a_to_z|a_z|alphabetically|alphabetical|in_alphabetical_order';
const Z_TO_A = 'z_to_a|from_z_to_a|z_a|reverse_alphabetically|reverse_alphabetical|in_reverse_alphabetical_order';
/** A sort verb written apart from its key: "rank engineers by salary". */
const SORT_VERB = 'sort|sorted|rank|ranked|order|ordered|arrange|arranged';
/** Words that open an ordering phrase and may have its limit right after them: "top 5 salaries". */
const SUPERLATIVE = new Set(['top', 'bottom', 'highest', 'lowest', 'best', 'worst', 'newest', 'latest', 'last', 'first', 'oldest', 'earliest', 'most', 'least', 'biggest', 'smallest', 'longest']);

/** `sorts`: the phrase orders everyone matched ("sorted by salary") rather than naming the top one ("the highest paid"). */
const ORDERS: readonly { pattern: string; order: Ordering; sorts?: true }[] = [
  // a direction with "first", after the people it orders: "engineers hired in 2025, most recent first"
  { pattern: 'newest|latest|most_recent|most_recently_hired|most_recent_hires|newest_hires|latest_hires|newest_joiners first', order: { field: 'hireDate', direction: 'desc' }, sorts: true },
  { pattern: 'oldest|earliest|longest_serving|longest_tenured|earliest_hire|earliest_hires|earliest_hired|oldest_hires|first_hired first', order: { field: 'hireDate', direction: 'asc' }, sorts: true },
  { pattern: 'highest_paid|best_paid|highest_salary|highest_earners|top_earners first', order: { field: 'salary', direction: 'desc' }, sorts: true },
  { pattern: 'lowest_paid|worst_paid|lowest_salary|lowest_earners first', order: { field: 'salary', direction: 'asc' }, sorts: true },
  // "the earliest hire date", before "earliest hire" takes its first two words
  { pattern: 'earliest|oldest hire_date|start_date|joining_date|date_of_hire|hiring_date', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'latest|newest|most_recent hire_date|start_date|joining_date|date_of_hire|hiring_date', order: { field: 'hireDate', direction: 'desc' } },
  { pattern: 'priciest|most_expensive', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'best_remunerated|best-remunerated|best_compensated|most_highly_compensated', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'least_well|least_well-paid|least_well_paid paid?', order: { field: 'salary', direction: 'asc' } },
  // "the person most low paid", "the most poorly paid"
  { pattern: 'most low|poorly|badly paid|payed', order: { field: 'salary', direction: 'asc' } },
  { pattern: 'most_junior|freshest faces?', order: { field: 'hireDate', direction: 'desc' } },
  { pattern: 'old_timers|oldtimers', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'highest|best|top|most_highly|most|better|highly|more_well|most_well paid|earning|earners|earner|salaries|salary|salaried|compensated|paying', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'biggest|top|highest|best earners|earner|salaries|salary', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'who? earn|earns|make|makes|paid|get_paid|are_paid the_most|most', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'with|having|gets|get|getting|receives|draws|takes_home|take_home|brings_home|earns? the? highest|biggest|largest|top|most_high|more_high salary|salaries|pay|compensation', order: { field: 'salary', direction: 'desc' } },
  { pattern: 'lowest|least|worst|most_poorly|poorest|lower|bottom paid|earning|earners|earner|salaries|salary|salaried|compensated|paying', order: { field: 'salary', direction: 'asc' } },
  { pattern: 'who? earn|earns|earning|make|makes|making|paid|get_paid|are_paid the_least|least|the_less', order: { field: 'salary', direction: 'asc' } },
  { pattern: 'with|having|gets|get|getting|receives|draws? the? lowest|smallest salary|salaries|pay|compensation', order: { field: 'salary', direction: 'asc' } },
  { pattern: `${SORTED} ${SALARY_KEY} ,? ${ASCENDING}|lowest_first|lowest_paid_first`, order: { field: 'salary', direction: 'asc' }, sorts: true },
  { pattern: `${SORTED} ${SALARY_KEY} ,? ${DESCENDING}|highest_first|highest_paid_first?`, order: { field: 'salary', direction: 'desc' }, sorts: true },
  { pattern: 'newest|latest|most_recent|most_recently|last_hired|latest_hired hires|hired|joined|joiners|employees|people|persons|members|staff|additions|starters|hire|joiner|employee|person|member|starter?', order: { field: 'hireDate', direction: 'desc' } },
  { pattern: 'hired|joined|started most_recently|latest|newest', order: { field: 'hireDate', direction: 'desc' } },
  { pattern: 'hired|joined|started earliest|first', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'last|most_recent hires|joiners|hire|joiner|people_hired|persons_hired|people_to_join|employees_hired|people_we_hired|people_we_have_hired|employees_we_hired|people_we_took_on', order: { field: 'hireDate', direction: 'desc' } },
  { pattern: 'longest serving|tenured|standing|term|working', order: { field: 'hireDate', direction: 'asc' } },
  // "working in Sales since the longest time", "here for the longest time"
  { pattern: 'since|for the longest time|while', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'with|having? the? longest time|service|tenure in|at|with the company|firm', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'most senior|tenured by|in tenure', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'been|worked|served here|at_the_company|with_the_company|with_us|at_the_firm|in_the_company? the? longest', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'most_tenured|most_senior_by_tenure|been_here_the_longest|been_here_longest|with_the_longest_tenure|longest_tenure|here_the_longest|worked_here_the_longest', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: 'earliest|oldest|first hires|hired|joiners|employees|hire|joiner|employee|people_we_hired|people_we_have_hired|employees_we_hired|people_hired', order: { field: 'hireDate', direction: 'asc' } },
  // "the first person we hired in 2015"
  { pattern: 'first|earliest person|people|employee|employees we|they? ever? hired|took_on', order: { field: 'hireDate', direction: 'asc' } },
  { pattern: `${SORTED} ${HIRE_KEY} ,? the? newest_first|most_recent_first|latest_first|newest_to_oldest|from_newest_to_oldest|${DESCENDING}`, order: { field: 'hireDate', direction: 'desc' }, sorts: true },
  { pattern: `${SORTED} ${HIRE_KEY} ,? the? oldest_first|earliest_first|oldest_to_newest|from_oldest_to_newest|${ASCENDING}?`, order: { field: 'hireDate', direction: 'asc' }, sorts: true },
  { pattern: `${SORTED} ${SALARY_KEY}`, order: { field: 'salary', direction: 'desc' }, sorts: true },
  // "in descending order of salary", "in increasing order of hire date"
  { pattern: `in? descending|decreasing order of|by ${SALARY_KEY}`, order: { field: 'salary', direction: 'desc' }, sorts: true },
  { pattern: `in? ascending|increasing order of|by ${SALARY_KEY}`, order: { field: 'salary', direction: 'asc' }, sorts: true },
  { pattern: `in? descending|decreasing order of|by ${HIRE_KEY}`, order: { field: 'hireDate', direction: 'desc' }, sorts: true },
  { pattern: `in? ascending|increasing|chronological order of|by ${HIRE_KEY}`, order: { field: 'hireDate', direction: 'asc' }, sorts: true },
  // by name: "sorted by last name", "alphabetically by first name", "Z to A"
  { pattern: `${SORTED} ${FIRST_NAME_KEY} ,? ${Z_TO_A}|${DESCENDING}`, order: { field: 'firstName', direction: 'desc' }, sorts: true },
  { pattern: `${SORTED} ${FIRST_NAME_KEY} ,? ${A_TO_Z}|${ASCENDING}?`, order: { field: 'firstName', direction: 'asc' }, sorts: true },
  { pattern: `${A_TO_Z} ${SORTED} ${FIRST_NAME_KEY}`, order: { field: 'firstName', direction: 'asc' }, sorts: true },
  { pattern: `${Z_TO_A} ${SORTED} ${FIRST_NAME_KEY}`, order: { field: 'firstName', direction: 'desc' }, sorts: true },
  { pattern: `${SORTED} ${LAST_NAME_KEY} ,? ${Z_TO_A}|${DESCENDING}`, order: { field: 'lastName', direction: 'desc' }, sorts: true },
  { pattern: `${SORTED} ${LAST_NAME_KEY} ,? ${A_TO_Z}|${ASCENDING}?`, order: { field: 'lastName', direction: 'asc' }, sorts: true },
  { pattern: `sorted|ordered|listed|arranged? ${Z_TO_A} ${SORTED}? ${LAST_NAME_KEY}?`, order: { field: 'lastName', direction: 'desc' }, sorts: true },
  { pattern: `sorted|ordered|listed|arranged|alphabetized? ${A_TO_Z} ${SORTED}? ${LAST_NAME_KEY}?`, order: { field: 'lastName', direction: 'asc' }, sorts: true },
  { pattern: 'alphabetized|alphabetised', order: { field: 'lastName', direction: 'asc' }, sorts: true },
  // a direction alone, with no sort verb: "HR employees from newest to oldest"
  { pattern: 'from? newest|latest|most_recent to oldest|earliest', order: { field: 'hireDate', direction: 'desc' }, sorts: true },
  { pattern: 'from? oldest|earliest to newest|latest|most_recent', order: { field: 'hireDate', direction: 'asc' }, sorts: true },
  { pattern: 'from? the? highest|highest_paid|best_paid|most_paid to|until the? lowest|lowest_paid|worst_paid|less_paid|least_paid paid|salary|salaries|pay?', order: { field: 'salary', direction: 'desc' }, sorts: true },
  { pattern: 'from? the? lowest|lowest_paid|worst_paid to|until the? highest|highest_paid|best_paid paid|salary|salaries|pay?', order: { field: 'salary', direction: 'asc' }, sorts: true },
  // last, after "lowest earners": "top five earners" reaches here with the number before "earners"
  { pattern: 'earners|earner', order: { field: 'salary', direction: 'desc' } },
];

const SINGULAR = new Set(['person', 'employee', 'collaborator', 'one', 'hire', 'earner', 'worker', 'member', 'individual', 'staffer', 'joiner', 'starter', 'guy', 'woman', 'man', 'manager', 'supervisor', 'boss']);
const PLURAL = new Set(['people', 'persons', 'employees', 'collaborators', 'ones', 'hires', 'earners', 'workers', 'members', 'individuals', 'staff', 'staffers', 'joiners', 'starters', 'folks', 'managers', 'supervisors', 'bosses']);

/** "the employee with the longest tenure", "the engineer who earns the most": one person named before the phrase. */
function singularBefore(s: ParseState, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(with|having|who|that|has|had|is|was|the|a)$/.test(s.tokens[k]?.norm ?? '')) k--;
  const noun = s.tokens[k]?.norm ?? '';
  // "the engineer with …", "which ex-employee had …"
  let determiner = k - 1;
  while (determiner >= 0 && STATUS_WORDS.test(s.tokens[determiner]?.norm ?? '')) determiner--;
  if (PLURAL.has(noun) || !/^(the|which|what)$/.test(s.tokens[determiner]?.norm ?? '')) return false;
  return SINGULAR.has(noun) || phraseAt(s.lexicon, s.tokens, k, () => true)?.phrase.number === 'singular';
}

/** A limit written right after the phrase: "lowest paid 3 in HR" (a small count, not a year or an amount). */
function limitAfter(s: ParseState, end: number): { limit: number; end: number } | null {
  const token = s.tokens[end];
  if (token === undefined || token.kind !== 'number' || token.money || s.claimedBy[end] !== null) return null;
  const n = readCount(s.tokens, end);
  if (n === null || n.value >= MAX_LIMIT_WRITTEN || readUnit(s.tokens, n.end) !== null) return null;
  return { limit: n.value, end: n.end };
}

/** "the highest salary" is one salary, "the highest salaries" several; "sorted by salary" is neither. */
const SUPERLATIVE_KEY = /^(highest|lowest|biggest|smallest|largest|top|best|worst|bottom)$/;

/** Singular or plural, from the phrase's own noun ("earners") or the word after it ("engineer"). */
/** Singular or plural when the word at k is a noun for people ("employee", "folks"). */
function wordNumber(s: ParseState, k: number): 'singular' | 'plural' | null {
  const norm = s.tokens[k]?.norm ?? '';
  // "the lowest paid people manager": one manager of people
  if (norm === 'people' && s.tokens[k + 1]?.norm === 'manager') return 'singular';
  return SINGULAR.has(norm) ? 'singular' : PLURAL.has(norm) ? 'plural' : null;
}

/** Words for whether someone still works here, which stand before the noun: "the best paid former employee". */
const STATUS_WORDS = /^(former|ex|past|previous|departed|current|active|present)$/;

/** Where the noun starts at or after k, past any status words: "former employee", "3 former employees". */
function pastStatusWords(s: ParseState, k: number): number {
  let at = k;
  while (STATUS_WORDS.test(s.tokens[at]?.norm ?? '')) at++;
  return at;
}

function nounNumber(s: ParseState, end: number): 'singular' | 'plural' | null {
  // "the earliest-hired of John Doe's direct reports": one of a group
  if (s.tokens[end]?.norm === 'of') return 'singular';
  const noun = pastStatusWords(s, end);
  // a title that starts with a word for people: "the lowest paid Staff Engineer" is one person
  const titleNumber = wordNumber(s, noun) === null ? null : (phraseAt(s.lexicon, s.tokens, noun, () => true)?.phrase.number ?? null);
  const written = wordNumber(s, end - 1) ?? titleNumber ?? wordNumber(s, noun);
  if (written !== null) return written;
  if (SUPERLATIVE_KEY.test(s.tokens[end - 2]?.norm ?? '')) {
    const key = s.tokens[end - 1]?.norm;
    if (key === 'salary' || key === 'pay') return 'singular';
    if (key === 'salaries') return 'plural';
  }
  const phrase = phraseAt(s.lexicon, s.tokens, end, () => true);
  // "the longest-serving ops person": a noun for people after the group says how many
  const nounAfter = phrase === null ? null : wordNumber(s, phrase.end);
  if (nounAfter !== null) return nounAfter;
  if (phrase === null || phrase.phrase.number !== null) return phrase?.phrase.number ?? null;
  // a place or department between the phrase and its noun: "the lowest paid remote employee"
  return wordNumber(s, phrase.end) ?? phraseAt(s.lexicon, s.tokens, phrase.end, () => true)?.phrase.number ?? null;
}

/** Limits people write are small; a larger number beside an ordering is a year ("in 2020") or an amount. */
const MAX_LIMIT_WRITTEN = 1000;

/**
 * A limit written before the phrase: "top 10 …", "5 newest", "the three best paid". `bottom` when
 * it is "bottom N": the lowest of the key ("bottom 3 by salary"), which the caller turns around.
 */
function limitBefore(s: ParseState, start: number): { limit: number; start: number; bottom: boolean } | null {
  const n = countEndingAt(s.tokens, start);
  // a year is not a limit: "engineers hired in 2020 with the highest salaries"
  if (n !== null && n.value < MAX_LIMIT_WRITTEN && s.claimedBy.slice(n.start, start).every((rule) => rule === null)) {
    const lead = matchAt(s, n.start - 1, 'top|first|the|bottom') === n.start ? n.start - 1 : n.start;
    return { limit: n.value, start: lead, bottom: s.tokens[lead]?.norm === 'bottom' };
  }
  return null;
}

export const orderingRule: Rule = {
  name: 'ordering',
  apply(s) {
    // "the highest salary" asks for one unless a count is written elsewhere ("the 2 engineers with …")
    let one = false;
    for (let i = 0; i < s.tokens.length && s.order === null; i++) {
      // "most senior engineers by tenure": the superlative belongs to the key written later
      if (mostSeniorByKey(s, i, this.name)) break;
      for (const { pattern, order, sorts } of ORDERS) {
        if (limitInside(s, i, pattern, order, this.name)) break;
        const end = matchAt(s, i, pattern);
        if (end <= i) continue;
        s.order = order;
        const before = limitBefore(s, i);
        // "bottom 3 by salary" are the lowest paid; by any other key "bottom" says nothing clear
        // "bottom 3 lowest paid in Sales" says the lowest twice
        if (before?.bottom === true && order.field === 'salary' && (sorts === true || order.direction === 'asc')) s.order = { field: 'salary', direction: 'asc' };
        else if (before?.bottom === true) {
          s.order = null;
          continue;
        }
        const start = before?.start ?? i;
        claim(s, start, end, this.name);
        const after = before === null ? limitAfter(s, end) : null;
        if (before !== null) s.limit = before.limit;
        else if (after !== null) {
          s.limit = after.limit;
          // "most recent 6 hires": the noun after the count is theirs too
          claim(s, end, wordNumber(s, after.end) === 'plural' ? after.end + 1 : after.end, this.name);
        } else one = sorts !== true && (singleAsked(s, end) || singularBefore(s, start) || standsForOne(s, start, end));
        break;
      }
    }
    if (s.order === null) one = beenThereLongest(s, this.name);
    topN(s, this.name);
    if (one && s.limit === null) s.limit = 1;
    detachedWords(s, this.name);
  },
};

/**
 * "who has been in Legal the longest", "who's worked at the Berlin office the longest": the place in
 * between is read by its own rule. The last words only; whether one person is asked for, as elsewhere.
 */
function beenThereLongest(s: ParseState, rule: string): boolean {
  const free = freeFn(s);
  const last = s.tokens.length;
  const start = matchAt(s, last - 2, 'the longest') === last ? last - 2 : matchAt(s, last - 1, 'longest') === last ? last - 1 : -1;
  const verb = s.tokens.findIndex((t, k) => k < start && free(k) && /^(been|worked|served)$/.test(t.norm));
  if (start < 0 || verb < 0 || !free(start)) return false;
  s.order = { field: 'hireDate', direction: 'asc' };
  claim(s, verb, verb + 1, rule);
  claim(s, start, last, rule);
  return singleAsked(s, start);
}

/** The same state without token k, for reading a phrase that has a number inside it. */
function without(s: ParseState, k: number): ParseState {
  return { ...s, tokens: s.tokens.filter((_, j) => j !== k), claimedBy: s.claimedBy.filter((_, j) => j !== k) };
}

/** "top 5 salaries", "newest 3 employees", "the last 5 people hired": the limit after the first word. */
function limitInside(s: ParseState, i: number, pattern: string, order: Ordering, rule: string): boolean {
  if (!SUPERLATIVE.has(s.tokens[i]?.norm ?? '') || s.claimedBy[i + 1] !== null) return false;
  const n = readCount(s.tokens, i + 1);
  if (n === null) return false;
  const end = matchAt(without(s, i + 1), i, pattern);
  if (end < i + 2) return false;
  s.order = order;
  s.limit = n.value;
  const start = matchAt(s, i - 1, 'the') === i ? i - 1 : i;
  claim(s, start, end + 1, rule);
  return true;
}

/** "the 2 most senior people in Design by tenure", "most senior engineers by seniority". */
function mostSeniorByKey(s: ParseState, i: number, rule: string): boolean {
  const end = matchAt(s, i, 'most senior');
  if (end <= i) return false;
  for (let k = end; k < s.tokens.length; k++) {
    // "most senior by tenure first": the direction said again
    const keyEnd = matchAt(s, k, `by|in ${HIRE_KEY} first?`);
    if (keyEnd <= k) continue;
    s.order = { field: 'hireDate', direction: 'asc' };
    const before = limitBefore(s, i);
    if (before !== null) s.limit = before.limit;
    // "the most senior employee by tenure": one person, as with "the highest paid engineer"
    else if (singleAsked(s, end)) s.limit = 1;
    claim(s, before?.start ?? i, end, rule);
    claim(s, k, keyEnd, rule);
    return true;
  }
  return false;
}

const DETACHED_KEY = { salary: SALARY_KEY, hireDate: HIRE_KEY, lastName: LAST_NAME_KEY, firstName: FIRST_NAME_KEY } as const;

/** Words that repeat an order already read: "lowest first", "in order", "please rank them". */
const RESTATED: Readonly<Record<`${Ordering['field']} ${Ordering['direction']}`, string>> = {
  'salary desc': 'in_order? from? the? highest|best_paid|top|biggest salary|pay|paid|earner? first|at_the_top|downwards|down',
  'salary asc': 'in_order? from? the? lowest|lowest_paid|worst_paid|smallest salary|pay|paid|earner? first|at_the_top|upwards|up',
  'hireDate desc': 'newest|latest|most_recent|youngest first|at_the_top',
  'hireDate asc': 'oldest|earliest|longest_serving|longest_tenured first|at_the_top',
  'lastName asc': 'a_to_z|a-z',
  'lastName desc': 'z_to_a|z-a',
  'firstName asc': 'a_to_z|a-z',
  'firstName desc': 'z_to_a|z-a',
};
/** "in descending order of salary", "by hire date, ascending": the direction said in words, after the order. */
const DIRECTION_SAID: Readonly<Record<Ordering['direction'], string>> = {
  desc: 'in|sorted|sort? descending|decreasing|reverse order? of|by? salary|pay|compensation|hire_date|start_date?',
  asc: 'in|sorted|sort? ascending|increasing order? of|by? salary|pay|compensation|hire_date|start_date?',
};
const IN_ORDER = 'in_order|in_rank_order|in_that_order|in_ranked_order|ranked|rank_them';
/** "the single highest paid", "the very best paid": emphasis, only right before the words the order was read from. */
const EMPHASIS = 'the? single|one|very';

/** Claims every match of the pattern, where `accept` (given the match's end) allows it. */
function claimEach(s: ParseState, pattern: string, rule: string, accept: (end: number) => boolean = () => true): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const end = matchAt(s, i, pattern);
    if (end > i && accept(end)) claim(s, i, end, rule);
  }
}

/**
 * Words of the ordering written apart from its phrase: words that restate it ("lowest first", "in
 * order"), a sort verb ("rank engineers by salary") and a key that repeats the order's field ("oldest
 * employees in Legal by hire date").
 */
function detachedWords(s: ParseState, rule: string): void {
  if (s.order === null) return;
  claimEach(s, RESTATED[`${s.order.field} ${s.order.direction}`], rule);
  if (s.order.field === 'salary' || s.order.field === 'hireDate') claimEach(s, DIRECTION_SAID[s.order.direction], rule);
  claimEach(s, IN_ORDER, rule);
  claimEach(s, EMPHASIS, rule, (end) => s.claimedBy[end] === rule);
  claimEach(s, `by|on ${DETACHED_KEY[s.order.field]}`, rule);
  if (!s.claimedBy.some((c, i) => c === rule && /^(by|on)$/.test(s.tokens[i]?.norm ?? ''))) return;
  claimEach(s, SORT_VERB, rule);
}

/** "who are the highest paid", "who earn the most": a plural verb asks for several. */
const PLURAL_VERB = /^(are|were|earn|make)$/;

/**
 * "longest serving in hr", "the newest in Product", "highest paid?": the phrase with no noun after it,
 * opening the question or after "the", stands for the one person it picks, as "the highest paid
 * engineer" does. "Who are the highest paid in Sales" asks for several.
 */
function standsForOne(s: ParseState, start: number, end: number): boolean {
  if (nounNumber(s, end) !== null || (start > 0 && s.tokens[start - 1]?.norm !== 'the')) return false;
  if (s.tokens.slice(0, end).some((t) => PLURAL_VERB.test(t.norm))) return false;
  const next = s.tokens[end];
  if (next === undefined || next.kind !== 'word' || /^(in|at|of|among|amongst|from|on|within)$/.test(next.norm)) return true;
  // "lowest paid sales", "highest paid engineering": a group's name in place of "in Sales", ending the question
  const group = phraseAt(s.lexicon, s.tokens, end, () => true);
  return group !== null && group.phrase.number === null && group.end === s.tokens.length;
}

/** "the highest paid engineer", "who is the newest hire", "who's the lowest paid in Sales". */
function singleAsked(s: ParseState, end: number): boolean {
  const number = nounNumber(s, end);
  if (number !== null) return number === 'singular';
  // "of the Support Engineers in Toronto, the lowest paid": one picked out of a group named first
  if (end === s.tokens.length && /^(of|among|amongst)$/.test(s.tokens[0]?.norm ?? '') && s.tokens.slice(0, end).some((t) => t.kind === 'comma')) return true;
  // "who is the highest paid in Sales", "who earns the most": a singular verb asks for one person
  const words = s.tokens.slice(0, end).map((t) => t.norm);
  // "the most senior by tenure in Marketing, who is it?": one person, asked after the phrase
  if (s.tokens.some((_, i) => i >= end && matchAt(s, i, 'who|which_one is|was it|that') > i)) return true;
  const plural = words.some((w) => PLURAL_VERB.test(w));
  return !plural && words.some((w) => /^(is|was|has|earns|makes|gets)$/.test(w));
}

/**
 * "top 3 engineers by salary": a "top N" or "first N" apart from the ordering phrase; or a count
 * right before the plural people it counts: "the 3 employees who have been here longest".
 */
function topN(s: ParseState, rule: string): void {
  if (s.order === null || s.limit !== null) return;
  const free = freeFn(s);
  for (let i = 0; i < s.tokens.length; i++) {
    if (!free(i) || !/^(top|first)$/.test(s.tokens[i]?.norm ?? '')) continue;
    const n = readCount(s.tokens, i + 1);
    if (n !== null && free(i + 1)) {
      claim(s, i, n.end, rule);
      s.limit = n.value;
      return;
    }
  }
  for (let i = 0; i < s.tokens.length; i++) {
    const n = free(i) ? readCount(s.tokens, i) : null;
    // a year is not a count: "2025 hires in Legal, longest-serving first"
    if (n === null || n.value >= MAX_LIMIT_WRITTEN || (s.tokens[i]?.kind !== 'number' && !/^(the|top|which|what)$/.test(s.tokens[i - 1]?.norm ?? ''))) continue;
    // "which 3 former employees": a word for whether they still work here may stand before the noun,
    // and a group's name: "which 10 Marketing employees"
    let at = pastStatusWords(s, n.end);
    const group = phraseAt(s.lexicon, s.tokens, at, free);
    if (group !== null && group.phrase.number !== 'plural' && PLURAL.has(s.tokens[group.end]?.norm ?? '')) at = group.end;
    const noun = s.tokens[at]?.norm ?? '';
    // "5 employee with the longest tenure": a number above one before the singular, as some write it
    const singularAfterCount = n.value > 1 && s.tokens[i]?.kind === 'number' && SINGULAR.has(noun);
    if (PLURAL.has(noun) || singularAfterCount || phraseAt(s.lexicon, s.tokens, at, free)?.phrase.number === 'plural') {
      claim(s, i, n.end, rule);
      s.limit = n.value;
      return;
    }
  }
}
