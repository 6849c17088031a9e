// Bad input gets a clear error with a code: never rows, never a stack trace or SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ASK = 'query Ask($q: String!, $first: Int, $after: String) { askEmployees(question: $q, first: $first, after: $after) { totalCount edges { node { email } } } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

function expectCleanError(response: { errors?: { message: string; extensions?: Record<string, unknown> }[] }, code: string) {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  const text = JSON.stringify(response.errors);
  expect(text).not.toMatch(/stacktrace|SELECT |FROM employees|at .*\.ts:\d+|postgres:\/\//i);
}

describe('bad input', () => {
  it.each([
    ['an empty question', '', 50],
    ['a whitespace-only question', '   \t ', 50],
    ['a 501-character question', 'a'.repeat(501), 50],
    ['first: 0', 'Engineering employees', 0],
    ['first: 1001', 'Engineering employees', 1001],
    ['first: -5', 'Engineering employees', -5],
  ])('%s is BAD_USER_INPUT', async (_name, question, first) => {
    const response = await t.gql(ASK, { q: question, first });
    expectCleanError(response, 'BAD_USER_INPUT');
    expect(response.data).toBeNull();
  });

  it('accepts exactly 500 characters after trimming', async () => {
    const question = `  ${'Engineering employees '.repeat(30).slice(0, 500)}  `;
    const response = await t.gql(ASK, { q: question });
    expect(response.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
  });

  it.each(['not-a-cursor', 'cjE6YWJjOjEw', 'x'.repeat(200), Buffer.from('r1:zzzzzzzzzz:5').toString('base64url')])(
    'refuses the forged or foreign cursor %s with BAD_USER_INPUT',
    async (after) => {
      const response = await t.gql(ASK, { q: 'Engineering employees', first: 5, after });
      expectCleanError(response, 'BAD_USER_INPUT');
    },
  );

  it('refuses a cursor taken from another question', async () => {
    const first = await t.gql<{ askEmployees: { edges: { node: { email: string } }[] } }>(
      'query { askEmployees(question: "Sales employees", first: 2) { pageInfo { endCursor } edges { node { email } } } }',
    );
    const cursor = (first.data as unknown as { askEmployees: { pageInfo: { endCursor: string } } }).askEmployees.pageInfo.endCursor;
    const response = await t.gql(ASK, { q: 'Engineering employees', first: 2, after: cursor });
    expectCleanError(response, 'BAD_USER_INPUT');
  });

  it('refuses what it does not understand, naming the words, without rows', async () => {
    const response = await t.gql(ASK, { q: 'engineers who play guitar' });
    expectCleanError(response, 'QUESTION_NOT_UNDERSTOOD');
    expect(response.errors?.[0]?.message).toMatch(/guitar/);
    expect(response.data).toBeNull();
  });

  it('refuses requests to change data as UNSAFE_QUESTION', async () => {
    for (const q of ['delete all terminated employees', "Robert'); DROP TABLE departments;--", 'give John Doe a raise']) {
      const response = await t.gql(ASK, { q });
      expectCleanError(response, 'UNSAFE_QUESTION');
    }
  });

  it('answers malformed GraphQL with a request error, not a 500', async () => {
    const response = await t.gql('query { askEmployees(question: ) }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
