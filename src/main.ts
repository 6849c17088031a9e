// Process entry: configuration, the (embedded) database, the app, listening, and a clean stop.
import path from 'node:path';
import pg from 'pg';
import { createApp, type App } from './app.js';
import { ConfigError, loadConfig, redactDatabaseUrl, type Config } from './config.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres.js';
import { seedDatabase } from './db/seed.js';
import { createLogger } from './logger.js';

const DEFAULT_SEED = { employees: 2000, seed: 42 };

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** The embedded database starts empty: give it the default fixtures once. True when it seeded. */
async function seedIfEmpty(databaseUrl: string, log: ReturnType<typeof createLogger>): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM employees) AS empty');
    if (!rows[0]?.empty) return false;
    log.info(DEFAULT_SEED, 'employees table is empty: seeding');
    const stats = await seedDatabase(client, DEFAULT_SEED);
    log.info(stats, 'seeded');
    return true;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);

  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === null) {
    const dataDir = path.resolve(config.embeddedPgDataDir);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort });
    databaseUrl = embedded.databaseUrl;
    log.info({ dataDir, databaseUrl: redactDatabaseUrl(databaseUrl), startMs: embedded.startMs }, 'embedded PostgreSQL started');
  } else {
    log.info({ databaseUrl: redactDatabaseUrl(databaseUrl) }, 'using DATABASE_URL');
  }

  let app: App;
  try {
    app = await createApp(config, { databaseUrl, logger: log });
    if (embedded && (await seedIfEmpty(databaseUrl, log))) {
      // The vocabulary was read from the empty tables: read it again from the seeded ones.
      await app.lexicon.reload();
    }
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await embedded?.stop();
    process.exit(1);
  }

  await new Promise<void>((resolve) => app.server.listen(config.port, resolve));
  log.info(
    { graphql: `http://localhost:${config.port}/graphql`, healthz: `http://localhost:${config.port}/healthz`, readyz: `http://localhost:${config.port}/readyz` },
    `Roster is serving GraphQL at http://localhost:${config.port}/graphql`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'stopping: draining requests');
    const deadline = setTimeout(() => {
      log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown deadline passed; exiting');
      // Whatever is still running, the embedded PostgreSQL must not outlive us.
      const stopped = embedded ? embedded.stop().catch(() => undefined) : Promise.resolve();
      void Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000))]).then(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    deadline.unref();
    app
      .close()
      .then(() => embedded?.stop())
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  // This process owns its signals: drain first, then stop PostgreSQL ourselves, then exit 0
  // (src/db/embedded-postgres.ts removes the library's own exit hooks).
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
