// The statements one database connection holds prepared, so that a statement text the connection
// has already parsed is sent again as a Bind to its name, not as a new Parse.
//
// Why: parsing, analysing and planning cost PostgreSQL more than running most of Roster's
// statements (a question answered from an index: 0.3–0.5 ms of planning against 0.1 ms of
// execution). A named statement is parsed once per connection; whether it is also planned once
// (a generic plan) or for each question's values is the statement's to say (SqlQuery.genericPlan,
// applied per transaction by read-session.ts).
//
// The set is bounded (a BoundedCache): a name used least recently is let go beyond `capacity`,
// and a name the server may hold but we no longer track (evicted, or parsed in a batch that
// failed) is closed at the start of the connection's next batch. Closing a name the server does
// not hold is not an error.
import { BoundedCache } from '../bounded-cache.js';
import type { PgConnection } from './connection-source.js';

/** Unique within the process, so never in use on any connection when first sent. */
let statementsNamed = 0;

export function newStatementName(): string {
  statementsNamed += 1;
  return `roster_${statementsNamed}`;
}

/** What turns a statement's data rows into row objects: pg's Result, once given the columns. */
export interface RowParser {
  parseRow(values: (string | null)[]): Record<string, unknown>;
}

/** A statement the connection's backend holds prepared. */
export interface PreparedStatement {
  readonly name: string;
  /**
   * The parser of its rows, set up from the columns the first Describe reported: later executions
   * skip the Describe, PostgreSQL's RowDescription and pg's setting up of a parser from it (field
   * objects, a type parser per column and a row template, every time). The columns cannot change
   * under a prepared statement: PostgreSQL then fails it (0A000), and forgetAll drops the parser
   * with the name.
   */
  rowParser: RowParser | null;
}

export class PreparedStatements {
  /** text → statement; a name let go to make room is closed before the next batch */
  private readonly statements: BoundedCache<string, PreparedStatement>;
  private toClose: string[] = [];

  constructor(readonly capacity: number) {
    this.statements = new BoundedCache(capacity, (_text, statement) => this.toClose.push(statement.name));
  }

  get size(): number {
    return this.statements.size;
  }

  /** The statement `text` is prepared as, now recently used; undefined when it is not prepared. */
  use(text: string): PreparedStatement | undefined {
    return this.statements.get(text);
  }

  /** The server has parsed `text` as `name`. */
  confirm(text: string, name: string): void {
    const previous = this.statements.get(text);
    if (previous !== undefined && previous.name !== name) this.toClose.push(previous.name);
    this.statements.set(text, { name, rowParser: null });
  }

  /** The server has described the rows of the statement prepared for `text`; `rowParser` reads them. */
  describe(text: string, rowParser: RowParser): void {
    const statement = this.statements.get(text);
    if (statement !== undefined) statement.rowParser = rowParser;
  }

  /** A name the server may or may not hold (its batch failed): close it before the next batch. */
  discard(name: string): void {
    this.toClose.push(name);
  }

  /** The server's statements may no longer match ours (deallocated, or a table changed under them). */
  forgetAll(): void {
    this.statements.clear((_text, statement) => this.toClose.push(statement.name));
  }

  /** The names to close before the next batch; each is handed out once. */
  takeNamesToClose(): string[] {
    if (this.toClose.length === 0) return this.toClose;
    const names = this.toClose;
    this.toClose = [];
    return names;
  }
}

/**
 * Each pooled connection's statements. Keyed weakly: a connection the pool destroys takes its
 * entry with it, as its backend takes the statements.
 */
const byConnection = new WeakMap<PgConnection, PreparedStatements>();

export function preparedStatementsOf(connection: PgConnection, capacity: number): PreparedStatements {
  let statements = byConnection.get(connection);
  if (statements === undefined) {
    statements = new PreparedStatements(capacity);
    byConnection.set(connection, statements);
  }
  return statements;
}

/**
 * The server no longer has a statement we prepared (26000, after DEALLOCATE ALL or a pooler
 * in front of PostgreSQL that switched backends), or a table changed under it so that its result
 * would change shape (0A000 "cached plan must not change result type"). Parsing again answers both.
 */
export function isStalePreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '26000' || (code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type'));
}
