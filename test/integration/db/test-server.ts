// A PostgreSQL server for the database-layer tests, independent of the shared global setup: the
// server behind DATABASE_URL when set (each test gets its own scratch database, dropped after), or
// an embedded PostgreSQL 18 in a temporary directory on a free port.
import { freePort } from '../../../scripts/free-port.js';
import { withClient } from '../../helpers/with-client.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../src/db/embedded-postgres.js';

export { withClient };

export interface TestServer {
  /** Creates an empty database `roster_test_<random>` and returns its URL. */
  createDatabase(): Promise<string>;
  /** Runs one statement on the server's maintenance database. */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]>;
  /** Drops the databases created here, and stops the embedded server if there is one. */
  close(): Promise<void>;
  kind: 'given' | 'embedded';
}

export async function startTestServer(): Promise<TestServer> {
  const given = process.env.DATABASE_URL;
  let serverUrl: string;
  let shutdown = async (): Promise<void> => {};
  if (given) {
    serverUrl = given;
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'roster-db-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    serverUrl = embedded.databaseUrl;
    shutdown = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const created: string[] = [];
  const admin = async <T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };

  return {
    kind: given ? 'given' : 'embedded',
    admin,
    async createDatabase() {
      const name = `roster_test_${Math.random().toString(36).slice(2, 10)}`;
      await admin(`create database ${name}`);
      created.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async close() {
      try {
        for (const name of created) await admin(`drop database if exists ${name} with (force)`);
      } finally {
        await shutdown();
      }
    },
  };
}

