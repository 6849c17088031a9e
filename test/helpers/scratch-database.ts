// Real databases for tests: a PostgreSQL of the test's own (embedded, in a temporary directory, on a
// free port), or a scratch database on DATABASE_URL's server (dropped afterwards; the given database
// is never touched). Migrated, and seeded, when asked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { migrateUp } from '../../src/db/migrate.js';
import { createOrm } from '../../src/db/orm.js';
import { seedDatabase } from '../../src/db/seed.js';
import { freePort } from '../../scripts/free-port.js';
import { withClient } from './with-client.js';

export { freePort };

export interface ScratchDatabase {
  databaseUrl: string;
  embedded: { dataDir: string; port: number } | null;
  drop(): Promise<void>;
}

export interface TemporaryPostgres {
  databaseUrl: string;
  dataDir: string;
  port: number;
  /** stops the server and deletes its data */
  destroy(): Promise<void>;
}

/** An embedded PostgreSQL in a new temporary directory (named after `purpose`) on a free port. */
export async function startTemporaryPostgres(purpose: string): Promise<TemporaryPostgres> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `roster-${purpose}-pg-`));
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir, port });
  return {
    databaseUrl: server.databaseUrl,
    dataDir,
    port,
    async destroy() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The same server's URL with another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Applies the migrations (unless `migrate` is false) and seeds when asked. */
export async function prepareDatabase(databaseUrl: string, options: { migrate?: boolean; seed?: { employees: number; seed: number } }): Promise<void> {
  if (options.migrate !== false) {
    const orm = await createOrm({ databaseUrl, pool: { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 } });
    try {
      await migrateUp(orm);
    } finally {
      await orm.close(true);
    }
  }
  const seed = options.seed;
  if (seed) await withClient(databaseUrl, (client) => seedDatabase(client, seed));
}

export async function createScratchDatabase(options: { seed?: { employees: number; seed: number }; migrate?: boolean } = {}): Promise<ScratchDatabase> {
  const given = process.env.DATABASE_URL;
  let scratch: ScratchDatabase;
  if (given) {
    const name = `roster_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await withClient(given, (client) => client.query(`CREATE DATABASE ${name}`));
    scratch = {
      databaseUrl: withDatabase(given, name),
      embedded: null,
      drop: async () => {
        await withClient(given, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  } else {
    const server = await startTemporaryPostgres('test');
    scratch = { databaseUrl: server.databaseUrl, embedded: { dataDir: server.dataDir, port: server.port }, drop: server.destroy };
  }
  await prepareDatabase(scratch.databaseUrl, options);
  return scratch;
}
