// Every GraphQL limit through HTTP, at the limit (answered) and one past it (refused with a code and
// a 4xx): depth, aliases, directives, tokens, cost, body size and batch size. Once with the
// defaults and once with small limits from the environment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphQLLimitsConfig, type GraphQLLimitsConfig } from '../../../src/graphql/limits.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { checkErrorResponsesForLeaks, client, expectDocumentedCodes, type Client, type Exchange } from './support.js';

checkErrorResponsesForLeaks();

const QUESTION = 'Engineering employees';

/** askEmployees → edges → node → manager × (depth − 4) → fullName: `depth` fields deep */
const deep = (depth: number) =>
  `{ askEmployees(question: "${QUESTION}", first: 2) { edges { node { ${'manager { '.repeat(depth - 4)}fullName${' }'.repeat(depth - 4)} } } } }`;
// __typename is on GraphQL Armor's alias allow-list, so a real field is aliased.
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: systemHealth { status }`).join(' ')} }`;
const directed = (count: number) => `{ ${'__typename @include(if: true) '.repeat(count)}}`;
/**
 * Exactly n tokens: `{`, copies of `systemHealth { status }` (4 tokens each; copies merge into one
 * field, and few copies keep graphql's overlapping-fields check within its budget), `__typename`s
 * for the remainder, `}`.
 */
const tokens = (count: number) => {
  const copies = Math.floor((count - 2) / 4);
  return `{ ${'systemHealth { status } '.repeat(copies)}${'__typename '.repeat(count - 2 - 4 * copies)}}`;
};
/**
 * A query costing exactly `cost` by GraphQL Armor's count: an object costs 2, a scalar 1, children
 * count 1.5 ×, and `first: n` multiplies. So askEmployees(first: n) { 4 scalars } costs 8n,
 * with 2 scalars 5n, and each top-level __typename 1. `extra` adds that many __typename.
 */
const costing = (cost: number) => {
  const full = Math.floor(cost / 8000);
  const first = Math.floor((cost - 8000 * full) / 5);
  const typenames = cost - 8000 * full - 5 * first;
  const sales = 'question: "How many people work in Sales?"';
  const fields = [
    ...Array.from({ length: full }, (_, i) => `f${i}: askEmployees(${sales}, first: 1000) { totalCount truncated interpretation message }`),
    ...(first > 0 ? [`askEmployees(${sales}, first: ${first}) { totalCount truncated }`] : []),
  ];
  return (extra: number) => `{ ${'__typename '.repeat(typenames + extra)}${fields.join(' ')} }`;
};
/** a JSON body of exactly `bytes` bytes, padded with spaces after the JSON value */
const bodyOf = (bytes: number) => {
  const json = JSON.stringify({ query: '{ __typename }' });
  return json + ' '.repeat(bytes - Buffer.byteLength(json));
};

function expectRefused(response: Exchange, status: number, code: string, message: RegExp) {
  expect(response.status).toBe(status);
  expect(expectDocumentedCodes(response.errors)).toEqual([code]);
  expect(response.errors[0]?.message).toMatch(message);
}

function expectAnswered(response: Exchange) {
  expect(response.status).toBe(200);
  expect(response.errors).toEqual([]);
}

const setups: [string, Record<string, string>][] = [
  ['the defaults', {}],
  [
    'limits from the environment',
    {
      GRAPHQL_MAX_DEPTH: '5',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_DIRECTIVES: '2',
      GRAPHQL_MAX_TOKENS: '60',
      GRAPHQL_MAX_COST: '100',
      MAX_BODY_BYTES: '2048',
      GRAPHQL_MAX_BATCH: '3',
    },
  ],
];

describe.each(setups)('GraphQL limits with %s', (_name, env) => {
  const limits: GraphQLLimitsConfig = parseGraphQLLimitsConfig(env);
  let t: TestApp;
  let http: Client;
  beforeAll(async () => {
    t = await startTestApp(env);
    http = client(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  it(`answers depth ${limits.maxDepth} and refuses depth ${limits.maxDepth + 1}`, async () => {
    const ok = await http.post({ query: deep(limits.maxDepth) });
    expectAnswered(ok);
    expect((ok.json as { data: { askEmployees: { edges: unknown[] } } }).data.askEmployees.edges).toHaveLength(2);
    expectRefused(await http.post({ query: deep(limits.maxDepth + 1) }), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${limits.maxDepth} exceeded`));
  });

  it(`answers ${limits.maxAliases} aliases and refuses ${limits.maxAliases + 1}`, async () => {
    expectAnswered(await http.post({ query: aliased(limits.maxAliases) }));
    expectRefused(await http.post({ query: aliased(limits.maxAliases + 1) }), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Aliases limit of ${limits.maxAliases} exceeded`));
  });

  it(`answers ${limits.maxDirectives} directives and refuses ${limits.maxDirectives + 1}`, async () => {
    expectAnswered(await http.post({ query: directed(limits.maxDirectives) }));
    expectRefused(await http.post({ query: directed(limits.maxDirectives + 1) }), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Directives limit of ${limits.maxDirectives} exceeded`));
  });

  it(`answers ${limits.maxTokens} tokens and refuses ${limits.maxTokens + 1}`, async () => {
    expectAnswered(await http.post({ query: tokens(limits.maxTokens) }));
    expectRefused(await http.post({ query: tokens(limits.maxTokens + 1) }), 400, 'GRAPHQL_PARSE_FAILED', new RegExp(`more tha[nt] ${limits.maxTokens} tokens`));
  });

  it(`answers cost ${limits.maxCost} and refuses cost ${limits.maxCost + 1}`, async () => {
    const query = costing(limits.maxCost);
    const ok = await http.post({ query: query(0) });
    expectAnswered(ok);
    expect(JSON.stringify(ok.json)).toMatch(/"totalCount":[1-9]/);
    expectRefused(await http.post({ query: query(1) }), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Cost limit of ${limits.maxCost} exceeded, found ${limits.maxCost + 1}`));
  });

  it(`answers a ${limits.maxBodyBytes}-byte body and refuses one byte more with 413`, async () => {
    expectAnswered(await http.post(bodyOf(limits.maxBodyBytes)));
    const refused = await http.post(bodyOf(limits.maxBodyBytes + 1));
    expectRefused(refused, 413, 'BAD_REQUEST', new RegExp(`larger than ${limits.maxBodyBytes} bytes`));
  });

  it('refuses an over-long body sent in chunks, without a content-length, with 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}'));
        if (sent > limits.maxBodyBytes * 2) controller.close();
        else controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it(`answers a batch of ${limits.maxBatch} and refuses ${limits.maxBatch + 1}`, async () => {
    const batch = (n: number) => Array.from({ length: n }, () => ({ query: '{ __typename }' }));
    if (limits.maxBatch > 1) {
      const ok = await http.post(batch(limits.maxBatch));
      expect(ok.status).toBe(200);
      expect(ok.json).toHaveLength(limits.maxBatch);
      expect(ok.errors).toEqual([]);
    } else {
      expectAnswered(await http.post(batch(1)[0]));
    }
    const refused = await http.post(batch(limits.maxBatch + 1));
    expect(refused.status).toBe(400);
    expect(refused.errors.length).toBeGreaterThan(0);
    expectDocumentedCodes(refused.errors);
    expect(refused.errors[0]?.message).toMatch(new RegExp(`at most ${limits.maxBatch} operation`));
  });

  it('never answers a refused request with 5xx, and every refusal carries a code', async () => {
    const refusals = await Promise.all([
      http.post('{"query": "{ __typename "'),
      http.post('{not json'),
      http.post({ query: '{ askEmployees(question: 1) { totalCount } }' }),
      http.post({ query: '{ nothingHere }' }),
      http.post({ query: '' }),
      http.post({}),
      http.post([]),
      http.post({ query: '{ __typename }', variables: 'not an object' }),
      http.post({ query: 'query A { __typename } query B { __typename }' }),
      http.post({ query: '{ __typename }', operationName: 'Missing' }),
      http.post({ query: 'mutation { __typename }' }),
      http.post({ query: 'subscription { __typename }' }),
      http.post({ query: `{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }` }),
      http.post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      http.post({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }),
      http.post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }),
    ]);
    for (const response of refusals) {
      expect(response.errors.length, response.text).toBeGreaterThan(0);
      const codes = expectDocumentedCodes(response.errors);
      // A malformed request is the client's mistake, not "something went wrong on our side".
      expect(codes, response.text).not.toContain('INTERNAL_SERVER_ERROR');
      // Apollo answers an unknown persisted-query hash with 200, so the client sends the query.
      if (!codes.includes('PERSISTED_QUERY_NOT_FOUND')) expect(response.status, response.text).toBeGreaterThanOrEqual(400);
      expect(response.status, response.text).toBeLessThan(500);
    }
  });
});
