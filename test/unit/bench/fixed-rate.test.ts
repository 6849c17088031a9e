import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { driveAtRate, percentile, RateSchedule } from '../../../bench/fixed-rate.js';
import { summarizeSameLoad, type SameLoadMeasurement } from '../../../bench/report.js';

describe('the open-loop schedule', () => {
  it('makes request i due at i / rate seconds, the first at once', () => {
    const schedule = new RateSchedule(100);
    expect(schedule.dueBy(0)).toBe(1);
    expect(schedule.dueBy(9.9)).toBe(1);
    expect(schedule.dueBy(10)).toBe(2);
    // a timer that fires late finds everything that fell due meanwhile
    expect(schedule.dueBy(55)).toBe(6);
    expect(schedule.dueAt(5)).toBe(50);
    expect(schedule.dueBefore(1000)).toBe(100);
  });

  it('climbs linearly to the rate over the ramp, then holds it', () => {
    // 100/s reached after 2 s: 100 requests on the ramp (half of 2 s at 100/s), then 100 a second.
    const schedule = new RateSchedule(100, 2);
    expect(schedule.dueBefore(2000)).toBe(100);
    expect(schedule.dueBefore(3000)).toBe(200);
    // a quarter of the way up the ramp by its midpoint (t²)
    expect(schedule.dueBefore(1000)).toBe(25);
    expect(schedule.dueAt(25)).toBeCloseTo(1000);
    expect(schedule.dueAt(100)).toBeCloseTo(2000);
    expect(schedule.dueAt(150)).toBeCloseTo(2500);
    // each due time is where the count reaches it, and the gaps shrink towards 10 ms
    for (const index of [1, 10, 50, 99, 100, 101, 180]) expect(schedule.dueBy(schedule.dueAt(index) + 1e-6)).toBe(index + 1);
    expect(schedule.dueAt(2) - schedule.dueAt(1)).toBeGreaterThan(schedule.dueAt(99) - schedule.dueAt(98));
    expect(schedule.dueAt(151) - schedule.dueAt(150)).toBeCloseTo(10);
  });
});

/** A local server answering every request as a GraphQL success, counting requests and connections. */
async function withAnsweringServer(run: (url: string, seen: { requests: number; connectedAt: number[] }) => Promise<void>): Promise<void> {
  const seen = { requests: 0, connectedAt: [] as number[] };
  const server = http.createServer((_request, response) => {
    seen.requests++;
    response.end('{"data":{}}');
  });
  server.on('connection', () => seen.connectedAt.push(performance.now()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('driveAtRate', () => {
  it('warms up in the same run: the warm-up is sent on the sockets the measured part goes on using, and not counted', async () => {
    await withAnsweringServer(async (url, seen) => {
      const started = performance.now();
      const result = await driveAtRate({ url, body: '{}', rate: 200, seconds: 0.5, warmupSeconds: 0.5 });
      expect(seen.requests).toBe(200);
      expect(result).toMatchObject({ sent: 100, completed: 100, failed: 0 });
      // Every connection was opened while warming up (a warm-up run of its own would close them,
      // and the measured part would open its own first thing).
      expect(seen.connectedAt.length).toBeGreaterThan(0);
      expect(seen.connectedAt.filter((at) => at - started > 450)).toEqual([]);
    });
  });

  it('sends the ramp as part of the warm-up and measures the full rate after it', async () => {
    await withAnsweringServer(async (url, seen) => {
      const result = await driveAtRate({ url, body: '{}', rate: 200, seconds: 0.5, warmupSeconds: 0.5, rampSeconds: 0.3 });
      // 30 requests on the 0.3 s ramp, 40 in the 0.2 s after it, then 100 measured
      expect(seen.requests).toBe(170);
      expect(result).toMatchObject({ sent: 100, completed: 100, failed: 0 });
      await expect(driveAtRate({ url, body: '{}', rate: 200, seconds: 0.5, warmupSeconds: 0.2, rampSeconds: 0.3 })).rejects.toThrow(/ramp/);
    });
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it('is the smallest value at or above the share (nearest rank)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });
  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarizeSameLoad', () => {
  const run = (system: 'roster' | 'floor', round: number, p99: number, share = 0.5): SameLoadMeasurement => ({
    system, workload: 'W1', share, rate: 200, round, p50: p99 / 4, p90: p99 / 2, p99, max: p99 * 2, failed: 0, achievedRate: 200,
  });

  it('takes medians over rounds and the ratio of the medians, per workload and share', () => {
    const rows = summarizeSameLoad([run('roster', 1, 12), run('floor', 1, 8), run('roster', 2, 20), run('floor', 2, 10), run('roster', 1, 40, 0.75), run('floor', 1, 10, 0.75)]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ workload: 'W1', share: 0.5, rate: 200 });
    expect(rows[0]?.systems.roster?.p99).toBe(16);
    expect(rows[0]?.systems.floor?.p99).toBe(9);
    expect(rows[0]?.p99OverFloor).toBeCloseTo(16 / 9);
    expect(rows[1]?.p99OverFloor).toBe(4);
  });

  it("keeps each round's p99 in round order, whatever order the runs came in", () => {
    const rows = summarizeSameLoad([run('roster', 2, 90), run('floor', 2, 6), run('roster', 1, 12), run('floor', 1, 7)]);
    expect(rows[0]?.systems.roster?.p99ByRound).toEqual([12, 90]);
    expect(rows[0]?.systems.floor?.p99ByRound).toEqual([7, 6]);
  });

  it('has no ratio when the floor was not run', () => {
    expect(summarizeSameLoad([run('roster', 1, 12)])[0]?.p99OverFloor).toBeNull();
  });
});
