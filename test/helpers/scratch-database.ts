// A real database for tests: on DATABASE_URL's server (a new database, dropped afterwards) or on an
// embedded PostgreSQL in a temporary directory. Migrated, and seeded when asked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded-postgres.js';
import { migrateUp } from '../../src/db/migrate.js';
import { createOrm } from '../../src/db/orm.js';
import { freePort } from '../../scripts/free-port.js';
import { seedDatabase } from '../../src/db/seed.js';

export { freePort };

export interface ScratchDatabase {
  databaseUrl: string;
  embedded: { dataDir: string; port: number } | null;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(options: { seed?: { employees: number; seed: number }; migrate?: boolean } = {}): Promise<ScratchDatabase> {
  const given = process.env.DATABASE_URL;
  let databaseUrl: string;
  let embedded: EmbeddedPostgresHandle | null = null;
  let embeddedInfo: ScratchDatabase['embedded'] = null;
  let cleanup: () => Promise<void>;

  if (given) {
    const name = `roster_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await onServer(given, `CREATE DATABASE ${name}`);
    databaseUrl = withDatabase(given, name);
    cleanup = () => onServer(given, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'roster-test-pg-'));
    const port = await freePort();
    embedded = await startEmbeddedPostgres({ dataDir, port });
    databaseUrl = embedded.databaseUrl;
    embeddedInfo = { dataDir, port };
    const handle = embedded;
    cleanup = async () => {
      await handle.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  if (options.migrate !== false) {
    const orm = await createOrm({ databaseUrl, pool: { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 } });
    try {
      await migrateUp(orm);
    } finally {
      await orm.close(true);
    }
  }
  if (options.seed) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await seedDatabase(client, options.seed);
    } finally {
      await client.end();
    }
  }
  return { databaseUrl, embedded: embeddedInfo, drop: cleanup };
}
