// createApp(config) wires the service together and returns it without listening, so tests boot
// exactly what production runs.
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { migrationsList } from '../migrations/index.js';
import { createAuthenticator } from './auth/authenticator.js';
import type { Config } from './config.js';
import { loadLexiconData } from './db/lexicon-source.js';
import { migrateOnStart } from './db/migrate-on-start.js';
import { createOrm } from './db/orm.js';
import { poolStats } from './db/pool-stats.js';
import { createApolloServer } from './graphql/apollo.js';
import { HealthProbe } from './health/health-probe.js';
import { HealthService } from './health/health-service.js';
import { createHttpServer } from './http/server.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import { instrumentConnections } from './metrics/instrument-connections.js';
import { ormConnectionSource } from './query/connection-source.js';
import { LexiconStore } from './query/lexicon-store.js';
import { ReadSession, type StatementRecord } from './query/read-session.js';
import { createRateLimiter } from './rate-limit/rate-limiter.js';
import { VERSION } from './version.js';

/** The SELECT-only role a migration creates; every ask runs as it. */
export const READER_ROLE = 'roster_reader';

export interface AppOptions {
  databaseUrl: string;
  logger?: Logger;
  /** sees every statement the ask path sends, with its request id (tests count them) */
  onStatement?: (requestId: string, text: string) => void;
}

export interface App {
  server: http.Server;
  orm: MikroORM<PostgreSqlDriver>;
  health: HealthService;
  lexicon: LexiconStore;
  metrics: Metrics;
  log: Logger;
  close(): Promise<void>;
}

export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const log = options.logger ?? createLogger(config.logLevel);
  const orm = await createOrm({ databaseUrl: options.databaseUrl, pool: config.pool });
  const migrations = config.migrateOnStart ? await migrateOnStart(orm, log) : null;

  const metrics = createMetrics({ poolStatistics: () => poolStats(orm) });
  const connections = instrumentConnections(ormConnectionSource(orm), metrics);
  const readSession = (requestId: string | null) =>
    new ReadSession(connections, {
      statementTimeoutMs: config.statementTimeoutMs,
      role: READER_ROLE,
      onStatement: (statement: StatementRecord) => {
        metrics.observeStatement(statement.outcome, statement.seconds);
        if (requestId !== null) options.onStatement?.(requestId, statement.text);
      },
    });

  const lexicon = new LexiconStore(async () => {
    const session = readSession(null);
    return loadLexiconData(session).finally(() => session.close());
  }, log);
  // Loaded before the first question when the database answers; otherwise on first use.
  await lexicon.reload().catch((error: unknown) => log.warn({ err: error }, 'vocabulary not loaded at start; will retry'));
  lexicon.startRefreshing(config.lexiconRefreshMs);

  const probe = new HealthProbe(options.databaseUrl);
  const health = new HealthService({
    probe: () => probe.probe(),
    poolStatistics: () => poolStats(orm),
    knownMigrations: migrationsList.map((m) => m.name),
    version: VERSION,
    startedAt: Date.now(),
  });

  const apollo = createApolloServer(config);
  await apollo.start();
  const rateLimiter = createRateLimiter(config.rateLimit, { log });
  if (!(await rateLimiter.ready(2000))) log.warn({ backend: rateLimiter.backend }, 'rate limit store not ready; allowing requests until it is');

  const server = createHttpServer({
    apollo,
    config,
    log,
    health,
    metrics,
    version: VERSION,
    authenticator: createAuthenticator(config.auth),
    rateLimiter,
    createContext: ({ requestId, principal }) => ({
      requestId,
      principal,
      log: log.child({ requestId }),
      session: readSession(requestId),
      config,
      lexicon,
      health,
      metrics,
    }),
  });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      lexicon.stopRefreshing();
      migrations?.stop();
      if (server.listening) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
      }
      await apollo.stop();
      await rateLimiter.close();
      await probe.close();
      await orm.close(true);
    })();
    return closing;
  };

  return { server, orm, health, lexicon, metrics, log, close };
}
