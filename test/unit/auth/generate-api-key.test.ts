import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from '../../../src/auth/auth-config.js';
import { createAuthenticator } from '../../../src/auth/authenticator.js';
import { generateApiKey } from '../../../src/auth/generate-api-key.js';

describe('generateApiKey', () => {
  it('prints an entry that API_KEYS accepts and that authenticates the printed key', async () => {
    const { key, entry } = generateApiKey('reporting', ['employees:read', 'salary:read']);
    expect(entry).not.toContain(key);
    const auth = createAuthenticator(parseAuthConfig({ AUTH_MODE: 'apikey', API_KEYS: entry }, 'production'));
    const principal = await auth.authenticate(`Bearer ${key}`);
    expect(principal?.subject).toBe('reporting');
    expect([...(principal?.scopes ?? [])]).toEqual(['employees:read', 'salary:read']);
  });

  it('makes a different key every time', () => {
    expect(generateApiKey('a', ['health:read']).key).not.toBe(generateApiKey('a', ['health:read']).key);
  });
});
