// The ask path's only way to the database. Every statement runs in a transaction of its own that
// is READ ONLY, under the statement timeout and, when configured, as the SELECT-only role, and that
// always ends in ROLLBACK: even a bug on this path cannot write or leave a setting behind. The four
// statements travel in one round trip (read-transaction.ts), and the connection goes back to the
// pool as soon as the rows are in, not when the GraphQL response is finished. Each connection keeps
// the statements it has parsed prepared (prepared-statements.ts) unless preparedStatements is 0.
import type { SqlQuery } from './sql.js';
import type { ConnectionSource, PgConnection } from './connection-source.js';
import { isConnectionFailure, isStatementTimeout } from './database-errors.js';
import { isStalePreparedStatement, preparedStatementsOf } from './prepared-statements.js';
import { ReadTransactionQuery } from './read-transaction.js';

/** One round trip to the database: the statements it carried, in order, and how it went. */
export interface RoundTripRecord {
  statements: string[];
  seconds: number;
  outcome: 'ok' | 'timeout' | 'error';
}

export interface ReadSessionOptions {
  statementTimeoutMs: number;
  /** a role that can only SELECT; null runs as the connecting user */
  role: string | null;
  /** how many statements each connection keeps prepared, least recently used let go first; 0 prepares none (default) */
  preparedStatements?: number;
  /** told about every round trip once it has finished, for counting and metrics */
  onRoundTrip?: (roundTrip: RoundTripRecord) => void;
}

/** SELECT, WITH … SELECT, VALUES or TABLE; sent with the extended protocol, so one statement only. */
const READ_STATEMENT = /^[\s(]*(select|with|values|table)\b/i;

const BEGIN: SqlQuery = { text: 'BEGIN READ ONLY', values: [] };
const ROLLBACK: SqlQuery = { text: 'ROLLBACK', values: [] };

export class ReadSession {
  private closed = false;
  private readonly customPlanSettings: SqlQuery;
  private readonly genericPlanSettings: SqlQuery;

  constructor(
    private readonly source: ConnectionSource,
    private readonly options: ReadSessionOptions,
  ) {
    // set_config(..., true) is SET LOCAL: the settings end with the transaction. plan_cache_mode
    // decides how a prepared statement is planned: for its values each time, unless the statement
    // says a generic plan serves all its values (SqlQuery.genericPlan); PostgreSQL's own choice
    // (auto) switched W5 to a generic plan 4.5x slower than a custom one.
    const timeout = String(options.statementTimeoutMs);
    const settings = (planMode: string): SqlQuery =>
      options.role === null
        ? { text: "SELECT set_config('statement_timeout', $1, true), set_config('plan_cache_mode', $2, true)", values: [timeout, planMode] }
        : {
            text: "SELECT set_config('statement_timeout', $1, true), set_config('plan_cache_mode', $2, true), set_config('role', $3, true)",
            values: [timeout, planMode, options.role],
          };
    this.customPlanSettings = settings('force_custom_plan');
    this.genericPlanSettings = settings('force_generic_plan');
  }

  async query<Row>(query: SqlQuery): Promise<Row[]> {
    if (this.closed) throw new Error('read session already closed');
    // Reads only: a COMMIT or SET would end the transaction early or change what follows it.
    if (!READ_STATEMENT.test(query.text)) throw new Error('a read session runs SELECT statements only');
    try {
      return await this.runOnce<Row>(query);
    } catch (error) {
      // The connection has forgotten what it held prepared; parsed again, the read is answered.
      if (!isStalePreparedStatement(error)) throw error;
      return this.runOnce<Row>(query);
    }
  }

  private async runOnce<Row>(query: SqlQuery): Promise<Row[]> {
    const connection = await this.source.acquire();
    const capacity = this.options.preparedStatements ?? 0;
    const statements = capacity > 0 ? preparedStatementsOf(connection, capacity) : null;
    const settings = query.genericPlan === true ? this.genericPlanSettings : this.customPlanSettings;
    const batch = new ReadTransactionQuery<Row>({ begin: BEGIN, settings, statement: query, end: ROLLBACK }, statements);
    const started = performance.now();
    try {
      connection.query(batch);
      const rows = await batch.rows;
      this.record([BEGIN, settings, query, ROLLBACK], started, 'ok');
      this.source.release(connection);
      return rows;
    } catch (error) {
      this.record([BEGIN, settings, query, ROLLBACK], started, isStatementTimeout(error) ? 'timeout' : 'error');
      await this.endFailedTransaction(connection, error);
      throw error;
    }
  }

  /** No statement may follow; each statement already returned its connection. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
  }

  /**
   * After a failure the server skips the rest of the batch, its ROLLBACK included, and keeps the
   * failed transaction open: roll it back, then return the connection (or drop a broken one). The
   * ROLLBACK is queued behind the batch's last reply, so it always runs after the failure.
   */
  private async endFailedTransaction(connection: PgConnection, failure: unknown): Promise<void> {
    if (isConnectionFailure(failure)) {
      this.source.release(connection, failure);
      return;
    }
    const started = performance.now();
    try {
      await connection.query(ROLLBACK.text);
      this.record([ROLLBACK], started, 'ok');
      this.source.release(connection);
    } catch (error) {
      this.record([ROLLBACK], started, 'error');
      this.source.release(connection, error);
    }
  }

  private record(statements: SqlQuery[], started: number, outcome: RoundTripRecord['outcome']): void {
    this.options.onRoundTrip?.({ statements: statements.map((s) => s.text), seconds: (performance.now() - started) / 1000, outcome });
  }
}
