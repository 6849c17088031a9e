// The floor: what answering costs with nothing but node:http and pg. It runs exactly the SQL
// Roster's parser and compiler produce for each question (compiled once, at first sight of the
// question) and writes the same JSON shape Roster returns. No GraphQL, no transaction, no
// validation, no logging; statements prepared once per connection, as Roster's are. FLOOR_SQL=answer (default): Roster's answer statement, nested fields
// joined in (src/query/compile-answer.ts); FLOOR_SQL=batched: the page query, then the batched
// look-ups of src/loaders/batch-queries.ts (how Roster fetched nested fields before).
// Env: DATABASE_URL, PORT, DB_POOL_MAX, FLOOR_SQL. Requests: Roster's own GraphQL body
// (query, variables.question, variables.first): the query's selection decides the answer statement's
// nested rows and columns, as in Roster; a body without a question is answered as systemHealth.
import http from 'node:http';
import pg from 'pg';
import { currentLeavesByEmployee, departmentsById, employeesById } from '../../src/loaders/batch-queries.js';
import { toEmployeeRow, type EmployeeRow, type LeaveRow, type RawEmployeeRow } from '../../src/query/employee-row.js';
import type { ReadSession } from '../../src/query/read-session.js';
import type { SqlQuery } from '../../src/query/sql.js';
import { splitAnswerRows, type RawAnswerRow } from '../../src/query/answer-rows.js';
import { answerSelection, rosterCompiler } from '../roster-sql.js';

/**
 * Statements are planned as Roster has them planned (src/query/read-session.ts): for each
 * question's values, or on a generic plan where the compiler says one serves (SqlQuery.genericPlan).
 * One pool per plan mode, set at connect; a workload uses one of them.
 */
const poolSize = Number(process.env.DB_POOL_MAX ?? 20);
// A fixed-size pool, as Roster's is by default (src/query/connection-source.ts, openConnections):
// opened before the first request and never shrunk, so no connection is opened under load.
const poolOptions = { connectionString: process.env.DATABASE_URL, max: poolSize, min: poolSize };
const customPlanPool = new pg.Pool({ ...poolOptions, options: '-c plan_cache_mode=force_custom_plan' });
const genericPlanPool = new pg.Pool({ ...poolOptions, options: '-c plan_cache_mode=force_generic_plan' });
/**
 * Each statement text prepared under a name of its own, as Roster prepares its statements
 * (src/query/prepared-statements.ts): pg parses a named statement once per connection.
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `floor_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}
/** The batch functions take a ReadSession; any object with query() serves. */
const reader = {
  async query<Row>(query: SqlQuery): Promise<Row[]> {
    const pool = query.genericPlan === true ? genericPlanPool : customPlanPool;
    return (await pool.query({ name: statementName(query.text), text: query.text, values: query.values as unknown[] })).rows as Row[];
  },
} as unknown as ReadSession;
const compiler = await rosterCompiler(reader);
const batched = process.env.FLOOR_SQL === 'batched';

function node(e: EmployeeRow, department: { name: string } | null, manager: EmployeeRow | null, leave: LeaveRow | null) {
  return {
    email: e.email,
    firstName: e.firstName,
    lastName: e.lastName,
    jobTitle: e.jobTitle,
    hireDate: e.hireDate,
    salaryUsd: e.salaryUsd,
    location: e.location,
    department: department && { name: department.name },
    manager: manager && { email: manager.email, firstName: manager.firstName, lastName: manager.lastName },
    currentLeave: leave && { type: leave.leaveType, startDate: leave.startDate, endDate: leave.endDate },
  };
}

/** The statement Roster would send for this document: the same nested rows, the same columns. */
async function askInOneStatement(document: string, question: string, first: number): Promise<unknown> {
  const selection = answerSelection(document);
  const raw = await reader.query<RawAnswerRow>(await compiler.answerQuery(question, first, selection));
  const rows = splitAnswerRows(raw, selection);
  const total = raw.find((r) => r.id !== null)?.total_count;
  return {
    askEmployees: {
      totalCount: total ? Number(total) : 0,
      edges: rows.map((r) => ({
        node: node(r, r.related?.department ?? null, r.related?.manager ?? null, r.related?.currentLeave ?? null),
      })),
    },
  };
}

async function ask(document: string, question: string, first: number): Promise<unknown> {
  if (!batched) return askInOneStatement(document, question, first);
  const raw = await reader.query<RawEmployeeRow & { total_count: string }>(await compiler.pageQuery(question, first));
  const rows = raw.map(toEmployeeRow);
  const departmentIds = [...new Set(rows.map((r) => r.departmentId))];
  const managerIds = [...new Set(rows.flatMap((r) => (r.managerId === null ? [] : [r.managerId])))];
  const [departments, managers, leaves] = await Promise.all([
    departmentsById(reader, departmentIds),
    employeesById(reader, managerIds),
    currentLeavesByEmployee(reader, rows.map((r) => r.id)),
  ]);
  const departmentById = new Map(departmentIds.map((id, i) => [id, departments[i] ?? null]));
  const managerById = new Map(managerIds.map((id, i) => [id, managers[i] ?? null]));
  return {
    askEmployees: {
      totalCount: rows.length > 0 ? Number(raw[0]?.total_count) : 0,
      edges: rows.map((r, i) => ({
        node: node(r, departmentById.get(r.departmentId) ?? null, r.managerId === null ? null : (managerById.get(r.managerId) ?? null), leaves[i] ?? null),
      })),
    },
  };
}

const started = Date.now();
async function systemHealth(): Promise<unknown> {
  const t0 = performance.now();
  const pool = customPlanPool;
  const { rows } = await pool.query<{ version: string; migrations: string[] | null }>(
    "SELECT current_setting('server_version') AS version, (SELECT array_agg(name ORDER BY id) FROM mikro_orm_migrations) AS migrations",
  );
  const migrations = rows[0]?.migrations ?? [];
  return {
    systemHealth: {
      status: 'HEALTHY',
      checkedAt: new Date().toISOString(),
      uptimeSeconds: Math.floor((Date.now() - started) / 1000),
      version: 'floor',
      database: { reachable: true, latencyMs: Math.round((performance.now() - t0) * 10) / 10, serverVersion: rows[0]?.version ?? null, error: null },
      pool: { min: pool.options.min ?? 0, max: pool.options.max, size: pool.totalCount, used: pool.totalCount - pool.idleCount, idle: pool.idleCount, pendingAcquires: pool.waitingCount, utilization: 0, acquireTimeouts: 0 },
      migrations: { applied: migrations.length, pending: 0, latest: migrations[migrations.length - 1] ?? null },
    },
  };
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string; variables?: { question?: string; first?: number } };
        const question = body.variables?.question;
        const data = question ? await ask(body.query ?? '', question, body.variables?.first ?? 50) : await systemHealth();
        const payload = JSON.stringify({ data });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
        response.end(payload);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })();
  });
});
async function openAll(pool: pg.Pool): Promise<void> {
  const clients = await Promise.all(Array.from({ length: poolSize }, () => pool.connect()));
  for (const client of clients) client.release();
}
await Promise.all([openAll(customPlanPool), openAll(genericPlanPool)]);
server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT ?? 4100}`));
process.on('SIGTERM', () => {
  server.close();
  void Promise.all([customPlanPool.end(), genericPlanPool.end()]).then(() => process.exit(0));
});
