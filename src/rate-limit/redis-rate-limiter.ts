// Buckets in Redis, so every instance behind the load balancer draws from the same bucket. One Lua
// script reads, refills and takes in a single step (no two instances can both spend the last
// token), uses Redis's clock (instances' clocks may disagree), and lets idle buckets expire.
//
// If Redis cannot be asked, the limiter FAILS OPEN: the request is allowed, marked `failedOpen`,
// and a warning is logged once when that starts (and an info line when Redis is back). Refusing
// every request because the limiter's store is down would turn a Redis outage into a full outage.
import { Redis } from 'ioredis';
import type { RateLimiter, RateLimiterLog } from './rate-limiter.js';
import { assertValidCost, type BucketSettings, type ConsumeResult } from './token-bucket.js';

// KEYS[1] the bucket; ARGV capacity, tokens per ms, cost, ttl ms.
// Returns {allowed 0|1, whole tokens left, retry-after ms}.
const TAKE_TOKENS = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(saved[1])
local ts = tonumber(saved[2])
if tokens == nil or ts == nil then
  tokens = capacity
elseif now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * per_ms)
end
local allowed = 0
local retry = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  retry = math.ceil((cost - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]))
return {allowed, math.floor(tokens), retry}
`;

export interface RedisRateLimiterOptions extends BucketSettings {
  url: string;
  /** prefixed to every bucket key; default "roster:ratelimit:" */
  keyPrefix?: string;
  /** a slower answer counts as "Redis is down"; default 250 ms */
  commandTimeoutMs?: number;
  log?: RateLimiterLog;
}

type ScriptedRedis = Redis & { rosterTakeTokens(key: string, ...args: number[]): Promise<[number, number, number]> };

export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix ?? 'roster:ratelimit:',
    // Fail fast instead of queueing requests behind a connection that may never come.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  }) as ScriptedRedis;
  redis.defineCommand('rosterTakeTokens', { numberOfKeys: 1, lua: TAKE_TOKENS });

  const perMs = options.refillPerSecond / 1000;
  // Long enough to refill completely; after that a missing key means the same thing: a full bucket.
  const ttlMs = Math.ceil(options.capacity / perMs) + 1000;
  let failing = false;

  const failOpen = (error: unknown): ConsumeResult => {
    if (!failing) {
      failing = true;
      options.log?.warn({ err: error }, 'rate limiter cannot reach Redis: allowing requests unlimited until it is back');
    }
    return { allowed: true, remaining: options.capacity, retryAfterMs: 0, failedOpen: true };
  };
  // Without a listener ioredis prints every reconnect failure as an unhandled error.
  redis.on('error', (error: unknown) => {
    if (!failing) failOpen(error);
  });
  redis.on('ready', () => {
    if (failing) options.log?.info({}, 'rate limiter reached Redis again: limits apply');
    failing = false;
  });

  return {
    backend: 'redis',
    async consume(key, cost = 1) {
      assertValidCost(cost, options.capacity);
      if (redis.status !== 'ready') return failOpen(new Error(`Redis connection is ${redis.status}`));
      try {
        const [allowed, remaining, retryAfterMs] = await redis.rosterTakeTokens(key, options.capacity, perMs, cost, ttlMs);
        return { allowed: allowed === 1, remaining, retryAfterMs };
      } catch (error) {
        return failOpen(error);
      }
    },
    isFailingOpen: () => failing || redis.status !== 'ready',
    async ready(timeoutMs = 2000) {
      if (redis.status === 'ready') return true;
      return new Promise<boolean>((resolve) => {
        const done = (value: boolean) => {
          clearTimeout(timer);
          redis.off('ready', onReady);
          resolve(value);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        redis.once('ready', onReady);
      });
    },
    async close() {
      // quit() waits for Redis to answer; when it is down there is nothing to wait for.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
