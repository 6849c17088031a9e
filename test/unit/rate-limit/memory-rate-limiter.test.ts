import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '../../../src/rate-limit/memory-rate-limiter.js';
import { createRateLimiter } from '../../../src/rate-limit/rate-limiter.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('in-memory token bucket', () => {
  it('allows a burst of `capacity`, then refuses with the time until the next token', async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ capacity: 3, refillPerSecond: 2, now: time.now });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.consume('ip:1'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.retryAfterMs).toBe(500);
  });

  it('refills with time, never beyond capacity', async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ capacity: 3, refillPerSecond: 2, now: time.now });
    for (let i = 0; i < 3; i++) await limiter.consume('k');
    time.advance(499);
    expect((await limiter.consume('k')).allowed).toBe(false);
    time.advance(1);
    expect(await limiter.consume('k')).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    time.advance(60_000);
    expect((await limiter.consume('k')).remaining).toBe(2);
  });

  it('keeps one bucket per key', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock().now });
    expect((await limiter.consume('a')).allowed).toBe(true);
    expect((await limiter.consume('a')).allowed).toBe(false);
    expect((await limiter.consume('b')).allowed).toBe(true);
  });

  it('charges a cost of several tokens, and refuses a cost above the capacity as a bug', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 10, refillPerSecond: 10, now: clock().now });
    expect(await limiter.consume('k', 7)).toEqual({ allowed: true, remaining: 3, retryAfterMs: 0 });
    expect(await limiter.consume('k', 5)).toEqual({ allowed: false, remaining: 3, retryAfterMs: 200 });
    await expect(limiter.consume('k', 11)).rejects.toThrow(RangeError);
    await expect(limiter.consume('k', 0)).rejects.toThrow(RangeError);
  });

  it('stays at maxKeys buckets under many client addresses, dropping the least recently used', async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 100, now: time.now });
    await limiter.consume('ip:keep');
    for (let i = 0; i < 10_000; i++) {
      if (i % 50 === 0) await limiter.consume('ip:keep'); // recently used: survives
      await limiter.consume(`ip:10.0.${i >> 8}.${i & 255}`);
    }
    expect(limiter.size).toBe(100);
    expect((await limiter.consume('ip:keep')).allowed).toBe(false);
    // the first flood address was evicted long ago, so it starts again with a full bucket
    expect((await limiter.consume('ip:10.0.0.0')).allowed).toBe(true);
  });

  it('does not drain the bucket when the clock steps backwards', async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ capacity: 2, refillPerSecond: 1, now: time.now });
    await limiter.consume('k');
    time.advance(-10_000);
    expect((await limiter.consume('k')).allowed).toBe(true);
  });
});

describe('createRateLimiter', () => {
  it('uses memory without REDIS_URL', async () => {
    const limiter = createRateLimiter({ enabled: true, capacity: 1, refillPerSecond: 1, redisUrl: null });
    expect(limiter.backend).toBe('memory');
    expect(await limiter.ready()).toBe(true);
    expect((await limiter.consume('k')).allowed).toBe(true);
    expect((await limiter.consume('k')).allowed).toBe(false);
    await limiter.close();
  });

  it('allows everything when disabled', async () => {
    const limiter = createRateLimiter({ enabled: false, capacity: 1, refillPerSecond: 1, redisUrl: 'redis://127.0.0.1:1' });
    expect(limiter.backend).toBe('disabled');
    for (let i = 0; i < 5; i++) expect((await limiter.consume('k')).allowed).toBe(true);
  });
});
