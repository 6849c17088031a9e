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
import { migrateOnStart, type MigrationsOnStart } from './db/migrate-on-start.js';
import { createOrm } from './db/orm.js';
import { poolStats } from './db/pool-stats.js';
import { createApolloServer } from './graphql/apollo.js';
import { GraphQLContext } from './graphql/context.js';
import { HealthProbe } from './health/health-probe.js';
import { HealthService } from './health/health-service.js';
import { createHttpServer } from './http/server.js';
import { RequestLoaders } from './loaders/request-loaders.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import { instrumentConnections } from './metrics/instrument-connections.js';
import { DatabaseUnreachableError, openConnections, ormConnectionSource, type ConnectionSource } from './query/connection-source.js';
import { LexiconStore } from './query/lexicon-store.js';
import { ReadSession, type RoundTripRecord } from './query/read-session.js';
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

/**
 * While the migrations of a database that was down at start are still pending, the schema and the
 * reader role may not exist yet: the ask path answers DATABASE_UNAVAILABLE instead of failing on a
 * missing table.
 */
function afterMigrations(source: ConnectionSource, migrations: MigrationsOnStart | null): ConnectionSource {
  if (migrations === null) return source;
  return {
    get databaseUnreachable() {
      return source.databaseUnreachable || !migrations.applied;
    },
    acquire() {
      if (!migrations.applied) return Promise.reject(new DatabaseUnreachableError('migrations not applied yet'));
      return source.acquire();
    },
    release: (connection, broken) => source.release(connection, broken),
  };
}

/**
 * Graceful close of the HTTP side: once draining, every answer (in flight or arriving on a
 * connection already open) goes out with `Connection: close`, and a keep-alive connection is closed
 * as soon as it is idle, so `server.close()` completes when the last in-flight request does instead
 * of when clients get round to closing their keep-alive connections.
 */
function drainOnClose(server: http.Server): () => void {
  let draining = false;
  const pending = new Set<http.ServerResponse>();
  server.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    if (draining) response.shouldKeepAlive = false;
    pending.add(response);
    response.once('close', () => {
      pending.delete(response);
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  return () => {
    draining = true;
    for (const response of pending) if (!response.headersSent) response.shouldKeepAlive = false;
    server.closeIdleConnections();
  };
}

export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const log = options.logger ?? createLogger(config.logLevel);
  const orm = await createOrm({ databaseUrl: options.databaseUrl, pool: config.pool });
  const migrations = config.migrateOnStart ? await migrateOnStart(orm, log) : null;

  const metrics = createMetrics({ poolStatistics: () => poolStats(orm) });
  const pooled = ormConnectionSource(orm);
  const connections = instrumentConnections(afterMigrations(pooled, migrations), metrics);
  const readSession = (requestId: string | null) =>
    new ReadSession(connections, {
      statementTimeoutMs: config.statementTimeoutMs,
      role: READER_ROLE,
      preparedStatements: config.preparedStatements,
      onRoundTrip: (roundTrip: RoundTripRecord) => {
        metrics.observeStatement(roundTrip.outcome, roundTrip.seconds);
        if (requestId !== null) for (const text of roundTrip.statements) options.onStatement?.(requestId, text);
      },
    });

  const lexicon = new LexiconStore(async () => {
    const session = readSession(null);
    return loadLexiconData(session).finally(() => session.close());
  }, log);
  // Loaded before the first question when the database answers; otherwise on first use.
  await lexicon.reload().catch((error: unknown) => log.warn({ err: error }, 'vocabulary not loaded at start; will retry'));
  lexicon.startRefreshing(config.lexiconRefreshMs);
  // The pool's minimum opened now rather than by the first burst of requests; not when the database
  // is down (each attempt would wait out the acquire timeout): the pool opens them as it recovers.
  if (!pooled.databaseUnreachable) {
    const opened = await openConnections(pooled, config.pool.min);
    log.debug({ opened, min: config.pool.min }, 'database connections opened');
  }

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
    createContext: ({ requestId, principal }) => {
      const session = readSession(requestId);
      return new GraphQLContext({ requestId, principal, rootLog: log, session, loaders: new RequestLoaders(session), config, lexicon, health, metrics });
    },
  });

  const drain = drainOnClose(server);
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      lexicon.stopRefreshing();
      migrations?.stop();
      if (server.listening) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          drain();
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
