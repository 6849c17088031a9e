// A connection of its own for health checks, outside the pool: monitoring must get an answer
// within a second even when every pooled connection is busy or the database is gone. Each probe
// is bounded by a client-side timeout; a probe that fails drops the connection so the next one
// starts clean.
import pg from 'pg';

export interface ProbeResult {
  reachable: boolean;
  latencyMs: number | null;
  serverVersion: string | null;
  appliedMigrations: string[];
  /** a short, safe description; never a connection string or password */
  error: string | null;
}

const PROBE_TIMEOUT_MS = 800;

function safeErrorText(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'database host not found';
  if (code === '28P01' || code === '28000') return 'authentication failed';
  if (code === '3D000') return 'database does not exist';
  if (code === '57P01' || code === '57P03') return 'database is shutting down or starting up';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (/timeout/i.test(message)) return `no answer within ${PROBE_TIMEOUT_MS} ms`;
  if (/terminated|ended/i.test(message)) return 'connection lost';
  return 'database error';
}

export class HealthProbe {
  private client: pg.Client | null = null;

  constructor(private readonly databaseUrl: string) {}

  async probe(): Promise<ProbeResult> {
    const started = performance.now();
    try {
      const client = await this.connected();
      const result = await client.query<{ version: string; migrations: string[] | null }>(
        "SELECT current_setting('server_version') AS version," +
          " (SELECT array_agg(name ORDER BY id) FROM mikro_orm_migrations WHERE to_regclass('mikro_orm_migrations') IS NOT NULL) AS migrations",
      );
      const row = result.rows[0];
      return {
        reachable: true,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        serverVersion: row?.version ?? null,
        appliedMigrations: row?.migrations ?? [],
        error: null,
      };
    } catch (error) {
      // mikro_orm_migrations missing: reachable, nothing applied.
      if ((error as { code?: unknown }).code === '42P01') {
        return this.withoutMigrationsTable(started);
      }
      await this.drop();
      return { reachable: false, latencyMs: null, serverVersion: null, appliedMigrations: [], error: safeErrorText(error) };
    }
  }

  async close(): Promise<void> {
    await this.drop();
  }

  private async withoutMigrationsTable(started: number): Promise<ProbeResult> {
    try {
      const client = await this.connected();
      const result = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
      return {
        reachable: true,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        serverVersion: result.rows[0]?.version ?? null,
        appliedMigrations: [],
        error: null,
      };
    } catch (error) {
      await this.drop();
      return { reachable: false, latencyMs: null, serverVersion: null, appliedMigrations: [], error: safeErrorText(error) };
    }
  }

  private async connected(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      statement_timeout: PROBE_TIMEOUT_MS,
      application_name: 'roster-health',
    });
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    try {
      await client.connect();
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}
