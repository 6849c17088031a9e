// Medians over rounds, the ratios the issue sets targets for, and the markdown table.
import type { SystemName } from './servers.js';
import type { Workload } from './workloads.js';

export interface Measurement {
  system: SystemName;
  workload: string;
  connections: number;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  /** the server process's CPU time (all threads) over the measured run, per request completed */
  cpuMsPerRequest: number;
  /** the database server's CPU time (all its processes) over the measured run, per request; NaN when not measured */
  databaseCpuMsPerRequest: number;
  errors: number;
  non2xx: number;
}

/** One open-loop run at a fixed request rate (bench/fixed-rate.ts). */
export interface SameLoadMeasurement {
  system: SystemName;
  workload: string;
  /** the rate as a share of Roster's closed-loop requests/s at the fewest connections */
  share: number;
  rate: number;
  round: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failed: number;
  achievedRate: number;
}

export interface SameLoadRow {
  workload: string;
  share: number;
  rate: number;
  systems: Partial<Record<SystemName, { p50: number; p90: number; p99: number; max: number; failed: number; rounds: number; p99ByRound: number[] }>>;
  p99OverFloor: number | null;
}

export interface Cell {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  cpuMsPerRequest: number;
  databaseCpuMsPerRequest: number;
  failures: number;
  rounds: number;
}

export interface Row {
  workload: string;
  connections: number;
  systems: Partial<Record<SystemName, Cell>>;
  rosterOverFloor: number | null;
  rosterOverPostgraphile: number | null;
  p99OverFloor: number | null;
  cpuOverFloor: number | null;
}

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** a / b, or null when either is missing (or b is 0) */
function ratio(a?: number, b?: number): number | null {
  return a !== undefined && b ? a / b : null;
}

export function summarize(measurements: Measurement[], workloads: Workload[]): Row[] {
  const rows: Row[] = [];
  const connections = [...new Set(measurements.map((m) => m.connections))];
  for (const workload of workloads) {
    for (const c of connections) {
      const systems: Row['systems'] = {};
      for (const system of ['roster', 'floor', 'postgraphile'] as const) {
        const ms = measurements.filter((m) => m.system === system && m.workload === workload.id && m.connections === c);
        if (ms.length === 0) continue;
        systems[system] = {
          requestsPerSecond: median(ms.map((m) => m.requestsPerSecond)),
          p50: median(ms.map((m) => m.p50)),
          p99: median(ms.map((m) => m.p99)),
          peakRssMb: Math.max(...ms.map((m) => m.peakRssMb)),
          cpuMsPerRequest: median(ms.map((m) => m.cpuMsPerRequest)),
          databaseCpuMsPerRequest: median(ms.map((m) => m.databaseCpuMsPerRequest)),
          failures: ms.reduce((n, m) => n + m.errors + m.non2xx, 0),
          rounds: ms.length,
        };
      }
      rows.push({
        workload: workload.id,
        connections: c,
        systems,
        rosterOverFloor: ratio(systems.roster?.requestsPerSecond, systems.floor?.requestsPerSecond),
        rosterOverPostgraphile: ratio(systems.roster?.requestsPerSecond, systems.postgraphile?.requestsPerSecond),
        p99OverFloor: ratio(systems.roster?.p99, systems.floor?.p99),
        cpuOverFloor: ratio(systems.roster?.cpuMsPerRequest, systems.floor?.cpuMsPerRequest),
      });
    }
  }
  return rows;
}

/** Medians over rounds of the open-loop runs, per workload and load share. */
export function summarizeSameLoad(measurements: readonly SameLoadMeasurement[]): SameLoadRow[] {
  const rows: SameLoadRow[] = [];
  const keys = [...new Set(measurements.map((m) => `${m.workload}\u0000${m.share}`))];
  for (const key of keys) {
    const ms = measurements.filter((m) => `${m.workload}\u0000${m.share}` === key);
    const first = ms[0] as SameLoadMeasurement;
    const systems: SameLoadRow['systems'] = {};
    for (const system of ['roster', 'floor', 'postgraphile'] as const) {
      const own = ms.filter((m) => m.system === system);
      if (own.length === 0) continue;
      systems[system] = {
        p50: median(own.map((m) => m.p50)),
        p90: median(own.map((m) => m.p90)),
        p99: median(own.map((m) => m.p99)),
        max: Math.max(...own.map((m) => m.max)),
        failed: own.reduce((n, m) => n + m.failed, 0),
        rounds: own.length,
        // One stalled round moves a median of two by 2-4x on a shared machine: the rounds are shown too.
        p99ByRound: [...own].sort((a, b) => a.round - b.round).map((m) => m.p99),
      };
    }
    rows.push({ workload: first.workload, share: first.share, rate: first.rate, systems, p99OverFloor: ratio(systems.roster?.p99, systems.floor?.p99) });
  }
  return rows;
}

const fixed = (x: number | null | undefined, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

export function toMarkdown(meta: Record<string, unknown>, rows: Row[], workloads: Workload[], sameLoad: readonly SameLoadRow[] = []): string {
  const lines = [
    `# Roster benchmark, ${Number(meta.employees).toLocaleString('en-US')} employees`,
    '',
    `${meta.date}${meta.label ? ` (${meta.label})` : ''}. Node ${meta.node} for all three servers (PostGraphile with the ` +
      `Promise.withResolvers polyfill), ${meta.cpus} × ${meta.cpuModel}, shared with PostgreSQL and autocannon. ` +
      `Warm-up ${meta.warmupSeconds} s, measured ${meta.durationSeconds} s, medians of ${meta.rounds} alternating rounds; ` +
      `pool max ${meta.poolMax} for every system. Latencies in ms (autocannon, 1 ms resolution); RSS is the server process's peak; CPU is the server process's CPU time (all threads) per request, ` +
      `steadier than requests/s on a shared machine; DB CPU is the PostgreSQL server's (all its processes) per request, which shares the same cores. ` +
      `Roster from ${meta.rosterDir}${meta.rosterFlags ? ` with extra Node flags ${meta.rosterFlags}` : ''}; the floor ran ${meta.floorSql === 'batched' ? 'the page query, then the batched look-ups' : "Roster's answer statement"}.`,
    '',
    '| workload | conns | Roster req/s | floor req/s | PostGraphile req/s | Roster/floor | Roster/PG | Roster p50 / p99 | floor p50 / p99 | PG p50 / p99 | p99 Roster/floor | RSS MB R / F / PG | CPU ms/req R / F / PG | CPU Roster/floor | DB CPU ms/req R / F / PG |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const { roster: r, floor: f, postgraphile: p } = row.systems;
    const failures = (r?.failures ?? 0) + (f?.failures ?? 0) + (p?.failures ?? 0);
    lines.push(
      `| ${row.workload} | ${row.connections} | ${fixed(r?.requestsPerSecond)} | ${fixed(f?.requestsPerSecond)} | ${fixed(p?.requestsPerSecond)} | ` +
        `${fixed(row.rosterOverFloor, 2)} | ${fixed(row.rosterOverPostgraphile, 2)} | ${fixed(r?.p50)} / ${fixed(r?.p99)} | ` +
        `${fixed(f?.p50)} / ${fixed(f?.p99)} | ${fixed(p?.p50)} / ${fixed(p?.p99)} | ${fixed(row.p99OverFloor, 2)} | ` +
        `${fixed(r?.peakRssMb)} / ${fixed(f?.peakRssMb)} / ${fixed(p?.peakRssMb)} | ` +
        `${fixed(r?.cpuMsPerRequest, 2)} / ${fixed(f?.cpuMsPerRequest, 2)} / ${fixed(p?.cpuMsPerRequest, 2)} | ${fixed(row.cpuOverFloor, 2)} | ` +
        `${fixed(r?.databaseCpuMsPerRequest, 2)} / ${fixed(f?.databaseCpuMsPerRequest, 2)} / ${fixed(p?.databaseCpuMsPerRequest, 2)} |${failures > 0 ? ` ⚠ ${failures} failed requests` : ''}`,
    );
  }
  if (sameLoad.length > 0) {
    lines.push(
      '',
      '## At the same load (open loop)',
      '',
      "Roster and the floor driven at the same fixed request rate, a share of Roster's closed-loop requests/s at the fewest " +
        'connections: requests leave on schedule whatever the server does, and each latency runs from when the request was due ' +
        "(bench/fixed-rate.ts). Closed-loop latencies at saturation mostly restate throughput; these compare the servers' " +
        `response times under one and the same load. One run per rate: its first ${meta.sameLoadWarmupSeconds} s warm up and are not counted (the rate climbing from 0 over the first ${meta.sameLoadRampSeconds} s, so connections open as the rate needs them), the next ${meta.durationSeconds} s are measured; medians of the rounds, and each round's p99 in round order; ms.`,
      '',
      '| workload | load | req/s | Roster p50 / p90 / p99 | floor p50 / p90 / p99 | p99 Roster/floor | p99 by round, Roster; floor |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    const times = (c?: { p50: number; p90: number; p99: number }) => (c ? `${c.p50.toFixed(1)} / ${c.p90.toFixed(1)} / ${c.p99.toFixed(1)}` : '–');
    const byRound = (c?: { p99ByRound: number[] }) => (c ? c.p99ByRound.map((p99) => p99.toFixed(1)).join(', ') : '–');
    for (const row of sameLoad) {
      const failures = (row.systems.roster?.failed ?? 0) + (row.systems.floor?.failed ?? 0);
      lines.push(
        `| ${row.workload} | ${Math.round(row.share * 100)} % | ${row.rate} | ${times(row.systems.roster)} | ${times(row.systems.floor)} | ` +
          `${fixed(row.p99OverFloor, 2)} | ${byRound(row.systems.roster)}; ${byRound(row.systems.floor)} |${failures > 0 ? ` ⚠ ${failures} failed requests` : ''}`,
      );
    }
  }
  lines.push('', 'Workloads:', '');
  for (const w of workloads) lines.push(`- ${w.id}: ${w.question ? `"${w.question}", first ${w.first}` : w.title}`);
  lines.push(
    '',
    'W6: Roster and the floor answer systemHealth (version, applied migrations, pool); PostGraphile, having no such field, ' +
      'reads the migrations table through its generated connection.',
    '',
  );
  return lines.join('\n');
}
