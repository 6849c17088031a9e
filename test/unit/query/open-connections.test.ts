// openConnections: the pool's minimum opened together at start, every connection handed back, and a
// failed attempt neither thrown nor counted.
import { describe, expect, it } from 'vitest';
import { openConnections, type ConnectionSource, type PgConnection } from '../../../src/query/connection-source.js';

/** A source that hands out numbered stand-ins and fails the attempts it is told to. */
function countingSource(failing: ReadonlySet<number> = new Set()) {
  let attempts = 0;
  let outstanding = 0;
  let mostOutstanding = 0;
  const released: unknown[] = [];
  const source: ConnectionSource = {
    databaseUnreachable: false,
    async acquire() {
      const attempt = attempts++;
      if (failing.has(attempt)) throw new Error('connection refused');
      outstanding++;
      mostOutstanding = Math.max(mostOutstanding, outstanding);
      // Handed out on a later turn, as a pool's connections are.
      await new Promise((resolve) => setImmediate(resolve));
      return { attempt } as unknown as PgConnection;
    },
    release(connection, broken) {
      outstanding--;
      released.push({ connection, broken });
    },
  };
  return { source, released, stats: () => ({ attempts, outstanding, mostOutstanding }) };
}

describe('openConnections', () => {
  it('holds `count` connections at once, so the pool opens that many, then returns each unbroken', async () => {
    const { source, released, stats } = countingSource();
    expect(await openConnections(source, 5)).toBe(5);
    expect(stats()).toEqual({ attempts: 5, outstanding: 0, mostOutstanding: 5 });
    expect(released).toHaveLength(5);
    expect(released.every((entry) => (entry as { broken: unknown }).broken === undefined)).toBe(true);
  });

  it('counts only the connections that opened, and does not throw for the others', async () => {
    const { source, released, stats } = countingSource(new Set([1, 3]));
    expect(await openConnections(source, 4)).toBe(2);
    expect(stats().outstanding).toBe(0);
    expect(released).toHaveLength(2);
  });

  it('asks for nothing when the minimum is 0', async () => {
    const { source, stats } = countingSource();
    expect(await openConnections(source, 0)).toBe(0);
    expect(stats().attempts).toBe(0);
  });
});
