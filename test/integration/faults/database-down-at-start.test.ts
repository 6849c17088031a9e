// The database is down when the service starts: the service still comes up (unready), answers
// questions with DATABASE_UNAVAILABLE quickly, and recovers by itself once the database is there:
// migrations are applied in the background, /readyz turns 200 and questions are answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../src/db/seed.js';
import type { TestApp } from '../../helpers/test-app.js';
import { ASK, startFaultApp, eventually, HEALTH, ownPostgres, post, withClient, type HealthData, type OwnPostgres } from './support.js';

let database: OwnPostgres;
let t: TestApp | null = null;

beforeAll(async () => {
  // An initialised but never migrated cluster, stopped: nothing listens on its port.
  database = await ownPostgres({ running: false });
});
afterAll(async () => {
  await t?.close();
  await database?.destroy();
});

describe('database down at start', () => {
  it('starts unready, fails fast, then migrates and answers once the database is up', async () => {
    t = await startFaultApp(database.databaseUrl, { DB_POOL_MIN: '0', DB_POOL_MAX: '4', LEXICON_REFRESH_MS: '1000' });
    const app = t;

    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('fail');

    const health = await post(app.url, HEALTH);
    expect(health.code).toBe('OK');
    const report = (health.data as unknown as HealthData).systemHealth;
    expect(report.status).toBe('UNHEALTHY');
    expect(report.database.reachable).toBe(false);
    expect(report.database.error).not.toMatch(/postgres:\/\/|password/);

    // The one timing promise: a question fails within 2 s while the database is down.
    const started = performance.now();
    const asked = await post(app.url, ASK, { q: 'Engineering employees' });
    const elapsed = performance.now() - started;
    expect(asked.code, asked.message ?? '').toBe('DATABASE_UNAVAILABLE');
    expect(elapsed).toBeLessThan(2000);
    expect(asked.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);

    // The database comes up on that port; nobody restarts the service.
    await database.start();
    // Until the background migrations have run, questions keep failing cleanly: the schema and the
    // reader role do not exist yet, which must not surface as INTERNAL_SERVER_ERROR.
    const meanwhile = new Set<string>();
    await eventually('/readyz 200', 15_000, async () => {
      meanwhile.add((await post(app.url, ASK, { q: 'Engineering employees' })).code);
      return (await fetch(`${app.url}/readyz`)).status === 200;
    }, 100);
    expect([...meanwhile].filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'QUESTION_NOT_UNDERSTOOD')).toEqual([]);

    const migrated = await post(app.url, HEALTH);
    const after = (migrated.data as unknown as HealthData).systemHealth;
    expect(after.status).toBe('HEALTHY');
    expect(after.migrations.pending).toBe(0);
    expect(after.migrations.applied).toBeGreaterThanOrEqual(2);

    // The service never seeds a database it was given; load the directory as an operator would.
    await withClient(database.databaseUrl, (client) => seedDatabase(client, { employees: 200, seed: 42 }));
    let last = asked;
    await eventually('a question answered with data', 15_000, async () => {
      last = await post(app.url, ASK, { q: 'Engineering employees', first: 5 });
      return last.code === 'OK' && ((last.data as { askEmployees: { totalCount: number } }).askEmployees.totalCount > 0);
    }, 250).catch((error: unknown) => {
      throw new Error(`${String(error)}; last answer: ${JSON.stringify(last)}`);
    });
  });
});
