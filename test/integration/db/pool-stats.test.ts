// Pool statistics read from MikroORM's knex (tarn) pool, before, during and after use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '../../../src/db/orm.js';
import { poolStats } from '../../../src/db/pool-stats.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
let url: string;
beforeAll(async () => {
  server = await startTestServer();
  url = await server.createDatabase();
});
afterAll(async () => {
  await server?.close();
});

describe('poolStats', () => {
  it('reports the configured bounds and live counts', async () => {
    const orm = await createOrm({ databaseUrl: url, pool: { min: 0, max: 3, acquireTimeoutMs: 5_000, idleTimeoutMs: 10_000 } });
    try {
      const initial = poolStats(orm);
      expect(Object.keys(initial).sort()).toEqual(['idle', 'max', 'min', 'pendingAcquires', 'pendingCreates', 'size', 'used']);
      expect(initial).toMatchObject({ min: 0, max: 3, used: 0, pendingAcquires: 0 });

      const connection = orm.em.getConnection();
      const sleeping = Promise.all(Array.from({ length: 5 }, () => connection.execute('select pg_sleep(0.3)')));
      await new Promise((resolve) => setTimeout(resolve, 150));
      const busy = poolStats(orm);
      expect(busy.used).toBe(3);
      expect(busy.size).toBe(3);
      expect(busy.pendingAcquires).toBe(2);
      await sleeping;

      const after = poolStats(orm);
      expect(after).toMatchObject({ used: 0, pendingAcquires: 0, pendingCreates: 0 });
      expect(after.idle).toBe(after.size);
    } finally {
      await orm.close(true);
    }
    // Closed: still a well-formed answer, never a throw.
    expect(poolStats(orm)).toMatchObject({ min: 0, max: 3, used: 0 });
  });
});
