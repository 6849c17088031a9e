// More slow questions than connections: the excess waits DB_POOL_ACQUIRE_TIMEOUT_MS at most and
// gets DATABASE_BUSY; systemHealth keeps answering within a second (it has a connection of its own)
// and says DEGRADED while requests wait; afterwards everything is back to HEALTHY and idle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { TestApp } from '../../helpers/test-app.js';
import { ASK, eventually, HEALTH, lockEmployees, post, sleep, startFaultApp, type HealthData, type Outcome } from './support.js';

const ACQUIRE_TIMEOUT_MS = 500;
const CONCURRENT = 20;
let t: TestApp;

beforeAll(async () => {
  t = await startFaultApp(inject('databaseUrl'), {
    DB_POOL_MAX: '2',
    DB_POOL_MIN: '0',
    DB_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_TIMEOUT_MS),
    DB_STATEMENT_TIMEOUT_MS: '3000',
  });
});
afterAll(async () => {
  await t?.close();
});

const health = async () => {
  const outcome = await post(t.url, HEALTH);
  return { outcome, report: (outcome.data as unknown as HealthData | null)?.systemHealth ?? null };
};

describe('pool saturation', () => {
  it('answers the excess DATABASE_BUSY after the acquire timeout while systemHealth stays fast and DEGRADED', async () => {
    const locker = await lockEmployees(t.databaseUrl);
    const reports: Awaited<ReturnType<typeof health>>[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        reports.push(await health());
        await sleep(50);
      }
    })();

    let questions: Outcome[];
    let settledWhileLocked = 0;
    try {
      let settled = 0;
      const asked = Array.from({ length: CONCURRENT }, () =>
        post(t.url, ASK, { q: 'Engineering employees', first: 5 }).finally(() => {
          settled++;
        }),
      );
      // Saturated for a while: two questions hold both connections, waiting on the lock, until the
      // others have had their answer (however late a busy machine delivers them), well inside the
      // statement timeout.
      await sleep(1000);
      await eventually('the excess answered', 1500, async () => settled >= CONCURRENT - 2, 20).catch(() => undefined);
      settledWhileLocked = settled;
      await locker.release();
      questions = await Promise.all(asked);
    } finally {
      await locker.release();
      polling = false;
      await poller;
    }

    const busy = questions.filter((o) => o.code === 'DATABASE_BUSY');
    const answered = questions.filter((o) => o.code === 'OK');
    expect(busy, JSON.stringify(questions.map((o) => [o.code, o.ms]))).toHaveLength(CONCURRENT - 2);
    expect(answered).toHaveLength(2);
    for (const outcome of busy) {
      expect(outcome.message).toBe('The database is busy right now. Please retry in a moment.');
      expect(outcome.ms).toBeGreaterThanOrEqual(ACQUIRE_TIMEOUT_MS - 50);
    }
    // They gave up while both connections were still taken, not when one came free...
    expect(settledWhileLocked).toBeGreaterThanOrEqual(CONCURRENT - 2);
    // ...and none waited for a connection past the acquire timeout: every acquire the server timed
    // (its own histogram, free of HTTP and scheduling delays) is in the 1 s bucket.
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    const acquires = Number(/^roster_db_pool_acquire_duration_seconds_count (\d+)$/m.exec(metrics)?.[1]);
    const withinOneSecond = Number(/^roster_db_pool_acquire_duration_seconds_bucket\{le="1"\} (\d+)$/m.exec(metrics)?.[1]);
    expect(acquires).toBeGreaterThanOrEqual(CONCURRENT);
    expect(withinOneSecond).toBe(acquires);

    // systemHealth answered every time, within a second, and saw the queue.
    expect(reports.length).toBeGreaterThanOrEqual(3);
    for (const { outcome } of reports) {
      expect(outcome.code).toBe('OK');
      expect(outcome.ms).toBeLessThan(1000);
    }
    const waiting = reports.filter(({ report }) => report!.pool.pendingAcquires > 0);
    expect(waiting.length).toBeGreaterThan(0);
    for (const { report } of waiting) {
      expect(report!.status).toBe('DEGRADED');
      expect(report!.pool.used).toBeLessThanOrEqual(2);
    }
    expect(Math.max(...reports.map(({ report }) => report!.pool.size))).toBeLessThanOrEqual(2);

    const after = (await health()).report!;
    expect(after.status).toBe('HEALTHY');
    expect(after.pool).toMatchObject({ used: 0, pendingAcquires: 0, max: 2 });
    expect(after.pool.acquireTimeouts).toBeGreaterThanOrEqual(CONCURRENT - 2);
  });
});
