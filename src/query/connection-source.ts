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

/**
 * Opens `count` of the pool's connections now, all at once, and hands them back: how many opened.
 *
 * Why: the pool opens a connection when a request finds none free, one for every waiting request
 * at once. Each costs a PostgreSQL backend, its SCRAM exchange on both ends and a cold catalog
 * cache, ~80 ms and a share of both cores here, so a 10 ms hiccup that left a dozen requests
 * waiting turned into a burst of new connections and a 130-250 ms stall (bench/results/NOTES.md,
 * session 9). Opened at start and kept (DB_POOL_MIN defaults to DB_POOL_MAX), none is opened
 * under load unless one breaks.
 */
export async function openConnections(source: ConnectionSource, count: number): Promise<number> {
  const attempts = await Promise.allSettled(Array.from({ length: count }, () => source.acquire()));
  let opened = 0;
  for (const attempt of attempts) {
    if (attempt.status !== 'fulfilled') continue;
    source.release(attempt.value);
    opened++;
  }
  return opened;
}
