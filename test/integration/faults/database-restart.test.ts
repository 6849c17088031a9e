// The database restarts under a serving app: what is in flight fails with a code a client can act
// on, broken connections leave the pool, nothing hangs, and within 5 s of the database being back
// questions are answered again, without restarting the service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolStats } from '../../../src/db/pool-stats.js';
import type { TestApp } from '../../helpers/test-app.js';
import { ASK, startFaultApp, eventually, lockEmployees, waitingOnLocks, ownPostgres, post, sleep, withClient, type Outcome, type OwnPostgres } from './support.js';

const QUESTIONS = [
  'Show me employees hired in the last 6 months',
  'List Engineering employees with salary > 120K',
  'Who is on parental leave?',
  'Engineering employees',
];
const CLEAN_FAILURES = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']);
const RECOVERY_MS = 5000;

interface Timed extends Outcome {
  startedAt: number;
}

let database: OwnPostgres;
let t: TestApp;

beforeAll(async () => {
  database = await ownPostgres({ employees: 200 });
  t = await startFaultApp(database.databaseUrl, { DB_POOL_MIN: '2', DB_POOL_MAX: '12' });
});
afterAll(async () => {
  await t?.close();
  await database?.destroy();
});

interface PooledConnection {
  processID: number;
  __knex__disposed?: unknown;
}
function pooledConnections(): PooledConnection[] {
  const pool = (t.app.orm.em.getConnection().getKnex().client as { pool: { free: { resource: PooledConnection }[]; used: { resource: PooledConnection }[] } }).pool;
  return [...pool.free, ...pool.used].map((entry) => entry.resource);
}

describe('database restarted while serving', () => {
  it('fails in-flight requests cleanly, drops broken connections and recovers within 5 s', async () => {
    for (const q of QUESTIONS) expect((await post(t.url, ASK, { q, first: 5 })).code).toBe('OK');
    // The answers the in-flight requests (default page size) must give if they complete at all.
    const answers = new Map<string, Outcome['data']>();
    for (const q of QUESTIONS) {
      const reference = await post(t.url, ASK, { q });
      expect(reference.code).toBe('OK');
      answers.set(q, reference.data);
    }
    const pidsBefore = pooledConnections().map((c) => c.processID);
    expect(pidsBefore.length).toBeGreaterThan(0);

    // Requests certainly in flight when the database goes: questions waiting on a table lock.
    const locker = await lockEmployees(database.databaseUrl);
    const inFlight = Array.from({ length: 6 }, (_, i) => post(t.url, ASK, { q: QUESTIONS[i % QUESTIONS.length] }));
    await eventually('questions waiting on the lock', 5000, () => waitingOnLocks(database.databaseUrl).then((n) => n >= 6), 50);

    // And a steady stream of questions through the whole restart.
    const outcomes: Timed[] = [];
    let streaming = true;
    const t0 = performance.now();
    const worker = async (n: number) => {
      for (let i = n; streaming; i++) {
        const startedAt = performance.now() - t0;
        outcomes.push({ ...(await post(t.url, ASK, { q: QUESTIONS[i % QUESTIONS.length], first: 5 })), startedAt });
        await sleep(20);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);

    await sleep(200);
    await database.stop();
    const inFlightOutcomes = await Promise.all(inFlight);
    await locker.release();
    await sleep(1500); // down for a while, under load
    await database.start();
    const upAt = performance.now() - t0;
    await sleep(RECOVERY_MS + 1500);
    streaming = false;
    await Promise.all(workers);

    // In flight at the stop: each either answered correctly (a statement can still finish while
    // the database shuts down: the lock holder's session may end before theirs do) or failed
    // with a clean, coded failure, nothing raw.
    inFlightOutcomes.forEach((outcome, i) => {
      if (outcome.code === 'OK') {
        expect(outcome.data, JSON.stringify(outcome)).toEqual(answers.get(QUESTIONS[i % QUESTIONS.length]!));
        return;
      }
      expect(CLEAN_FAILURES.has(outcome.code), JSON.stringify(outcome)).toBe(true);
      expect(outcome.message).not.toMatch(/terminat|ECONN|SQL|postgres|SELECT/i);
    });
    const firstOkAt = () => {
      const first = outcomes.find((o) => o.startedAt >= upAt && o.code === 'OK');
      return first ? first.startedAt + first.ms : undefined;
    };
    // Every request of the stream finished, with an answer or a clean code.
    const byCode = new Map<string, number>();
    for (const outcome of outcomes) byCode.set(outcome.code, (byCode.get(outcome.code) ?? 0) + 1);
    const unexpected = outcomes.filter((o) => o.code !== 'OK' && !CLEAN_FAILURES.has(o.code));
    expect(unexpected, JSON.stringify([...byCode])).toEqual([]);
    expect(byCode.get('DATABASE_UNAVAILABLE') ?? 0).toBeGreaterThan(0);

    // Within 5 s of the database being back, everything succeeds again.
    console.log(`restart: ${outcomes.length} requests`, Object.fromEntries(byCode), `first answer ${Math.round((firstOkAt() ?? NaN) - upAt)} ms after the database was back`);
    const late = outcomes.filter((o) => o.startedAt >= upAt + RECOVERY_MS);
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((o) => o.code !== 'OK'), JSON.stringify(late.filter((o) => o.code !== 'OK'))).toEqual([]);
    expect(firstOkAt()).toBeDefined();

    // No connection to the old server is left in the pool: each one belongs to a live backend.
    const live = await withClient(database.databaseUrl, async (client) =>
      new Set((await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity')).rows.map((row) => row.pid)),
    );
    const pooled = pooledConnections();
    expect(pooled.filter((c) => c.__knex__disposed !== undefined || !live.has(c.processID))).toEqual([]);
    expect(pooled.some((c) => pidsBefore.includes(c.processID) && !live.has(c.processID))).toBe(false);
    expect(poolStats(t.app.orm)).toMatchObject({ used: 0, pendingAcquires: 0 });

    // And a burst afterwards: all answered.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => post(t.url, ASK, { q: QUESTIONS[i % QUESTIONS.length], first: 5 })));
    expect(burst.map((o) => o.code)).toEqual(burst.map(() => 'OK'));
  });
});
