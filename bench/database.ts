// The benchmark database: DATABASE_URL when given, otherwise an embedded PostgreSQL of its own per
// directory size (.data/bench/<employees>), migrated and seeded once. A later run that finds the
// right number of employees reuses it; any other number is replaced (seed --truncate).
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { migrateUp } from '../src/db/migrate.js';
import { createOrm } from '../src/db/orm.js';
import { seedDatabase, vacuumAnalyze } from '../src/db/seed.js';

export const BENCH_PG_PORT = 54339;
const SEED = 42;

export interface BenchDatabase {
  databaseUrl: string;
  employees: number;
  stop(): Promise<void>;
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
  try {
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
  return { databaseUrl, employees, stop };
}
