// The statements a request sends: BEGIN, the settings, one answer statement (names looked up,
// page, total, and every related row the selection asks for, however deep), ROLLBACK, whatever the
// page size and the nesting; the four travel in one round trip.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Every relation, below the node and below the manager and the reports. */
const DEEP = `query Ask($q: String!, $first: Int) { askEmployees(question: $q, first: $first) { edges { node { email
  manager { email manager { email department { name } } currentLeave { type } directReports { email } }
  directReports { email department { name } manager { email } directReports { email currentLeave { type } } } } } } }`;

const NESTED = `query Ask($q: String!, $first: Int) { askEmployees(question: $q, first: $first) {
  totalCount edges { node { email department { name } manager { fullName department { name } } currentLeave { type } } } } }`;

async function statementsFor(first: number, query = NESTED, q = 'Show me all employees'): Promise<string[]> {
  const response = await t.gql(query, { q, first });
  expect(response.errors).toBeUndefined();
  const edges = (response.data as { askEmployees: { edges: unknown[] } }).askEmployees.edges;
  if (q === 'Show me all employees') expect(edges).toHaveLength(first);
  const id = response.headers.get('x-request-id');
  expect(id).toBeTruthy();
  return t.statements.get(id!) ?? [];
}

describe('SQL statements per request', () => {
  it('is the same for a 100-row page and a 10-row page that select department, manager and currentLeave', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(small.length).toBeGreaterThan(0);
    expect(large.length).toBe(small.length);
    // one batched look-up per level, never one per row
    expect(large.filter((text) => text.includes('= ANY($1::int[])')).length).toBeLessThanOrEqual(4);
  });

  it('runs every statement inside one read-only transaction with the statement timeout', async () => {
    const statements = await statementsFor(10);
    expect(statements[0]).toBe('BEGIN READ ONLY');
    expect(statements[1]).toContain("set_config('statement_timeout'");
    expect(statements[statements.length - 1]).toBe('ROLLBACK');
  });

  it.each([10, 100, 1000])('is exactly 4 for a %i-row page with department, manager, its department and currentLeave', async (first) => {
    const statements = await statementsFor(first);
    expect(statements).toHaveLength(4);
    expect(statements[0]).toBe('BEGIN READ ONLY');
    expect(statements[3]).toBe('ROLLBACK');
  });

  it('is exactly 4 when the question names a person', async () => {
    expect(await statementsFor(100, NESTED, 'Show employees managed by John Doe')).toHaveLength(4);
  });

  it.each([10, 100, 1000])('is exactly 4 for a %i-row page that nests three levels deep', async (first) => {
    const statements = await statementsFor(first, DEEP);
    expect(statements).toHaveLength(4);
    expect(statements[2]).toMatch(/^WITH /);
  });
});

describe('nested fields fetched with the answer', () => {
  it('match the directory row for row', async () => {
    const response = await t.gql<{ askEmployees: { edges: { node: Record<string, unknown> }[] } }>(
      `query Ask($q: String!) { askEmployees(question: $q, first: 300) { edges { node {
        email department { name } manager { email department { name } } currentLeave { type startDate endDate } } } } }`,
      { q: 'Show me all employees' },
    );
    expect(response.errors).toBeUndefined();
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string; department: string; manager: string | null; manager_department: string | null; leave: string | null; start: string | null; end: string | null }>(
        `SELECT e.email, d.name AS department, m.email AS manager, md.name AS manager_department,
           cl.leave_type AS leave, to_char(cl.start_date, 'YYYY-MM-DD') AS start, to_char(cl.end_date, 'YYYY-MM-DD') AS end
         FROM employees e JOIN departments d ON d.id = e.department_id
         LEFT JOIN employees m ON m.id = e.manager_id LEFT JOIN departments md ON md.id = m.department_id
         LEFT JOIN LATERAL (SELECT * FROM leaves l WHERE l.employee_id = e.id AND l.start_date <= current_date
           AND (l.end_date IS NULL OR l.end_date >= current_date) ORDER BY l.start_date DESC, l.id DESC LIMIT 1) cl ON true
         WHERE e.employment_status = 'active' ORDER BY e.last_name, e.first_name, e.id LIMIT 300`,
      );
      const expected = rows.map((r) => ({
        email: r.email,
        department: { name: r.department },
        manager: r.manager === null ? null : { email: r.manager, department: { name: r.manager_department } },
        currentLeave: r.leave === null ? null : { type: r.leave, startDate: r.start, endDate: r.end },
      }));
      expect(response.data?.askEmployees.edges.map((edge) => edge.node)).toEqual(expected);
      expect(expected.some((e) => e.currentLeave !== null)).toBe(true);
    } finally {
      await client.end();
    }
  });
});

describe('columns projected to the selection', () => {
  const PROJECTED = `query Ask($q: String!) { askEmployees(question: $q, first: 200) { edges { node {
    email hireDate fullName manager { fullName department { name } } currentLeave { type } } } } }`;
  // the same, with every column and the page's direct reports (fetched as JSON) besides
  const WHOLE = `query Ask($q: String!) { askEmployees(question: $q, first: 200) { edges { node {
    email hireDate fullName manager { fullName department { name } } currentLeave { type } directReports { email } employmentStatus jobTitle salaryUsd location } } } }`;

  it.each(['Show me all employees', 'List Engineering employees with salary > 120K', 'Who is on parental leave?', 'top 50 earners'])(
    'gives the same answer as whole rows for "%s", reading only what was asked',
    async (q) => {
      const projected = await t.gql<{ askEmployees: { edges: { node: Record<string, unknown> }[] } }>(PROJECTED, { q });
      const whole = await t.gql<{ askEmployees: { edges: { node: Record<string, unknown> }[] } }>(WHOLE, { q });
      expect(projected.errors).toBeUndefined();
      expect(whole.errors).toBeUndefined();
      const withoutReports = whole.data!.askEmployees.edges.map(
        ({ node: { directReports: _reports, employmentStatus: _status, jobTitle: _title, salaryUsd: _salary, location: _location, ...rest } }) => rest,
      );
      expect(projected.data!.askEmployees.edges.map((edge) => edge.node)).toEqual(withoutReports);
      expect(withoutReports.length).toBeGreaterThan(0);

      const [answer] = (t.statements.get(projected.headers.get('x-request-id')!) ?? []).filter((text) => text.startsWith('WITH'));
      expect(answer).toBeDefined();
      expect(answer).not.toMatch(/salary_usd AS|"e"\."job_title"|m\.email/);
    },
  );
});

describe('related rows nested to any depth', () => {
  interface Row {
    id: number;
    email: string;
    manager_id: number | null;
    department: string;
    active: boolean;
    leave: string | null;
  }

  it('match the directory level by level', async () => {
    const response = await t.gql<{ askEmployees: { edges: { node: unknown }[] } }>(DEEP, { q: 'Show me all employees', first: 300 });
    expect(response.errors).toBeUndefined();
    const client = await t.connect();
    // The directory in the database's own order (its collation decides, not JavaScript's).
    const { rows } = await client.query<Row>(
      `SELECT e.id, e.email, e.manager_id, d.name AS department, e.employment_status = 'active' AS active,
         (SELECT l.leave_type FROM leaves l WHERE l.employee_id = e.id AND l.start_date <= current_date
            AND (l.end_date IS NULL OR l.end_date >= current_date) ORDER BY l.start_date DESC, l.id DESC LIMIT 1) AS leave
       FROM employees e JOIN departments d ON d.id = e.department_id ORDER BY e.last_name, e.first_name, e.id`,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const reportsOf = (id: number) => rows.filter((row) => row.manager_id === id && row.active);
    const managerOf = (row: Row) => (row.manager_id === null ? null : byId.get(row.manager_id)!);
    const expected = rows
      .filter((row) => row.active)
      .slice(0, 300)
      .map((e) => {
        const m = managerOf(e);
        const mm = m && managerOf(m);
        return {
          email: e.email,
          manager: m && {
            email: m.email,
            manager: mm && { email: mm.email, department: { name: mm.department } },
            currentLeave: m.leave === null ? null : { type: m.leave },
            directReports: reportsOf(m.id).map((r) => ({ email: r.email })),
          },
          directReports: reportsOf(e.id).map((r) => ({
            email: r.email,
            department: { name: r.department },
            manager: { email: e.email },
            directReports: reportsOf(r.id).map((rr) => ({ email: rr.email, currentLeave: rr.leave === null ? null : { type: rr.leave } })),
          })),
        };
      });
    expect(response.data?.askEmployees.edges.map((edge) => edge.node)).toEqual(expected);
    // the page really reaches every level
    expect(expected.some((e) => e.manager?.manager)).toBe(true);
    expect(expected.some((e) => e.directReports.some((r) => r.directReports.length > 0))).toBe(true);
    expect(expected.some((e) => e.manager?.currentLeave)).toBe(true);
  });
});
