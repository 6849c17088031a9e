// Shared pieces of the fault tests: a PostgreSQL of the test's own (embedded, in a temporary
// directory, on a free port) that can be stopped and started under a running app, and small HTTP
// helpers that never hang. The shared test database is never stopped: with DATABASE_URL it is the
// machine's PostgreSQL, which other things use.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../../src/db/embedded-postgres.js';
import { freePort, prepareDatabase } from '../../helpers/scratch-database.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/with-client.js';

export { withClient };

export interface OwnPostgres {
  port: number;
  dataDir: string;
  databaseUrl: string;
  running: boolean;
  start(): Promise<void>;
  /** fast shutdown (SIGINT): open sessions are terminated */
  stop(): Promise<void>;
  /** stops the server and deletes its data */
  destroy(): Promise<void>;
}

/**
 * Initialises a cluster in a temporary directory and leaves it running (or stopped with
 * `running: false`). `migrate` applies the migrations; `employees` also seeds that many.
 */
export async function ownPostgres(options: { migrate?: boolean; employees?: number; running?: boolean } = {}): Promise<OwnPostgres> {
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'roster-fault-pg-')), 'data');
  const port = await freePort();
  let handle: EmbeddedPostgresHandle | null = await startEmbeddedPostgres({ dataDir, port });
  const databaseUrl = handle.databaseUrl;

  await prepareDatabase(databaseUrl, {
    migrate: Boolean(options.migrate || options.employees),
    ...(options.employees ? { seed: { employees: options.employees, seed: 42 } } : {}),
  });

  const own: OwnPostgres = {
    port,
    dataDir,
    databaseUrl,
    running: true,
    async start() {
      if (handle) return;
      handle = await startEmbeddedPostgres({ dataDir, port });
      own.running = true;
    },
    async stop() {
      const stopping = handle;
      handle = null;
      own.running = false;
      await stopping?.stop();
    },
    async destroy() {
      await own.stop();
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
  if (options.running === false) await own.stop();
  return own;
}

/** The real app on `databaseUrl`; no rate limiting, which would otherwise answer most of a burst. */
export function startFaultApp(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({ RATE_LIMIT_ENABLED: 'false', ...env }, databaseUrl);
}

/**
 * Holds `LOCK TABLE employees IN ACCESS EXCLUSIVE MODE` in a transaction of its own: every question
 * then waits on the lock until its statement timeout, or until `release()`.
 */
export async function lockEmployees(url: string): Promise<{ release(): Promise<void>; client: pg.Client }> {
  const client = new pg.Client({ connectionString: url, application_name: 'roster-fault-locker' });
  client.on('error', () => undefined); // the server may be stopped under it
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE employees IN ACCESS EXCLUSIVE MODE');
  let released = false;
  return {
    client,
    async release() {
      if (released) return;
      released = true;
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * Statements waiting on a lock right now. A client of its own each time: inside one transaction
 * pg_stat_activity is a snapshot that does not change.
 */
export async function waitingOnLocks(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
    return rows[0]?.n ?? 0;
  });
}

export interface Outcome {
  /** HTTP status, or 0 when the request itself failed (connection refused, reset, hung) */
  status: number;
  /** `extensions.code` of the first error, 'OK' when there was none, or the transport failure */
  code: string;
  message: string | null;
  data: Record<string, unknown> | null;
  ms: number;
}

/**
 * One GraphQL POST on a connection of its own (no keep-alive reuse between requests), bounded by
 * `timeoutMs` so a hung request shows up as code 'HUNG' instead of hanging the test.
 */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<Outcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    return { status: response.status, code: error ? String(error.extensions?.code) : 'OK', message: error?.message ?? null, data: body.data ?? null, ms: ms() };
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    const code = e.name === 'TimeoutError' ? 'HUNG' : `TRANSPORT:${e.cause?.code ?? e.name ?? 'unknown'}`;
    return { status: 0, code, message: String(error), data: null, ms: ms() };
  }
}

export const ASK = 'query Ask($q: String!, $first: Int) { askEmployees(question: $q, first: $first) { totalCount edges { node { fullName department { name } } } } }';
export const HEALTH = `query { systemHealth { status database { reachable error }
  pool { min max size used idle pendingAcquires utilization acquireTimeouts } migrations { applied pending } } }`;

export interface HealthData {
  systemHealth: {
    status: 'HEALTHY' | 'DEGRADED' | 'UNHEALTHY';
    database: { reachable: boolean; error: string | null };
    pool: { min: number; max: number; size: number; used: number; idle: number; pendingAcquires: number; utilization: number; acquireTimeouts: number };
    migrations: { applied: number; pending: number };
  };
}

/** Calls `probe` until it returns true or `deadlineMs` passes; returns the time it took. */
export async function eventually(what: string, deadlineMs: number, probe: () => Promise<boolean>, everyMs = 100): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await probe()) return Math.round(performance.now() - started);
    if (performance.now() - started > deadlineMs) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
