import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { driveAtRate, dueCount, percentile } from '../../../bench/fixed-rate.js';
import { summarizeSameLoad, type SameLoadMeasurement } from '../../../bench/report.js';

describe('the open-loop schedule', () => {
  it('makes request i due at i / rate seconds, the first at once', () => {
    expect(dueCount(0, 0, 100, 1000)).toBe(1);
    expect(dueCount(1, 9.9, 100, 1000)).toBe(0);
    expect(dueCount(1, 10, 100, 1000)).toBe(1);
    // a timer that fires late launches everything that fell due meanwhile
    expect(dueCount(1, 55, 100, 1000)).toBe(5);
  });

  it('never schedules more than the run holds', () => {
    expect(dueCount(990, 60_000, 100, 1000)).toBe(10);
    expect(dueCount(1000, 60_000, 100, 1000)).toBe(0);
  });
});

describe('driveAtRate', () => {
  it('warms up in the same run: the warm-up is sent on the sockets the measured part goes on using, and not counted', async () => {
    let requests = 0;
    const connectedAt: number[] = [];
    const server = http.createServer((_request, response) => {
      requests++;
      response.end('{"data":{}}');
    });
    server.on('connection', () => connectedAt.push(performance.now()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const started = performance.now();
      const result = await driveAtRate({ url, body: '{}', rate: 200, seconds: 0.5, warmupSeconds: 0.5 });
      expect(requests).toBe(200);
      expect(result).toMatchObject({ sent: 100, completed: 100, failed: 0 });
      // Every connection was opened while warming up (a warm-up run of its own would close them,
      // and the measured part would open its own first thing).
      expect(connectedAt.length).toBeGreaterThan(0);
      expect(connectedAt.filter((at) => at - started > 450)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
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

  it('has no ratio when the floor was not run', () => {
    expect(summarizeSameLoad([run('roster', 1, 12)])[0]?.p99OverFloor).toBeNull();
  });
});
