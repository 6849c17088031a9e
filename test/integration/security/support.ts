// Shared by the security suites: an HTTP client that keeps every error response it sees, the leak
// check those responses must pass, the documented error codes, and a checksum of the data.
import pg from 'pg';
import { afterAll, expect } from 'vitest';
import { ErrorCode } from '../../../src/errors.js';

/** README's error table: Roster's own codes and the request-level codes of GraphQL and Apollo. */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
  path?: unknown;
}

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  /** the parsed body, or undefined when it is not JSON */
  json: { data?: unknown; errors?: GraphQLError[] } | unknown[] | undefined;
  /** the errors of a single response, or of every response of a batch */
  errors: GraphQLError[];
}

interface Recorded {
  label: string;
  status: number;
  text: string;
}

/** Every error response this test file received (vitest isolates files, so this is per file). */
export const errorResponses: Recorded[] = [];

function errorsOf(json: Exchange['json']): GraphQLError[] {
  if (Array.isArray(json)) return json.flatMap((item) => errorsOf(item as Exchange['json']));
  if (json && typeof json === 'object' && 'errors' in json && Array.isArray(json.errors)) return json.errors;
  return [];
}

export async function send(url: string, init: RequestInit = {}, label = `${init.method ?? 'GET'} ${url}`): Promise<Exchange> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: Exchange['json'];
  try {
    json = JSON.parse(text) as Exchange['json'];
  } catch {
    json = undefined;
  }
  const errors = errorsOf(json);
  if (response.status >= 400 || errors.length > 0) errorResponses.push({ label, status: response.status, text });
  return { status: response.status, headers: response.headers, text, json, errors };
}

export interface Client {
  /** POST /graphql with a JSON body (an object is stringified; a string is sent as is) */
  post(body: unknown, headers?: Record<string, string>): Promise<Exchange>;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Exchange & { data: Record<string, unknown> | null | undefined }>;
  get(path: string, headers?: Record<string, string>): Promise<Exchange>;
}

export function client(baseUrl: string, defaultHeaders: Record<string, string> = {}): Client {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...defaultHeaders, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    post,
    async gql(query, variables = {}, headers = {}) {
      const exchange = await post({ query, variables }, headers);
      const json = exchange.json as { data?: Record<string, unknown> | null } | undefined;
      return { ...exchange, data: json?.data };
    },
    get: (path, headers = {}) => send(`${baseUrl}${path}`, { headers: { ...defaultHeaders, ...headers } }),
  };
}

/** Asserts every error has a code from the documented set (and returns the codes). */
export function expectDocumentedCodes(errors: readonly GraphQLError[]): string[] {
  const codes = errors.map((error) => error.extensions?.code);
  for (const code of codes) expect(DOCUMENTED_CODES.has(code as string), `undocumented code ${String(code)}`).toBe(true);
  return codes as string[];
}

// What must never reach a client. A refusal quotes the words it could not place (the asker's own
// text, listed in extensions.unknownWords); those echoes are removed before looking.
const LEAKS: [string, RegExp][] = [
  ['SQL', /\b(select|delete)\b[\s\S]{0,400}?\bfrom\b|\binsert\b[\s\S]{0,100}?\binto\b|\bupdate\b\s+\S+\s+set\b/i],
  // $1…$99 as a placeholder, not an amount like "$100,000"
  ['a bind parameter', /(?<![\w$])\$\d{1,2}\b(?![,.]\d)/],
  ['a stack trace', /\bat\s+[^\s()]*\s*\(?[^\s()]*:\d+:\d+\)?|\.(ts|js|mjs|cjs):\d+/],
  ['a stack field', /"stacktrace"|"stack"/i],
  ['a database error', /\brelation\b|syntax error at or near|violates|canceling statement|permission denied|duplicate key|current transaction is aborted|read-only transaction|invalid input syntax|ECONNREFUSED|KnexTimeoutError|pg_catalog|\bSQLSTATE\b/i],
  ['a connection string', /postgres(ql)?:\/\/|redis:\/\/|password/i],
];

function scrubEchoes(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text;
  }
  const echoes = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'unknownWords' && Array.isArray(inner)) inner.forEach((w) => typeof w === 'string' && echoes.add(w));
        else collect(inner);
      }
    }
  };
  collect(json);
  // Messages quote each word ("word"); longest first, so a word inside another is removed whole.
  const quoted = [...echoes].sort((a, b) => b.length - a.length).map((word) => `"${word}"`);
  const scrub = (value: unknown, key?: string): unknown => {
    if (key === 'unknownWords') return '…';
    if (typeof value === 'string') return quoted.reduce((s, q) => s.split(q).join('"…"'), value);
    if (Array.isArray(value)) return value.map((inner) => scrub(inner));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, inner]) => [k, scrub(inner, k)]));
    return value;
  };
  return JSON.stringify(scrub(json));
}

export function leaksIn(text: string): string[] {
  const scrubbed = scrubEchoes(text);
  return LEAKS.filter(([, pattern]) => pattern.test(scrubbed)).map(([what]) => what);
}

export function expectNoLeaks(responses: readonly Recorded[] = errorResponses): void {
  const offenders = responses
    .map((response) => ({ ...response, leaks: leaksIn(response.text) }))
    .filter((response) => response.leaks.length > 0)
    .slice(0, 5)
    .map(({ label, status, leaks, text }) => `${label} → ${status} (${leaks.join(', ')}): ${text.slice(0, 600)}`);
  expect(offenders).toEqual([]);
}

/** Registers the leak check on this file's error responses; call once at the top of a suite. */
export function checkErrorResponsesForLeaks(minimum = 1): void {
  afterAll(() => {
    expect(errorResponses.length).toBeGreaterThanOrEqual(minimum);
    expectNoLeaks();
  });
}

/** md5 of every row of the three tables, in id order: equal before and after means nothing changed. */
export async function dataChecksum(databaseUrl: string): Promise<Record<string, string>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of ['departments', 'employees', 'leaves']) {
      const { rows } = await db.query<{ n: number; md5: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t.id), '')) AS md5 FROM ${table} t`,
      );
      result[table] = `${rows[0]!.n}:${rows[0]!.md5}`;
    }
    return result;
  } finally {
    await db.end();
  }
}
