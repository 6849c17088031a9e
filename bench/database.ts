// The benchmark database: DATABASE_URL when given, otherwise an embedded PostgreSQL of its own per
// directory size (.data/bench/<employees>), migrated and seeded once. A later run that finds the
// right number of employees reuses it; any other number is replaced (seed --truncate).
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { migrateUp } from '../src/db/migrate.js';
import { createOrm } from '../src/db/orm.js';
import { seedDatabase, vacuumAnalyze } from '../src/db/seed.js';
import { processIdentity } from './process-stats.js';

export const BENCH_PG_PORT = 54339;
const SEED = 42;

export interface BenchDatabase {
  databaseUrl: string;
  employees: number;
  /**
   * The PostgreSQL server's main process (the postmaster) when it runs on this machine, so that the
   * CPU the database spends per request can be read; null for a database elsewhere.
   */
  postmasterPid: number | null;
  stop(): Promise<void>;
}

/**
 * The postmaster is the parent of every backend: found through this connection's own backend,
 * and only trusted when both processes are PostgreSQL's (a database in a container or on another
 * host has a backend pid that means nothing here).
 */
async function localPostmaster(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  const backend = processIdentity(Number(rows[0]?.pid));
  if (backend?.name !== 'postgres') return null;
  return processIdentity(backend.parentPid)?.name === 'postgres' ? backend.parentPid : null;
}

export async function prepareBenchDatabase(employees: number, log: (msg: string) => void): Promise<BenchDatabase> {
  let databaseUrl = process.env.DATABASE_URL;
  let stop = async (): Promise<void> => {};
  if (!databaseUrl) {
    const dataDir = path.resolve('.data/bench', String(employees));
    const embedded = await startEmbeddedPostgres({ dataDir, port: BENCH_PG_PORT });
    log(`embedded PostgreSQL ${embedded.initialised ? 'initialised' : 'reused'} at ${dataDir} (port ${BENCH_PG_PORT})`);
    databaseUrl = embedded.databaseUrl;
    stop = embedded.stop;
  }

  const orm = await createOrm({ databaseUrl, pool: { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 } });
  try {
    const applied = await migrateUp(orm);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  } finally {
    await orm.close(true);
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let postmasterPid: number | null;
  try {
    postmasterPid = await localPostmaster(client);
    const { rows } = await client.query<{ n: string }>('select count(*) as n from employees');
    const present = Number(rows[0]?.n ?? 0);
    if (present === employees) {
      log(`reusing the seeded database: ${employees.toLocaleString('en-US')} employees`);
      // A database seeded before the seeder kept commits synchronous may lack its visibility map.
      await vacuumAnalyze(client, ['departments', 'employees', 'leaves']);
    } else {
      log(`seeding ${employees.toLocaleString('en-US')} employees (found ${present.toLocaleString('en-US')})…`);
      const result = await seedDatabase(client, { employees, seed: SEED, truncate: true });
      log(`seeded in ${(result.ms / 1000).toFixed(1)} s`);
    }
  } finally {
    await client.end();
  }
  return { databaseUrl, employees, postmasterPid, stop };
}
