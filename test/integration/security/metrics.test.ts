// /metrics after a few questions: the pool gauge, statement durations, ask outcomes, truncated
// answers and HTTP durations by route, each moved by what was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { checkErrorResponsesForLeaks, client, type Client } from './support.js';

checkErrorResponsesForLeaks();

const ASK = 'query Ask($q: String!) { askEmployees(question: $q, first: 5) { totalCount truncated edges { node { fullName department { name } } } } }';

/** The value of one sample: `name{labels}` where every given label matches, summed over the rest. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  let total: number | null = null;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) total = (total ?? 0) + Number(match[3]);
  }
  return total;
}

let t: TestApp;
let http: Client;
beforeAll(async () => {
  t = await startTestApp({ MAX_RESULT_ROWS: '100' });
  http = client(t.url);
});
afterAll(async () => {
  await t.close();
});

describe('/metrics', () => {
  it('counts questions, truncated answers, statements, pool connections and HTTP requests', async () => {
    const before = (await http.get('/metrics')).text;

    const truncated = await http.gql(ASK, { q: 'Show me all employees' });
    expect(truncated.errors).toEqual([]);
    expect((truncated.data as { askEmployees: { truncated: boolean } }).askEmployees.truncated).toBe(true);
    const refused = await http.gql(ASK, { q: 'engineers who play guitar' });
    expect(refused.errors[0]?.extensions?.code).toBe('QUESTION_NOT_UNDERSTOOD');
    const ok = await http.gql(ASK, { q: 'Engineering employees in London' });
    expect(ok.errors).toEqual([]);

    const response = await http.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const after = response.text;

    expect(sample(after, 'roster_db_pool_connections', { state: 'used' })).not.toBeNull();
    expect(sample(after, 'roster_db_pool_connections', { state: 'max' })).toBeGreaterThan(0);

    const statements = (text: string) => sample(text, 'roster_db_statement_duration_seconds_count', { outcome: 'ok' }) ?? 0;
    expect(statements(after)).toBeGreaterThan(statements(before));
    expect(after).toMatch(/^roster_db_statement_duration_seconds_bucket\{le="[^"]+",outcome="ok"\} \d+$/m);
    expect(sample(after, 'roster_db_statement_duration_seconds_bucket', { le: '+Inf', outcome: 'ok' })).toBe(statements(after));

    const asked = (text: string, outcome: string) => sample(text, 'roster_ask_requests_total', { outcome }) ?? 0;
    expect(asked(after, 'ok') - asked(before, 'ok')).toBe(2);
    expect(asked(after, 'QUESTION_NOT_UNDERSTOOD') - asked(before, 'QUESTION_NOT_UNDERSTOOD')).toBe(1);
    expect(sample(after, 'roster_ask_truncated_answers_total')).toBeGreaterThanOrEqual(1);
    expect((sample(after, 'roster_ask_truncated_answers_total') ?? 0) - (sample(before, 'roster_ask_truncated_answers_total') ?? 0)).toBe(1);

    const graphqlRequests = (text: string) => sample(text, 'roster_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status: '200' }) ?? 0;
    expect(graphqlRequests(after) - graphqlRequests(before)).toBe(3);
    expect(after).toMatch(/^roster_http_request_duration_seconds_bucket\{le="[^"]+",method="POST",route="\/graphql",status="200"\} \d+$/m);
  });

  it('labels unknown paths as "other", so a scanner adds no time series', async () => {
    for (const path of ['/admin', '/.env', '/graphql/../etc/passwd', `/x${'y'.repeat(300)}`, '/metrics?x=1']) await http.get(path);
    const text = (await http.get('/metrics')).text;
    const routes = new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]));
    expect([...routes].every((route) => ['/graphql', '/healthz', '/readyz', '/metrics', 'other'].includes(route!))).toBe(true);
    expect(text).not.toMatch(/\.env|passwd|yyyy/);
  });
});
