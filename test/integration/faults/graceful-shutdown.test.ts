// SIGTERM under load, on the real process (src/main.ts): it stops accepting connections, lets the
// requests in flight finish with their answers, closes the pool and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../helpers/scratch-database.js';
import { ASK, eventually, lockEmployees, post, sleep, waitingOnLocks, withClient, type Outcome } from './support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const QUESTIONS = [
  'Show me employees hired in the last 6 months',
  'List Engineering employees with salary > 120K',
  'Who is on parental leave?',
  'Show employees managed by John Doe',
];
const IN_FLIGHT = 8;

let child: ChildProcess | null = null;
afterAll(() => {
  keepAlive.destroy();
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface LogLine {
  msg?: string;
  level?: number;
}

/**
 * A GraphQL POST on a keep-alive connection that the client would keep open for as long as the
 * server lets it (a load balancer's connection pool does the same).
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });
function keepAlivePost(url: string, q: string): Promise<Outcome> {
  const started = performance.now();
  const done = (outcome: Omit<Outcome, 'ms'>): Outcome => ({ ...outcome, ms: Math.round(performance.now() - started) });
  return new Promise((resolve) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json' }, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
          const error = body.errors?.[0];
          resolve(done({ status: response.statusCode ?? 0, code: error ? String(error.extensions?.code) : 'OK', message: error?.message ?? null, data: body.data ?? null }));
        } catch (error) {
          resolve(done({ status: response.statusCode ?? 0, code: 'TRANSPORT:bad body', message: String(error), data: null }));
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error('HUNG')));
    request.on('error', (error) => resolve(done({ status: 0, code: `TRANSPORT:${error.message}`, message: String(error), data: null })));
    request.end(JSON.stringify({ query: ASK, variables: { q, first: 5 } }));
  });
}

describe('graceful shutdown', () => {
  it('drains in-flight questions on SIGTERM, refuses new connections and exits 0', async () => {
    const databaseUrl = inject('databaseUrl');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'development', RATE_LIMIT_ENABLED: 'false', DB_POOL_MIN: '2', DB_POOL_MAX: '12',
        // Far more than the drain needs, less than the server's 5 s keep-alive: exiting 0 means
        // the idle keep-alive connections were closed, not waited for.
        SHUTDOWN_TIMEOUT_MS: '4000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const logs: LogLine[] = [];
    const stderr: string[] = [];
    createInterface({ input: started.stdout! }).on('line', (line) => {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ msg: line });
      }
    });
    started.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      started.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
    );

    await eventually('the service listening', 30_000, async () => {
      if (started.exitCode !== null) throw new Error(`exited early: ${stderr.join('')}`);
      return logs.some((line) => line.msg?.startsWith('Roster is serving'));
    }, 100);

    // Warm: steady load answers.
    const warm = await Promise.all(QUESTIONS.map((q) => keepAlivePost(url, q)));
    expect(warm.map((o) => o.code)).toEqual(QUESTIONS.map(() => 'OK'));

    // Questions certainly in flight at SIGTERM: held on a table lock (well under the statement timeout).
    const locker = await lockEmployees(databaseUrl);
    let inFlight: Promise<Outcome>[];
    try {
      inFlight = Array.from({ length: IN_FLIGHT }, (_, i) => (i % 2 ? keepAlivePost(url, QUESTIONS[i % 4]!) : post(url, ASK, { q: QUESTIONS[i % 4]!, first: 5 })));
      await eventually('questions waiting on the lock', 5000, () => waitingOnLocks(databaseUrl).then((n) => n >= IN_FLIGHT), 50);

      started.kill('SIGTERM');
      await eventually('draining', 5000, async () => logs.some((line) => line.msg === 'stopping: draining requests'), 20);
      await sleep(100);
      // No new connections once draining.
      const refused = await post(url, ASK, { q: QUESTIONS[0]! }, 3000);
      expect(refused.status).toBe(0);
      expect(refused.code).toMatch(/^TRANSPORT:/);
      expect(started.exitCode).toBeNull();
    } finally {
      await locker.release();
    }
    const released = performance.now();

    const outcomes = await Promise.all(inFlight);
    expect(outcomes.map((o) => o.code), JSON.stringify(outcomes)).toEqual(outcomes.map(() => 'OK'));
    for (const outcome of outcomes) expect((outcome.data as { askEmployees: { totalCount: number } }).askEmployees.totalCount).toBeGreaterThan(0);

    const exit = await exited;
    expect(exit, stderr.join('')).toMatchObject({ code: 0, signal: null });
    const messages = logs.map((line) => line.msg);
    expect(messages).toContain('stopped');
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('stopping: draining requests'));
    expect(logs.filter((line) => (line.level ?? 0) >= 50), JSON.stringify(logs.filter((line) => (line.level ?? 0) >= 50))).toEqual([]);
    console.log(`shutdown: exited ${Math.round(exit.at - released)} ms after the in-flight questions were released`);

    // The pool was closed: no session of that process is left on the server.
    await eventually('its connections gone', 5000, () =>
      withClient(databaseUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        );
        return rows[0]!.n === 0;
      }),
    );
  });
});
