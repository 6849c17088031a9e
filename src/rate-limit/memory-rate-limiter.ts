// Buckets in a BoundedCache, for a single process: once it holds `maxKeys` buckets one used least
// recently is dropped, so a flood of distinct client addresses cannot grow memory without limit. A
// dropped bucket comes back full, which only ever errs towards allowing.
import { BoundedCache } from '../bounded-cache.js';
import type { RateLimiter } from './rate-limiter.js';
import { assertValidCost, takeTokens, type BucketSettings, type BucketState } from './token-bucket.js';

export interface MemoryRateLimiterOptions extends BucketSettings {
  /** default 10 000 buckets, well under 2 MB */
  maxKeys?: number;
  /** injected in tests */
  now?: () => number;
}

export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter & { readonly size: number } {
  const buckets = new BoundedCache<string, BucketState>(options.maxKeys ?? 10_000);
  const now = options.now ?? Date.now;
  return {
    backend: 'memory',
    get size() {
      return buckets.size;
    },
    async consume(key, cost = 1) {
      assertValidCost(cost, options.capacity);
      const previous = buckets.get(key);
      const { state, result } = takeTokens(previous, now(), options, cost);
      buckets.set(key, state);
      return result;
    },
    isFailingOpen: () => false,
    ready: async () => true,
    async close() {
      buckets.clear();
    },
  };
}
