// Borrowing raw pg connections from MikroORM's pool (knex's tarn pool). The ask path runs plain
// statements on them and reads plain rows: no entity hydration on a read-only path.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type pg from 'pg';

export type PgConnection = pg.ClientBase & { __knex__disposed?: unknown };

export interface ConnectionSource {
  acquire(): Promise<PgConnection>;
  /** `broken`: the connection failed and must not be reused. */
  release(connection: PgConnection, broken?: unknown): void;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

export function ormConnectionSource(orm: MikroORM<PostgreSqlDriver>): ConnectionSource {
  const client = orm.em.getConnection().getKnex().client as unknown as KnexClient;
  return {
    acquire: () => client.acquireConnection(),
    release(connection, broken) {
      // knex's pool validates connections on acquire and destroys the ones marked disposed.
      if (broken !== undefined) connection.__knex__disposed = broken;
      void client.releaseConnection(connection);
    },
  };
}
