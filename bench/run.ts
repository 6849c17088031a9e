// npm run bench -- [--employees 100000] [--duration 10] [--warmup 10] [--rounds 2]
//                  [--connections 10,50] [--workloads W1,W2,...] [--systems roster,floor,postgraphile]
//                  [--same-load 0.5,0.75] [--explain] [--plan-modes generic|all] [--soak 60] [--cpu-prof] [--roster-flags "--single-threaded-gc"]
// Roster against the floor (node:http + pg running Roster's own SQL) and PostGraphile 5, one server
// process at a time on the same database, driven by autocannon. See bench/README.md.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { compareAnswers, fetchAnswer, requestBody, type Answer } from './answers.js';
import { prepareBenchDatabase } from './database.js';
import { explainWorkloads } from './explain.js';
import { comparePlanModes } from './plan-modes.js';
import { driveAtRate } from './fixed-rate.js';
import { summarize, summarizeSameLoad, toMarkdown, type Measurement, type SameLoadMeasurement } from './report.js';
import { cpuSeconds, processTreeCpuSeconds, sampleRss } from './process-stats.js';
import { startServer, SYSTEMS, type RunningServer, type SystemName } from './servers.js';
import { workloads as allWorkloads, type Workload } from './workloads.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10,50' },
    // Open-loop runs of Roster and the floor at the same request rate: these shares of Roster's
    // closed-loop requests/s at the fewest connections (0 turns them off).
    'same-load': { type: 'string', default: '0.5,0.75' },
    workloads: { type: 'string', default: 'W1,W2,W3,W4,W5,W6' },
    systems: { type: 'string', default: SYSTEMS.join(',') },
    'pool-max': { type: 'string', default: '20' },
    explain: { type: 'boolean', default: false },
    'plan-modes': { type: 'string' },
    soak: { type: 'string', default: '0' },
    'cpu-prof': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
    label: { type: 'string', default: '' },
    serve: { type: 'string' },
    'roster-dir': { type: 'string' },
    'floor-sql': { type: 'string', default: 'answer' },
    // Extra Node.js flags for Roster's process only: A/B runs of runtime settings (a table
    // comparing systems keeps every system on the same flags).
    'roster-flags': { type: 'string', default: '' },
  },
});

const employees = Number(values.employees);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const poolMax = Number(values['pool-max']);
const connectionCounts = values.connections.split(',').map(Number);
const selectedSystems = values.systems.split(',') as SystemName[];
// Roster runs first in the first round: the same-load rates are shares of its measured throughput.
const systems = [...selectedSystems.filter((s) => s === 'roster'), ...selectedSystems.filter((s) => s !== 'roster')];
const sameLoadShares = values['same-load'].split(',').map(Number).filter((share) => share > 0);
/** The systems the same-load runs compare: the issue's p99 target is Roster's against the floor's. */
const SAME_LOAD_SYSTEMS: readonly SystemName[] = ['roster', 'floor'];
/** The server is warm from the closed-loop runs of the workload; this lets it settle at the rate. */
const SAME_LOAD_WARMUP_SECONDS = 5;
/** the first seconds of the warm-up, over which the rate climbs from 0 (bench/fixed-rate.ts says why) */
const SAME_LOAD_RAMP_SECONDS = 3;
const rosterFlags = values['roster-flags'].split(/\s+/).filter(Boolean);
/** The evaluation questions (the shared development set when it is beside the repo). */
const PLAN_MODE_QUESTIONS = ['../shared/eval/dev.jsonl', 'test/eval/paraphrases.jsonl', 'test/eval/fresh-wordings.jsonl', 'test/eval/blind-wordings.jsonl'];
const log = (msg: string): void => console.log(`[bench] ${msg}`);

const db = await prepareBenchDatabase(employees, log);
const cleanup: (() => Promise<void>)[] = [db.stop];
if (db.postmasterPid === null) log('the database runs elsewhere: its CPU per request is not measured');

/**
 * CPU time the whole PostgreSQL server has used (NaN when it runs elsewhere): the systems share it
 * and the machine's cores, so what a system costs the database per request is part of its cost.
 */
function databaseCpuSeconds(): number {
  return db.postmasterPid === null ? Number.NaN : processTreeCpuSeconds(db.postmasterPid);
}
const stopAll = async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

try {
  const selected = allWorkloads().filter((w) => values.workloads.split(',').includes(w.id));
  if (values.serve) {
    // Keep one server up on the bench database (for profiling or poking at it) until Ctrl-C.
    await withServer(values.serve as SystemName, async (server) => {
      log(`${values.serve} (pid ${server.pid}) serving ${server.url}; Ctrl-C stops`);
      await new Promise(() => undefined);
    });
  } else if (values.explain) {
    await explainWorkloads(db.databaseUrl, selected);
  } else if (values['plan-modes'] !== undefined) {
    if (values['plan-modes'] !== 'generic' && values['plan-modes'] !== 'all') throw new Error('--plan-modes takes generic or all');
    await comparePlanModes(db.databaseUrl, selected[0] as Workload, PLAN_MODE_QUESTIONS, values['plan-modes']);
  } else if (Number(values.soak) > 0) {
    await soak(Number(values.soak), selected[0] as Workload);
  } else {
    await benchmark(selected);
  }
} finally {
  await stopAll();
}

async function withServer<T>(
  name: SystemName,
  fn: (server: RunningServer) => Promise<T>,
  extra: { nodeFlags?: string[]; onOutput?: (text: string) => void } = {},
): Promise<T> {
  const server = await startServer(name, {
    databaseUrl: db.databaseUrl,
    poolMax,
    ...(values['roster-dir'] ? { rosterDir: path.resolve(values['roster-dir']) } : {}),
    extraEnv: { FLOOR_SQL: values['floor-sql'] },
    nodeFlags: [
      ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values.out, 'profiles')] : []),
      ...(name === 'roster' ? rosterFlags : []),
      ...(extra.nodeFlags ?? []),
    ],
    ...(extra.onOutput ? { onOutput: extra.onOutput } : {}),
  });
  cleanup.push(server.stop);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

async function drive(server: RunningServer, workload: Workload, connections: number, seconds: number) {
  return autocannon({
    url: server.url,
    method: 'POST',
    connections,
    duration: seconds,
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    body: requestBody(server.name, workload),
  });
}

/**
 * autocannon stops counting at the end of a run, but the server still works off what it had
 * accepted; wait until a trivial request answers quickly before the next run starts.
 */
async function settle(server: RunningServer): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).catch(() => undefined);
    if (performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function benchmark(selected: Workload[]): Promise<void> {
  const reference = new Map<string, Answer>();
  const measurements: Measurement[] = [];
  const sameLoad: SameLoadMeasurement[] = [];
  /** per workload and share, the request rate every system is driven at; fixed at first use */
  const sameLoadRates = new Map<string, number>();
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order so neither system always runs first on a warm (or tired) machine.
    const order = round % 2 === 1 ? systems : [...systems].reverse();
    for (const name of order) {
      await withServer(name, async (server) => {
        for (const workload of selected) {
          const answer = await fetchAnswer(name, server.url, workload);
          if (answer) {
            const expected = reference.get(workload.id);
            if (!expected) reference.set(workload.id, answer);
            else {
              const difference = compareAnswers(expected, answer);
              if (difference) throw new Error(`${name} disagrees on ${workload.id}: ${difference}`);
            }
          }
        }
        log(`round ${round}: ${name} (pid ${server.pid}) answers agree`);
        for (const workload of selected) {
          for (const connections of connectionCounts) {
            await settle(server);
            if (warmup > 0) await drive(server, workload, connections, warmup);
            const rss = sampleRss(server.pid);
            const cpuBefore = cpuSeconds(server.pid);
            const databaseCpuBefore = databaseCpuSeconds();
            const result = await drive(server, workload, connections, duration);
            const cpuUsed = cpuSeconds(server.pid) - cpuBefore;
            const databaseCpuUsed = databaseCpuSeconds() - databaseCpuBefore;
            const samples = rss.stop();
            if (!server.alive) throw new Error(`${name} died during ${workload.id} with ${connections} connections`);
            const m: Measurement = {
              system: name,
              workload: workload.id,
              connections,
              round,
              requestsPerSecond: result.requests.total / result.duration,
              p50: result.latency.p50,
              p99: result.latency.p99,
              peakRssMb: Math.max(...samples) / 2 ** 20,
              cpuMsPerRequest: (cpuUsed * 1000) / Math.max(1, result.requests.total),
              databaseCpuMsPerRequest: (databaseCpuUsed * 1000) / Math.max(1, result.requests.total),
              errors: result.errors + result.timeouts,
              non2xx: result.non2xx,
            };
            measurements.push(m);
            log(
              `round ${round} ${name} ${workload.id} c=${connections}: ${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
                `RSS ${m.peakRssMb.toFixed(0)} MB, CPU ${m.cpuMsPerRequest.toFixed(2)} ms/request, database CPU ${m.databaseCpuMsPerRequest.toFixed(2)}${m.errors + m.non2xx > 0 ? `, ${m.errors} errors, ${m.non2xx} non-2xx` : ''}`,
            );
          }
          if (SAME_LOAD_SYSTEMS.includes(name) && workload.question !== null) {
            sameLoad.push(...(await runAtSameLoad(server, workload, round, measurements, sameLoadRates)));
          }
        }
      });
    }
  }

  const meta = {
    date: new Date().toISOString(),
    label: values.label,
    rosterDir: values['roster-dir'] ?? '.',
    rosterFlags: rosterFlags.join(' '),
    floorSql: values['floor-sql'],
    employees,
    durationSeconds: duration,
    warmupSeconds: warmup,
    rounds,
    poolMax,
    sameLoadWarmupSeconds: SAME_LOAD_WARMUP_SECONDS,
    sameLoadRampSeconds: SAME_LOAD_RAMP_SECONDS,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
  };
  const summary = summarize(measurements, selected);
  const sameLoadSummary = summarizeSameLoad(sameLoad);
  const markdown = toMarkdown(meta, summary, selected, sameLoadSummary);
  console.log(`\n${markdown}`);
  await mkdir(values.out, { recursive: true });
  const stem = path.join(values.out, `${meta.date.slice(0, 19).replaceAll(':', '-')}-${employees}${values.label ? `-${values.label}` : ''}`);
  await writeFile(`${stem}.md`, markdown);
  await writeFile(`${stem}.json`, `${JSON.stringify({ meta, summary, measurements, sameLoadSummary, sameLoad }, null, 2)}\n`);
  log(`wrote ${stem}.md and ${stem}.json`);
}

/**
 * The server under one workload at each same-load share of Roster's closed-loop throughput (its first
 * run at the fewest connections), open loop: one run whose first seconds warm up, the rate climbing
 * from 0 and then holding (the client's connections opened as the rate needs them), and are not
 * counted. The rate is
 * fixed the first time it is needed, so every system and round gets the same one.
 */
async function runAtSameLoad(
  server: RunningServer,
  workload: Workload,
  round: number,
  measured: readonly Measurement[],
  rates: Map<string, number>,
): Promise<SameLoadMeasurement[]> {
  const fewest = Math.min(...connectionCounts);
  const rosterRun = measured.find((m) => m.system === 'roster' && m.workload === workload.id && m.connections === fewest);
  if (!rosterRun) return [];
  const results: SameLoadMeasurement[] = [];
  for (const share of sameLoadShares) {
    const key = `${workload.id}@${share}`;
    const rate = rates.get(key) ?? Math.max(1, Math.round(share * rosterRun.requestsPerSecond));
    rates.set(key, rate);
    await settle(server);
    const body = requestBody(server.name, workload);
    const r = await driveAtRate({ url: server.url, body, rate, seconds: duration, warmupSeconds: SAME_LOAD_WARMUP_SECONDS, rampSeconds: SAME_LOAD_RAMP_SECONDS });
    const m: SameLoadMeasurement = { system: server.name, workload: workload.id, share, rate, round, p50: r.p50, p90: r.p90, p99: r.p99, max: r.max, failed: r.failed, achievedRate: r.achievedRate };
    results.push(m);
    log(
      `round ${round} ${server.name} ${workload.id} at ${rate} req/s (${share} of Roster's): p50 ${m.p50.toFixed(1)}, p90 ${m.p90.toFixed(1)}, ` +
        `p99 ${m.p99.toFixed(1)}, max ${m.max.toFixed(0)} ms${m.failed > 0 ? `, ${m.failed} failed` : ''}`,
    );
  }
  return results;
}

/** Roster alone under one workload for `seconds`, RSS sampled every second: is memory flat? */
async function soak(seconds: number, workload: Workload): Promise<void> {
  // The JS heap after a forced full GC, a third of the way, two thirds and at the end of the run.
  const heapAfterGc: number[] = [];
  const onOutput = (text: string) => {
    for (const match of text.matchAll(/\[heap-after-gc\] (\d+)/g)) heapAfterGc.push(Number(match[1]) / 2 ** 20);
  };
  const nodeFlags = ['--expose-gc', `--import=${path.resolve('bench/heap-after-gc.mjs')}`];
  await withServer(
    'roster',
    async (server) => {
      const rss = sampleRss(server.pid, 1000);
      const collect = [1, 2, 3].map((i) => setTimeout(() => process.kill(server.pid, 'SIGUSR2'), (i * seconds * 1000) / 3 - 500));
      const result = await drive(server, workload, connectionCounts[connectionCounts.length - 1] ?? 50, seconds);
      collect.forEach(clearTimeout);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const samples = rss.stop().map((b) => b / 2 ** 20);
      // RSS is a sawtooth (the heap grows until a GC): compare the troughs, third by third.
      const third = Math.max(1, Math.floor(samples.length / 3));
      const troughs = [0, 1, 2].map((i) => Math.min(...samples.slice(i * third, (i + 1) * third)));
      log(`soak ${workload.id} ${seconds} s: ${(result.requests.total / result.duration).toFixed(0)} req/s`);
      log(`RSS MB per second: ${samples.map((s) => s.toFixed(0)).join(' ')}`);
      log(`RSS troughs by third: ${troughs.map((t) => t.toFixed(0)).join(' / ')} MB; peak ${Math.max(...samples).toFixed(0)} MB`);
      log(`JS heap after a full GC at the end of each third: ${heapAfterGc.map((h) => h.toFixed(1)).join(' / ')} MB`);
    },
    { nodeFlags, onOutput },
  );
}
