// `npm run apikey -- NAME [SCOPES]`: prints a new random key (give it to the client, once) and the
// API_KEYS entry for it (put it in the server's environment). Only the entry's hash is stored, so
// a lost key cannot be recovered: generate a new one.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { hashApiKey } from './api-keys.js';
import { isScope, type Scope } from './principal.js';

export interface GeneratedApiKey {
  key: string;
  entry: string;
}

export function generateApiKey(name: string, scopes: readonly Scope[]): GeneratedApiKey {
  // 32 random bytes: far beyond guessing, which is why an unsalted SHA-256 is enough to store it.
  const key = `roster_${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${name}:${hashApiKey(key).toString('hex')}:${scopes.join('+')}` };
}

function main(argv: readonly string[]): number {
  const [name, scopeArg = 'employees:read'] = argv;
  if (!name || !/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    console.error('usage: npm run apikey -- NAME [SCOPES]   (SCOPES like employees:read+salary:read)');
    return 2;
  }
  const scopes = scopeArg.split('+');
  const unknown = scopes.filter((s) => !isScope(s));
  if (unknown.length > 0) {
    console.error(`unknown scope(s): ${unknown.join(', ')}; use employees:read, salary:read, health:read`);
    return 2;
  }
  const { key, entry } = generateApiKey(name, scopes as Scope[]);
  console.log(`key (give to the client; shown once):\n  ${key}\n`);
  console.log(`API_KEYS entry (append to API_KEYS, comma-separated):\n  ${entry}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
