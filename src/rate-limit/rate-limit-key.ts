// Whose bucket a request draws from: the credential's owner when there is one (so one client
// behind many addresses shares a limit), otherwise the client address. Prefixes keep an API key
// named like an IP address from sharing that address's bucket.
import type { Principal } from '../auth/principal.js';

export function rateLimitKey(principal: Principal | null, clientAddress: string | undefined): string {
  if (principal && principal.mode !== 'off') return `${principal.mode}:${principal.subject}`;
  return `ip:${clientAddress ?? 'unknown'}`;
}
