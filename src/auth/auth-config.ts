// AUTH_MODE and the settings each mode needs, parsed once at start. Production must say how it
// authenticates: forgetting AUTH_MODE there would silently publish salaries.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../config-error.js';
import { parseApiKeys, type ApiKeyEntry } from './api-keys.js';
import type { AuthMode } from './principal.js';

type Env = Record<string, string | undefined>;

export interface JwtConfig {
  /** exactly one of jwksUrl and publicKey is set */
  jwksUrl: URL | null;
  publicKey: KeyObject | null;
  algorithms: string[];
  audience: string;
  issuer: string;
}

export type AuthConfig =
  | { mode: 'off' }
  | { mode: 'apikey'; apiKeys: ApiKeyEntry[] }
  | { mode: 'jwt'; jwt: JwtConfig };

const MODES: readonly AuthMode[] = ['off', 'apikey', 'jwt'];
const SUPPORTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
/** which algorithms a key of each type can verify, so a mismatch fails at start, not per request */
const ALGORITHMS_FOR_KEY: Record<string, RegExp> = { rsa: /^(RS|PS)/, 'rsa-pss': /^PS/, ec: /^ES/, ed25519: /^(EdDSA|Ed25519)$/ };

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`AUTH_MODE=jwt needs ${name}`);
  return value;
}

function algorithms(env: Env): string[] {
  const raw = env.JWT_ALGORITHMS?.trim() || 'RS256,ES256';
  const list = raw.split(',').map((a) => a.trim()).filter((a) => a !== '');
  for (const alg of list) {
    // HS* would let anyone holding the "public" key mint tokens; none is no signature at all.
    if (!SUPPORTED_ALGORITHMS.includes(alg)) {
      throw new ConfigError(`JWT_ALGORITHMS: "${alg}" is not supported; use some of ${SUPPORTED_ALGORITHMS.join(', ')}`);
    }
  }
  if (list.length === 0) throw new ConfigError('JWT_ALGORITHMS must name at least one algorithm');
  return list;
}

function jwksUrl(raw: string, isProduction: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`JWT_JWKS_URL is not a valid URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !isProduction)) {
    throw new ConfigError(`JWT_JWKS_URL must use https${isProduction ? ' in production' : ' (or http outside production)'}, got ${url.protocol}//`);
  }
  return url;
}

function publicKey(raw: string, algs: readonly string[]): KeyObject {
  // Environment files often carry the PEM on one line with literal \n.
  const pem = raw.replace(/\\n/g, '\n');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigError('JWT_PUBLIC_KEY is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----" …)');
  }
  const type = key.asymmetricKeyType ?? 'unknown';
  const fits = ALGORITHMS_FOR_KEY[type];
  if (!fits || !algs.some((alg) => fits.test(alg))) {
    throw new ConfigError(`JWT_PUBLIC_KEY is a ${type} key, which none of JWT_ALGORITHMS (${algs.join(', ')}) can verify`);
  }
  return key;
}

function jwtConfig(env: Env, isProduction: boolean): JwtConfig {
  const jwks = env.JWT_JWKS_URL?.trim();
  const pem = env.JWT_PUBLIC_KEY?.trim();
  if (jwks && pem) throw new ConfigError('Set one of JWT_JWKS_URL and JWT_PUBLIC_KEY, not both');
  if (!jwks && !pem) throw new ConfigError('AUTH_MODE=jwt needs JWT_JWKS_URL or JWT_PUBLIC_KEY');
  const algs = algorithms(env);
  return {
    jwksUrl: jwks ? jwksUrl(jwks, isProduction) : null,
    publicKey: pem ? publicKey(pem, algs) : null,
    algorithms: algs,
    audience: required(env, 'JWT_AUDIENCE'),
    issuer: required(env, 'JWT_ISSUER'),
  };
}

export function parseAuthConfig(env: Env, nodeEnv: string): AuthConfig {
  const isProduction = nodeEnv === 'production';
  const raw = env.AUTH_MODE?.trim().toLowerCase();
  if (!raw) {
    if (isProduction) {
      throw new ConfigError('AUTH_MODE must be set in production: apikey, jwt, or off (off publishes everything, salaries included)');
    }
    return { mode: 'off' };
  }
  if (!(MODES as readonly string[]).includes(raw)) {
    throw new ConfigError(`AUTH_MODE must be one of ${MODES.join(', ')}, got "${env.AUTH_MODE}"`);
  }
  const mode = raw as AuthMode;
  switch (mode) {
    case 'off':
      return { mode };
    case 'apikey':
      return { mode, apiKeys: parseApiKeys(env.API_KEYS) };
    case 'jwt':
      return { mode, jwt: jwtConfig(env, isProduction) };
    default: {
      const unreachable: never = mode;
      throw new ConfigError(`unhandled AUTH_MODE ${String(unreachable)}`);
    }
  }
}
