// Rate limiting settings. A token bucket per caller: RATE_LIMIT_CAPACITY requests in a burst,
// refilled at RATE_LIMIT_REFILL_PER_SECOND. With REDIS_URL the buckets live in Redis and every
// instance shares them; without it each process keeps its own.
import { ConfigError } from '../config-error.js';
import { booleanSetting, urlSetting, type Env } from '../env.js';


export interface RateLimitConfig {
  enabled: boolean;
  capacity: number;
  refillPerSecond: number;
  /** null: in memory, per process */
  redisUrl: string | null;
  /** prefixed to every Redis key (default "roster:ratelimit:"), so deployments sharing one Redis keep apart */
  keyPrefix?: string;
}

function positiveNumber(env: Env, name: string, fallback: number, integerOnly: boolean): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const pattern = integerOnly ? /^\d+$/ : /^\d+(\.\d+)?$/;
  const value = Number(raw);
  if (!pattern.test(raw) || value <= 0 || value > 1_000_000) {
    throw new ConfigError(`${name} must be a ${integerOnly ? 'whole' : 'positive'} number between 1 and 1000000, got "${raw}"`);
  }
  return value;
}

/** On by default in production; off elsewhere, so local tools (the evaluation, load tests) are not throttled. */
function enabled(env: Env): boolean {
  return booleanSetting(env, 'RATE_LIMIT_ENABLED', env.NODE_ENV?.trim() === 'production');
}

function keyPrefix(env: Env): string {
  const raw = env.RATE_LIMIT_KEY_PREFIX?.trim();
  if (raw === undefined || raw === '') return 'roster:ratelimit:';
  if (!/^[\w:.-]{1,100}$/.test(raw)) {
    throw new ConfigError(`RATE_LIMIT_KEY_PREFIX must be 1–100 letters, digits, "_", ":", "." or "-", got "${raw}"`);
  }
  return raw;
}

export function parseRateLimitConfig(env: Env): RateLimitConfig {
  return {
    enabled: enabled(env),
    capacity: positiveNumber(env, 'RATE_LIMIT_CAPACITY', 200, true),
    refillPerSecond: positiveNumber(env, 'RATE_LIMIT_REFILL_PER_SECOND', 100, false),
    redisUrl: urlSetting(env, 'REDIS_URL', ['redis', 'rediss'], 'redis://[:password@]host:port[/db]'),
    keyPrefix: keyPrefix(env),
  };
}
