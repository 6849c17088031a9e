// An open-loop load generator: requests leave on a fixed schedule whatever the server does, so two
// servers can be compared at the same load. autocannon is closed-loop (a connection sends its next
// request when the last one answers), so at saturation its latencies mostly restate throughput
// (Little's law: p50 ≈ connections / requests per second); its `overallRate` sends each second's
// quota in a burst. Here request i is due at start + i / rate and its latency runs from when it was
// due, not from when a socket was free, so a stalled server is charged for the requests it delayed.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface FixedRateResult {
  /** the schedule's rate, requests per second */
  rate: number;
  /** completed requests per second over the measured part, late answers included */
  achievedRate: number;
  sent: number;
  completed: number;
  /** transport errors, non-200 answers and bodies that are not `{"data":…}` */
  failed: number;
  /** latency percentiles in ms, from when each request was due */
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface FixedRateOptions {
  url: string;
  body: string;
  rate: number;
  seconds: number;
  /**
   * seconds at the rate before measuring starts, in the same run: the schedule goes on and the
   * client's sockets stay open. Two runs, one to warm up and one to measure, would start the
   * measured one with no open socket, and its first requests would each open a connection (a
   * burst that decided the p99 of a whole run: bench/results/NOTES.md, session 8).
   */
  warmupSeconds?: number;
  /** seconds over which the rate climbs from 0 at the start of the warm-up (RateSchedule) */
  rampSeconds?: number;
  /** sockets the client may open; enough that the client never queues at the rates measured */
  maxSockets?: number;
  /** a request unanswered this long counts as failed */
  timeoutMs?: number;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] as number;
}

/**
 * When each request of an open-loop run is due, in ms from its start (request 0 at once). The rate
 * climbs linearly from 0 to `rate` over the first `rampSeconds`, then holds. Started at full rate,
 * a run opens a connection for each of its first requests (no socket is free yet): at 75 % of
 * Roster's throughput that burst took Roster 3 s to work off, longer than the warm-up, so the p99
 * measured how fast a server absorbs a burst of new connections, not its response time under the
 * load (bench/results/NOTES.md, session 8).
 */
export class RateSchedule {
  private readonly perMs: number;
  private readonly rampMs: number;

  constructor(rate: number, rampSeconds = 0) {
    this.perMs = rate / 1000;
    this.rampMs = rampSeconds * 1000;
  }

  /** how many requests fall due before `ms`, as a real number: rate·t²/(2·ramp) on the ramp */
  private expectedBy(ms: number): number {
    if (ms < this.rampMs) return (this.perMs * ms * ms) / (2 * this.rampMs);
    return this.perMs * (ms - this.rampMs / 2);
  }

  /** how many requests are due by `ms`, request 0 included */
  dueBy(ms: number): number {
    return Math.floor(this.expectedBy(ms)) + 1;
  }

  /** how many requests are due strictly before `ms` */
  dueBefore(ms: number): number {
    return Math.ceil(this.expectedBy(ms));
  }

  /** when request `index` is due, in ms from the start */
  dueAt(index: number): number {
    const onRamp = (this.perMs * this.rampMs) / 2;
    if (index < onRamp) return Math.sqrt((2 * this.rampMs * index) / this.perMs);
    return this.rampMs + (index - onRamp) / this.perMs;
  }
}

export async function driveAtRate(options: FixedRateOptions): Promise<FixedRateResult> {
  const { rate, seconds, timeoutMs = 30_000, warmupSeconds = 0, rampSeconds = 0 } = options;
  if (rampSeconds > warmupSeconds) throw new Error('the ramp is part of the warm-up: rampSeconds ≤ warmupSeconds');
  const target = new URL(options.url);
  const body = Buffer.from(options.body);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  const schedule = new RateSchedule(rate, rampSeconds);
  /** requests due during the warm-up: sent, not counted */
  const warmup = schedule.dueBefore(warmupSeconds * 1000);
  const total = schedule.dueBefore((warmupSeconds + seconds) * 1000);
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  let outstanding = 0;
  let allDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (allDone = resolve));

  const settle = (dueAt: number, measured: boolean, ok: boolean) => {
    if (measured && ok) latencies.push(performance.now() - dueAt);
    else if (measured) failed++;
    outstanding--;
    if (sent === total && outstanding === 0) allDone();
  };

  const send = (index: number) => {
    const dueAt = start + schedule.dueAt(index);
    const measured = index >= warmup;
    outstanding++;
    const request = http.request(
      { hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        let head = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (head.length < 8) head += chunk.slice(0, 8);
        });
        response.on('end', () => settle(dueAt, measured, response.statusCode === 200 && head.startsWith('{"data"')));
        response.on('error', () => settle(dueAt, measured, false));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => settle(dueAt, measured, false));
    request.end(body);
  };

  const start = performance.now();
  // A 1 ms timer launches every request that has fallen due since the last tick, each timed from
  // its own due moment: timer jitter is charged to latency rather than hidden.
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, schedule.dueBy(performance.now() - start));
      while (sent < due) send(sent++);
      if (sent === total) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  if (outstanding > 0) await finished;
  const measuredSeconds = (performance.now() - start) / 1000 - warmupSeconds;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  return {
    rate,
    achievedRate: latencies.length / measuredSeconds,
    sent: sent - warmup,
    completed: latencies.length,
    failed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
  };
}
