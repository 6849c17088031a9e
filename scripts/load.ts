// npm run load [-- --url http://host:port] [--requests 10000] [--connections 50]
//
// A load run against the service: without --url it starts the real service (src/main.ts) with its
// embedded PostgreSQL in a temporary data directory (seeded with the default 2,000 employees,
// deleted afterwards), on free ports, rate limiting off (every request comes from one address).
// It sends --requests requests over --connections keep-alive connections with autocannon, cycling
// through the README's four questions, refusals (unknown words, unsafe requests) and systemHealth,
// and checks every answer's code against the one expected for its request. Meanwhile it samples
// systemHealth.pool, and it reads the server's resident memory from /metrics (and /proc when it
// started the server itself) before and after.
//
// Exit code 1 when an answer is not the expected one, the pool went above its maximum, or autocannon
// saw transport errors or timeouts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { freePort } from './free-port.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SERVICE_NODE_FLAGS, TYPESCRIPT_LOADER } from '../src/node-flags.js';



const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASK = 'query Ask($q: String!) { askEmployees(question: $q, first: 20) { totalCount interpretation edges { node { fullName jobTitle department { name } manager { fullName } } } } }';
const HEALTH = '{ systemHealth { status pool { max size used idle pendingAcquires } } }';

/** One request of the mix and the code its answer must carry ('OK': data, no errors). */
interface Mixed {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expect: string;
}
const MIX: Mixed[] = [
  { name: 'hired in the last 6 months', query: ASK, variables: { q: 'Show me employees hired in the last 6 months' }, expect: 'OK' },
  { name: 'Engineering > 120K', query: ASK, variables: { q: 'List Engineering employees with salary > 120K' }, expect: 'OK' },
  { name: 'on parental leave', query: ASK, variables: { q: 'Who is on parental leave?' }, expect: 'OK' },
  { name: 'managed by John Doe', query: ASK, variables: { q: 'Show employees managed by John Doe' }, expect: 'OK' },
  { name: 'systemHealth', query: HEALTH, expect: 'OK' },
  { name: 'unknown words', query: ASK, variables: { q: 'Which employees enjoy flurbo quaxing?' }, expect: 'QUESTION_NOT_UNDERSTOOD' },
  { name: 'unsafe: delete', query: ASK, variables: { q: 'Delete all employees in Sales' }, expect: 'UNSAFE_QUESTION' },
  { name: 'unsafe: SQL', query: ASK, variables: { q: "Engineering'; DROP TABLE employees; --" }, expect: 'UNSAFE_QUESTION' },
  { name: 'Engineering employees', query: ASK, variables: { q: 'Engineering employees' }, expect: 'OK' },
  { name: 'systemHealth', query: HEALTH, expect: 'OK' },
];

function codeOf(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const error = body.errors?.[0];
    if (error) return String(error.extensions?.code ?? 'NO_CODE');
    return body.data ? 'OK' : `HTTP_${status}_NO_DATA`;
  } catch {
    return `HTTP_${status}_NOT_JSON`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as T;
}

/** A gauge of the service's own /metrics (prom-client's process and Node.js collectors). */
async function metric(url: string, name: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
    const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function procRss(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

interface Started {
  url: string;
  pid: number | undefined;
  stop(): Promise<number | null>;
}

async function startService(): Promise<Started> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roster-load-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const log = createWriteStream(path.join(dir, 'service.log'));
  const child: ChildProcess = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...TYPESCRIPT_LOADER, 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_DATA_DIR: path.join(dir, 'postgres'),
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      AUTH_MODE: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    await rm(dir, { recursive: true, force: true });
    return code;
  };
  console.log(`starting the service (embedded PostgreSQL, default seed) in ${dir} ...`);
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) {
      console.error(await readFile(path.join(dir, 'service.log'), 'utf8').catch(() => ''));
      await stop();
      throw new Error('the service exited during start');
    }
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (performance.now() - started > 180_000) {
      await stop();
      throw new Error('the service was not ready within 180 s');
    }
    await sleep(250);
  }
  console.log(`ready in ${Math.round((performance.now() - started) / 1000)} s at ${url}`);
  return { url, pid: child.pid, stop };
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      requests: { type: 'string', default: '10000' },
      connections: { type: 'string', default: '50' },
    },
  });
  const amount = Number(values.requests);
  const connections = Number(values.connections);
  const service: Started = values.url ? { url: values.url.replace(/\/+$/, '').replace(/\/graphql$/, ''), pid: undefined, stop: async () => null } : await startService();
  const { url } = service;
  let exitCode: number | null = null;
  let failed = false;

  try {
    // Each request of the mix on its own first: a mismatch here is a setup problem, not load.
    for (const item of MIX) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: item.query, variables: item.variables ?? {} }),
      });
      const code = codeOf(response.status, await response.text());
      if (code !== item.expect) throw new Error(`"${item.name}" answered ${code}, expected ${item.expect} (rate limiting on? wrong data?)`);
    }

    const counts = new Map<string, { expected: number; unexpected: Map<string, number> }>();
    for (const item of MIX) counts.set(item.name, { expected: 0, unexpected: new Map() });
    const requests: AutocannonRequest[] = MIX.map((item) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: item.query, variables: item.variables ?? {} }),
      onResponse(status: number, body: string) {
        const code = codeOf(status, body);
        const entry = counts.get(item.name)!;
        if (code === item.expect) entry.expected++;
        else entry.unexpected.set(code, (entry.unexpected.get(code) ?? 0) + 1);
      },
    }));

    // Warm-up (JIT, caches, the pool and the heap at their working sizes), then the starting memory.
    console.log('warming up: 2000 requests ...');
    await autocannon({ url, connections, amount: 2000, timeout: 30, requests });
    for (const entry of counts.values()) {
      entry.expected = 0;
      entry.unexpected.clear();
    }
    const rssStart = { metrics: await metric(url, 'roster_process_resident_memory_bytes'), heap: await metric(url, 'roster_nodejs_heap_size_used_bytes'), proc: await procRss(service.pid) };

    // systemHealth.pool sampled through the run, and the server's memory once a second.
    const memory: { at: number; rss: number | null; heap: number | null }[] = [];
    const runStarted = performance.now();
    let memorySampling = true;
    const memorySampler = (async () => {
      while (memorySampling) {
        await sleep(1000);
        memory.push({
          at: performance.now() - runStarted,
          rss: (await procRss(service.pid)) ?? (await metric(url, 'roster_process_resident_memory_bytes')),
          heap: await metric(url, 'roster_nodejs_heap_size_used_bytes'),
        });
      }
    })();
    let sampling = true;
    const pool = { samples: 0, failures: 0, max: 0, maxUsed: 0, maxSize: 0, maxPending: 0, degraded: 0 };
    const sampler = (async () => {
      while (sampling) {
        try {
          const body = await graphql<{ data?: { systemHealth: { status: string; pool: { max: number; size: number; used: number; pendingAcquires: number } } } }>(url, HEALTH);
          const health = body.data!.systemHealth;
          pool.samples++;
          pool.max = health.pool.max;
          pool.maxUsed = Math.max(pool.maxUsed, health.pool.used);
          pool.maxSize = Math.max(pool.maxSize, health.pool.size);
          pool.maxPending = Math.max(pool.maxPending, health.pool.pendingAcquires);
          if (health.status !== 'HEALTHY') pool.degraded++;
        } catch {
          pool.failures++;
        }
        await sleep(100);
      }
    })();

    console.log(`running ${amount} requests over ${connections} connections ...`);
    const result = await autocannon({ url, connections, amount, timeout: 30, requests });
    sampling = false;
    memorySampling = false;
    await Promise.all([sampler, memorySampler]);
    await sleep(500);
    const rssEnd = { metrics: await metric(url, 'roster_process_resident_memory_bytes'), heap: await metric(url, 'roster_nodejs_heap_size_used_bytes'), proc: await procRss(service.pid) };

    let expected = 0;
    let unexpected = 0;
    const rows: string[][] = [['request', 'expected code', 'as expected', 'unexpected']];
    for (const item of MIX) {
      const entry = counts.get(item.name)!;
      if (rows.some((row) => row[0] === item.name)) continue; // listed once (systemHealth is in the mix twice)
      const other = [...entry.unexpected].map(([code, n]) => `${code} x${n}`).join(', ');
      rows.push([item.name, item.expect, String(entry.expected), other || '0']);
      expected += entry.expected;
      unexpected += [...entry.unexpected.values()].reduce((a, b) => a + b, 0);
    }
    const answered = expected + unexpected;

    const table = (data: string[][]) => {
      const widths = data[0]!.map((_, i) => Math.max(...data.map((row) => row[i]!.length)));
      for (const [n, row] of data.entries()) {
        console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
        if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
      }
    };
    console.log('');
    table(rows);
    console.log('');
    const rssGrowth = rssStart.metrics !== null && rssEnd.metrics !== null ? rssEnd.metrics - rssStart.metrics : null;
    table([
      ['figure', 'value'],
      ['requests sent / answered', `${result.requests.total} / ${answered}`],
      ['duration', `${result.duration.toFixed(1)} s`],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 / p90 / p99 / max', `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms`],
      ['expected answers (incl. refusals)', String(expected)],
      ['unexpected answers', String(unexpected)],
      ['transport errors / timeouts / non-2xx', `${result.errors} / ${result.timeouts} / ${result.non2xx}`],
      ['pool max (DB_POOL_MAX)', String(pool.max)],
      ['pool used max seen / size max seen', `${pool.maxUsed} / ${pool.maxSize}`],
      ['pool pending acquires max seen', String(pool.maxPending)],
      ['health samples (not HEALTHY) / failed', `${pool.samples} (${pool.degraded}) / ${pool.failures}`],
      ['server RSS start -> end (/metrics)', `${mb(rssStart.metrics)} -> ${mb(rssEnd.metrics)} (${rssGrowth === null ? 'n/a' : `${rssGrowth >= 0 ? '+' : ''}${mb(rssGrowth)}`})`],
      ['server RSS start -> end (/proc)', `${mb(rssStart.proc)} -> ${mb(rssEnd.proc)}`],
      ['server JS heap used start -> end', `${mb(rssStart.heap)} -> ${mb(rssEnd.heap)}`],
    ]);

    // RSS through the run, by quarter of its duration: a leak keeps climbing to the end, a heap
    // settling to its working size levels off.
    const quarters = [0.25, 0.5, 0.75, 1].map((q) => memory.filter((m) => m.at <= result.duration * 1000 * q).at(-1)?.rss ?? null);
    console.log(`server RSS through the run: start ${mb(rssStart.metrics)}, quarters ${quarters.map(mb).join(' / ')}, peak ${mb(Math.max(...memory.map((m) => m.rss ?? 0)))}`);

    const problems: string[] = [];
    if (unexpected > 0) problems.push(`${unexpected} unexpected answers`);
    if (result.errors > 0 || result.timeouts > 0) problems.push(`${result.errors} transport errors, ${result.timeouts} timeouts`);
    if (pool.samples === 0) problems.push('no pool sample');
    if (pool.maxUsed > pool.max || pool.maxSize > pool.max) problems.push(`pool went above its maximum ${pool.max}`);
    if (answered < amount) problems.push(`only ${answered} of ${amount} requests answered`);
    console.log('');
    const [, half, , end] = quarters;
    if (half != null && end != null) {
      const lateGrowth = end - half;
      console.log(`memory: ${lateGrowth < 0.1 * half ? 'flat' : 'STILL GROWING'} over the second half of the run (${lateGrowth >= 0 ? '+' : ''}${mb(lateGrowth)}; whole run ${mb(rssGrowth)})`);
    }
    if (problems.length) {
      failed = true;
      console.log(`FAILED: ${problems.join('; ')}`);
    } else {
      console.log('OK: every answer as expected, pool within its maximum');
    }
  } finally {
    exitCode = await service.stop();
    if (!values.url) console.log(`service stopped (exit code ${exitCode})`);
  }
  process.exit(failed || (exitCode !== null && exitCode !== 0) ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
