// One WHERE fragment per plan condition. Identifiers are fixed here; every value from the plan is
// a `?` placeholder. Person references arrive either resolved to employee ids (null: nobody has
// that name, which matches no row) or as a scalar sub-select the same statement evaluates.
import type { Condition, HireDateRange, PersonName, TimeUnit } from '../question/plan.js';
import { UnreachableCaseError } from '../question/plan.js';
import { foldName } from './fold-name.js';
import type { SqlFragment } from './sql.js';

/** A person's id: resolved, or `{ sql }`, a sub-select that yields it inside the same statement. */
export type PersonRef = number | null | { sql: string };
export type PersonIds = ReadonlyMap<PersonName, PersonRef>;

const COMPARATOR_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

export const CURRENT_LEAVE = 'l.start_date <= current_date AND (l.end_date IS NULL OR l.end_date >= current_date)';

/**
 * The leave in effect today of the employee `alias`, the most recently started one if several
 * overlap, as a sub-select of `columns` (of `leaves l`): the answer statement's join and its JSON
 * levels pick the same leave, as the currentLeave loader does.
 */
export function currentLeaveOf(alias: string, columns: string): string {
  return `SELECT ${columns} FROM leaves l WHERE l.employee_id = ${alias}.id AND ${CURRENT_LEAVE} ORDER BY l.start_date DESC, l.id DESC LIMIT 1`;
}

function interval(amount: number, unit: TimeUnit): string {
  return `${amount} ${unit}s`;
}

function personId(people: PersonIds, person: PersonName): SqlFragment {
  const id = people.get(person);
  if (id === undefined) throw new Error('person reference was not resolved before compiling');
  return id !== null && typeof id === 'object' ? { sql: id.sql, values: [] } : { sql: '?', values: [id] };
}

/** The whole calendar year or month `ago` of them before the current one ("last year": year, 1). */
function calendarPeriod(unit: 'year' | 'month', ago: number): SqlFragment {
  return {
    sql:
      `e.hire_date >= (date_trunc('${unit}', current_date) - ?::interval)::date` +
      ` AND e.hire_date < (date_trunc('${unit}', current_date) - ?::interval + interval '1 ${unit}')::date`,
    values: [interval(ago, unit), interval(ago, unit)],
  };
}

/** One month of this calendar year or of one `yearsAgo` before it ("March of last year"). */
function monthOfCalendarYear(month: number, yearsAgo: number): SqlFragment {
  const start = "(date_trunc('year', current_date) - ?::interval + ?::interval)";
  return {
    sql: `e.hire_date >= ${start}::date AND e.hire_date < (${start} + interval '1 month')::date`,
    values: [interval(yearsAgo, 'year'), interval(month - 1, 'month'), interval(yearsAgo, 'year'), interval(month - 1, 'month')],
  };
}

function hireDate(range: HireDateRange): SqlFragment {
  switch (range.kind) {
    case 'within':
    case 'tenureUnder': {
      // "at most N years" also takes whoever reaches N years today
      const from = range.kind === 'tenureUnder' && range.inclusive ? '>=' : '>';
      return {
        sql: `e.hire_date ${from} current_date - ?::interval AND e.hire_date <= current_date`,
        values: [interval(range.amount, range.unit)],
      };
    }
    case 'tenureOver':
      return { sql: `e.hire_date ${range.inclusive ? '<=' : '<'} current_date - ?::interval`, values: [interval(range.amount, range.unit)] };
    case 'between': {
      const parts: string[] = [];
      const values: unknown[] = [];
      if (range.from !== null) {
        parts.push('e.hire_date >= ?::date');
        values.push(range.from);
      }
      if (range.to !== null) {
        parts.push('e.hire_date < ?::date');
        values.push(range.to);
      }
      return { sql: parts.length ? parts.join(' AND ') : 'TRUE', values };
    }
    case 'calendarYear':
      return range.month === undefined ? calendarPeriod('year', range.yearsAgo) : monthOfCalendarYear(range.month, range.yearsAgo);
    case 'calendarMonth':
      return calendarPeriod('month', range.monthsAgo);
    default:
      throw new UnreachableCaseError(range);
  }
}

export function nameMatch(person: PersonName): SqlFragment {
  const words = person.words.map(foldName);
  if (words.length === 1) {
    const part = person.part ?? 'any';
    if (part === 'first') return { sql: 'fold_name(e.first_name) = ?', values: [words[0]] };
    if (part === 'last') return { sql: 'fold_name(e.last_name) = ?', values: [words[0]] };
    return { sql: '(fold_name(e.first_name) = ? OR fold_name(e.last_name) = ?)', values: [words[0], words[0]] };
  }
  // "Mary Ann Smith": the last word is the last name, the rest the first name.
  return {
    sql: 'fold_name(e.first_name) = ? AND fold_name(e.last_name) = ?',
    values: [words.slice(0, -1).join(' '), words[words.length - 1]],
  };
}

/**
 * "On (some type of) leave today", not negated: the condition collects the few employee ids from
 * `leaves` first, so the matches are at most the people on leave today, whatever else is asked.
 */
export function isOnLeaveToday(condition: Condition, negated: boolean): boolean {
  return condition.kind === 'leave' && condition.when === 'current' && !negated;
}

/** `negated`: the fragment will be wrapped in NOT (…); some conditions have a better shape for each. */
export function conditionSql(condition: Condition, people: PersonIds, negated = false): SqlFragment {
  switch (condition.kind) {
    case 'department':
      return { sql: 'd.name = ANY(?::text[])', values: [condition.names] };
    case 'title':
      return { sql: 'lower(e.job_title) = ANY(?::text[])', values: [condition.titles.map((t) => t.toLowerCase())] };
    case 'senior':
      return { sql: 'e.job_title ILIKE ?', values: ['Senior %'] };
    case 'isManager':
      return {
        sql: "EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = e.id AND r.employment_status = 'active')",
        values: [],
      };
    case 'location':
      return { sql: 'e.location = ANY(?::text[])', values: [condition.locations] };
    case 'salary':
      return { sql: `e.salary_usd ${COMPARATOR_SQL[condition.op]} ?`, values: [condition.amount] };
    case 'salaryBetween':
      return { sql: 'e.salary_usd BETWEEN ? AND ?', values: [condition.min, condition.max] };
    case 'hireDate':
      return hireDate(condition.range);
    case 'leave': {
      const types = condition.leaveTypes ?? [];
      const type = types.length === 0 ? '' : types.length === 1 ? ' AND l.leave_type = ?' : ` AND l.leave_type IN (${types.map(() => '?').join(', ')})`;
      const when = condition.when === 'current' ? ` AND ${CURRENT_LEAVE}` : '';
      if (isOnLeaveToday(condition, negated)) {
        // Few people are on leave today: collect their ids from `leaves` first (an InitPlan run
        // once) and fetch them by primary key, instead of a semi-join the planner may drive from
        // employees (a Seq Scan, or a walk of the name index probing leaves row by row).
        return {
          sql: `e.id = ANY (ARRAY (SELECT l.employee_id FROM leaves l WHERE TRUE${type}${when}))`,
          values: types,
        };
      }
      return {
        sql: `EXISTS (SELECT 1 FROM leaves l WHERE l.employee_id = e.id${type}${when})`,
        values: types,
      };
    }
    case 'reportsTo': {
      const id = personId(people, condition.person);
      // manager_id is null at the top: "not managed by X" keeps those people, which NOT (NULL = X) would drop
      return { sql: `e.manager_id ${negated ? 'IS NOT DISTINCT FROM' : '='} ${id.sql}`, values: id.values };
    }
    case 'orgOf': {
      const id = personId(people, condition.person);
      // UNION (not UNION ALL) stops at a cycle in manager_id links instead of looping forever.
      return {
        sql:
          `e.id IN (WITH RECURSIVE org(id) AS (SELECT c.id FROM employees c WHERE c.manager_id = ${id.sql}` +
          ` UNION SELECT c.id FROM employees c JOIN org o ON c.manager_id = o.id) SELECT id FROM org) AND e.id <> ${id.sql}`,
        values: [...id.values, ...id.values],
      };
    }
    case 'managerOf': {
      const id = personId(people, condition.person);
      // X may have no manager: then "everyone but X's manager" is everyone, not nobody
      return { sql: `e.id ${negated ? 'IS NOT DISTINCT FROM' : '='} (SELECT x.manager_id FROM employees x WHERE x.id = ${id.sql})`, values: id.values };
    }
    case 'noManager':
      return { sql: 'e.manager_id IS NULL', values: [] };
    case 'name':
      return nameMatch(condition.name);
    case 'allOf': {
      // each part in the shape it has un-negated: the NOT, if any, wraps the whole group
      const parts = condition.conditions.map((part) => conditionSql(part, people));
      return { sql: parts.map((part) => `(${part.sql})`).join(' AND '), values: parts.flatMap((part) => part.values) };
    }
    default:
      throw new UnreachableCaseError(condition);
  }
}
