// Bearer JWTs from an identity provider: signature (JWKS or one PEM key), audience, issuer and
// expiry are all checked by jose; we only turn its verdict into a Principal or a safe message.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ErrorCode, RosterError } from '../errors.js';
import type { JwtConfig } from './auth-config.js';
import { isScope, type Principal, type Scope } from './principal.js';

/** `scope` is the OAuth 2 claim (space-separated); some providers send `scp`, as an array or string. */
export function scopesFromClaims(payload: JWTPayload): Set<Scope> {
  const raw: unknown[] = [];
  if (typeof payload.scope === 'string') raw.push(...payload.scope.split(' '));
  if (typeof payload.scp === 'string') raw.push(...payload.scp.split(' '));
  if (Array.isArray(payload.scp)) raw.push(...payload.scp);
  // Scopes meant for other APIs are normal in a token; they are ignored, not an error.
  return new Set(raw.filter((s): s is Scope => typeof s === 'string' && isScope(s)));
}

function invalid(reason: string): RosterError {
  return new RosterError(ErrorCode.UNAUTHENTICATED, `The bearer token was rejected: ${reason}.`);
}

/** Why jose refused the token, in words that are safe to return (never the token itself). */
function reasonFor(error: unknown): RosterError | null {
  if (error instanceof errors.JWTExpired) return invalid('it has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return invalid(`its "${error.claim}" claim does not match (${error.reason})`);
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('its signature does not verify');
  if (error instanceof errors.JOSEAlgNotAllowed) return invalid('it is signed with an algorithm this server does not accept');
  if (error instanceof errors.JWKSNoMatchingKey) return invalid('no key of the issuer matches it');
  // A JWKS endpoint that is down or slow is our problem, not the caller's: let it surface as an
  // internal error (logged) rather than telling a valid caller their token is bad.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return null;
  if (error instanceof errors.JOSEError) return invalid('it is not a well-formed signed JWT');
  return null;
}

export function createJwtVerifier(config: JwtConfig): (token: string) => Promise<Principal> {
  const key = config.jwksUrl ? createRemoteJWKSet(config.jwksUrl) : config.publicKey;
  if (!key) throw new Error('JwtConfig has neither jwksUrl nor publicKey');
  const options = { audience: config.audience, issuer: config.issuer, algorithms: config.algorithms, requiredClaims: ['exp', 'sub'] };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, options));
    } catch (error) {
      throw reasonFor(error) ?? error;
    }
    return { subject: payload.sub as string, scopes: scopesFromClaims(payload), mode: 'jwt' };
  };
}
