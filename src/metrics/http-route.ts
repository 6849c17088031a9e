// The `route` label of HTTP metrics: one of a fixed few, never the raw URL, so a scanner trying
// ten thousand paths adds no new time series.
export const HTTP_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', 'other'] as const;
export type HttpRoute = (typeof HTTP_ROUTES)[number];

const PATHS: ReadonlySet<string> = new Set(HTTP_ROUTES.filter((route) => route !== 'other'));
const KNOWN_METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS']);

export function httpRoute(url: string | undefined): HttpRoute {
  const path = (url ?? '').split('?', 1)[0] ?? '';
  return PATHS.has(path) ? (path as HttpRoute) : 'other';
}

/** The method label, bounded the same way: anything unusual is "OTHER". */
export function httpMethod(method: string | undefined): string {
  const upper = (method ?? '').toUpperCase();
  return KNOWN_METHODS.has(upper) ? upper : 'OTHER';
}
