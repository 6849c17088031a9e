// POST/GET /graphql: body limits, authentication and rate limiting happen here, before Apollo
// parses anything; then Apollo's executeHTTPGraphQLRequest runs the operation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authenticator } from '../auth/authenticator.js';
import type { Principal } from '../auth/principal.js';
import type { Config } from '../config.js';
import { RosterError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { batchLimitError } from '../graphql/limits.js';
import { rateLimitKey } from '../rate-limit/rate-limit-key.js';
import { rateLimitedError } from '../rate-limit/rate-limited-error.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { requestId } from './request-id.js';

export class BodyTooLargeError extends Error {}

/**
 * The request body as text, refused past `limitBytes`. Read with 'data' and 'end' listeners rather
 * than `for await`, whose async iterator costs several promises and stream listeners per request.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        // The rest is not read: the caller answers 413 and closes the connection.
        request.off('data', onData);
        request.pause();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
    // A client that goes away mid-body: no 'end' will come (settling twice is a no-op otherwise).
    request.once('close', () => {
      if (!request.readableEnded) reject(new Error('the client closed the request before its body ended'));
    });
  });
}

const INVALID_JSON = Symbol('invalid-json');

function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (!contentType?.toLowerCase().includes('application/json')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
}

/**
 * The query string of a request target, '?' included, as Apollo wants it (it reads GET's query,
 * variables and extensions from it). Cut from the target rather than parsed with `new URL`, which
 * a POST, the usual request, would pay for with nothing to read (0.9 % of a W3 CPU profile).
 */
function searchOf(target: string | undefined): string {
  const start = target?.indexOf('?') ?? -1;
  return target === undefined || start === -1 ? '' : target.slice(start);
}

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  config: Config;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  createContext(request: { requestId: string; principal: Principal | null }): GraphQLContext;
}

function sendErrors(response: ServerResponse, status: number, error: RosterError | { message: string; extensions: { code: string } }, headers: Record<string, string> = {}): void {
  const body = error instanceof RosterError ? error.toJSON() : error;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify({ errors: [body] }));
}

export async function handleGraphQL(options: GraphQLHandlerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const id = requestId(request);
  response.setHeader('x-request-id', id);
  const limits = options.config.graphqlLimits;

  let text = '';
  if (request.method === 'POST') {
    try {
      text = await readBody(request, limits.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // The rest of the body is not read: close the connection rather than drain it.
      response.setHeader('connection', 'close');
      return sendErrors(response, 413, { message: `The request body is larger than ${limits.maxBodyBytes} bytes.`, extensions: { code: 'BAD_REQUEST' } });
    }
  }
  const body = parseJsonBody(text, request.headers['content-type']);
  if (body === INVALID_JSON) return sendErrors(response, 400, { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  const batchError = batchLimitError(body, limits);
  if (batchError) return sendErrors(response, 400, batchError);

  let principal: Principal | null;
  try {
    principal = await options.authenticator.authenticate(request.headers.authorization);
  } catch (error) {
    if (error instanceof RosterError) return sendErrors(response, 401, error, { 'www-authenticate': 'Bearer' });
    throw error;
  }

  const allowance = await options.rateLimiter.consume(rateLimitKey(principal, request.socket.remoteAddress));
  if (!allowance.allowed) {
    const error = rateLimitedError(allowance.retryAfterMs);
    return sendErrors(response, 429, error, { 'retry-after': String(Math.max(1, Math.ceil(allowance.retryAfterMs / 1000))) });
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const context = options.createContext({ requestId: id, principal });
  let result;
  try {
    result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method?.toUpperCase() ?? 'GET', headers, search: searchOf(request.url), body },
      context: async () => context,
    });
  } finally {
    await context.session.close();
  }

  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
