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

/** The request times of a fixed-rate schedule that are due by `elapsedMs`, from `next` on. */
export function dueCount(next: number, elapsedMs: number, rate: number, total: number): number {
  const dueByNow = Math.min(total, Math.floor((elapsedMs * rate) / 1000) + 1);
  return Math.max(0, dueByNow - next);
}

export async function driveAtRate(options: FixedRateOptions): Promise<FixedRateResult> {
  const { rate, seconds, timeoutMs = 30_000, warmupSeconds = 0 } = options;
  const target = new URL(options.url);
  const body = Buffer.from(options.body);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  /** requests due during the warm-up: sent, not counted */
  const warmup = Math.round(rate * warmupSeconds);
  const total = warmup + Math.round(rate * seconds);
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
    const dueAt = start + (index * 1000) / rate;
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
      const due = dueCount(sent, performance.now() - start, rate, total);
      for (let i = 0; i < due; i++) send(sent++);
      if (sent === total) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  if (outstanding > 0) await finished;
  const measuredSeconds = (performance.now() - start) / 1000 - warmup / rate;
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
