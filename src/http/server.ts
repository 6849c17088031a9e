// The HTTP surface: /graphql, the probes /healthz (liveness) and /readyz (readiness), and
// /metrics for Prometheus.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HealthReport, HealthService } from '../health/health-service.js';
import { requireScope } from '../auth/principal.js';
import { RosterError } from '../errors.js';
import type { Metrics } from '../metrics/metrics.js';
import { handleGraphQL, type GraphQLHandlerOptions } from './graphql-handler.js';

const HEALTH_JSON = 'application/health+json';

export interface HttpServerOptions extends GraphQLHandlerOptions {
  health: HealthService;
  metrics: Metrics;
  log: Logger;
  version: string;
}

function sendHealth(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': HEALTH_JSON, 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** /readyz in the IETF health-check format (draft-inadarei-api-health-check). */
export function readinessBody(report: HealthReport, version: string) {
  const ready = report.database.reachable && report.migrations.pending === 0;
  const checks: Record<string, object[]> = {};
  for (const check of report.checks) {
    checks[check.name] = [
      {
        status: check.status,
        observedValue: check.observedValue,
        observedUnit: check.observedUnit,
        ...(check.message ? { output: check.message } : {}),
        time: report.checkedAt,
      },
    ];
  }
  return { ready, body: { status: ready ? (report.status === 'HEALTHY' ? 'pass' : 'warn') : 'fail', version, checks } };
}

async function metricsRefusal(options: HttpServerOptions, request: IncomingMessage): Promise<{ status: number; error: RosterError } | null> {
  try {
    requireScope(await options.authenticator.authenticate(request.headers.authorization), 'health:read', 'Reading /metrics');
    return null;
  } catch (error) {
    if (!(error instanceof RosterError)) throw error;
    return { status: error.code === 'FORBIDDEN' ? 403 : 401, error };
  }
}

export function createHttpServer(options: HttpServerOptions): http.Server {
  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/graphql') return handleGraphQL(options, request, response);
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      return sendHealth(response, 200, { status: 'pass', version: options.version });
    }
    if (path === '/readyz' && (request.method === 'GET' || request.method === 'HEAD')) {
      const { ready, body } = readinessBody(await options.health.check(), options.version);
      return sendHealth(response, ready ? 200 : 503, body);
    }
    if (path === '/metrics' && request.method === 'GET') {
      // Pool figures are health details: the same health:read scope as systemHealth's.
      const refusal = await metricsRefusal(options, request);
      if (refusal) {
        response.writeHead(refusal.status, { 'content-type': 'application/json', ...(refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {}) });
        response.end(JSON.stringify({ errors: [refusal.error.toJSON()] }));
        return;
      }
      const { contentType, body } = await options.metrics.render();
      response.writeHead(200, { 'content-type': contentType });
      response.end(body);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Not found. GraphQL is served at /graphql.' }));
  };

  return http.createServer((request, response) => {
    const started = performance.now();
    response.once('finish', () =>
      options.metrics.observeHttpRequest({ method: request.method, url: request.url, status: response.statusCode, seconds: (performance.now() - started) / 1000 }),
    );
    route(request, response).catch((error: unknown) => {
      options.log.error({ err: error, url: request.url }, 'request failed');
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      } else {
        response.destroy();
      }
    });
  });
}
