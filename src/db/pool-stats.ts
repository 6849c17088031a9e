// Connection pool figures for health checks and /metrics, read from MikroORM's knex client pool
// (a tarn pool). Before the pool exists (or after close) every count is zero.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';

export interface PoolStatistics {
  min: number;
  max: number;
  /** Open connections: used + idle. */
  size: number;
  used: number;
  idle: number;
  pendingAcquires: number;
  pendingCreates: number;
}

interface TarnPool {
  min?: number;
  max?: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

export function poolStats(orm: MikroORM<PostgreSqlDriver>): PoolStatistics {
  const configured = orm.config.get('pool') ?? {};
  const stats: PoolStatistics = {
    min: configured.min ?? 0,
    max: configured.max ?? 0,
    size: 0,
    used: 0,
    idle: 0,
    pendingAcquires: 0,
    pendingCreates: 0,
  };
  let pool: TarnPool | undefined;
  try {
    const knex = orm.em.getDriver().getConnection().getKnex() as unknown as { client?: { pool?: TarnPool } };
    pool = knex.client?.pool;
  } catch {
    return stats; // no connection yet
  }
  if (!pool || typeof pool.numUsed !== 'function') return stats;
  stats.min = pool.min ?? stats.min;
  stats.max = pool.max ?? stats.max;
  stats.used = pool.numUsed();
  stats.idle = pool.numFree();
  stats.size = stats.used + stats.idle;
  stats.pendingAcquires = pool.numPendingAcquires();
  stats.pendingCreates = pool.numPendingCreates();
  return stats;
}
