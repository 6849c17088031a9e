// The request's DataLoaders against the seeded directory: each answers what its table says, in the
// order of the keys, in one statement per batch, and fails only the key that has no row.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestLoaders } from '../../src/loaders/request-loaders.js';
import { ormConnectionSource } from '../../src/query/connection-source.js';
import { ReadSession, type RoundTripRecord } from '../../src/query/read-session.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let db: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await t.close();
});

/** Fresh loaders on a session of their own, and the round trips that session made. */
function loaders(): { loaders: RequestLoaders; roundTrips: RoundTripRecord[] } {
  const roundTrips: RoundTripRecord[] = [];
  const session = new ReadSession(ormConnectionSource(t.app.orm), { statementTimeoutMs: 3000, role: null, onRoundTrip: (r) => roundTrips.push(r) });
  return { loaders: new RequestLoaders(session), roundTrips };
}

async function column<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const { rows } = await db.query(sql, values);
  return rows.map((row) => Object.values(row)[0] as T);
}

const JOHN_DOE = "SELECT id FROM employees WHERE first_name = 'John' AND last_name = 'Doe'";
const MISSING_ID = 2_000_000_000;

describe('RequestLoaders', () => {
  it('loads employees by id in one statement, in the order asked, failing only an id with no row', async () => {
    const ids = await column<number>('SELECT id FROM employees ORDER BY id DESC LIMIT 3');
    const { loaders: l, roundTrips } = loaders();
    const results = await Promise.allSettled([...ids, MISSING_ID].map((id) => l.employees.load(id)));
    expect(roundTrips).toHaveLength(1);
    expect(results.slice(0, 3).map((r) => (r.status === 'fulfilled' ? r.value.id : r.reason))).toEqual(ids);
    const missing = results[3];
    expect(missing?.status === 'rejected' && (missing.reason as Error).message).toBe('employee not found');
  });

  it('loads departments by id, failing only an id with no row', async () => {
    const [first, second] = await column<number>('SELECT id FROM departments ORDER BY id LIMIT 2');
    const names = await column<string>('SELECT name FROM departments WHERE id = ANY($1) ORDER BY id', [[first, second]]);
    const { loaders: l, roundTrips } = loaders();
    const [a, b, missing] = await Promise.allSettled([second, first, MISSING_ID].map((id) => l.departments.load(id as number)));
    expect(roundTrips).toHaveLength(1);
    expect([b, a].map((r) => (r?.status === 'fulfilled' ? r.value.name : null))).toEqual(names);
    expect(missing?.status === 'rejected' && (missing.reason as Error).message).toBe('department not found');
  });

  it("gives each employee's leave in effect today, and null to someone on none", async () => {
    const onLeave = await column<number>(
      "SELECT employee_id FROM leaves WHERE leave_type = 'Parental Leave' AND start_date <= current_date AND end_date >= current_date ORDER BY employee_id LIMIT 2",
    );
    const [notOnLeave] = await column<number>(
      'SELECT id FROM employees e WHERE NOT EXISTS (SELECT 1 FROM leaves l WHERE l.employee_id = e.id AND l.start_date <= current_date AND l.end_date >= current_date) ORDER BY id LIMIT 1',
    );
    expect(onLeave.length).toBe(2);
    const { loaders: l, roundTrips } = loaders();
    const leaves = await Promise.all([...onLeave, notOnLeave as number].map((id) => l.currentLeave.load(id)));
    expect(roundTrips).toHaveLength(1);
    expect(leaves.slice(0, 2).map((leave) => [leave?.employeeId, leave?.leaveType])).toEqual(onLeave.map((id) => [id, 'Parental Leave']));
    expect(leaves[2]).toBeNull();
  });

  it("lists each manager's active direct reports, last name first, and none for someone who manages no one", async () => {
    const [johnDoe] = await column<number>(JOHN_DOE);
    const reports = await column<string>(
      "SELECT email FROM employees WHERE manager_id = $1 AND employment_status = 'active' ORDER BY last_name, first_name, id",
      [johnDoe],
    );
    const [managesNoOne] = await column<number>('SELECT id FROM employees e WHERE NOT EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = e.id) ORDER BY id LIMIT 1');
    expect(reports.length).toBeGreaterThanOrEqual(4);
    const { loaders: l, roundTrips } = loaders();
    const [ofJohnDoe, ofNoOne] = await Promise.all([l.directReports.load(johnDoe as number), l.directReports.load(managesNoOne as number)]);
    expect(roundTrips).toHaveLength(1);
    expect(ofJohnDoe?.map((row) => row.email)).toEqual(reports);
    expect(ofNoOne).toEqual([]);
  });

  it('makes each loader once per request and none it is not asked for', async () => {
    const { loaders: l, roundTrips } = loaders();
    expect(l.employees).toBe(l.employees);
    expect(l.departments).toBe(l.departments);
    const [johnDoe] = await column<number>(JOHN_DOE);
    await l.employees.load(johnDoe as number);
    await l.employees.load(johnDoe as number);
    // The second load is served from the request's cache.
    expect(roundTrips).toHaveLength(1);
  });
});
