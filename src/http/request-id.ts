import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The caller's x-request-id when it is a sane token, else a new one; logs and responses carry it. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}
