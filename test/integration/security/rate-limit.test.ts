// Rate limiting through HTTP: a small bucket refuses the request past it with 429, RATE_LIMITED,
// retryAfterSeconds and Retry-After; callers have buckets of their own; and with REDIS_URL two
// instances draw from one bucket (under a key prefix of this run's own, deleted afterwards).
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../src/auth/api-keys.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { checkErrorResponsesForLeaks, client, expectDocumentedCodes, type Client, type Exchange } from './support.js';

checkErrorResponsesForLeaks();

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const QUERY = { query: '{ systemHealth { status } }' };

function expectLimited(response: Exchange) {
  expect(response.status, response.text).toBe(429);
  expect(expectDocumentedCodes(response.errors)).toEqual(['RATE_LIMITED']);
  const retryAfterSeconds = response.errors[0]?.extensions?.retryAfterSeconds;
  expect(retryAfterSeconds).toEqual(expect.any(Number));
  expect(retryAfterSeconds as number).toBeGreaterThanOrEqual(1);
  expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds));
  expect(response.errors[0]?.message).toMatch(/Too many requests\. Please retry in \d+ seconds?\./);
}

async function statuses(http: Client, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push((await http.post(QUERY, headers)).status);
  return result;
}

describe('a bucket of 3 refilled at 1 per second', () => {
  const keys = { a: `roster_${randomBytes(32).toString('base64url')}`, b: `roster_${randomBytes(32).toString('base64url')}` };
  let t: TestApp;
  let http: Client;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_CAPACITY: '3',
      RATE_LIMIT_REFILL_PER_SECOND: '1',
      AUTH_MODE: 'apikey',
      API_KEYS: `a:${hashApiKey(keys.a).toString('hex')}:health:read,b:${hashApiKey(keys.b).toString('hex')}:health:read`,
    });
    http = client(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 3 requests and refuses the 4th with 429, RATE_LIMITED and Retry-After, then refills', async () => {
    const headers = { authorization: `Bearer ${keys.a}` };
    expect(await statuses(http, 3, headers)).toEqual([200, 200, 200]);
    const refused = await http.post(QUERY, headers);
    expectLimited(refused);
    expect(refused.errors[0]?.extensions?.retryAfterSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await http.post(QUERY, headers)).status).toBe(200);
    expectLimited(await http.post(QUERY, headers));
  });

  it('gives every API key and every anonymous address a bucket of its own', async () => {
    // a's bucket is empty from the test before; b's and the address's are full.
    expectLimited(await http.post(QUERY, { authorization: `Bearer ${keys.a}` }));
    expect(await statuses(http, 3, { authorization: `Bearer ${keys.b}` })).toEqual([200, 200, 200]);
    expect(await statuses(http, 3)).toEqual([200, 200, 200]);
    expectLimited(await http.post(QUERY));
  });
});

describe('two instances sharing Redis', () => {
  const prefix = `roster-test:security:${randomUUID()}:`;
  const env = (keyPrefix: string) => ({
    REDIS_URL,
    RATE_LIMIT_ENABLED: 'true',
    RATE_LIMIT_KEY_PREFIX: keyPrefix,
    RATE_LIMIT_CAPACITY: '3',
    RATE_LIMIT_REFILL_PER_SECOND: '0.01',
  });
  let one: TestApp;
  let two: TestApp;
  let elsewhere: TestApp;
  let admin: Redis;
  beforeAll(async () => {
    admin = new Redis(REDIS_URL);
    [one, two, elsewhere] = await Promise.all([startTestApp(env(prefix)), startTestApp(env(prefix)), startTestApp(env(`${prefix}other:`))]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close(), elsewhere?.close()]);
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });

  it('draws from one bucket: 3 requests across both pass, the 4th on either is refused', async () => {
    const [a, b] = [client(one.url), client(two.url)];
    const seen = [(await a.post(QUERY)).status, (await b.post(QUERY)).status, (await a.post(QUERY)).status];
    expect(seen).toEqual([200, 200, 200]);
    expectLimited(await b.post(QUERY));
    expectLimited(await a.post(QUERY));
    // The bucket is in Redis, under the configured prefix.
    expect((await admin.keys(`${prefix}*`)).filter((key) => !key.startsWith(`${prefix}other:`)).length).toBeGreaterThan(0);
  });

  it('keeps a deployment under another RATE_LIMIT_KEY_PREFIX apart', async () => {
    expect(await statuses(client(elsewhere.url), 3)).toEqual([200, 200, 200]);
    expectLimited(await client(elsewhere.url).post(QUERY));
  });
});
