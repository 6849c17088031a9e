// The failures most likely to leak internals, provoked through HTTP: statements cancelled by the
// timeout, a pool with no free connection, and a database that is not there (its URL holding a
// password). Every response carries a documented code and none holds SQL, a stack trace, a
// database message or a connection string (the check runs on every error body of this file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConnectionSource } from '../../../src/query/connection-source.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { checkErrorResponsesForLeaks, client, errorResponses, expectDocumentedCodes, leaksIn } from './support.js';
import { freePort } from '../../../scripts/free-port.js';

checkErrorResponsesForLeaks(10);

const ASK = 'query Ask($q: String!) { askEmployees(question: $q, first: 20) { totalCount edges { node { fullName manager { fullName } currentLeave { type } } } } }';
const HEALTH = '{ systemHealth { status database { reachable error serverVersion } pool { used } migrations { pending latest } } }';
/** Questions whose statements take longer than 1 ms even on a warm connection: an org walk, every row. */
const SLOW_QUESTIONS = ['Everyone under John Doe', 'Show me all employees including former', 'Who has ever taken parental leave?', 'managers hired before 2020'];

describe('the leak check itself', () => {
  it('catches what it should, and not the asker\'s own words quoted back', () => {
    expect(leaksIn('{"errors":[{"message":"select \\"e\\".\\"id\\" from \\"employees\\" where x = $1"}]}')).toEqual(['SQL', 'a bind parameter']);
    expect(leaksIn('{"errors":[{"message":"boom","stack":"Error: boom\\n    at ask (/app/src/query/ask.ts:12:5)"}]}')).toContain('a stack trace');
    expect(leaksIn('{"errors":[{"message":"canceling statement due to statement timeout"}]}')).toEqual(['a database error']);
    expect(leaksIn('{"errors":[{"message":"connect to postgres://u:pw@db/x failed"}]}')).toContain('a connection string');
    expect(leaksIn('{"errors":[{"message":"I couldn\'t place \\"SELECT * FROM users\\".","extensions":{"unknownWords":["SELECT * FROM users"]}}]}')).toEqual([]);
    expect(leaksIn('{"errors":[{"message":"How many people in Design earn more than $100,000?"}]}')).toEqual([]);
  });
});

describe('statements cancelled by the timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '1', RATE_LIMIT_ENABLED: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answer QUERY_TIMEOUT in words, never the database\'s', async () => {
    const http = client(t.url);
    const codes: string[] = [];
    // Ask until ten have been cancelled (the leak check wants that many error bodies), within a
    // bound: light questions on a warm connection finish inside 1 ms and gave too few.
    const timeouts = () => codes.filter((code) => code === 'QUERY_TIMEOUT').length;
    for (let round = 0; round < 50 && timeouts() < 10; round++) {
      for (const q of SLOW_QUESTIONS) {
        const response = await http.gql(ASK, { q });
        expect(response.status).toBeLessThan(500);
        codes.push(...expectDocumentedCodes(response.errors));
      }
    }
    expect(timeouts()).toBeGreaterThanOrEqual(10);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  });
});

describe('a pool with no free connection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_MIN: '0', DB_POOL_MAX: '1', DB_POOL_ACQUIRE_TIMEOUT_MS: '100' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers DATABASE_BUSY in words', async () => {
    const source = ormConnectionSource(t.app.orm);
    const held = await source.acquire();
    try {
      const response = await client(t.url).gql(ASK, { q: 'Engineering employees' });
      expect(response.status).toBeLessThan(500);
      expect(expectDocumentedCodes(response.errors)).toEqual(['DATABASE_BUSY']);
      expect(response.errors[0]?.extensions?.retryAfterSeconds).toBe(1);
    } finally {
      source.release(held);
    }
  });
});

describe('a database that is not there', () => {
  const PASSWORD = 'Sup3r-S3cret-Pa55';
  let t: TestApp;
  beforeAll(async () => {
    const url = `postgres://roster_admin:${PASSWORD}@127.0.0.1:${await freePort()}/roster`;
    t = await startTestApp({ MIGRATE_ON_START: 'false', DB_POOL_MIN: '0', DB_POOL_ACQUIRE_TIMEOUT_MS: '500' }, url);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers DATABASE_UNAVAILABLE and reports health without the URL or its password', async () => {
    const http = client(t.url);
    const asked = await http.gql(ASK, { q: 'Engineering employees' });
    expect(asked.status).toBeLessThan(500);
    expect(expectDocumentedCodes(asked.errors)).toEqual(['DATABASE_UNAVAILABLE']);

    const health = await http.gql(HEALTH);
    expect(health.errors).toEqual([]);
    const database = (health.data as { systemHealth: { status: string; database: { reachable: boolean; error: string | null } } }).systemHealth;
    expect(database.status).toBe('UNHEALTHY');
    expect(database.database.reachable).toBe(false);
    expect(database.database.error).toEqual(expect.any(String));

    const ready = await http.get('/readyz');
    expect(ready.status).toBe(503);
    const metrics = await http.get('/metrics');
    for (const body of [asked.text, health.text, ready.text, metrics.text]) {
      expect(body).not.toContain(PASSWORD);
      expect(body).not.toMatch(/roster_admin|postgres(ql)?:\/\/|ECONNREFUSED|127\.0\.0\.1:\d+/);
    }
    // The health answer is not an error response; hold it to the same standard.
    errorResponses.push({ label: 'systemHealth with the database down', status: health.status, text: health.text });
    errorResponses.push({ label: '/readyz with the database down', status: ready.status, text: ready.text });
  });
});
