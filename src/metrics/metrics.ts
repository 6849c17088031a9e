// Prometheus metrics in a registry of our own (not prom-client's global one), so tests and a second
// app in one process never collide, and /metrics shows exactly what is declared here. Every label
// takes values from a fixed set: unbounded labels would grow memory and the scrape without limit.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../errors.js';
import { httpMethod, httpRoute } from './http-route.js';

export interface MetricsSources {
  poolStatistics(): { max: number; size: number; used: number; idle: number; pendingAcquires: number };
}

export type StatementOutcome = 'ok' | 'timeout' | 'error';
export type AskOutcome = 'ok' | ErrorCode;
type PoolState = 'max' | 'size' | 'used' | 'idle' | 'pending';

export interface Metrics {
  registry: Registry;
  dbPoolConnections: Gauge<'state'>;
  dbPoolAcquireDuration: Histogram;
  dbPoolAcquireTimeouts: Counter;
  dbStatementDuration: Histogram<'outcome'>;
  dbStatementTimeouts: Counter;
  askTruncatedAnswers: Counter;
  askRequests: Counter<'outcome'>;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  observeStatement(outcome: StatementOutcome, seconds: number): void;
  countAsk(outcome: AskOutcome): void;
  /** `url` is the raw request URL: only its route (a fixed set) becomes a label */
  observeHttpRequest(request: { method: string | undefined; url: string | undefined; status: number; seconds: number }): void;
  render(): Promise<{ contentType: string; body: string }>;
}

// Statements are cut at DB_STATEMENT_TIMEOUT_MS (3 s by default): buckets around and below it.
const STATEMENT_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Acquiring should take nothing; DB_POOL_ACQUIRE_TIMEOUT_MS is 2 s by default.
const ACQUIRE_BUCKETS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5];
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'roster_' });

  const dbPoolConnections = new Gauge({
    name: 'roster_db_pool_connections',
    help: 'Database pool connections by state (max: configured ceiling; pending: callers waiting to acquire)',
    labelNames: ['state'] as const,
    registers,
    // Read at scrape time, so the figure is current and nothing has to push it.
    collect() {
      const stats = sources.poolStatistics();
      const values: Record<PoolState, number> = { max: stats.max, size: stats.size, used: stats.used, idle: stats.idle, pending: stats.pendingAcquires };
      for (const [state, value] of Object.entries(values)) this.set({ state }, value);
    },
  });

  const metrics: Omit<Metrics, 'observeStatement' | 'countAsk' | 'observeHttpRequest' | 'render'> = {
    registry,
    dbPoolConnections,
    dbPoolAcquireDuration: new Histogram({
      name: 'roster_db_pool_acquire_duration_seconds',
      help: 'Time spent waiting for a database connection from the pool',
      buckets: ACQUIRE_BUCKETS,
      registers,
    }),
    dbPoolAcquireTimeouts: new Counter({
      name: 'roster_db_pool_acquire_timeouts_total',
      help: 'Requests that gave up waiting for a database connection',
      registers,
    }),
    dbStatementDuration: new Histogram({
      name: 'roster_db_statement_duration_seconds',
      help: 'Duration of the statements answering questions, by outcome: one observation per round trip (BEGIN, settings, statement and ROLLBACK travel together)',
      labelNames: ['outcome'] as const,
      buckets: STATEMENT_BUCKETS,
      registers,
    }),
    dbStatementTimeouts: new Counter({
      name: 'roster_db_statement_timeouts_total',
      help: 'SQL statements cancelled by the statement timeout',
      registers,
    }),
    askTruncatedAnswers: new Counter({
      name: 'roster_ask_truncated_answers_total',
      help: 'Answers cut at MAX_RESULT_ROWS',
      registers,
    }),
    askRequests: new Counter({
      name: 'roster_ask_requests_total',
      help: 'Questions asked, by outcome (ok or the error code returned)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    httpRequestDuration: new Histogram({
      name: 'roster_http_request_duration_seconds',
      help: 'HTTP request duration by method, route (a fixed set) and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: HTTP_BUCKETS,
      registers,
    }),
  };

  return {
    ...metrics,
    observeStatement(outcome, seconds) {
      metrics.dbStatementDuration.observe({ outcome }, seconds);
      if (outcome === 'timeout') metrics.dbStatementTimeouts.inc();
    },
    countAsk(outcome) {
      metrics.askRequests.inc({ outcome });
    },
    observeHttpRequest({ method, url, status, seconds }) {
      metrics.httpRequestDuration.observe({ method: httpMethod(method), route: httpRoute(url), status: String(status) }, seconds);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
