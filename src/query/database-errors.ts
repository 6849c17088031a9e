// Database failures → the codes a client can act on. The original error (with its SQL and
// database message) is kept only for the log.
import { ErrorCode, RosterError } from '../errors.js';

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** True when the connection itself failed, so it must not go back into the pool. */
export function isConnectionFailure(error: unknown): boolean {
  const e = (error ?? {}) as ErrorLike;
  if (e.name === 'DatabaseUnreachableError') return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (CONNECTION_ERROR_CODES.has(code)) return true;
  // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|Client has encountered a connection error|not queryable/i.test(message);
}

export function isStatementTimeout(error: unknown): boolean {
  return (error as ErrorLike | null)?.code === '57014';
}

export function isPoolAcquireTimeout(error: unknown): boolean {
  return (error as ErrorLike | null)?.name === 'KnexTimeoutError';
}

export function toRosterError(error: unknown, statementTimeoutMs: number): RosterError | null {
  if (error instanceof RosterError) return error;
  if (isStatementTimeout(error)) {
    return new RosterError(
      ErrorCode.QUERY_TIMEOUT,
      `The question took longer than ${statementTimeoutMs} ms to answer and was cancelled. Try a narrower question.`,
    );
  }
  if (isPoolAcquireTimeout(error)) {
    return new RosterError(ErrorCode.DATABASE_BUSY, 'The database is busy right now. Please retry in a moment.', {
      retryAfterSeconds: 1,
    });
  }
  if (isConnectionFailure(error)) {
    return new RosterError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is not available right now. Please retry shortly.');
  }
  return null;
}
