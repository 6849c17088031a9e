// The error codes Roster answers with, and the one error class that carries a message safe to show.
// Anything else thrown inside a resolver is masked as INTERNAL_SERVER_ERROR and logged with the
// request id; SQL, stack traces and database messages never reach a client.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  QUESTION_NOT_UNDERSTOOD: 'QUESTION_NOT_UNDERSTOOD',
  UNSAFE_QUESTION: 'UNSAFE_QUESTION',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_BUSY: 'DATABASE_BUSY',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure: its message is written for the person asking and is returned as is. */
export class RosterError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'RosterError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export function badUserInput(message: string, details: Record<string, unknown> = {}): RosterError {
  return new RosterError(ErrorCode.BAD_USER_INPUT, message, details);
}
