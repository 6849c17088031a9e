import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../src/auth/api-keys.js';
import { parseAuthConfig } from '../../../src/auth/auth-config.js';
import { ConfigError } from '../../../src/config.js';

const hash = (key: string) => hashApiKey(key).toString('hex');
const rsaPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const jwtEnv = { AUTH_MODE: 'jwt', JWT_PUBLIC_KEY: rsaPem, JWT_AUDIENCE: 'roster', JWT_ISSUER: 'https://id.example' };

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseAuthConfig: AUTH_MODE', () => {
  it('defaults to off outside production', () => {
    expect(parseAuthConfig({}, 'development')).toEqual({ mode: 'off' });
    expect(parseAuthConfig({}, 'test')).toEqual({ mode: 'off' });
  });

  it('refuses a production start without an explicit AUTH_MODE, but accepts an explicit off', () => {
    expect(configError(() => parseAuthConfig({}, 'production'))).toMatch(/AUTH_MODE must be set in production/);
    expect(parseAuthConfig({ AUTH_MODE: 'off' }, 'production')).toEqual({ mode: 'off' });
  });

  it('names the variable and the value for an unknown mode', () => {
    expect(configError(() => parseAuthConfig({ AUTH_MODE: 'basic' }, 'test'))).toBe('AUTH_MODE must be one of off, apikey, jwt, got "basic"');
  });
});

describe('parseAuthConfig: apikey', () => {
  it('parses hashed entries with their scopes', () => {
    const config = parseAuthConfig(
      { AUTH_MODE: 'apikey', API_KEYS: `reporting:${hash('a')}:employees:read+salary:read, probe:${hash('b')}:health:read` },
      'production',
    );
    if (config.mode !== 'apikey') throw new Error('expected apikey');
    expect(config.apiKeys.map((k) => [k.name, [...k.scopes]])).toEqual([
      ['reporting', ['employees:read', 'salary:read']],
      ['probe', ['health:read']],
    ]);
  });

  it.each([
    [undefined, /needs API_KEYS/],
    ['reporting', /must look like name:sha256-hex:scope1\+scope2/],
    ['reporting:not-a-hash:employees:read', /64-character SHA-256 hex/],
    [`reporting:${hash('a')}:`, /has no scopes/],
    [`reporting:${hash('a')}:employees:write`, /unknown scope "employees:write"/],
    [`a:${hash('a')}:health:read,a:${hash('b')}:health:read`, /two entries named "a"/],
    [`a:${hash('a')}:health:read,b:${hash('a')}:health:read`, /repeats the hash/],
    [`bad name:${hash('a')}:health:read`, /the name must be/],
  ])('rejects API_KEYS=%s', (value, message) => {
    expect(configError(() => parseAuthConfig({ AUTH_MODE: 'apikey', API_KEYS: value }, 'test'))).toMatch(message);
  });

  it('never echoes what was put where the hash belongs', () => {
    const message = configError(() => parseAuthConfig({ AUTH_MODE: 'apikey', API_KEYS: 'x:roster_SECRETKEY:health:read' }, 'test'));
    expect(message).not.toContain('SECRETKEY');
  });
});

describe('parseAuthConfig: jwt', () => {
  it('accepts a PEM key, with literal \\n as env files write it', () => {
    const config = parseAuthConfig({ ...jwtEnv, JWT_PUBLIC_KEY: rsaPem.replace(/\n/g, '\\n') }, 'production');
    if (config.mode !== 'jwt') throw new Error('expected jwt');
    expect(config.jwt.publicKey?.asymmetricKeyType).toBe('rsa');
    expect(config.jwt.algorithms).toEqual(['RS256', 'ES256']);
    expect(config.jwt.audience).toBe('roster');
  });

  it.each([
    [{ JWT_AUDIENCE: undefined }, 'AUTH_MODE=jwt needs JWT_AUDIENCE'],
    [{ JWT_ISSUER: '' }, 'AUTH_MODE=jwt needs JWT_ISSUER'],
    [{ JWT_PUBLIC_KEY: undefined }, 'AUTH_MODE=jwt needs JWT_JWKS_URL or JWT_PUBLIC_KEY'],
    [{ JWT_JWKS_URL: 'https://id.example/jwks' }, 'Set one of JWT_JWKS_URL and JWT_PUBLIC_KEY, not both'],
    [{ JWT_PUBLIC_KEY: 'not a key' }, /is not a PEM public key/],
    [{ JWT_ALGORITHMS: 'HS256' }, /"HS256" is not supported/],
    [{ JWT_ALGORITHMS: 'ES256' }, 'JWT_PUBLIC_KEY is a rsa key, which none of JWT_ALGORITHMS (ES256) can verify'],
  ])('rejects %o', (change, message) => {
    expect(configError(() => parseAuthConfig({ ...jwtEnv, ...change }, 'test'))).toMatch(message);
  });

  it('requires https for the JWKS URL in production', () => {
    const env = { ...jwtEnv, JWT_PUBLIC_KEY: undefined, JWT_JWKS_URL: 'http://id.example/jwks' };
    expect(configError(() => parseAuthConfig(env, 'production'))).toMatch(/must use https in production/);
    const config = parseAuthConfig(env, 'development');
    if (config.mode !== 'jwt') throw new Error('expected jwt');
    expect(config.jwt.jwksUrl?.href).toBe('http://id.example/jwks');
  });
});
