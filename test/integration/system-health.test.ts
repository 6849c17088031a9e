import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthProbe } from '../../src/health/health-probe.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const HEALTH = `query { systemHealth { status checkedAt uptimeSeconds version
  database { reachable latencyMs serverVersion error }
  pool { min max size used idle pendingAcquires utilization acquireTimeouts }
  migrations { applied pending latest }
  checks { name status observedValue observedUnit message } } }`;

interface Health {
  systemHealth: {
    status: string;
    checkedAt: string;
    version: string;
    database: { reachable: boolean; latencyMs: number; serverVersion: string; error: string | null };
    pool: { min: number; max: number; used: number; utilization: number; pendingAcquires: number };
    migrations: { applied: number; pending: number; latest: string };
    checks: { name: string; status: string; observedValue: number | null; observedUnit: string; message: string | null }[];
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MIN: '1', DB_POOL_MAX: '7' });
});
afterAll(async () => {
  await t.close();
});

describe('systemHealth', () => {
  it('reports a reachable database, the pool and applied migrations as HEALTHY', async () => {
    const response = await t.gql<Health>(HEALTH);
    expect(response.errors).toBeUndefined();
    const health = response.data!.systemHealth;
    expect(health.status).toBe('HEALTHY');
    expect(Number.isNaN(Date.parse(health.checkedAt))).toBe(false);
    expect(health.database.reachable).toBe(true);
    expect(health.database.error).toBeNull();
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.database.serverVersion).toMatch(/^\d+/);
    expect(health.pool).toMatchObject({ min: 1, max: 7, used: 0, pendingAcquires: 0, utilization: 0 });
    expect(health.migrations.pending).toBe(0);
    expect(health.migrations.applied).toBeGreaterThanOrEqual(2);
    expect(health.migrations.latest).toMatch(/^Migration/);
    expect(health.checks.map((check) => check.name)).toEqual([
      'database:responseTime',
      'database:migrations',
      'connectionPool:utilization',
      'connectionPool:pendingAcquires',
    ]);
    expect(health.checks.every((check) => check.status === 'PASS')).toBe(true);
    expect(health.checks.find((check) => check.name === 'database:migrations')?.observedValue).toBe(0);
  });

  it('serves /healthz and /readyz as application/health+json', async () => {
    const live = await fetch(`${t.url}/healthz`);
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toContain('application/health+json');
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('content-type')).toContain('application/health+json');
    const body = (await ready.json()) as { status: string; checks: Record<string, unknown> };
    expect(body.status).toBe('pass');
    expect(Object.keys(body.checks)).toContain('database:migrations');
  });
});

describe('the connection pool at start', () => {
  it('has its minimum open before the first request, and opens no more for one request at a time', async () => {
    // Starting (migrations, vocabulary) alone leaves fewer open than 6.
    const app = await startTestApp({ DB_POOL_MIN: '6', DB_POOL_MAX: '9' });
    try {
      const before = await app.gql<Health>('{ systemHealth { pool { size idle used } } }');
      expect(before.data!.systemHealth.pool).toEqual({ size: 6, idle: 6, used: 0 });
      for (let i = 0; i < 3; i++) {
        const answer = await app.gql('{ askEmployees(question: "Who is on parental leave?", first: 5) { totalCount } }');
        expect(answer.errors).toBeUndefined();
      }
      const after = await app.gql<Health>('{ systemHealth { pool { size idle used } } }');
      expect(after.data!.systemHealth.pool).toEqual({ size: 6, idle: 6, used: 0 });
    } finally {
      await app.close();
    }
  });
});

describe('systemHealth when the database cannot be reached', () => {
  it('is UNHEALTHY within a second, without leaking the connection string', async () => {
    // A probe pointed at a closed port stands in for a database that died.
    const probe = new HealthProbe('postgres://roster:s3cret-password@127.0.0.1:9/roster');
    const started = Date.now();
    const result = await probe.probe();
    await probe.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.reachable).toBe(false);
    expect(result.error).not.toMatch(/s3cret|postgres:\/\//);
  });
});
