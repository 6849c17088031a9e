// The token bucket arithmetic, shared by the in-memory limiter and mirrored by the Redis script:
// a bucket holds at most `capacity` tokens, gains `refillPerSecond` per second, and a request
// takes `cost` tokens if they are there. Refill is computed lazily from the elapsed time, so an
// idle bucket costs nothing.

export interface ConsumeResult {
  allowed: boolean;
  /** whole tokens left after this request */
  remaining: number;
  /** 0 when allowed; otherwise how long until `cost` tokens are back */
  retryAfterMs: number;
  /** true when the answer is "allowed" only because the shared store could not be asked */
  failedOpen?: boolean;
}

export interface BucketState {
  tokens: number;
  updatedAtMs: number;
}

export interface BucketSettings {
  capacity: number;
  refillPerSecond: number;
}

export function takeTokens(
  state: BucketState | undefined,
  nowMs: number,
  settings: BucketSettings,
  cost: number,
): { state: BucketState; result: ConsumeResult } {
  const perMs = settings.refillPerSecond / 1000;
  // A clock that stepped backwards refills nothing rather than draining the bucket.
  const elapsed = state ? Math.max(0, nowMs - state.updatedAtMs) : 0;
  const tokens = state ? Math.min(settings.capacity, state.tokens + elapsed * perMs) : settings.capacity;
  if (tokens >= cost) {
    const left = tokens - cost;
    return { state: { tokens: left, updatedAtMs: nowMs }, result: { allowed: true, remaining: Math.floor(left), retryAfterMs: 0 } };
  }
  return {
    state: { tokens, updatedAtMs: nowMs },
    result: { allowed: false, remaining: Math.floor(tokens), retryAfterMs: Math.ceil((cost - tokens) / perMs) },
  };
}

/** A cost the bucket can never hold is a bug in the caller, not a client to refuse forever. */
export function assertValidCost(cost: number, capacity: number): void {
  if (!Number.isInteger(cost) || cost < 1 || cost > capacity) {
    throw new RangeError(`rate limit cost must be a whole number from 1 to the capacity (${capacity}), got ${cost}`);
  }
}
