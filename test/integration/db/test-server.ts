// A PostgreSQL server for the database-layer tests, independent of the shared global setup: the
// server behind DATABASE_URL when set (each test gets its own scratch database, dropped after), or
// an embedded PostgreSQL 18 in a temporary directory on a free port.
import type pg from 'pg';
import { startTemporaryPostgres, withDatabase } from '../../helpers/scratch-database.js';
import { withClient } from '../../helpers/with-client.js';

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
    const embedded = await startTemporaryPostgres('db-test');
    serverUrl = embedded.databaseUrl;
    shutdown = embedded.destroy;
  }

  const created: string[] = [];
  const admin = <T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]> =>
    withClient(serverUrl, async (client) => (await client.query<T>(sql, values)).rows);

  return {
    kind: given ? 'given' : 'embedded',
    admin,
    async createDatabase() {
      const name = `roster_test_${Math.random().toString(36).slice(2, 10)}`;
      await admin(`create database ${name}`);
      created.push(name);
      return withDatabase(serverUrl, name);
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

