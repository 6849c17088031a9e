// Plan → the page query. The answer set is the plan's matches in the plan's order, cut to the
// plan's own limit and to MAX_RESULT_ROWS; a page is a window into that set. The total number of
// matches comes back on every row (a window count), so one statement answers both.
import type { Ordering, QueryPlan, Scope } from '../question/plan.js';
import { UnreachableCaseError } from '../question/plan.js';
import { conditionSql, type PersonIds } from './conditions.js';
import { sqlBuilder, toSqlQuery, type SqlFragment, type SqlQuery } from './sql.js';

export const EMPLOYEE_COLUMNS = [
  'e.id',
  'e.first_name',
  'e.last_name',
  'e.email',
  'e.job_title',
  'e.department_id',
  'e.manager_id',
  'e.hire_date',
  'e.salary_usd',
  'e.location',
  'e.employment_status',
  'e.termination_date',
] as const;

export interface PageWindow {
  offset: number;
  limit: number;
}

/** The columns each order sorts by, before the tie-break on id. */
const SORT_COLUMNS = {
  salary: ['e.salary_usd'],
  hireDate: ['e.hire_date'],
  lastName: ['e.last_name', 'e.first_name'],
  firstName: ['e.first_name', 'e.last_name'],
} as const;

function scopeSql(scope: Scope): SqlFragment | null {
  switch (scope) {
    case 'active':
      return { sql: 'e.employment_status = ?', values: ['active'] };
    case 'terminated':
      return { sql: 'e.employment_status = ?', values: ['terminated'] };
    case 'all':
      return null;
    default:
      throw new UnreachableCaseError(scope);
  }
}

/** The page's ORDER BY: the plan's order, or last name, first name; ties always broken by id ascending. */
export function orderBy(order: Ordering | null): { column: string; order: 'asc' | 'desc' }[] {
  const { field, direction } = order ?? { field: 'lastName', direction: 'asc' };
  return [...SORT_COLUMNS[field].map((column) => ({ column, order: direction })), { column: 'e.id', order: 'asc' }];
}

/** The WHERE fragments of a plan: scope first, then every filter, negated where asked. */
export function whereFragments(plan: QueryPlan, people: PersonIds): SqlFragment[] {
  const fragments: SqlFragment[] = [];
  const scope = scopeSql(plan.scope);
  if (scope) fragments.push(scope);
  for (const filter of plan.filters) {
    const fragment = conditionSql(filter.condition, people, filter.negated);
    fragments.push(filter.negated ? { sql: `NOT (${fragment.sql})`, values: fragment.values } : fragment);
  }
  return fragments;
}

export function matches(plan: QueryPlan, people: PersonIds) {
  const query = sqlBuilder('employees as e').join('departments as d', 'd.id', 'e.department_id');
  for (const fragment of whereFragments(plan, people)) query.whereRaw(fragment.sql, fragment.values as never[]);
  return query;
}

/**
 * The same matches without the join to departments when no condition reads `d.`: every employee
 * has exactly one department (department_id is NOT NULL and a foreign key), so the join neither
 * drops nor repeats a row, and without it a count can be answered from an index alone.
 */
export function matchesForCount(plan: QueryPlan, people: PersonIds) {
  const fragments = whereFragments(plan, people);
  if (fragments.some((fragment) => /\bd\./.test(fragment.sql))) return matches(plan, people);
  const query = sqlBuilder('employees as e');
  for (const fragment of fragments) query.whereRaw(fragment.sql, fragment.values as never[]);
  return query;
}

/**
 * The rows of one page with the total number of matches on each row (`total_count`).
 * When the plan has its own limit ("top 5"), the total counts at most that many.
 */
export function compilePageQuery(plan: QueryPlan, people: PersonIds, page: PageWindow): SqlQuery {
  const query = matches(plan, people)
    .select([...EMPLOYEE_COLUMNS, sqlBuilder.raw('count(*) OVER () AS total_count')])
    .orderBy(orderBy(plan.order))
    .limit(page.limit)
    .offset(page.offset);
  return toSqlQuery(query);
}

/** The number of matches alone, for a page that starts past the last row. */
export function compileCountQuery(plan: QueryPlan, people: PersonIds): SqlQuery {
  return toSqlQuery(matches(plan, people).count({ total_count: '*' }));
}
