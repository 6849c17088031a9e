// Borrowing raw pg connections from MikroORM's pool (knex's tarn pool). The ask path runs plain
// statements on them and reads plain rows: no entity hydration on a read-only path.
//
// The source also remembers whether the pool's last attempt to open a connection failed. While it
// has, the database is taken to be down and a request waits at most FAST_FAIL_MS for a connection
// before answering DATABASE_UNAVAILABLE, instead of the whole acquire timeout; its acquire stays
// queued, so the pool keeps trying and recovers by itself when the database is back.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type pg from 'pg';

export type PgConnection = pg.ClientBase & { __knex__disposed?: unknown };

export const FAST_FAIL_MS = 1000;

/** No connection could be opened: the database is down or unreachable. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

export interface ConnectionSource {
  acquire(): Promise<PgConnection>;
  /** `broken`: the connection failed and must not be reused. */
  release(connection: PgConnection, broken?: unknown): void;
  /** true after a failed connection attempt, until one succeeds */
  readonly databaseUnreachable: boolean;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
  pool?: { on(event: 'createFail' | 'createSuccess', listener: () => void): void };
}

export function ormConnectionSource(orm: MikroORM<PostgreSqlDriver>): ConnectionSource {
  const client = orm.em.getConnection().getKnex().client as unknown as KnexClient;
  let lastCreateFailed = false;
  client.pool?.on('createFail', () => {
    lastCreateFailed = true;
  });
  client.pool?.on('createSuccess', () => {
    lastCreateFailed = false;
  });

  const release = (connection: PgConnection, broken?: unknown) => {
    // knex's pool validates connections on acquire and destroys the ones marked disposed.
    if (broken !== undefined) connection.__knex__disposed = broken;
    void client.releaseConnection(connection);
  };

  async function acquireFast(): Promise<PgConnection> {
    const acquiring = client.acquireConnection();
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseUnreachableError('no database connection could be opened')), FAST_FAIL_MS);
    });
    try {
      return await Promise.race([acquiring, gaveUp]);
    } catch (error) {
      // A connection that arrives after we gave up goes straight back.
      acquiring.then((late) => release(late), () => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get databaseUnreachable() {
      return lastCreateFailed;
    },
    async acquire() {
      try {
        return lastCreateFailed ? await acquireFast() : await client.acquireConnection();
      } catch (error) {
        if (lastCreateFailed && !(error instanceof DatabaseUnreachableError)) {
          throw new DatabaseUnreachableError('no database connection could be opened');
        }
        throw error;
      }
    },
    release,
  };
}
