// Nested fields are batched per level: the number of SQL statements does not grow with the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const NESTED = `query Ask($q: String!, $first: Int) { askEmployees(question: $q, first: $first) {
  totalCount edges { node { email department { name } manager { fullName department { name } } currentLeave { type } } } } }`;

async function statementsFor(first: number): Promise<string[]> {
  const response = await t.gql(NESTED, { q: 'Show me all employees', first });
  expect(response.errors).toBeUndefined();
  const edges = (response.data as { askEmployees: { edges: unknown[] } }).askEmployees.edges;
  expect(edges).toHaveLength(first);
  const id = response.headers.get('x-request-id');
  expect(id).toBeTruthy();
  return t.statements.get(id!) ?? [];
}

describe('SQL statements per request', () => {
  it('is the same for a 100-row page and a 10-row page that select department, manager and currentLeave', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(small.length).toBeGreaterThan(0);
    expect(large.length).toBe(small.length);
    // one batched look-up per level, never one per row
    expect(large.filter((text) => text.includes('= ANY($1::int[])')).length).toBeLessThanOrEqual(4);
  });

  it('runs every statement inside one read-only transaction with the statement timeout', async () => {
    const statements = await statementsFor(10);
    expect(statements[0]).toBe('BEGIN READ ONLY');
    expect(statements[1]).toContain("set_config('statement_timeout'");
    expect(statements[statements.length - 1]).toBe('COMMIT');
  });
});
