// A question that runs past DB_STATEMENT_TIMEOUT_MS: QUERY_TIMEOUT, the statement cancelled on the
// server (not left running or waiting), the transaction ended, and the connection back in the pool,
// a hundred times in a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { poolStats } from '../../../src/db/pool-stats.js';
import type { TestApp } from '../../helpers/test-app.js';
import { ASK, lockEmployees, post, startFaultApp, waitingOnLocks, withClient } from './support.js';

const TIMEOUT_MS = 100;
const QUESTIONS = [
  'Engineering employees',
  'Who is on parental leave?',
  'Show me employees hired in the last 6 months',
  'List Engineering employees with salary > 120K',
  'How many employees are in Sales?',
];
const POOL_MAX = QUESTIONS.length;
let t: TestApp;

beforeAll(async () => {
  t = await startFaultApp(inject('databaseUrl'), {
    DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS),
    DB_POOL_MIN: '0',
    DB_POOL_MAX: String(POOL_MAX),
  });
});
afterAll(async () => {
  await t?.close();
});

/** Sessions of this database other than `except` that are inside a transaction or running something. */
async function busySessions(url: string, except: number) {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ state: string; wait: string | null; query: string }>(
      `SELECT state, wait_event_type AS wait, left(query, 80) AS query FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> $1 AND backend_type = 'client backend'
          AND state <> 'idle'`,
      [except],
    );
    return rows;
  });
}

describe('slow query', () => {
  it('answers QUERY_TIMEOUT 100 times in a row, cancels each on the server and frees every connection', async () => {
    const locker = await lockEmployees(t.databaseUrl);
    const lockerPid = (await locker.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const outcomes = [];
    try {
      // Waves of POOL_MAX questions, each stuck behind the lock until its statement timeout.
      for (let wave = 0; wave < 100 / POOL_MAX; wave++) {
        outcomes.push(...(await Promise.all(QUESTIONS.map((q) => post(t.url, ASK, { q })))));
      }
      // Checked while the lock is still held: a statement merely abandoned by the client would
      // still be waiting on it.
      expect(await waitingOnLocks(t.databaseUrl)).toBe(0);
      expect(await busySessions(t.databaseUrl, lockerPid)).toEqual([]);
    } finally {
      await locker.release();
    }

    expect(outcomes).toHaveLength(100);
    const codes = new Set(outcomes.map((o) => o.code));
    expect([...codes]).toEqual(['QUERY_TIMEOUT']);
    for (const outcome of outcomes) {
      expect(outcome.message).toContain(`${TIMEOUT_MS} ms`);
      expect(outcome.message).not.toMatch(/canceling statement|select|employees"/i);
      expect(outcome.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    }
    expect(poolStats(t.app.orm)).toMatchObject({ used: 0, pendingAcquires: 0 });
    expect(poolStats(t.app.orm).size).toBeLessThanOrEqual(POOL_MAX);

    // The connections that timed out are fine to use: the same question now answers.
    const after = await post(t.url, ASK, { q: 'Engineering employees', first: 5 });
    expect(after.code).toBe('OK');
    expect(poolStats(t.app.orm).used).toBe(0);
  });
});
