// Who is asking and what they may read. Every resolver that reads something sensitive asks
// requireScope() first, so the rule and the reason live next to the data they protect.
import { ErrorCode, RosterError } from '../errors.js';

export const SCOPES = ['employees:read', 'salary:read', 'health:read'] as const;
export type Scope = (typeof SCOPES)[number];

export type AuthMode = 'off' | 'apikey' | 'jwt';

export interface Principal {
  /** API key name, JWT `sub`, or "anonymous" when authentication is off */
  subject: string;
  scopes: ReadonlySet<Scope>;
  mode: AuthMode;
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** AUTH_MODE=off: local development and tests see everything. */
export const ANONYMOUS_PRINCIPAL: Principal = Object.freeze({
  subject: 'anonymous',
  scopes: new Set<Scope>(SCOPES),
  mode: 'off',
});

/**
 * Throws unless the principal holds the scope. `what` names the thing being read, so the message
 * says what needs which scope: requireScope(p, 'salary:read', 'Filtering or sorting by salary')
 * → "Filtering or sorting by salary needs the salary:read scope."
 * No principal at all (no credentials sent) is UNAUTHENTICATED rather than FORBIDDEN: the fix is
 * to send credentials, not to ask for more scopes.
 */
export function requireScope(principal: Principal | null, scope: Scope, what: string): void {
  if (principal === null) {
    throw new RosterError(
      ErrorCode.UNAUTHENTICATED,
      `${what} needs the ${scope} scope. Send an API key or token as "Authorization: Bearer <credential>".`,
      { requiredScope: scope },
    );
  }
  if (!principal.scopes.has(scope)) {
    throw new RosterError(ErrorCode.FORBIDDEN, `${what} needs the ${scope} scope.`, { requiredScope: scope });
  }
}
