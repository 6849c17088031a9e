// npm run seed -- --employees 2000 --seed 42 [--truncate]
// Seeds DATABASE_URL, or when it is unset the embedded PostgreSQL the service uses (.data/postgres
// and port 54329, or EMBEDDED_PG_DATA_DIR / EMBEDDED_PG_PORT), after applying the migrations.
// Prints what it wrote and how long it took; --verbose adds the phases and PostgreSQL's log.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrateUp } from './migrate.js';
import { createOrm } from './orm.js';
import { seedDatabase } from './seed.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    truncate: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const employees = Number(values.employees);
const seed = Number(values.seed);
if (!Number.isInteger(employees) || !Number.isInteger(seed)) {
  console.error('usage: npm run seed -- --employees 2000 --seed 42 [--truncate] [--verbose]');
  process.exit(2);
}

const log = (msg: string): void => console.log(msg);
let stopEmbedded = async (): Promise<void> => {};
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(process.env.EMBEDDED_PG_DATA_DIR?.trim() || '.data/postgres'),
    port,
    ...(values.verbose ? { log } : {}),
  });
  log(`embedded PostgreSQL on port ${port} ${embedded.initialised ? 'initialised' : 'started'} in ${embedded.startMs} ms`);
  databaseUrl = embedded.databaseUrl;
  stopEmbedded = embedded.stop;
}

try {
  const orm = await createOrm({ databaseUrl, pool: { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 } });
  try {
    const applied = await migrateUp(orm);
    log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'migrations up to date');
  } finally {
    await orm.close(true);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await seedDatabase(client, { employees, seed, truncate: values.truncate, ...(values.verbose ? { log } : {}) });
    if (!values.verbose) log(`seeded ${result.employees} employees, ${result.leaves} leaves, ${result.departments} departments in ${result.ms} ms`);
  } finally {
    await client.end();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await stopEmbedded();
}
