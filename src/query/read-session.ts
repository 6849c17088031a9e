// One read-only transaction per GraphQL request, opened on first use and shared by the question's
// query and every DataLoader batch of the same request, then committed and released when the
// response is sent. Every statement in it runs under the statement timeout and, when configured,
// as the SELECT-only role, so even a bug on this path cannot write.
import type { QueryConfig } from 'pg';
import type { SqlQuery } from './sql.js';
import type { ConnectionSource, PgConnection } from './connection-source.js';
import { isConnectionFailure, isStatementTimeout } from './database-errors.js';

export interface StatementRecord {
  text: string;
  seconds: number;
  outcome: 'ok' | 'timeout' | 'error';
}

export interface ReadSessionOptions {
  statementTimeoutMs: number;
  /** a role that can only SELECT; null runs as the connecting user */
  role: string | null;
  /** told about every statement once it has finished, for counting and metrics */
  onStatement?: (statement: StatementRecord) => void;
}

/** SELECT, WITH … SELECT, VALUES or TABLE; sent with the extended protocol, so one statement only. */
const READ_STATEMENT = /^[\s(]*(select|with|values|table)\b/i;

export class ReadSession {
  private connection: Promise<PgConnection> | null = null;
  private failure: unknown = undefined;
  private closed = false;
  /** statements go out one at a time: pg deprecates queueing queries on a busy client */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: ConnectionSource,
    private readonly options: ReadSessionOptions,
  ) {}

  async query<Row>(query: SqlQuery): Promise<Row[]> {
    if (this.closed) throw new Error('read session already closed');
    // Reads only. A COMMIT or ROLLBACK would end the read-only transaction and SET LOCAL ROLE with
    // it, and what followed would run as the connecting user, read-write.
    if (!READ_STATEMENT.test(query.text)) throw new Error('a read session runs SELECT statements only');
    const connection = await this.open();
    return this.run<Row>(connection, query);
  }

  /** Ends the transaction and returns the connection; safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.connection) return;
    let connection: PgConnection;
    try {
      connection = await this.connection;
    } catch {
      return; // never acquired
    }
    if (this.failure !== undefined && isConnectionFailure(this.failure)) {
      this.source.release(connection, this.failure);
      return;
    }
    try {
      // Always ROLLBACK: a read has nothing to keep, and whatever a statement managed to change
      // despite READ ONLY (PostgreSQL before 16 lets lo_create() through) is undone.
      await this.run(connection, { text: 'ROLLBACK', values: [] });
      this.source.release(connection);
    } catch (error) {
      this.source.release(connection, error);
    }
  }

  private open(): Promise<PgConnection> {
    this.connection ??= this.begin();
    return this.connection;
  }

  private async begin(): Promise<PgConnection> {
    const connection = await this.source.acquire();
    try {
      await this.run(connection, { text: 'BEGIN READ ONLY', values: [] });
      // set_config(..., true) is SET LOCAL: both settings end with the transaction.
      const settings =
        this.options.role === null
          ? { text: "SELECT set_config('statement_timeout', $1, true)", values: [String(this.options.statementTimeoutMs)] }
          : {
              text: "SELECT set_config('statement_timeout', $1, true), set_config('role', $2, true)",
              values: [String(this.options.statementTimeoutMs), this.options.role],
            };
      await this.run(connection, settings);
      return connection;
    } catch (error) {
      this.closed = true;
      this.source.release(connection, error);
      throw error;
    }
  }

  private run<Row>(connection: PgConnection, query: SqlQuery): Promise<Row[]> {
    const result = this.queue.then(() => this.send<Row>(connection, query));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async send<Row>(connection: PgConnection, query: SqlQuery): Promise<Row[]> {
    const started = performance.now();
    const done = (outcome: StatementRecord['outcome']) =>
      this.options.onStatement?.({ text: query.text, seconds: (performance.now() - started) / 1000, outcome });
    try {
      // Extended protocol even without parameters: "SELECT 1; COMMIT; INSERT …" is refused whole.
      const result = await connection.query({ text: query.text, values: query.values, queryMode: 'extended' } as QueryConfig);
      done('ok');
      return result.rows as Row[];
    } catch (error) {
      done(isStatementTimeout(error) ? 'timeout' : 'error');
      this.failure ??= error;
      throw error;
    }
  }
}
