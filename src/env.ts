// Reading one setting from the environment, the same way everywhere: blank means the default, and
// a bad value is a ConfigError that names the variable, what it got and what it expects.
import { ConfigError } from './config-error.js';

export type Env = Record<string, string | undefined>;

export function integerSetting(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function booleanSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/**
 * A connection URL with one of `schemes` (e.g. ['postgres', 'postgresql']), or null when unset.
 * The value may hold a password, so no message ever echoes it: `shape` shows what was expected.
 */
export function urlSetting(env: Env, name: string, schemes: readonly string[], shape: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected ${shape})`);
  }
  if (!schemes.some((scheme) => url.protocol === `${scheme}:`)) {
    throw new ConfigError(`${name} must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}, got ${url.protocol}//`);
  }
  return raw;
}
