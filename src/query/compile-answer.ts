// Plan → the one statement that answers a page: the people the question names are looked up in
// it (a materialized CTE each), the page is cut from the matches with the total on every row, and
// the nested fields the GraphQL selection asks for (department, manager and the manager's
// department, current leave) are joined onto the page's rows only, after the LIMIT. With every
// level a request usually asks for in this statement, a request costs BEGIN, settings, this, COMMIT.
import type { PersonName, QueryPlan } from '../question/plan.js';
import { CURRENT_LEAVE, isOnLeaveToday, nameMatch, type PersonIds } from './conditions.js';
import { EMPLOYEE_COLUMNS, matches, matchesForCount, orderBy, type PageWindow } from './compile.js';
import { personReferences } from './resolve-people.js';
import { sqlBuilder, toSqlQuery, type SqlQuery } from './sql.js';

/** Which nested fields of the page's employees the statement fetches. */
export interface NestedSelection {
  department: boolean;
  manager: boolean;
  managerDepartment: boolean;
  currentLeave: boolean;
}

export const NOTHING_NESTED: NestedSelection = { department: false, manager: false, managerDepartment: false, currentLeave: false };

const MANAGER_COLUMNS = EMPLOYEE_COLUMNS.map((column) => `m.${column.slice(2)} AS mgr_${column.slice(2)}`);

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
 * The total number of matches, on every row. Usually an uncorrelated scalar sub-select (evaluated
 * once) rather than `count(*) OVER ()`: a window count makes every match be fetched and sorted
 * before the LIMIT, while this lets the page stop after its rows (walking an index in the page's
 * order) and the count run on its own, index-only where an index covers the filters (measured at
 * 1,000,000 employees: W1 387 → ~30 ms, W5 190 → ~16 ms). When a condition bounds the matches to
 * the few people on leave today, all of them are fetched by id anyway and one pass that counts
 * while it sorts is cheaper than two (W4: ~27 ms against ~55 ms).
 */
function totalCount(plan: QueryPlan, ids: PersonIds) {
  if (plan.filters.some((filter) => isOnLeaveToday(filter.condition, filter.negated))) {
    return sqlBuilder.raw('count(*) OVER () AS total_count');
  }
  const total = matchesForCount(plan, ids).count({ total_count: '*' }).toSQL();
  return sqlBuilder.raw(`(${total.sql}) AS total_count`, total.bindings as never[]);
}

export function compileAnswerQuery(plan: QueryPlan, page: PageWindow, nested: NestedSelection): SqlQuery {
  const people = personReferences(plan);
  const ids: PersonIds = new Map(people.map((person, i) => [person, { sql: `(SELECT id FROM person_${i})` }]));
  const order = orderBy(plan.order);
  const inner = matches(plan, ids)
    .select([...EMPLOYEE_COLUMNS, 'd.name AS department_name', totalCount(plan, ids)])
    .orderBy(order)
    .limit(page.limit)
    .offset(page.offset)
    .toSQL();

  const ctes = people.map(personCte);
  const select = ['p.*'];
  const joins: string[] = [];
  if (nested.manager) {
    select.push(...MANAGER_COLUMNS);
    joins.push('LEFT JOIN employees m ON m.id = p.manager_id');
    if (nested.managerDepartment) {
      select.push('md.name AS mgr_department_name');
      joins.push('LEFT JOIN departments md ON md.id = m.department_id');
    }
  }
  if (nested.currentLeave) {
    select.push('cl.id AS leave_id', 'cl.leave_type AS leave_type', 'cl.start_date AS leave_start_date', 'cl.end_date AS leave_end_date');
    joins.push(
      'LEFT JOIN LATERAL (SELECT l.id, l.leave_type, l.start_date, l.end_date FROM leaves l' +
        ` WHERE l.employee_id = p.id AND ${CURRENT_LEAVE} ORDER BY l.start_date DESC, l.id DESC LIMIT 1) cl ON true`,
    );
  }
  // With names to look up, the page hangs off their one-row CTEs so that even an empty page
  // reports how many people carry each name.
  select.push(...people.map((_, i) => `person_${i}.candidates AS ${candidatesColumn(i)}`));
  const from = people.length > 0 ? `${people.map((_, i) => `person_${i}`).join(' CROSS JOIN ')} LEFT JOIN page p ON true` : 'page p';
  const text =
    `WITH ${[...ctes.map((cte) => cte.sql), `page AS (${inner.sql})`].join(', ')}` +
    ` SELECT ${select.join(', ')} FROM ${from} ${joins.join(' ')}` +
    ` ORDER BY ${order.map(({ column, order: direction }) => `p.${column.slice(2)} ${direction}`).join(', ')}`;
  return toSqlQuery(sqlBuilder.raw(text, [...ctes.flatMap((cte) => cte.values), ...inner.bindings] as never[]));
}
