// The four questions of the first customer, checked like the acceptance tests and against direct SQL
// on the same database.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ASK = `query Ask($q: String!, $first: Int, $after: String) {
  askEmployees(question: $q, first: $first, after: $after) {
    totalCount truncated interpretation message warnings
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email fullName jobTitle hireDate salaryUsd location employmentStatus
      department { id name } manager { fullName } currentLeave { type startDate endDate } } }
  }
}`;

interface Node {
  email: string;
  fullName: string;
  hireDate: string;
  salaryUsd: number;
  employmentStatus: string;
  department: { name: string };
  manager: { fullName: string } | null;
  currentLeave: { type: string } | null;
}
interface Answer {
  askEmployees: {
    totalCount: number;
    truncated: boolean;
    interpretation: string;
    message: string | null;
    warnings: string[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: Node }[];
  };
}

let t: TestApp;
let db: pg.Client;

async function ask(question: string, first = 1000) {
  const response = await t.gql<Answer>(ASK, { q: question, first });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.askEmployees;
}

async function emailsBySql(sql: string, values: unknown[] = []): Promise<string[]> {
  const { rows } = await db.query<{ email: string }>(sql, values);
  return rows.map((row) => row.email).sort();
}

const sorted = (answer: Answer['askEmployees']) => answer.edges.map((edge) => edge.node.email).sort();

beforeAll(async () => {
  t = await startTestApp();
  db = await t.connect();
});

afterAll(async () => {
  await t.close();
});

describe('the four mandatory questions', () => {
  it('"Show me employees hired in the last 6 months": at least 5, all hired within 6 months', async () => {
    const answer = await ask('Show me employees hired in the last 6 months');
    expect(answer.totalCount).toBeGreaterThanOrEqual(5);
    const { rows } = await db.query<{ since: string }>("SELECT (current_date - interval '6 months')::date::text AS since");
    for (const { node } of answer.edges) {
      expect(node.hireDate > rows[0]!.since).toBe(true);
      expect(node.employmentStatus).toBe('ACTIVE');
    }
    expect(sorted(answer)).toEqual(
      await emailsBySql(
        "SELECT email FROM employees WHERE employment_status = 'active' AND hire_date > current_date - interval '6 months' AND hire_date <= current_date",
      ),
    );
    expect(answer.interpretation).toMatch(/6 months/);
  });

  it('"List Engineering employees with salary > 120K": at least 3, all Engineering above 120,000', async () => {
    const answer = await ask('List Engineering employees with salary > 120K');
    expect(answer.totalCount).toBeGreaterThanOrEqual(3);
    for (const { node } of answer.edges) {
      expect(node.department.name).toBe('Engineering');
      expect(node.salaryUsd).toBeGreaterThan(120_000);
    }
    expect(sorted(answer)).toEqual(
      await emailsBySql(
        "SELECT e.email FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.employment_status = 'active' AND d.name = 'Engineering' AND e.salary_usd > 120000",
      ),
    );
    expect(answer.interpretation).toMatch(/Engineering/);
    expect(answer.interpretation).toMatch(/120,000/);
  });

  it('"Who is on parental leave?": at least 2, each with a current Parental Leave', async () => {
    const answer = await ask('Who is on parental leave?');
    expect(answer.totalCount).toBeGreaterThanOrEqual(2);
    for (const { node } of answer.edges) expect(node.currentLeave?.type).toBe('Parental Leave');
    expect(sorted(answer)).toEqual(
      await emailsBySql(
        "SELECT e.email FROM employees e WHERE e.employment_status = 'active' AND EXISTS (SELECT 1 FROM leaves l WHERE l.employee_id = e.id AND l.leave_type = 'Parental Leave' AND l.start_date <= current_date AND (l.end_date IS NULL OR l.end_date >= current_date))",
      ),
    );
  });

  it('"Show employees managed by John Doe": at least 4, each reporting to John Doe', async () => {
    const answer = await ask('Show employees managed by John Doe');
    expect(answer.totalCount).toBeGreaterThanOrEqual(4);
    for (const { node } of answer.edges) expect(node.manager?.fullName).toBe('John Doe');
    expect(sorted(answer)).toEqual(
      await emailsBySql(
        "SELECT e.email FROM employees e WHERE e.employment_status = 'active' AND e.manager_id = (SELECT id FROM employees WHERE first_name = 'John' AND last_name = 'Doe')",
      ),
    );
  });

  it.each([
    ['employees hired in the past six months', 'Show me employees hired in the last 6 months'],
    ['engineers earning over $120,000', 'List Engineering employees with salary > 120K'],
    ["who's on parental leave", 'Who is on parental leave?'],
    ["John Doe's reports", 'Show employees managed by John Doe'],
  ])('the paraphrase "%s" answers like "%s"', async (paraphrase, original) => {
    expect(sorted(await ask(paraphrase))).toEqual(sorted(await ask(original)));
  });
});

describe('answer shape', () => {
  it('truncates "Show me all employees" at 1,000 rows, with the real count, and pages no further', async () => {
    const [{ count }] = (await db.query<{ count: string }>("SELECT count(*) FROM employees WHERE employment_status = 'active'")).rows as [{ count: string }];
    const emails: string[] = [];
    let after: string | null = null;
    let first: Answer['askEmployees'] | null = null;
    for (let page = 0; page < 10; page++) {
      const response: Awaited<ReturnType<typeof t.gql<Answer>>> = await t.gql<Answer>(ASK, { q: 'Show me all employees', first: 300, after });
      expect(response.errors).toBeUndefined();
      const answer = response.data!.askEmployees;
      first ??= answer;
      emails.push(...answer.edges.map((edge) => edge.node.email));
      if (!answer.pageInfo.hasNextPage) break;
      after = answer.pageInfo.endCursor;
    }
    expect(Number(count)).toBeGreaterThan(1000);
    expect(first!.truncated).toBe(true);
    expect(first!.totalCount).toBe(Number(count));
    expect(first!.warnings.join(' ')).toContain(`Showing the first 1,000 of ${Number(count).toLocaleString('en-US')}`);
    expect(emails).toHaveLength(1000);
    expect(new Set(emails).size).toBe(1000);
  });

  it('says "No results found" when nothing matches', async () => {
    const answer = await ask('Engineering employees earning more than $5M');
    expect(answer.totalCount).toBe(0);
    expect(answer.edges).toEqual([]);
    expect(answer.message).toBe('No results found');
    expect(answer.truncated).toBe(false);
    expect(answer.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it("bounds a page's pageInfo by the cursors of its first and last edges", async () => {
    const page = await ask('Engineering employees', 5);
    const second = (await t.gql<Answer>(ASK, { q: 'Engineering employees', first: 5, after: page.pageInfo.endCursor })).data!.askEmployees;
    for (const [answer, hasPreviousPage] of [[page, false], [second, true]] as const) {
      expect(answer.edges).toHaveLength(5);
      expect(answer.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage,
        startCursor: answer.edges[0]?.cursor,
        endCursor: answer.edges[4]?.cursor,
      });
    }
    expect(second.pageInfo.startCursor).not.toBe(page.pageInfo.startCursor);
  });

  it('pages without gaps or repeats', async () => {
    const all = await ask('Engineering employees', 1000);
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: Awaited<ReturnType<typeof t.gql<Answer>>> = await t.gql<Answer>(ASK, { q: 'Engineering employees', first: 37, after });
      const answer = response.data!.askEmployees;
      pages.push(...answer.edges.map((edge) => edge.node.email));
      if (!answer.pageInfo.hasNextPage) break;
      after = answer.pageInfo.endCursor;
    }
    expect(pages).toEqual(all.edges.map((edge) => edge.node.email));
  });
});

describe('calendar periods', () => {
  it('"hired last month" is the previous calendar month, as "hired last year" is the previous calendar year', async () => {
    const lastMonth = await ask('who was hired last month?');
    expect(sorted(lastMonth)).toEqual(
      await emailsBySql(
        "SELECT email FROM employees WHERE employment_status = 'active' AND hire_date >= (date_trunc('month', current_date) - interval '1 month')::date AND hire_date < date_trunc('month', current_date)::date",
      ),
    );
    expect(lastMonth.totalCount).toBeGreaterThan(0);
    expect(lastMonth.interpretation).toMatch(/last month/);
    // a month of last calendar year, named relative to today
    const december = await ask('who was hired in December of last year?');
    expect(sorted(december)).toEqual(
      await emailsBySql(
        "SELECT email FROM employees WHERE employment_status = 'active' AND hire_date >= (date_trunc('year', current_date) - interval '1 month')::date AND hire_date < date_trunc('year', current_date)::date",
      ),
    );
    expect(december.totalCount).toBeGreaterThan(0);
    expect(december.interpretation).toMatch(/December of last year/);
    // "in the last month" is the last one month, up to today
    const inTheLastMonth = await ask('who was hired in the last month?');
    expect(sorted(inTheLastMonth)).toEqual(
      await emailsBySql("SELECT email FROM employees WHERE employment_status = 'active' AND hire_date > current_date - interval '1 month' AND hire_date <= current_date"),
    );
  });
});

describe('a group taken out as a whole', () => {
  it('"everyone in Legal except New York paralegals" leaves out only those who are both', async () => {
    const answer = await ask('everyone in Legal except New York paralegals');
    const legal = "SELECT e.email FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.employment_status = 'active' AND d.name = 'Legal'";
    expect(sorted(answer)).toEqual(await emailsBySql(`${legal} AND NOT (e.location = 'New York' AND e.job_title = 'Paralegal')`));
    // the group is neither empty nor all of Legal, and taking out either part alone gives another answer
    const newYorkParalegals = await emailsBySql(`${legal} AND e.location = 'New York' AND e.job_title = 'Paralegal'`);
    expect(newYorkParalegals.length).toBeGreaterThan(0);
    expect(answer.totalCount).toBe((await emailsBySql(legal)).length - newYorkParalegals.length);
    expect(sorted(answer)).not.toEqual(await emailsBySql(`${legal} AND e.location <> 'New York'`));
    expect(sorted(answer)).not.toEqual(await emailsBySql(`${legal} AND e.job_title <> 'Paralegal'`));
    expect(answer.interpretation).toBe('Active employees in Legal except those based in New York and titled Paralegal.');
  });
});

describe('negated manager relations keep the people at the top', () => {
  it('"not managed by John Doe" includes those who have no manager at all', async () => {
    const answer = await ask('everyone not managed by John Doe');
    const john = "(SELECT id FROM employees WHERE first_name = 'John' AND last_name = 'Doe')";
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM employees WHERE employment_status = 'active' AND manager_id IS DISTINCT FROM ${john}`)).rows;
    expect(answer.totalCount).toBe(count);
    const atTheTop = await emailsBySql("SELECT email FROM employees WHERE employment_status = 'active' AND manager_id IS NULL");
    expect(atTheTop.length).toBeGreaterThan(0);
    expect(sorted(await ask('people with no manager who are not managed by John Doe'))).toEqual(atTheTop);
  });
});

describe('a sentence read as context is told back', () => {
  it('answers the question and says which sentence it set aside', async () => {
    const answer = await ask('Which employees make under 47K? I want to check them against our pay bands.');
    expect(sorted(answer)).toEqual(await emailsBySql("SELECT email FROM employees WHERE employment_status = 'active' AND salary_usd < 47000"));
    expect(answer.totalCount).toBeGreaterThan(0);
    expect(answer.warnings).toEqual(['Read as context, not as a condition: "I want to check them against our pay bands".']);
  });
});
