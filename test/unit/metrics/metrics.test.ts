import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { httpMethod, httpRoute } from '../../../src/metrics/http-route.js';
import { createMetrics } from '../../../src/metrics/metrics.js';

function pool(overrides: Partial<{ max: number; size: number; used: number; idle: number; pendingAcquires: number }> = {}) {
  const stats = { max: 20, size: 7, used: 5, idle: 2, pendingAcquires: 0, ...overrides };
  return { stats, sources: { poolStatistics: () => stats } };
}

/** the value of one sample line, e.g. sample(body, 'roster_db_pool_connections{state="used"}') */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('createMetrics', () => {
  it('renders Prometheus text from its own registry, with prefixed process metrics', async () => {
    const metrics = createMetrics(pool().sources);
    const { contentType, body } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain('# TYPE roster_process_cpu_user_seconds_total counter');
    expect(body).toContain('roster_nodejs_eventloop_lag_seconds');
    expect(await globalRegistry.metrics()).not.toContain('roster_');
  });

  it('reads pool connections at scrape time', async () => {
    const { stats, sources } = pool();
    const metrics = createMetrics(sources);
    let body = (await metrics.render()).body;
    expect(sample(body, 'roster_db_pool_connections{state="max"}')).toBe(20);
    expect(sample(body, 'roster_db_pool_connections{state="size"}')).toBe(7);
    expect(sample(body, 'roster_db_pool_connections{state="used"}')).toBe(5);
    expect(sample(body, 'roster_db_pool_connections{state="idle"}')).toBe(2);
    expect(sample(body, 'roster_db_pool_connections{state="pending"}')).toBe(0);
    stats.used = 20;
    stats.pendingAcquires = 3;
    body = (await metrics.render()).body;
    expect(sample(body, 'roster_db_pool_connections{state="used"}')).toBe(20);
    expect(sample(body, 'roster_db_pool_connections{state="pending"}')).toBe(3);
  });

  it('records pool acquisition and statements, counting timeouts', async () => {
    const metrics = createMetrics(pool().sources);
    metrics.dbPoolAcquireDuration.observe(0.002);
    metrics.dbPoolAcquireTimeouts.inc();
    metrics.observeStatement('ok', 0.02);
    metrics.observeStatement('ok', 0.03);
    metrics.observeStatement('timeout', 3);
    metrics.observeStatement('error', 0.01);
    const { body } = await metrics.render();
    expect(sample(body, 'roster_db_pool_acquire_duration_seconds_count')).toBe(1);
    expect(sample(body, 'roster_db_pool_acquire_timeouts_total')).toBe(1);
    expect(sample(body, 'roster_db_statement_duration_seconds_count{outcome="ok"}')).toBe(2);
    expect(sample(body, 'roster_db_statement_duration_seconds_bucket{le="0.025",outcome="ok"}')).toBe(1);
    expect(sample(body, 'roster_db_statement_duration_seconds_count{outcome="timeout"}')).toBe(1);
    expect(sample(body, 'roster_db_statement_duration_seconds_count{outcome="error"}')).toBe(1);
    expect(sample(body, 'roster_db_statement_timeouts_total')).toBe(1);
  });

  it('counts questions by outcome and truncated answers', async () => {
    const metrics = createMetrics(pool().sources);
    metrics.countAsk('ok');
    metrics.countAsk('ok');
    metrics.countAsk('QUESTION_NOT_UNDERSTOOD');
    metrics.askTruncatedAnswers.inc();
    const { body } = await metrics.render();
    expect(sample(body, 'roster_ask_requests_total{outcome="ok"}')).toBe(2);
    expect(sample(body, 'roster_ask_requests_total{outcome="QUESTION_NOT_UNDERSTOOD"}')).toBe(1);
    expect(sample(body, 'roster_ask_truncated_answers_total')).toBe(1);
  });

  it('labels HTTP requests by a fixed route, never the raw URL', async () => {
    const metrics = createMetrics(pool().sources);
    metrics.observeHttpRequest({ method: 'post', url: '/graphql?op=x', status: 200, seconds: 0.05 });
    metrics.observeHttpRequest({ method: 'GET', url: '/wp-admin/install.php', status: 404, seconds: 0.001 });
    metrics.observeHttpRequest({ method: 'GET', url: '/etc/passwd?x=1', status: 404, seconds: 0.001 });
    metrics.observeHttpRequest({ method: 'PROPFIND', url: '/readyz', status: 405, seconds: 0.001 });
    const { body } = await metrics.render();
    expect(sample(body, 'roster_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBe(1);
    expect(sample(body, 'roster_http_request_duration_seconds_count{method="GET",route="other",status="404"}')).toBe(2);
    expect(sample(body, 'roster_http_request_duration_seconds_count{method="OTHER",route="/readyz",status="405"}')).toBe(1);
    expect(body).not.toContain('wp-admin');
    expect(body).not.toContain('passwd');
  });

  it('keeps two instances apart', async () => {
    const a = createMetrics(pool().sources);
    const b = createMetrics(pool().sources);
    a.askTruncatedAnswers.inc(5);
    expect(sample((await b.render()).body, 'roster_ask_truncated_answers_total')).toBe(0);
  });
});

describe('httpRoute / httpMethod', () => {
  it.each([
    ['/graphql', '/graphql'],
    ['/graphql?query={a}', '/graphql'],
    ['/healthz', '/healthz'],
    ['/readyz', '/readyz'],
    ['/metrics', '/metrics'],
    ['/metrics/', 'other'],
    ['/', 'other'],
    ['other', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (url, route) => {
    expect(httpRoute(url)).toBe(route);
  });

  it('bounds methods', () => {
    expect(httpMethod('get')).toBe('GET');
    expect(httpMethod('DELETE')).toBe('OTHER');
    expect(httpMethod(undefined)).toBe('OTHER');
  });
});
