// A query sent with GET (what a CDN or a browser link can cache): the operation and its variables
// come from the query string and answer exactly as the same POST does; Apollo's CSRF prevention
// refuses a GET that could come from a plain cross-site link (no preflight-forcing header).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ASK = 'query Ask($q: String!, $first: Int) { askEmployees(question: $q, first: $first) { totalCount edges { node { email } } } }';
const VARIABLES = { q: 'Engineering employees with salary > 120K', first: 3 };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

function getUrl(params: Record<string, string>): string {
  return `${t.url}/graphql?${new URLSearchParams(params).toString()}`;
}

describe('GraphQL over GET', () => {
  it('reads the query and variables from the query string and answers as POST does', async () => {
    const response = await fetch(getUrl({ query: ASK, variables: JSON.stringify(VARIABLES) }), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { askEmployees: { totalCount: number; edges: unknown[] } } };
    const posted = await t.gql(ASK, VARIABLES);
    expect(posted.errors).toBeUndefined();
    expect(body.data?.askEmployees.edges).toHaveLength(3);
    expect(body).toEqual({ data: posted.data });
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention), running nothing', async () => {
    const before = t.statements.size;
    const response = await fetch(getUrl({ query: ASK, variables: JSON.stringify(VARIABLES) }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    expect(t.statements.size).toBe(before);
  });
});
