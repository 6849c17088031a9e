// API keys are stored only as SHA-256 hashes, so a leaked environment or log does not leak a key.
// Keys are long random strings, so a plain (unsalted, fast) hash is enough: there is nothing to
// brute-force the way there is with a password.
//
// API_KEYS format: a comma-separated list of entries, each `name:sha256-hex-of-key:scopes`, where
// scopes are joined with `+`. Example (two keys):
//   API_KEYS=reporting:9f86d0…0f00a08:employees:read+salary:read,probe:60303a…b0d1:health:read
// `npm run apikey -- NAME SCOPES` prints a new key and its entry.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../config-error.js';
import { isScope, type Scope } from './principal.js';

export interface ApiKeyEntry {
  name: string;
  /** SHA-256 of the key, 32 bytes */
  hash: Buffer;
  scopes: ReadonlySet<Scope>;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

function parseEntry(raw: string, position: number): ApiKeyEntry {
  // Scopes contain ':' themselves (employees:read), so split off name and hash and keep the rest.
  const first = raw.indexOf(':');
  const second = first < 0 ? -1 : raw.indexOf(':', first + 1);
  if (second < 0) {
    throw new ConfigError(`API_KEYS entry ${position} must look like name:sha256-hex:scope1+scope2`);
  }
  const name = raw.slice(0, first).trim();
  const hex = raw.slice(first + 1, second).trim();
  const scopeList = raw.slice(second + 1).trim();
  if (!NAME.test(name)) {
    throw new ConfigError(`API_KEYS entry ${position}: the name must be 1–64 letters, digits, "_", "." or "-"`);
  }
  // Never echo the hash: harmless, but a key pasted here by mistake would be.
  if (!SHA256_HEX.test(hex)) {
    throw new ConfigError(`API_KEYS entry "${name}": the second part must be the 64-character SHA-256 hex of the key (not the key itself)`);
  }
  const scopes = scopeList.split('+').map((scope) => scope.trim());
  if (scopeList === '') throw new ConfigError(`API_KEYS entry "${name}" has no scopes`);
  for (const scope of scopes) {
    if (!isScope(scope)) throw new ConfigError(`API_KEYS entry "${name}" has an unknown scope "${scope}"`);
  }
  return { name, hash: Buffer.from(hex, 'hex'), scopes: new Set(scopes as Scope[]) };
}

export function parseApiKeys(raw: string | undefined): ApiKeyEntry[] {
  const parts = (raw ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) throw new ConfigError('AUTH_MODE=apikey needs API_KEYS (name:sha256-hex:scope1+scope2, comma-separated)');
  const entries = parts.map((part, index) => parseEntry(part, index + 1));
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new ConfigError(`API_KEYS has two entries named "${entry.name}"`);
    const hex = entry.hash.toString('hex');
    if (hashes.has(hex)) throw new ConfigError(`API_KEYS entry "${entry.name}" repeats the hash of an earlier entry`);
    names.add(entry.name);
    hashes.add(hex);
  }
  return entries;
}

/** The entry whose hash matches the presented key, or null. Every entry is compared, match or not. */
export function findApiKey(entries: readonly ApiKeyEntry[], presented: string): ApiKeyEntry | null {
  const hash = hashApiKey(presented);
  let found: ApiKeyEntry | null = null;
  for (const entry of entries) {
    if (timingSafeEqual(hash, entry.hash) && found === null) found = entry;
  }
  return found;
}
