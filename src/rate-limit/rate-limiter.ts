// Which limiter the configuration asks for, behind one interface: in memory, in Redis, or none.
import { createMemoryRateLimiter } from './memory-rate-limiter.js';
import type { RateLimitConfig } from './rate-limit-config.js';
import { createRedisRateLimiter } from './redis-rate-limiter.js';
import type { ConsumeResult } from './token-bucket.js';

export type { ConsumeResult } from './token-bucket.js';

/** pino's Logger fits this */
export interface RateLimiterLog {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface RateLimiter {
  readonly backend: 'memory' | 'redis' | 'disabled';
  /** takes `cost` tokens (default 1) from the key's bucket */
  consume(key: string, cost?: number): Promise<ConsumeResult>;
  /** true while requests are being allowed only because Redis cannot be reached */
  isFailingOpen(): boolean;
  /** resolves true once the store answers (at once for memory), false after timeoutMs */
  ready(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  log?: RateLimiterLog;
  /** Redis key prefix, overriding the configured one */
  keyPrefix?: string;
  /** injected clock for the in-memory limiter */
  now?: () => number;
  maxKeys?: number;
}

const unlimited: RateLimiter = {
  backend: 'disabled',
  consume: async () => ({ allowed: true, remaining: Number.MAX_SAFE_INTEGER, retryAfterMs: 0 }),
  isFailingOpen: () => false,
  ready: async () => true,
  close: async () => {},
};

export function createRateLimiter(config: RateLimitConfig, options: RateLimiterOptions = {}): RateLimiter {
  if (!config.enabled) return unlimited;
  const settings = { capacity: config.capacity, refillPerSecond: config.refillPerSecond };
  if (config.redisUrl) {
    return createRedisRateLimiter({ ...settings, url: config.redisUrl, keyPrefix: options.keyPrefix ?? config.keyPrefix, log: options.log });
  }
  return createMemoryRateLimiter({ ...settings, now: options.now, maxKeys: options.maxKeys });
}
