// One read statement wrapped in its own read-only transaction, sent to PostgreSQL in a single
// round trip: BEGIN READ ONLY, the settings, the statement and ROLLBACK go out as one batch of
// extended-protocol messages closed by one Sync, and come back as one batch of replies.
//
// Why: sent one at a time, the four statements cost four writes to the socket and four wake-ups of
// the database backend; profiles of the benchmark showed the socket writes alone at about a quarter
// of the server's CPU. Batched, the request costs what a bare SELECT costs.
//
// How the batch behaves: the server runs the messages in order. When one fails it skips everything
// up to the Sync, ROLLBACK included, and reports the transaction as failed; the caller then sends a
// ROLLBACK of its own (ReadSession does). The statements' rows are parsed like pg's own Query
// parses them: with pg's Result and the type parsers the client was configured with, which pg hands
// to any submitted query that carries a `_result` (the mechanism pg-cursor uses).
//
// Prepared statements: given the connection's PreparedStatements, a text the connection has
// parsed before is bound to its name without a Parse; a new text is parsed under a new name, which
// is kept once its statement completes (each statement's CommandComplete arrives after its Parse
// succeeded). Names parsed in a batch that failed are closed at the start of the next one. The
// statement's columns are asked for (Describe) until its prepared statement has a parser for its
// rows, the Result set up from the first Describe, which later batches parse with.
import type { Connection, FieldDef } from 'pg';
import Result from 'pg/lib/result.js';
import { prepareValue } from 'pg/lib/utils.js';
import { isStalePreparedStatement, newStatementName, type PreparedStatements, type RowParser } from './prepared-statements.js';
import type { SqlQuery } from './sql.js';

/** The parts of pg's protocol connection a submitted query writes to (@types/pg's are out of date). */
interface ProtocolConnection {
  stream: { cork?(): void; uncork?(): void };
  parse(message: { text: string; name: string; types?: unknown[] }): void;
  bind(message: { statement: string; values: unknown[]; valueMapper: (value: unknown) => unknown }): void;
  describe(message: { type: 'P'; name: string }): void;
  close(message: { type: 'S'; name: string }): void;
  execute(message: { portal: string; rows?: number }): void;
  sync(): void;
}

interface RowDescription {
  fields: FieldDef[];
}

interface DataRow {
  fields: (string | null)[];
}

/** The statements of the batch; only `statement`'s rows are kept. */
export interface ReadTransactionParts {
  begin: SqlQuery;
  settings: SqlQuery;
  statement: SqlQuery;
  end: SqlQuery;
}

/** Where the statement sits in the batch: after BEGIN and the settings. */
const STATEMENT = 2;

/**
 * A pg "submittable": `client.query(new ReadTransactionQuery(parts))` sends the batch and
 * `.rows` resolves with the statement's rows, or rejects with the first error the server reported.
 */
export class ReadTransactionQuery<Row> {
  readonly rows: Promise<Row[]>;
  /** pg fills in the client's type parsers here before submitting (see the module comment) */
  readonly _result = new Result();
  private readonly order: SqlQuery[];
  /** which statement's replies are arriving: each CommandComplete moves on to the next */
  private current = 0;
  private readonly collected: Row[] = [];
  private parseFailure: unknown = null;
  private settle!: { resolve(rows: Row[]): void; reject(error: unknown): void };
  /** the names this batch parses, by position in the batch; kept when their statement completes */
  private readonly parsedNames: (string | undefined)[] = [];
  /**
   * What parses the statement's rows: the prepared statement's own, or `_result`, which this batch's
   * Describe sets up and the prepared statement then keeps.
   */
  private rowParser: RowParser = this._result;

  /** `statements`: the connection's prepared statements; null sends every statement unnamed. */
  constructor(
    parts: ReadTransactionParts,
    private readonly statements: PreparedStatements | null = null,
  ) {
    this.order = [parts.begin, parts.settings, parts.statement, parts.end];
    this.rows = new Promise<Row[]>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(pgConnection: Connection): void {
    const connection = pgConnection as unknown as ProtocolConnection;
    // Corked, the whole batch leaves in one write.
    connection.stream.cork?.();
    try {
      for (const name of this.statements?.takeNamesToClose() ?? []) connection.close({ type: 'S', name });
      for (const [index, query] of this.order.entries()) {
        const prepared = this.statements?.use(query.text);
        let name = prepared?.name;
        if (name === undefined) {
          name = this.statements === null ? '' : newStatementName();
          connection.parse({ text: query.text, name });
          if (this.statements !== null) this.parsedNames[index] = name;
        }
        connection.bind({ statement: name, values: query.values, valueMapper: prepareValue });
        // Only the statement's columns are described (the others' rows are not read), and only
        // until its prepared statement knows them.
        if (index === STATEMENT) {
          if (prepared?.rowParser) this.rowParser = prepared.rowParser;
          else connection.describe({ type: 'P', name: '' });
        }
        connection.execute({ portal: '' });
      }
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
  }

  handleRowDescription(message: RowDescription): void {
    this._result.addFields(message.fields);
  }

  handleDataRow(message: DataRow): void {
    if (this.current !== STATEMENT || this.parseFailure !== null) return;
    try {
      this.collected.push(this.rowParser.parseRow(message.fields) as Row);
    } catch (error) {
      this.parseFailure = error;
    }
  }

  handleCommandComplete(): void {
    this.completed();
  }

  handleEmptyQuery(): void {
    this.completed();
  }

  handleError(error: unknown): void {
    if (this.statements !== null) {
      // The failed statement's Parse may or may not have succeeded; the ones after it never ran.
      for (const name of this.parsedNames.slice(this.current)) if (name !== undefined) this.statements.discard(name);
      if (isStalePreparedStatement(error)) this.statements.forgetAll();
    }
    this.settle.reject(error);
  }

  private completed(): void {
    const { text } = this.order[this.current] as SqlQuery;
    const name = this.parsedNames[this.current];
    if (name !== undefined) this.statements?.confirm(text, name);
    // Not parsing with a prepared statement's own parser, this batch described the statement, and
    // its RowDescription came before this CommandComplete.
    if (this.current === STATEMENT && this.rowParser === this._result) this.statements?.describe(text, this._result);
    this.current += 1;
  }

  handleReadyForQuery(): void {
    if (this.parseFailure !== null) this.settle.reject(this.parseFailure);
    else this.settle.resolve(this.collected);
  }

  // A read statement never starts COPY or leaves a portal suspended; answer as pg's Query does.
  handleCopyInResponse(connection: { sendCopyFail(message: string): void }): void {
    connection.sendCopyFail('No source stream defined');
  }

  handleCopyData(): void {}

  handlePortalSuspended(): void {}
}
