// The benchmark's workloads: one question each, with the GraphQL Roster is sent and the equivalent
// query PostGraphile is sent (its generated connection, connection-filter, and the same order).
// Every list workload asks for department, manager and current leave of each row.

export interface Workload {
  id: string;
  title: string;
  /** the question Roster (and the floor) answer; null for systemHealth */
  question: string | null;
  first: number;
  roster: { query: string; variables: Record<string, unknown> };
  postgraphile: { query: string; variables: Record<string, unknown> };
}

const ROSTER_NODE = `email firstName lastName jobTitle hireDate salaryUsd location
  department { name } manager { email firstName lastName } currentLeave { type startDate endDate }`;

const ROSTER_ASK = `query Ask($question: String!, $first: Int!) {
  askEmployees(question: $question, first: $first) { totalCount edges { node { ${ROSTER_NODE} } } } }`;

// Roster's default order is last name, first name, id; its scope is active employees.
const PG_NODE = `email firstName lastName jobTitle hireDate salaryUsd location
  departmentByDepartmentId { name } employeeByManagerId { email firstName lastName }
  currentLeave: leavesByEmployeeId(first: 1, orderBy: [START_DATE_DESC, PRIMARY_KEY_DESC],
    filter: { startDate: { lessThanOrEqualTo: $today }, or: [{ endDate: { isNull: true } }, { endDate: { greaterThanOrEqualTo: $today } }] }) {
    nodes { leaveType startDate endDate } }`;

function pgQuery(filter: string, extraVars = ''): string {
  return `query Bench($first: Int!, $today: Date!${extraVars}) {
  allEmployees(first: $first, orderBy: [LAST_NAME_ASC, FIRST_NAME_ASC, PRIMARY_KEY_ASC],
    filter: { and: [{ employmentStatus: { equalTo: "active" } }, ${filter}] }) { totalCount nodes { ${PG_NODE} } } }`;
}

function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The workloads for a given "today" (the day the dates are relative to). */
export function workloads(now = new Date()): Workload[] {
  const today = isoDay(now);
  const sixMonthsAgo = new Date(now);
  sixMonthsAgo.setMonth(sixMonthsAgo.getMonth() - 6);
  const ask = (id: string, title: string, question: string, first: number, filter: string, vars: Record<string, unknown> = {}, extra = ''): Workload => ({
    id,
    title,
    question,
    first,
    roster: { query: ROSTER_ASK, variables: { question, first } },
    postgraphile: { query: pgQuery(filter, extra), variables: { first, today, ...vars } },
  });
  const engineering = `{ departmentByDepartmentId: { name: { equalTo: "Engineering" } } }, { salaryUsd: { greaterThan: "120000" } }`;
  return [
    ask('W1', 'Engineering, salary > 120K (first 100)', 'List Engineering employees with salary > 120K', 100, engineering),
    ask('W2', 'Engineering, salary > 120K (first 1000)', 'List Engineering employees with salary > 120K', 1000, engineering),
    ask('W3', 'managed by John Doe', 'Show employees managed by John Doe', 100,
      `{ employeeByManagerId: { firstName: { equalTo: "John" }, lastName: { equalTo: "Doe" } } }`),
    ask('W4', 'on parental leave', 'Who is on parental leave?', 100,
      `{ leavesByEmployeeId: { some: { leaveType: { equalTo: "Parental Leave" }, startDate: { lessThanOrEqualTo: $today },
        or: [{ endDate: { isNull: true } }, { endDate: { greaterThanOrEqualTo: $today } }] } } }`),
    ask('W5', 'hired in the last 6 months (first 100)', 'Show me employees hired in the last 6 months', 100,
      `{ hireDate: { greaterThan: $since, lessThanOrEqualTo: $today } }`, { since: isoDay(sixMonthsAgo) }, ', $since: Date!'),
    {
      id: 'W6',
      title: 'systemHealth',
      question: null,
      first: 0,
      roster: {
        query: `{ systemHealth { status checkedAt uptimeSeconds version database { reachable latencyMs serverVersion error }
          pool { min max size used idle pendingAcquires utilization acquireTimeouts } migrations { applied pending latest } } }`,
        variables: {},
      },
      // The nearest PostGraphile has: the migrations table through its generated connection.
      postgraphile: { query: '{ allMikroOrmMigrations(orderBy: PRIMARY_KEY_ASC) { totalCount nodes { name } } }', variables: {} },
    },
  ];
}
