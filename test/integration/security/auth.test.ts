// Authentication and scopes through HTTP, with API keys and with JWTs: who may ask, who may see
// salaries (as a field and through questions), who may see health details; what a wrong credential
// gets; and production's defaults (auth must be chosen, no introspection, no Sandbox).
import { createHmac, randomBytes } from 'node:crypto';
import { exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../src/auth/api-keys.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { checkErrorResponsesForLeaks, client, expectDocumentedCodes, type Client, type Exchange } from './support.js';

checkErrorResponsesForLeaks();

const ASK = 'query Ask($q: String!) { askEmployees(question: $q, first: 5) { totalCount edges { node { fullName salaryUsd } } } }';
const HEALTH = '{ systemHealth { status checkedAt uptimeSeconds version database { reachable } pool { used max utilization } migrations { pending } } }';
const SALARY_QUESTION = 'List Engineering employees with salary > 120K';

type Ask = { askEmployees: { totalCount: number; edges: { node: { fullName: string; salaryUsd: number | null } }[] } | null };
type Health = { systemHealth: { status: string; pool: { max: number } | null; database: { reachable: boolean } | null; version: string | null } };

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
const codesOf = (response: Exchange) => expectDocumentedCodes(response.errors);

function expect401(response: Exchange) {
  expect(response.status, response.text).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
}

/**
 * The same expectations for either mode, given credentials carrying these scopes (null: none sent)
 * and a way to make bad ones.
 */
function scopeSuite(credentials: () => Record<'reader' | 'payroll' | 'monitor', string>, app: () => Client) {
  it('without credentials: askEmployees is UNAUTHENTICATED, systemHealth { status } answers, its details do not', async () => {
    const ask = await app().gql(ASK, { q: 'Engineering employees' });
    expect(ask.data?.askEmployees ?? null).toBeNull();
    expect(codesOf(ask)).toEqual(['UNAUTHENTICATED']);
    expect(ask.errors[0]?.message).toMatch(/employees:read/);

    const status = await app().gql('{ systemHealth { status checkedAt } }');
    expect(status.errors).toEqual([]);
    expect((status.data as Health).systemHealth.status).toMatch(/^(HEALTHY|DEGRADED)$/);

    const details = await app().gql(HEALTH);
    const health = (details.data as Health).systemHealth;
    expect(health.status).toMatch(/^(HEALTHY|DEGRADED)$/);
    expect(health).toMatchObject({ pool: null, database: null, version: null });
    expect(new Set(codesOf(details))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(details.text).not.toMatch(/"(max|utilization|reachable)":/);
  });

  it('employees:read: questions answer, salaryUsd is null with FORBIDDEN, salary questions are FORBIDDEN', async () => {
    const headers = bearer(credentials().reader);
    const ask = await app().gql(ASK, { q: 'Engineering employees' }, headers);
    const answer = (ask.data as Ask).askEmployees!;
    expect(answer.totalCount).toBeGreaterThan(0);
    expect(answer.edges).toHaveLength(5);
    expect(answer.edges.every((edge) => edge.node.fullName && edge.node.salaryUsd === null)).toBe(true);
    expect(codesOf(ask)).toEqual(Array(5).fill('FORBIDDEN'));
    expect(ask.errors[0]?.message).toMatch(/salary:read/);
    expect(ask.errors.map((e) => (e.path as unknown[]).at(-1))).toEqual(Array(5).fill('salaryUsd'));

    // A filter or an order by salary reveals it as surely as the field does.
    for (const q of [SALARY_QUESTION, 'How many people earn more than $100,000?', 'Who are the highest paid employees?', 'Sales employees sorted by salary',
      // inside a group taken out as a whole
      'engineers except those in Berlin earning over 100k']) {
      const refused = await app().gql(ASK, { q }, headers);
      expect(refused.data?.askEmployees ?? null, q).toBeNull();
      expect(codesOf(refused), q).toEqual(['FORBIDDEN']);
      expect(refused.errors[0]?.message, q).toMatch(/needs the salary:read scope/);
    }

    const details = await app().gql(HEALTH, {}, headers);
    expect((details.data as Health).systemHealth.pool).toBeNull();
    expect(new Set(codesOf(details))).toEqual(new Set(['FORBIDDEN']));
  });

  it('employees:read + salary:read: salaries and salary questions answer', async () => {
    const headers = bearer(credentials().payroll);
    const ask = await app().gql(ASK, { q: 'Engineering employees' }, headers);
    expect(ask.errors).toEqual([]);
    expect((ask.data as Ask).askEmployees!.edges.every((edge) => typeof edge.node.salaryUsd === 'number')).toBe(true);
    const salary = await app().gql(ASK, { q: SALARY_QUESTION }, headers);
    expect(salary.errors).toEqual([]);
    const answer = (salary.data as Ask).askEmployees!;
    expect(answer.totalCount).toBeGreaterThan(0);
    expect(answer.edges.every((edge) => edge.node.salaryUsd! > 120_000)).toBe(true);
  });

  it('health:read: systemHealth details answer, questions do not', async () => {
    const headers = bearer(credentials().monitor);
    const details = await app().gql(HEALTH, {}, headers);
    expect(details.errors).toEqual([]);
    const health = (details.data as Health).systemHealth;
    expect(health.pool?.max).toBeGreaterThan(0);
    expect(health.database?.reachable).toBe(true);
    const ask = await app().gql(ASK, { q: 'Engineering employees' }, headers);
    expect(codesOf(ask)).toEqual(['FORBIDDEN']);
    expect(ask.errors[0]?.message).toMatch(/employees:read/);
  });

  it.each([
    ['Basic dXNlcjpwYXNz'],
    ['Bearer'],
    ['Bearer a b'],
    [`Bearer ${'x'.repeat(9000)}`],
    ['Token abc'],
  ])('refuses the malformed Authorization header %s with 401', async (header) => {
    expect401(await app().post({ query: '{ systemHealth { status } }' }, { authorization: header.slice(0, 9100) }));
  });
}

describe('AUTH_MODE=apikey', () => {
  const keys = {
    reader: `roster_${randomBytes(32).toString('base64url')}`,
    payroll: `roster_${randomBytes(32).toString('base64url')}`,
    monitor: `roster_${randomBytes(32).toString('base64url')}`,
  };
  const entry = (name: string, key: string, scopes: string) => `${name}:${hashApiKey(key).toString('hex')}:${scopes}`;
  let t: TestApp;
  let http: Client;
  beforeAll(async () => {
    t = await startTestApp({
      AUTH_MODE: 'apikey',
      API_KEYS: [
        entry('reader', keys.reader, 'employees:read'),
        entry('payroll', keys.payroll, 'employees:read+salary:read'),
        entry('monitor', keys.monitor, 'health:read'),
      ].join(','),
    });
    http = client(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  scopeSuite(() => keys, () => http);

  it('serves /metrics only to health:read', async () => {
    const metrics = (headers: Record<string, string> = {}) => fetch(`${t.url}/metrics`, { headers });
    const anonymous = await metrics();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await metrics(bearer(keys.reader))).status).toBe(403);
    const monitor = await metrics(bearer(keys.monitor));
    expect(monitor.status).toBe(200);
    expect(await monitor.text()).toContain('roster_db_pool_connections');
  });

  it.each([
    ['an unknown key', () => `roster_${randomBytes(32).toString('base64url')}`],
    ['a key with one character changed', () => `${keys.payroll.slice(0, -1)}${keys.payroll.endsWith('A') ? 'B' : 'A'}`],
    ['the stored hash instead of the key', () => hashApiKey(keys.payroll).toString('hex')],
    ['the key in another case', () => keys.payroll.toUpperCase()],
  ])('answers %s with 401 and WWW-Authenticate: Bearer', async (_name, key) => {
    const response = await http.gql(ASK, { q: 'Engineering employees' }, bearer(key()));
    expect401(response);
    expect(response.errors[0]?.message).toBe('The API key is not valid.');
    expect(response.data ?? null).toBeNull();
  });
});

describe('AUTH_MODE=jwt', () => {
  const ISSUER = 'https://issuer.roster.test/';
  const AUDIENCE = 'roster-api';
  let privateKey: CryptoKey;
  let publicPem: string;
  let otherKey: CryptoKey;
  let t: TestApp;
  let http: Client;

  const sign = (claims: Record<string, unknown>, options: { key?: CryptoKey; issuer?: string; audience?: string; expires?: string | number | null; subject?: string | null } = {}) => {
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setIssuedAt().setIssuer(options.issuer ?? ISSUER).setAudience(options.audience ?? AUDIENCE);
    if (options.subject !== null) jwt = jwt.setSubject(options.subject ?? 'user-1');
    if (options.expires !== null) jwt = jwt.setExpirationTime(options.expires ?? '5m');
    return jwt.sign(options.key ?? privateKey);
  };
  const tokens = { reader: '', payroll: '', monitor: '' };

  beforeAll(async () => {
    ({ privateKey, publicKey: publicPem } = await generateKeyPair('RS256').then(async (pair) => ({ privateKey: pair.privateKey, publicKey: await exportSPKI(pair.publicKey) })));
    otherKey = (await generateKeyPair('RS256')).privateKey;
    tokens.reader = await sign({ scope: 'openid employees:read other-api:write' });
    tokens.payroll = await sign({ scope: 'employees:read salary:read' });
    tokens.monitor = await sign({ scp: ['health:read'] });
    t = await startTestApp({ AUTH_MODE: 'jwt', JWT_PUBLIC_KEY: publicPem, JWT_AUDIENCE: AUDIENCE, JWT_ISSUER: ISSUER });
    http = client(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  scopeSuite(() => tokens, () => http);

  const payrollClaims = { scope: 'employees:read salary:read' };
  it.each([
    ['signed by another key', () => sign(payrollClaims, { key: otherKey }), /signature/],
    ['for another audience', () => sign(payrollClaims, { audience: 'someone-else' }), /"aud" claim/],
    ['from another issuer', () => sign(payrollClaims, { issuer: 'https://evil.test/' }), /"iss" claim/],
    ['expired', () => sign(payrollClaims, { expires: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['without an expiry', () => sign(payrollClaims, { expires: null }), /"exp" claim/],
    ['without a subject', () => sign(payrollClaims, { subject: null }), /"sub" claim/],
    ['unsigned (alg: none)', async () => new UnsecuredJWT(payrollClaims).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('x').setExpirationTime('5m').encode(), /./],
    [
      'signed with HS256 using the public key as the secret',
      async () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...payrollClaims, iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: now + 300 })}`;
        return `${unsigned}.${createHmac('sha256', publicPem).update(unsigned).digest('base64url')}`;
      },
      /algorithm/,
    ],
    [
      'whose payload was changed after signing',
      async () => {
        const [header, , signature] = tokens.reader.split('.');
        const payload = Buffer.from(JSON.stringify({ scope: 'employees:read salary:read', iss: ISSUER, aud: AUDIENCE, sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
      /signature/,
    ],
    ['that is not a JWT', async () => 'abc.def.ghi', /well-formed/],
  ])('refuses a token %s with 401 and WWW-Authenticate: Bearer', async (_name, token, reason) => {
    const response = await http.gql(ASK, { q: SALARY_QUESTION }, bearer(await token()));
    expect401(response);
    expect(response.errors[0]?.message).toMatch(reason);
    expect(response.data ?? null).toBeNull();
  });
});

describe('production', () => {
  const INTROSPECTION = '{ __schema { types { name } } }';

  it('will not start without AUTH_MODE', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_MODE must be set in production/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'off' }).auth.mode).toBe('off');
  });

  describe('with AUTH_MODE=off said explicitly', () => {
    let t: TestApp;
    let http: Client;
    beforeAll(async () => {
      t = await startTestApp({ NODE_ENV: 'production', AUTH_MODE: 'off' });
      http = client(t.url);
    });
    afterAll(async () => {
      await t.close();
    });

    it('starts and answers', async () => {
      const ask = await http.gql(ASK, { q: 'Engineering employees' });
      expect(ask.errors).toEqual([]);
      expect((ask.data as Ask).askEmployees!.totalCount).toBeGreaterThan(0);
    });

    it('refuses introspection, and does not suggest field names', async () => {
      for (const query of [INTROSPECTION, '{ __type(name: "Employee") { fields { name } } }']) {
        const response = await http.gql(query);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(response.text).not.toMatch(/"Employee"|"AskEmployeesConnection"|salaryUsd/);
      }
      const typo = await http.gql('{ askEmploye(question: "x") { totalCount } }');
      expect(codesOf(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(typo.text).not.toMatch(/Did you mean/);
    });

    it('serves no Sandbox to a browser', async () => {
      const page = await http.get('/graphql', { accept: 'text/html' });
      expect(page.status).toBeGreaterThanOrEqual(400);
      expect(page.status).toBeLessThan(500);
      expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(page.text).not.toMatch(/<html|sandbox|embeddable/i);
    });
  });

  describe('with GRAPHQL_INTROSPECTION=true', () => {
    let t: TestApp;
    let http: Client;
    beforeAll(async () => {
      t = await startTestApp({ NODE_ENV: 'production', AUTH_MODE: 'off', GRAPHQL_INTROSPECTION: 'true' });
      http = client(t.url);
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers introspection and serves the Sandbox', async () => {
      const response = await http.gql(INTROSPECTION);
      expect(response.errors).toEqual([]);
      expect(JSON.stringify(response.data)).toContain('"Employee"');
      const page = await http.get('/graphql', { accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.text).toMatch(/sandbox/i);
    });
  });
});
