// Migrations at start. A database that is down when the process starts must not stop it: the
// service comes up unready (/readyz 503, systemHealth UNHEALTHY) and keeps trying in the background
// until the migrations are applied. A migration that fails for any other reason is fatal.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { isConnectionFailure, isPoolAcquireTimeout } from '../query/database-errors.js';
import { migrateUp } from './migrate.js';

const RETRY_MS = 2000;

export interface MigrationsOnStart {
  /** resolves when the migrations have been applied */
  readonly done: Promise<void>;
  /** true once they have: until then the schema or the reader role may be missing */
  readonly applied: boolean;
  stop(): void;
}

export async function migrateOnStart(orm: MikroORM<PostgreSqlDriver>, log: Logger): Promise<MigrationsOnStart> {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let applied = false;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  const attempt = async (): Promise<boolean> => {
    try {
      const names = await migrateUp(orm);
      if (names.length) log.info({ applied: names }, 'migrations applied');
      applied = true;
      resolveDone();
      return true;
    } catch (error) {
      if (!isConnectionFailure(error) && !isPoolAcquireTimeout(error)) throw error;
      log.warn({ retryInMs: RETRY_MS }, 'database unreachable: migrations will be retried');
      return false;
    }
  };

  const retry = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      attempt().then(
        (ok) => ok || retry(),
        (error: unknown) => log.error({ err: error }, 'migration failed'),
      );
    }, RETRY_MS);
    timer.unref();
  };

  if (!(await attempt())) retry();
  return {
    done,
    get applied() {
      return applied;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
