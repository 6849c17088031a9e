// What a client that ran out of tokens is told: when to come back, as a number a client can act on
// (extensions.retryAfterSeconds, also fit for an HTTP Retry-After header) and in words.
import { ErrorCode, RosterError } from '../errors.js';

export function rateLimitedError(retryAfterMs: number): RosterError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return new RosterError(ErrorCode.RATE_LIMITED, `Too many requests. Please retry in ${retryAfterSeconds} ${unit}.`, { retryAfterSeconds });
}
