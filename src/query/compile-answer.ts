// Plan → the one statement that answers a page: the people the question names are looked up in
// it (a materialized CTE each), the page is cut from the matches with the total on every row, and
// the related rows the GraphQL selection asks for are fetched for the page's rows only, after the
// LIMIT: department, manager (and the manager's department) and current leave as joins, anything
// deeper (direct reports, a manager's manager or leave, and so on) as JSON sub-selects. However deep
// the selection, a request costs BEGIN, settings, this, ROLLBACK.
import type { Condition, PersonName, QueryPlan } from '../question/plan.js';
import { currentLeaveOf, nameMatch, type PersonIds } from './conditions.js';
import { EMPLOYEE_COLUMNS, matches, matchesForCount, orderBy, type PageWindow } from './compile.js';
import { columnsToFetch, isShallow, type EmployeeSelection } from './employee-selection.js';
import { directReportsJson, managerJson } from './related-json.js';
import { personReferences } from './resolve-people.js';
import { sqlBuilder, toSqlQuery, type SqlQuery } from './sql.js';

/** The page's columns: what the selection reads, the keys, and what the outer statement sorts by. */
function pageColumns(selection: EmployeeSelection, order: { column: string }[]): string[] {
  const columns = new Set<string>(columnsToFetch(selection).map((column) => `e.${column}`));
  for (const { column } of order) columns.add(column);
  return EMPLOYEE_COLUMNS.filter((column) => columns.has(column));
}

/** The column that tells how many employees carry the i-th name the question mentions (0, 1, or 2 for "several"). */
export const candidatesColumn = (index: number): `person_${number}_candidates` => `person_${index}_candidates`;

function personCte(person: PersonName, index: number): { sql: string; values: unknown[] } {
  const match = nameMatch(person);
  // Two candidates are enough to know the name is ambiguous; the caller then asks for the list.
  return {
    sql:
      `person_${index} AS MATERIALIZED (SELECT CASE WHEN count(*) = 1 THEN min(c.id) END AS id, count(*)::int AS candidates` +
      ` FROM (SELECT e.id FROM employees e WHERE ${match.sql} LIMIT 2) c)`,
    values: match.values,
  };
}

/**
 * Conditions on employees' own columns (and the department's name): the planner estimates them
 * well, indexes serve them, and they are cheap to test row by row while walking an index.
 */
const COLUMN_CONDITIONS: ReadonlySet<Condition['kind']> = new Set(['department', 'title', 'senior', 'location', 'salary', 'salaryBetween', 'hireDate']);

/**
 * With three or more filters, correlations the planner cannot see (sales reps in the US earning
 * over 200K: estimated 2,833, actually 207) make a walk of the name index look cheap when it
 * has to read most of it (4 → 606 ms at 1,000,000); the window count keeps the old plan there.
 */
const MAX_FILTERS_FOR_SCALAR_COUNT = 2;

/**
 * The total number of matches, on every row. With one or two column conditions, an uncorrelated scalar
 * sub-select (evaluated once) rather than `count(*) OVER ()`: a window count makes every match be
 * fetched and sorted before the LIMIT, while this lets the page stop after its rows (walking an
 * index in the page's order) and the count run on its own, index-only where an index covers the
 * filters (1,000,000 employees: W1 610 → ~30 ms, W5 269 → ~13 ms, bench/results/NOTES.md).
 * Otherwise the window count, one pass that counts while it sorts: the matches of an org walk or
 * of "on leave today" are computed once instead of twice (W4 ~27 against ~55 ms, "everyone in
 * Priya Patel's org" 2.5 against 4.9 s), and a name filter, which the planner costs too cheaply,
 * does not tempt it into walking the name index row by row.
 */
function totalCount(plan: QueryPlan, ids: PersonIds) {
  const columnsOnly = plan.filters.every((filter) => COLUMN_CONDITIONS.has(filter.condition.kind));
  // The partial indexes of migration 0300 cover active employees only: for the others a page in
  // the default order sorts its matches anyway, and a separate count would read them twice.
  const walkable = plan.scope === 'active' || plan.order !== null;
  if (!columnsOnly || !walkable || plan.filters.length > MAX_FILTERS_FOR_SCALAR_COUNT) {
    return sqlBuilder.raw('count(*) OVER () AS total_count');
  }
  const total = matchesForCount(plan, ids).count({ total_count: '*' }).toSQL();
  return sqlBuilder.raw(`(${total.sql}) AS total_count`, total.bindings as never[]);
}

/**
 * Conditions that pin the matches to one person's few rows whatever the values: someone's direct
 * reports, someone's manager. The planner starts from that person's index entry on any plan.
 */
const PERSON_ANCHORS: ReadonlySet<Condition['kind']> = new Set(['reportsTo', 'managerOf']);

/**
 * Whether a generic plan serves every question of this statement's shape. Measured at 1,000,000
 * employees (`npm run bench -- --plan-modes`): a generic plan is 3.3x slower than a custom one at the
 * median over the evaluation questions, up to 30x (a salary or hire-date range, a department, a page
 * size planned without its value), while for the questions anchored on a person it is as fast and
 * saves the planning, which is most of their cost (W3: PostgreSQL CPU 0.46 → 0.10 ms).
 */
export function servedByGenericPlan(plan: QueryPlan): boolean {
  return plan.filters.some((filter) => !filter.negated && PERSON_ANCHORS.has(filter.condition.kind));
}

export function compileAnswerQuery(plan: QueryPlan, page: PageWindow, selection: EmployeeSelection): SqlQuery {
  const people = personReferences(plan);
  const ids: PersonIds = new Map(people.map((person, i) => [person, { sql: `(SELECT id FROM person_${i})` }]));
  const order = orderBy(plan.order);
  const inner = matches(plan, ids)
    .select([...pageColumns(selection, order), 'd.name AS department_name', totalCount(plan, ids)])
    .orderBy(order)
    .limit(page.limit)
    .offset(page.offset)
    .toSQL();

  const ctes = people.map(personCte);
  const select = ['p.*'];
  const joins: string[] = [];
  const manager = selection.manager;
  if (manager && isShallow(manager)) {
    select.push(...columnsToFetch(manager).map((column) => `m.${column} AS mgr_${column}`));
    joins.push('LEFT JOIN employees m ON m.id = p.manager_id');
    if (manager.department) {
      select.push('md.name AS mgr_department_name');
      joins.push('LEFT JOIN departments md ON md.id = m.department_id');
    }
  } else if (manager) {
    select.push(`${managerJson('p', manager, 1)} AS mgr_json`);
  }
  if (selection.currentLeave) {
    select.push('cl.id AS leave_id', 'cl.leave_type AS leave_type', 'cl.start_date AS leave_start_date', 'cl.end_date AS leave_end_date');
    joins.push(`LEFT JOIN LATERAL (${currentLeaveOf('p', 'l.id, l.leave_type, l.start_date, l.end_date')}) cl ON true`);
  }
  if (selection.directReports) select.push(`${directReportsJson('p', selection.directReports, 1)} AS direct_reports_json`);
  // With names to look up, the page hangs off their one-row CTEs so that even an empty page
  // reports how many people carry each name.
  select.push(...people.map((_, i) => `person_${i}.candidates AS ${candidatesColumn(i)}`));
  const from = people.length > 0 ? `${people.map((_, i) => `person_${i}`).join(' CROSS JOIN ')} LEFT JOIN page p ON true` : 'page p';
  const text =
    `WITH ${[...ctes.map((cte) => cte.sql), `page AS (${inner.sql})`].join(', ')}` +
    ` SELECT ${select.join(', ')} FROM ${from} ${joins.join(' ')}` +
    ` ORDER BY ${order.map(({ column, order: direction }) => `p.${column.slice(2)} ${direction}`).join(', ')}`;
  const query = toSqlQuery(sqlBuilder.raw(text, [...ctes.flatMap((cte) => cte.values), ...inner.bindings] as never[]));
  return servedByGenericPlan(plan) ? { ...query, genericPlan: true } : query;
}
