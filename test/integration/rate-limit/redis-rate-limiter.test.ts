// Against the machine's Redis (REDIS_TEST_URL, default redis://127.0.0.1:6379), under a random key
// prefix that is deleted afterwards.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiter } from '../../../src/rate-limit/rate-limiter.js';
import { freePort } from '../../../scripts/free-port.js';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const prefix = `roster-test:${randomUUID()}:`;
const opened: RateLimiter[] = [];

function limiter(capacity: number, refillPerSecond: number, url = REDIS_URL, log?: { warn: unknown[]; info: unknown[] }): RateLimiter {
  const created = createRateLimiter(
    { enabled: true, capacity, refillPerSecond, redisUrl: url },
    { keyPrefix: prefix, log: log && { warn: (...a) => log.warn.push(a), info: (...a) => log.info.push(a) } },
  );
  opened.push(created);
  return created;
}

let admin: Redis;
beforeAll(() => {
  admin = new Redis(REDIS_URL);
});
afterAll(async () => {
  await Promise.all(opened.map((l) => l.close()));
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

describe('Redis token bucket', () => {
  it('lets two instances share one bucket', async () => {
    const a = limiter(4, 0.01);
    const b = limiter(4, 0.01);
    expect(await a.ready()).toBe(true);
    expect(await b.ready()).toBe(true);
    const results = [await a.consume('shared'), await b.consume('shared'), await a.consume('shared'), await b.consume('shared'), await a.consume('shared')];
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([3, 2, 1, 0, 0]);
    expect(results[4]?.retryAfterMs).toBeGreaterThan(90_000);
    expect(a.isFailingOpen()).toBe(false);
  });

  it('takes atomically under concurrent requests from both instances', async () => {
    const a = limiter(10, 0.01);
    const b = limiter(10, 0.01);
    await Promise.all([a.ready(), b.ready()]);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).consume('race')));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it('refills over time', async () => {
    const a = limiter(2, 20); // one token every 50 ms
    await a.ready();
    await a.consume('refill');
    await a.consume('refill');
    expect((await a.consume('refill')).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await a.consume('refill')).allowed).toBe(true);
  });

  it('lets an idle bucket expire once it would be full again', async () => {
    const a = limiter(5, 10); // full again after 500 ms
    await a.ready();
    await a.consume('expiring');
    const ttl = await admin.pttl(`${prefix}expiring`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1500);
  });
});

describe('Redis unreachable', () => {
  it('fails open: allows, flags the result and the limiter, and logs once', async () => {
    const log = { warn: [] as unknown[], info: [] as unknown[] };
    const down = limiter(1, 1, `redis://127.0.0.1:${await freePort()}`, log);
    expect(await down.ready(300)).toBe(false);
    const started = Date.now();
    for (let i = 0; i < 5; i++) {
      expect(await down.consume('anyone')).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0, failedOpen: true });
    }
    expect(Date.now() - started).toBeLessThan(100); // no waiting on a dead connection
    expect(down.isFailingOpen()).toBe(true);
    expect(log.warn).toHaveLength(1);
  });
});
