import { describe, expect, it } from 'vitest';
import { rateLimitKey } from '../../../src/rate-limit/rate-limit-key.js';
import { rateLimitedError } from '../../../src/rate-limit/rate-limited-error.js';
import { ANONYMOUS_PRINCIPAL } from '../../../src/auth/principal.js';

describe('rateLimitedError', () => {
  it('carries RATE_LIMITED and whole seconds to wait, rounded up', () => {
    const error = rateLimitedError(1200);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfterSeconds).toBe(2);
    expect(error.message).toBe('Too many requests. Please retry in 2 seconds.');
  });

  it('never tells a client to retry in 0 seconds', () => {
    expect(rateLimitedError(20).extensions.retryAfterSeconds).toBe(1);
    expect(rateLimitedError(20).message).toBe('Too many requests. Please retry in 1 second.');
  });
});

describe('rateLimitKey', () => {
  it('keys by credential owner, or by address when anonymous', () => {
    expect(rateLimitKey({ subject: 'reporting', scopes: new Set(), mode: 'apikey' }, '10.0.0.1')).toBe('apikey:reporting');
    expect(rateLimitKey({ subject: 'user-1', scopes: new Set(), mode: 'jwt' }, '10.0.0.1')).toBe('jwt:user-1');
    expect(rateLimitKey(null, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKey(ANONYMOUS_PRINCIPAL, '::1')).toBe('ip:::1');
  });
});
