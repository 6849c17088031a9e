// Configuration: documented defaults, and a clear message naming the variable for a bad value.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactDatabaseUrl } from '../../src/config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      databaseUrl: null,
      embeddedPgPort: 54329,
      migrateOnStart: true,
      pool: { min: 20, max: 20, acquireTimeoutMs: 2000, idleTimeoutMs: 30000 },
      statementTimeoutMs: 3000,
      preparedStatements: 32,
      maxResultRows: 1000,
      logLevel: 'info',
      introspection: true,
      auth: { mode: 'off' },
    });
  });

  it('keeps the pool at a fixed size unless DB_POOL_MIN says otherwise', () => {
    expect(loadConfig({ DB_POOL_MAX: '8' }).pool).toMatchObject({ min: 8, max: 8 });
    expect(loadConfig({ DB_POOL_MAX: '8', DB_POOL_MIN: '2' }).pool).toMatchObject({ min: 2, max: 8 });
    expect(loadConfig({ DB_POOL_MIN: '0' }).pool).toMatchObject({ min: 0, max: 20 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number between 0 and 65535, got "eighty"'],
    [{ DB_POOL_MAX: '0' }, 'DB_POOL_MAX must be a whole number between 1 and 1000, got "0"'],
    [{ DB_POOL_MIN: '30' }, 'DB_POOL_MIN (30) must not exceed DB_POOL_MAX (20)'],
    [{ DB_STATEMENT_TIMEOUT_MS: '1.5' }, 'DB_STATEMENT_TIMEOUT_MS must be a whole number'],
    [{ DB_PREPARED_STATEMENTS: '-1' }, 'DB_PREPARED_STATEMENTS must be a whole number between 0 and 10000, got "-1"'],
    [{ MIGRATE_ON_START: 'sometimes' }, 'MIGRATE_ON_START must be true or false, got "sometimes"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a DATABASE_URL that may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:hunter2@ho st/db' })).toThrow(/^((?!hunter2).)*$/);
    expect(redactDatabaseUrl('postgres://roster:hunter2@db:5432/roster')).toBe('postgres://roster:***@db:5432/roster');
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'off' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'off', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
