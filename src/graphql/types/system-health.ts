// systemHealth: what monitoring polls. Answers within a second whatever the database is doing.
import { requireScope } from '../../auth/principal.js';
import type { HealthReport } from '../../health/health-service.js';
import type { GraphQLContext } from '../context.js';
import { builder } from '../builder.js';

const HealthStatusEnum = builder.enumType('HealthStatus', {
  values: ['HEALTHY', 'DEGRADED', 'UNHEALTHY'] as const,
  description: 'UNHEALTHY: the database does not answer. DEGRADED: pool at least 90% used, acquires waiting, or migrations pending.',
});

const DatabaseHealth = builder.objectRef<HealthReport['database']>('DatabaseHealth').implement({
  fields: (t) => ({
    reachable: t.exposeBoolean('reachable'),
    latencyMs: t.exposeFloat('latencyMs', { nullable: true }),
    serverVersion: t.exposeString('serverVersion', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'A short reason; never a connection string.' }),
  }),
});

const PoolHealth = builder.objectRef<HealthReport['pool']>('PoolHealth').implement({
  fields: (t) => ({
    min: t.exposeInt('min'),
    max: t.exposeInt('max'),
    size: t.exposeInt('size', { description: 'Open connections.' }),
    used: t.exposeInt('used'),
    idle: t.exposeInt('idle'),
    pendingAcquires: t.exposeInt('pendingAcquires', { description: 'Requests waiting for a connection.' }),
    utilization: t.exposeFloat('utilization', { description: 'used / max.' }),
    acquireTimeouts: t.exposeInt('acquireTimeouts', { description: 'Requests that gave up waiting, since start.' }),
  }),
});

const MigrationHealth = builder.objectRef<HealthReport['migrations']>('MigrationHealth').implement({
  fields: (t) => ({
    applied: t.exposeInt('applied'),
    pending: t.exposeInt('pending'),
    latest: t.exposeString('latest', { nullable: true, description: 'The last applied migration.' }),
  }),
});

const CheckStatus = builder.enumType('HealthCheckStatus', { values: ['PASS', 'WARN', 'FAIL'] as const });

const HealthCheckType = builder.objectRef<HealthReport['checks'][number]>('HealthCheck').implement({
  description: 'One check, in the spirit of the IETF health-check format.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'component:measurement, e.g. database:responseTime' }),
    status: t.field({ type: CheckStatus, resolve: (check) => check.status.toUpperCase() as 'PASS' | 'WARN' | 'FAIL' }),
    observedValue: t.exposeFloat('observedValue', { nullable: true }),
    observedUnit: t.exposeString('observedUnit'),
    message: t.exposeString('message', { nullable: true }),
  }),
});

/** Status is public (probes need it); the details need health:read. */
function detail<T>(what: string, pick: (report: HealthReport) => T) {
  return (report: HealthReport, _args: unknown, context: GraphQLContext): T => {
    requireScope(context.principal, 'health:read', what);
    return pick(report);
  };
}

const SystemHealth = builder.objectRef<HealthReport>('SystemHealth').implement({
  description: 'status and checkedAt are public; the other fields need the health:read scope.',
  fields: (t) => ({
    status: t.field({ type: HealthStatusEnum, resolve: (report) => report.status }),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    uptimeSeconds: t.int({ nullable: true, resolve: detail('uptimeSeconds', (report) => report.uptimeSeconds) }),
    version: t.string({ nullable: true, resolve: detail('version', (report) => report.version) }),
    database: t.field({ type: DatabaseHealth, nullable: true, resolve: detail('Database health', (report) => report.database) }),
    pool: t.field({ type: PoolHealth, nullable: true, resolve: detail('Pool health', (report) => report.pool) }),
    migrations: t.field({ type: MigrationHealth, nullable: true, resolve: detail('Migration health', (report) => report.migrations) }),
    checks: t.field({ type: [HealthCheckType], nullable: true, resolve: detail('Health checks', (report) => report.checks) }),
  }),
});

builder.queryField('systemHealth', (t) =>
  t.field({
    type: SystemHealth,
    description: 'The state of the database, its connection pool and its migrations.',
    resolve: (_root, _args, context) => context.health.check(),
  }),
);
