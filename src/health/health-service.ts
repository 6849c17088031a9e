// The report behind systemHealth and /readyz: database, pool and migrations, and the status they
// add up to. Checks never touch the request pool (see HealthProbe); concurrent callers share one
// probe in flight.
import type { PoolStatistics } from '../db/pool-stats.js';
import type { ProbeResult } from './health-probe.js';

export type HealthStatus = 'HEALTHY' | 'DEGRADED' | 'UNHEALTHY';

/** utilization at or above this is DEGRADED */
export const POOL_UTILIZATION_DEGRADED = 0.9;

/** One check in the spirit of the IETF health-check format (draft-inadarei-api-health-check). */
export interface HealthCheck {
  name: string;
  status: 'pass' | 'warn' | 'fail';
  observedValue: number | null;
  observedUnit: string;
  message: string | null;
}

export interface HealthReport {
  status: HealthStatus;
  checkedAt: string;
  uptimeSeconds: number;
  version: string;
  database: { reachable: boolean; latencyMs: number | null; serverVersion: string | null; error: string | null };
  pool: PoolStatistics & { utilization: number; acquireTimeouts: number };
  migrations: { applied: number; pending: number; latest: string | null; pendingNames: string[] };
  checks: HealthCheck[];
}

function checksOf(report: Omit<HealthReport, 'checks'>): HealthCheck[] {
  const { database, pool, migrations } = report;
  return [
    {
      name: 'database:responseTime',
      status: database.reachable ? 'pass' : 'fail',
      observedValue: database.latencyMs,
      observedUnit: 'ms',
      message: database.error,
    },
    {
      name: 'database:migrations',
      status: !database.reachable ? 'fail' : migrations.pending > 0 ? 'warn' : 'pass',
      observedValue: database.reachable ? migrations.pending : null,
      observedUnit: 'pending migrations',
      message: migrations.pending > 0 ? `pending: ${migrations.pendingNames.join(', ')}` : null,
    },
    {
      name: 'connectionPool:utilization',
      status: pool.utilization >= POOL_UTILIZATION_DEGRADED ? 'warn' : 'pass',
      observedValue: pool.utilization,
      observedUnit: 'ratio of DB_POOL_MAX in use',
      message: `${pool.used} of ${pool.max} connections in use`,
    },
    {
      name: 'connectionPool:pendingAcquires',
      status: pool.pendingAcquires > 0 ? 'warn' : 'pass',
      observedValue: pool.pendingAcquires,
      observedUnit: 'requests waiting for a connection',
      message: pool.acquireTimeouts > 0 ? `${pool.acquireTimeouts} requests gave up waiting since start` : null,
    },
  ];
}

export interface HealthSources {
  probe(): Promise<ProbeResult>;
  poolStatistics(): PoolStatistics;
  /** every migration this build knows, in order */
  knownMigrations: readonly string[];
  version: string;
  startedAt: number;
}

export class HealthService {
  private inFlight: Promise<HealthReport> | null = null;
  private acquireTimeouts = 0;

  constructor(private readonly sources: HealthSources) {}

  recordAcquireTimeout(): void {
    this.acquireTimeouts++;
  }

  check(): Promise<HealthReport> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async run(): Promise<HealthReport> {
    const probe = await this.sources.probe();
    const stats = this.sources.poolStatistics();
    const applied = new Set(probe.appliedMigrations);
    const pendingNames = probe.reachable ? this.sources.knownMigrations.filter((name) => !applied.has(name)) : [];
    const utilization = stats.max > 0 ? Math.round((stats.used / stats.max) * 1000) / 1000 : 0;
    const degraded = utilization >= POOL_UTILIZATION_DEGRADED || stats.pendingAcquires > 0 || pendingNames.length > 0;
    const report: Omit<HealthReport, 'checks'> = {
      status: !probe.reachable ? 'UNHEALTHY' : degraded ? 'DEGRADED' : 'HEALTHY',
      checkedAt: new Date().toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.sources.startedAt) / 1000),
      version: this.sources.version,
      database: {
        reachable: probe.reachable,
        latencyMs: probe.latencyMs,
        serverVersion: probe.serverVersion,
        error: probe.error,
      },
      pool: { ...stats, utilization, acquireTimeouts: this.acquireTimeouts },
      migrations: {
        applied: probe.appliedMigrations.length,
        pending: pendingNames.length,
        latest: probe.appliedMigrations[probe.appliedMigrations.length - 1] ?? null,
        pendingNames,
      },
    };
    return { ...report, checks: checksOf(report) };
  }
}
