import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../src/auth/api-keys.js';
import { parseAuthConfig } from '../../../src/auth/auth-config.js';
import { createAuthenticator, type Authenticator } from '../../../src/auth/authenticator.js';
import type { Principal } from '../../../src/auth/principal.js';
import { RosterError } from '../../../src/errors.js';

const AUDIENCE = 'roster-api';
const ISSUER = 'https://id.example.test/';

async function rejection(promise: Promise<unknown>): Promise<RosterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

const scopesOf = (principal: Principal | null) => [...(principal?.scopes ?? [])].sort();

describe('AUTH_MODE=off', () => {
  it('treats everyone as an anonymous principal with every scope, header or not', async () => {
    const auth = createAuthenticator(parseAuthConfig({}, 'test'));
    for (const header of [undefined, 'Bearer whatever']) {
      const principal = await auth.authenticate(header);
      expect(principal?.mode).toBe('off');
      expect(scopesOf(principal)).toEqual(['employees:read', 'health:read', 'salary:read']);
    }
  });
});

describe('AUTH_MODE=apikey', () => {
  const key = 'roster_correct-horse-battery-staple';
  const auth = createAuthenticator(
    parseAuthConfig(
      { AUTH_MODE: 'apikey', API_KEYS: `probe:${hashApiKey('other').toString('hex')}:health:read,reporting:${hashApiKey(key).toString('hex')}:employees:read+salary:read` },
      'test',
    ),
  );

  it('returns null when no credentials are presented', async () => {
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(await auth.authenticate('  ')).toBeNull();
  });

  it('maps a known key to its name and scopes, whatever the scheme case', async () => {
    const principal = await auth.authenticate(`bearer ${key}`);
    expect(principal).toMatchObject({ subject: 'reporting', mode: 'apikey' });
    expect(scopesOf(principal)).toEqual(['employees:read', 'salary:read']);
  });

  it('rejects an unknown key without echoing it', async () => {
    const error = await rejection(auth.authenticate('Bearer roster_wrong-key-123'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).not.toContain('roster_wrong-key-123');
  });

  it('rejects another scheme and an overlong credential', async () => {
    expect((await rejection(auth.authenticate(`Basic ${key}`))).message).toBe('The Authorization header must be "Bearer <credential>".');
    expect((await rejection(auth.authenticate(`Bearer ${'x'.repeat(9000)}`))).code).toBe('UNAUTHENTICATED');
  });
});

describe('AUTH_MODE=jwt', () => {
  let privateKey: CryptoKey;
  let otherPrivateKey: CryptoKey;
  let auth: Authenticator;

  const sign = (claims: JWTPayload, options: { key?: CryptoKey; audience?: string; issuer?: string; expiresAt?: number | string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('user-42')
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuer(options.issuer ?? ISSUER)
      .setIssuedAt()
      .setExpirationTime(options.expiresAt ?? '5m')
      .sign(options.key ?? privateKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    otherPrivateKey = (await generateKeyPair('RS256')).privateKey;
    const pem = await exportSPKI(pair.publicKey);
    auth = createAuthenticator(parseAuthConfig({ AUTH_MODE: 'jwt', JWT_PUBLIC_KEY: pem, JWT_AUDIENCE: AUDIENCE, JWT_ISSUER: ISSUER }, 'test'));
  });

  it('accepts a valid token, reading scopes from `scope`', async () => {
    const principal = await auth.authenticate(`Bearer ${await sign({ scope: 'employees:read salary:read other-api:write' })}`);
    expect(principal).toMatchObject({ subject: 'user-42', mode: 'jwt' });
    expect(scopesOf(principal)).toEqual(['employees:read', 'salary:read']);
  });

  it('reads scopes from an `scp` array', async () => {
    const principal = await auth.authenticate(`Bearer ${await sign({ scp: ['health:read'] })}`);
    expect(scopesOf(principal)).toEqual(['health:read']);
  });

  it('accepts a valid token without scopes as a principal that may read nothing', async () => {
    const principal = await auth.authenticate(`Bearer ${await sign({})}`);
    expect(principal?.subject).toBe('user-42');
    expect(scopesOf(principal)).toEqual([]);
  });

  it.each([
    ['expired', { expiresAt: Math.floor(Date.now() / 1000) - 60 }, /it has expired/],
    ['wrong audience', { audience: 'someone-else' }, /"aud" claim does not match/],
    ['wrong issuer', { issuer: 'https://evil.example/' }, /"iss" claim does not match/],
    ['bad signature', { other: true }, /its signature does not verify/],
  ])('rejects a token with %s', async (_label, change, message) => {
    const { other, ...options } = change as { other?: boolean; audience?: string; issuer?: string; expiresAt?: number };
    const token = await sign({ scope: 'employees:read' }, { ...options, ...(other ? { key: otherPrivateKey } : {}) });
    const error = await rejection(auth.authenticate(`Bearer ${token}`));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(token);
  });

  it('rejects garbage and an unsigned token', async () => {
    expect((await rejection(auth.authenticate('Bearer not.a.jwt'))).code).toBe('UNAUTHENTICATED');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', aud: AUDIENCE, iss: ISSUER, exp: 9e9 })).toString('base64url')}.`;
    expect((await rejection(auth.authenticate(`Bearer ${unsigned}`))).code).toBe('UNAUTHENTICATED');
  });

  it('rejects a token without a subject', async () => {
    const token = await new SignJWT({ scope: 'employees:read' })
      .setProtectedHeader({ alg: 'RS256' })
      .setAudience(AUDIENCE)
      .setIssuer(ISSUER)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await rejection(auth.authenticate(`Bearer ${token}`))).message).toMatch(/"sub" claim/);
  });
});

describe('AUTH_MODE=jwt with a JWKS URL', () => {
  let server: Server;
  let privateKey: CryptoKey;
  let auth: Authenticator;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    privateKey = pair.privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'es1', alg: 'ES256', use: 'sig' }] });
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    auth = createAuthenticator(
      parseAuthConfig({ AUTH_MODE: 'jwt', JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks`, JWT_AUDIENCE: AUDIENCE, JWT_ISSUER: ISSUER }, 'test'),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies a token against the fetched key set', async () => {
    const token = await new SignJWT({ scope: 'health:read' })
      .setProtectedHeader({ alg: 'ES256', kid: 'es1' })
      .setSubject('svc')
      .setAudience(AUDIENCE)
      .setIssuer(ISSUER)
      .setExpirationTime('1m')
      .sign(privateKey);
    const principal = await auth.authenticate(`Bearer ${token}`);
    expect(principal?.subject).toBe('svc');
    expect(scopesOf(principal)).toEqual(['health:read']);
  });
});
