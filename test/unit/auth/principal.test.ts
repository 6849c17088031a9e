import { describe, expect, it } from 'vitest';
import { ANONYMOUS_PRINCIPAL, requireScope, type Principal } from '../../../src/auth/principal.js';
import { RosterError } from '../../../src/errors.js';

function thrown(run: () => void): RosterError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RosterError);
    return error as RosterError;
  }
  throw new Error('expected a RosterError');
}

const reader: Principal = { subject: 'reporting', scopes: new Set(['employees:read']), mode: 'apikey' };

describe('requireScope', () => {
  it('passes when the scope is held, and for the anonymous principal of AUTH_MODE=off', () => {
    expect(() => requireScope(reader, 'employees:read', 'Listing employees')).not.toThrow();
    expect(() => requireScope(ANONYMOUS_PRINCIPAL, 'salary:read', 'Reading salaries')).not.toThrow();
  });

  it('says which scope is missing and why, as FORBIDDEN', () => {
    const error = thrown(() => requireScope(reader, 'salary:read', 'Filtering or sorting by salary'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Filtering or sorting by salary needs the salary:read scope.');
    expect(error.extensions.requiredScope).toBe('salary:read');
  });

  it('asks for credentials, as UNAUTHENTICATED, when none were presented', () => {
    const error = thrown(() => requireScope(null, 'employees:read', 'Listing employees'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/^Listing employees needs the employees:read scope\. Send an API key/);
  });
});
