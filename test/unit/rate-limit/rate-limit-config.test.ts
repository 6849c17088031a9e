import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { parseRateLimitConfig } from '../../../src/rate-limit/rate-limit-config.js';

describe('parseRateLimitConfig', () => {
  it('defaults to 200 burst, 100 per second, in memory; on in production, off elsewhere', () => {
    expect(parseRateLimitConfig({})).toEqual({ enabled: false, capacity: 200, refillPerSecond: 100, redisUrl: null, keyPrefix: 'roster:ratelimit:' });
    expect(parseRateLimitConfig({ NODE_ENV: 'production' }).enabled).toBe(true);
    expect(parseRateLimitConfig({ NODE_ENV: 'production', RATE_LIMIT_ENABLED: 'false' }).enabled).toBe(false);
  });

  it('reads every variable', () => {
    expect(
      parseRateLimitConfig({
        RATE_LIMIT_ENABLED: 'false',
        RATE_LIMIT_CAPACITY: '20',
        RATE_LIMIT_REFILL_PER_SECOND: '0.5',
        REDIS_URL: 'redis://:pw@cache:6379/2',
        RATE_LIMIT_KEY_PREFIX: 'staging:roster:',
      }),
    ).toEqual({ enabled: false, capacity: 20, refillPerSecond: 0.5, redisUrl: 'redis://:pw@cache:6379/2', keyPrefix: 'staging:roster:' });
  });

  it.each([
    [{ RATE_LIMIT_ENABLED: 'maybe' }, 'RATE_LIMIT_ENABLED must be true or false, got "maybe"'],
    [{ RATE_LIMIT_CAPACITY: '0' }, /RATE_LIMIT_CAPACITY must be a whole number/],
    [{ RATE_LIMIT_CAPACITY: '1.5' }, /RATE_LIMIT_CAPACITY must be a whole number/],
    [{ RATE_LIMIT_REFILL_PER_SECOND: '-1' }, /RATE_LIMIT_REFILL_PER_SECOND must be a positive number/],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL must start with redis:// or rediss://, got http://'],
    [{ REDIS_URL: 'not a url :secret' }, /REDIS_URL is not a valid URL/],
    [{ RATE_LIMIT_KEY_PREFIX: 'has space' }, /RATE_LIMIT_KEY_PREFIX must be/],
  ])('rejects %o', (env, message) => {
    expect(() => parseRateLimitConfig(env)).toThrow(ConfigError);
    expect(() => parseRateLimitConfig(env)).toThrow(message);
  });

  it('never echoes a REDIS_URL that may hold a password', () => {
    expect(() => parseRateLimitConfig({ REDIS_URL: 'redis//:hunter2@cache' })).toThrow(/^((?!hunter2).)*$/);
  });
});
