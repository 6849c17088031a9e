// MikroORM configuration and construction. The schema comes from the migrations (an explicit list,
// no file globbing), never from the entities, and no EntityManager is usable without a fork.
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations/index.js';
import { entities } from './entities.js';

export interface PoolOptions {
  min: number;
  max: number;
  /** How long a query waits for a free connection before failing. */
  acquireTimeoutMs: number;
  /** How long an unused connection above `min` stays open. */
  idleTimeoutMs: number;
}

export interface OrmOptions {
  databaseUrl: string;
  pool: PoolOptions;
  /** Log every query MikroORM runs (off by default). */
  debug?: boolean;
}

export function createOrmConfig(options: OrmOptions): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    entities,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // Never diff the entities against the database: migrations are written by hand.
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    pool: {
      min: options.pool.min,
      max: options.pool.max,
      acquireTimeoutMillis: options.pool.acquireTimeoutMs,
      // A connection attempt that hangs should fail about as fast as waiting for a free one would.
      createTimeoutMillis: options.pool.acquireTimeoutMs,
      idleTimeoutMillis: options.pool.idleTimeoutMs,
      // Let a failed connect be retried until acquireTimeoutMillis instead of failing the acquire.
      propagateCreateError: false,
    },
    ensureDatabase: false,
    allowGlobalContext: false,
    debug: options.debug ?? false,
  };
}

export async function createOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init<PostgreSqlDriver>(createOrmConfig(options));
}
