// The typed query plan: the only thing the SQL compiler accepts.
//
// The parser turns a question into a QueryPlan; nothing from the question reaches SQL except the
// values held in these fields, and the compiler binds every one of them as a parameter.

/** Which employment statuses are in scope. Active only unless the question says otherwise. */
export type Scope = 'active' | 'terminated' | 'all';

export type Comparator = 'gt' | 'gte' | 'lt' | 'lte';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/**
 * A person named in the question ("John Doe", "Zoë", "O'Brien"). `words` are the name's words as
 * written (1 = first or last name, 2 = first and last name); matching folds case and diacritics.
 */
export interface PersonName {
  words: string[];
  /** for one word: which name it is ("last name Okafor"); default 'any' (first or last) */
  part?: 'first' | 'last' | 'any';
}

/** Hire-date conditions. Relative ranges are evaluated by the database against `current_date`. */
export type HireDateRange =
  /** hired in the last N units: hire_date > current_date - N unit AND hire_date <= current_date */
  | { kind: 'within'; amount: number; unit: TimeUnit }
  /** absolute calendar bounds as ISO dates: from inclusive, to exclusive; either may be open */
  | { kind: 'between'; from: string | null; to: string | null }
  /**
   * this calendar year (yearsAgo 0) or last calendar year (yearsAgo 1), relative to current_date;
   * with `month` (1–12), only that month of it ("in December of last year")
   */
  | { kind: 'calendarYear'; yearsAgo: number; month?: number }
  /** last calendar month (monthsAgo 1), relative to current_date: bare "last month", as bare "last year" */
  | { kind: 'calendarMonth'; monthsAgo: number }
  /**
   * tenure longer than N units: hire_date < current_date - N unit; `inclusive` ("at least N years",
   * "N+ years") also takes those who reach N units today: hire_date <= current_date - N unit
   */
  | { kind: 'tenureOver'; amount: number; unit: TimeUnit; inclusive: boolean }
  /**
   * tenure shorter than N units (as within, kept apart so the sentence reads naturally);
   * `inclusive` ("at most N years") also takes those who reach N units today
   */
  | { kind: 'tenureUnder'; amount: number; unit: TimeUnit; inclusive: boolean };

export type Condition =
  /** department name is any of these canonical names */
  | { kind: 'department'; names: string[] }
  /** job title equals (case-insensitively) any of these */
  | { kind: 'title'; titles: string[] }
  /** job title starts with "Senior " */
  | { kind: 'senior' }
  /** has at least one active direct report */
  | { kind: 'isManager' }
  /** location is any of these canonical values */
  | { kind: 'location'; locations: string[] }
  | { kind: 'salary'; op: Comparator; amount: number }
  /** inclusive on both ends */
  | { kind: 'salaryBetween'; min: number; max: number }
  | { kind: 'hireDate'; range: HireDateRange }
  /** a leave of one of these types (null: any type) in effect today ('current') or at any time ('ever') */
  | { kind: 'leave'; leaveTypes: string[] | null; when: 'current' | 'ever' }
  /** manager_id is the person */
  | { kind: 'reportsTo'; person: PersonName }
  /** everyone below the person, recursively, not including the person */
  | { kind: 'orgOf'; person: PersonName }
  /** the person's manager */
  | { kind: 'managerOf'; person: PersonName }
  /** manager_id is null */
  | { kind: 'noManager' }
  /** first or last name (one word) or first and last name (two words) */
  | { kind: 'name'; name: PersonName }
  /**
   * every one of these at once: a group taken out as a whole, as in "except New York paralegals"
   * (NOT (in New York AND titled Paralegal)); the parser only ever writes one negated
   */
  | { kind: 'allOf'; conditions: Condition[] };

export type ConditionKind = Condition['kind'];

/** A relation to a person named in the question: their reports, their org, their manager. */
export type PersonRelation = Extract<Condition, { kind: 'reportsTo' | 'orgOf' | 'managerOf' }>;

export function isPersonRelation(condition: Condition): condition is PersonRelation {
  return condition.kind === 'reportsTo' || condition.kind === 'orgOf' || condition.kind === 'managerOf';
}

/** A condition naming a group people are in (a department, a place, a title), as against a bound or a relation. */
export type GroupCondition = Extract<Condition, { kind: 'department' | 'location' | 'title' }>;

export function isGroupCondition(condition: Condition): condition is GroupCondition {
  return condition.kind === 'department' || condition.kind === 'location' || condition.kind === 'title';
}

/** The single conditions a condition is made of: itself, or the parts of an allOf, all the way down. */
export function simpleConditions(condition: Condition): Condition[] {
  return condition.kind === 'allOf' ? condition.conditions.flatMap(simpleConditions) : [condition];
}

/** One AND-ed condition, possibly negated, with the rule that produced it and the words it used. */
export interface Filter {
  condition: Condition;
  negated: boolean;
  rule: string;
  text: string;
}

/** lastName orders by last name, then first name; firstName by first name, then last name. */
export type SortField = 'salary' | 'hireDate' | 'lastName' | 'firstName';

export interface Ordering {
  field: SortField;
  direction: 'asc' | 'desc';
}

export interface QueryPlan {
  scope: Scope;
  filters: Filter[];
  /** null: the default order (last name, first name, id). Ties are always broken by id. */
  order: Ordering | null;
  /** "top 5", "the highest paid": at most this many rows. null: no limit beyond the row cap. */
  limit: number | null;
  /** 'count' when the question asks how many; the rows are the same, totalCount answers it. */
  intent: 'list' | 'count';
  /**
   * Sentences read as why the question is asked, not as conditions ("I'd like to thank them
   * personally"); told back to the asker with the answer. Absent when there are none.
   */
  context?: string[];
}

/** Thrown by exhaustive switches when a new plan variant is not handled; the compiler checks it. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
