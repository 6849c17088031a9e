// A statement that runs past DB_STATEMENT_TIMEOUT_MS is cancelled on the server and answered with
// QUERY_TIMEOUT; its connection goes back to the pool.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolStats } from '../../src/db/pool-stats.js';
import { ormConnectionSource } from '../../src/query/connection-source.js';
import { toRosterError } from '../../src/query/database-errors.js';
import { ReadSession } from '../../src/query/read-session.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TIMEOUT_MS = 200;
let t: TestApp;
let db: pg.Client;

beforeAll(async () => {
  t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS), DB_POOL_MIN: '0', DB_POOL_MAX: '4' });
  db = await t.connect();
});
afterAll(async () => {
  await t.close();
});

describe('statement timeout', () => {
  it('cancels pg_sleep on the read path with QUERY_TIMEOUT and returns the connection', async () => {
    const session = new ReadSession(ormConnectionSource(t.app.orm), { statementTimeoutMs: TIMEOUT_MS, role: 'roster_reader' });
    const started = Date.now();
    const error = await session.query({ text: 'SELECT pg_sleep(5)', values: [] }).catch((e: unknown) => e);
    await session.close();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(toRosterError(error, TIMEOUT_MS)?.code).toBe('QUERY_TIMEOUT');
    expect(poolStats(t.app.orm).used).toBe(0);
    const { rows } = await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(5)' AND state = 'active'");
    expect(rows[0].n).toBe(0);
  });

  it('answers a question stuck behind a lock with QUERY_TIMEOUT through GraphQL', async () => {
    const locker = new pg.Client({ connectionString: t.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE employees IN ACCESS EXCLUSIVE MODE');
      const response = await t.gql('query { askEmployees(question: "Engineering employees") { totalCount } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(response.errors?.[0]?.message).not.toMatch(/canceling statement|SELECT/);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect(poolStats(t.app.orm).used).toBe(0);
    const after = await t.gql<{ askEmployees: { totalCount: number } }>('query { askEmployees(question: "Engineering employees") { totalCount } }');
    expect(after.errors).toBeUndefined();
    expect(after.data!.askEmployees.totalCount).toBeGreaterThan(0);
  });
});
