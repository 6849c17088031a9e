import { describe, expect, it } from 'vitest';
import { isStalePreparedStatement, newStatementName, PreparedStatements } from '../../../src/query/prepared-statements.js';

describe('a connection’s prepared statements', () => {
  it('know a text only once the server has parsed it', () => {
    const statements = new PreparedStatements(4);
    expect(statements.use('SELECT 1')).toBeUndefined();
    statements.confirm('SELECT 1', 'roster_a');
    expect(statements.use('SELECT 1')?.name).toBe('roster_a');
    expect(statements.takeNamesToClose()).toEqual([]);
  });

  it('let the least recently used go beyond their capacity, to be closed once', () => {
    const statements = new PreparedStatements(2);
    statements.confirm('A', 'a');
    statements.confirm('B', 'b');
    statements.use('A'); // A is now more recent than B
    statements.confirm('C', 'c');
    expect(statements.size).toBe(2);
    expect(statements.use('B')).toBeUndefined();
    expect(statements.use('A')?.name).toBe('a');
    expect(statements.use('C')?.name).toBe('c');
    expect(statements.takeNamesToClose()).toEqual(['b']);
    expect(statements.takeNamesToClose()).toEqual([]);
  });

  it('keep the row parser of a described statement, until the text is parsed again or all are forgotten', () => {
    const statements = new PreparedStatements(4);
    const rowParser = { parseRow: (values: (string | null)[]) => ({ n: values[0] }) };
    statements.describe('A', rowParser); // not prepared: nothing to keep it with
    expect(statements.use('A')).toBeUndefined();
    statements.confirm('A', 'a1');
    expect(statements.use('A')?.rowParser).toBeNull();
    statements.describe('A', rowParser);
    expect(statements.use('A')?.rowParser).toBe(rowParser);
    statements.confirm('A', 'a2');
    expect(statements.use('A')).toEqual({ name: 'a2', rowParser: null });
    statements.describe('A', rowParser);
    statements.forgetAll();
    statements.confirm('A', 'a3');
    expect(statements.use('A')?.rowParser).toBeNull();
  });

  it('close a name parsed in a failed batch, and the old name of a text parsed twice', () => {
    const statements = new PreparedStatements(4);
    statements.discard('x');
    statements.confirm('A', 'a1');
    statements.confirm('A', 'a2');
    expect(statements.use('A')?.name).toBe('a2');
    expect(statements.takeNamesToClose()).toEqual(['x', 'a1']);
  });

  it('forget everything when the server’s statements may no longer match', () => {
    const statements = new PreparedStatements(4);
    statements.confirm('A', 'a');
    statements.confirm('B', 'b');
    statements.forgetAll();
    expect(statements.size).toBe(0);
    expect(statements.use('A')).toBeUndefined();
    expect(statements.takeNamesToClose()).toEqual(['a', 'b']);
  });

  it('are named uniquely within the process, within PostgreSQL’s 63 characters', () => {
    const names = new Set(Array.from({ length: 1000 }, () => newStatementName()));
    expect(names.size).toBe(1000);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(63);
  });

  it('are stale after DEALLOCATE or a changed table, and not after any other failure', () => {
    expect(isStalePreparedStatement({ code: '26000', message: 'prepared statement "roster_1" does not exist' })).toBe(true);
    expect(isStalePreparedStatement({ code: '0A000', message: 'cached plan must not change result type' })).toBe(true);
    expect(isStalePreparedStatement({ code: '0A000', message: 'something else not supported' })).toBe(false);
    expect(isStalePreparedStatement({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(false);
    expect(isStalePreparedStatement(new Error('connection terminated'))).toBe(false);
    expect(isStalePreparedStatement(null)).toBe(false);
  });
});
