// The environment, parsed once into a typed Config. A bad value stops the process at start with a
// message that names the variable, the value and what was expected.
import { parseAuthConfig, type AuthConfig } from './auth/auth-config.js';
import { ConfigError } from './config-error.js';
import { booleanSetting as boolean, integerSetting as integer, urlSetting, type Env } from './env.js';
import { parseGraphQLLimitsConfig, type GraphQLLimitsConfig } from './graphql/limits.js';
import { parseRateLimitConfig, type RateLimitConfig } from './rate-limit/rate-limit-config.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface PoolConfig {
  min: number;
  max: number;
  acquireTimeoutMs: number;
  idleTimeoutMs: number;
}

export interface Config {
  nodeEnv: string;
  isProduction: boolean;
  port: number;
  /** null: start the embedded PostgreSQL */
  databaseUrl: string | null;
  embeddedPgPort: number;
  embeddedPgDataDir: string;
  migrateOnStart: boolean;
  pool: PoolConfig;
  statementTimeoutMs: number;
  /** statements each database connection keeps prepared (least recently used let go); 0: none */
  preparedStatements: number;
  maxResultRows: number;
  logLevel: LogLevel;
  /** how often the question vocabulary is reloaded from the data */
  lexiconRefreshMs: number;
  /** how long SIGTERM/SIGINT waits for in-flight requests before the process exits anyway (code 1) */
  shutdownTimeoutMs: number;
  auth: AuthConfig;
  rateLimit: RateLimitConfig;
  graphqlLimits: GraphQLLimitsConfig;
  /** introspection and the Sandbox landing page; off in production unless asked for */
  introspection: boolean;
}

export { ConfigError };

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const maxConnections = integer(env, 'DB_POOL_MAX', 20, 1, 1000);
  const pool: PoolConfig = {
    // A fixed-size pool unless asked otherwise: connections opened under load arrive in bursts that
    // stall every request (src/query/connection-source.ts, openConnections).
    min: integer(env, 'DB_POOL_MIN', maxConnections, 0, 1000),
    max: maxConnections,
    acquireTimeoutMs: integer(env, 'DB_POOL_ACQUIRE_TIMEOUT_MS', 2000, 1, 600_000),
    idleTimeoutMs: integer(env, 'DB_POOL_IDLE_TIMEOUT_MS', 30_000, 1, 86_400_000),
  };
  if (pool.min > pool.max) throw new ConfigError(`DB_POOL_MIN (${pool.min}) must not exceed DB_POOL_MAX (${pool.max})`);
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: urlSetting(env, 'DATABASE_URL', ['postgres', 'postgresql'], 'postgres://user:password@host:port/database'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    embeddedPgDataDir: env.EMBEDDED_PG_DATA_DIR?.trim() || '.data/postgres',
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', true),
    pool,
    statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 3000, 1, 3_600_000),
    preparedStatements: integer(env, 'DB_PREPARED_STATEMENTS', 32, 0, 10_000),
    maxResultRows: integer(env, 'MAX_RESULT_ROWS', 1000, 1, 100_000),
    logLevel,
    lexiconRefreshMs: integer(env, 'LEXICON_REFRESH_MS', 60_000, 1000, 86_400_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
    auth: parseAuthConfig(env, nodeEnv),
    rateLimit: parseRateLimitConfig(env),
    graphqlLimits: parseGraphQLLimitsConfig(env),
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
  };
}

/** A URL safe to print: the password is replaced. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
