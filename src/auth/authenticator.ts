// The Authorization header → a Principal. No header means a public caller (null: health status
// only); a header that is present but wrong is an error, so a typo in a key is not mistaken for
// "anonymous" and silently served less data.
import { ErrorCode, RosterError } from '../errors.js';
import { findApiKey } from './api-keys.js';
import type { AuthConfig } from './auth-config.js';
import { createJwtVerifier } from './jwt-verifier.js';
import { ANONYMOUS_PRINCIPAL, type Principal } from './principal.js';

export interface Authenticator {
  authenticate(authorizationHeader: string | undefined): Promise<Principal | null>;
}

/** Longer than any key we issue or any sane JWT; refuse before hashing or parsing it. */
const MAX_CREDENTIAL_LENGTH = 8192;

function bearerCredential(header: string | undefined): string | null {
  const value = header?.trim();
  if (!value) return null;
  const match = /^Bearer[ \t]+(\S+)$/i.exec(value);
  if (!match?.[1]) {
    throw new RosterError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <credential>".');
  }
  if (match[1].length > MAX_CREDENTIAL_LENGTH) {
    throw new RosterError(ErrorCode.UNAUTHENTICATED, 'The bearer credential is too long.');
  }
  return match[1];
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  switch (config.mode) {
    case 'off':
      return { authenticate: async () => ANONYMOUS_PRINCIPAL };
    case 'apikey': {
      const entries = config.apiKeys;
      return {
        async authenticate(header) {
          const key = bearerCredential(header);
          if (key === null) return null;
          const entry = findApiKey(entries, key);
          if (!entry) throw new RosterError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid.');
          return { subject: entry.name, scopes: entry.scopes, mode: 'apikey' };
        },
      };
    }
    case 'jwt': {
      const verify = createJwtVerifier(config.jwt);
      return {
        async authenticate(header) {
          const token = bearerCredential(header);
          return token === null ? null : verify(token);
        },
      };
    }
    default: {
      const unreachable: never = config;
      throw new Error(`unhandled auth mode ${JSON.stringify(unreachable)}`);
    }
  }
}
