// The ask path's read session: the SELECT-only role inside a READ ONLY transaction. Whatever SQL
// reached it, it could not write: not directly, not by switching the transaction to read-write,
// not by ending the transaction early, and not by switching back to the connecting role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_ROLE } from '../../../src/app.js';
import { ormConnectionSource, type ConnectionSource } from '../../../src/query/connection-source.js';
import { ReadSession } from '../../../src/query/read-session.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { dataChecksum } from './support.js';

let t: TestApp;
let source: ConnectionSource;
let before: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MIN: '0', DB_POOL_MAX: '4' });
  source = ormConnectionSource(t.app.orm);
  before = await dataChecksum(t.databaseUrl);
});
afterAll(async () => {
  await t.close();
});

/** A session exactly as the app opens one for a request. */
function session(): ReadSession {
  return new ReadSession(source, { statementTimeoutMs: 3000, role: READER_ROLE });
}

/** Why a statement was refused, or null for a refusal that would not stop a writer (e.g. a duplicate key). */
function refusal(error: unknown): string | null {
  const e = error as { code?: string; message?: string };
  if (e.code === '25006') return 'read-only transaction';
  if (e.code === '42501') return 'insufficient privilege';
  if (e.code === '25001') return 'read-write must be set before any query';
  if (e.code === '42601' && /multiple commands/.test(e.message ?? '')) return 'one statement at a time';
  if (/read session/.test(e.message ?? '')) return 'refused by the read session';
  return null;
}

/** Runs the statements in one session, in order; the first that fails ends the attempt. */
async function attempt(...statements: string[]): Promise<{ failedAt: number; reason: string | null; error: unknown }> {
  const s = session();
  try {
    for (const [index, text] of statements.entries()) {
      const error = await s.query({ text, values: [] }).then(
        () => null,
        (e: unknown) => e ?? new Error('rejected'),
      );
      if (error) return { failedAt: index, reason: refusal(error), error };
    }
    return { failedAt: -1, reason: null, error: null };
  } finally {
    await s.close();
  }
}

// Names are unique per statement, so a write that got through is never hidden by a duplicate key.
let serial = 0;
const pwned = () => `'Pwned ${++serial} ' || md5(random()::text)`;

const WRITES: (() => string)[] = [
  () => `INSERT INTO departments (name) VALUES (${pwned()})`,
  () => 'UPDATE employees SET salary_usd = salary_usd + 1',
  () => 'DELETE FROM leaves',
  () => 'CREATE TABLE pwned (id int)',
  () => 'CREATE TEMP TABLE pwned (id int)',
  () => 'TRUNCATE leaves',
  () => 'ALTER TABLE employees DROP COLUMN salary_usd',
  () => 'DROP TABLE leaves',
  () => 'GRANT INSERT ON employees TO PUBLIC',
  // Writes dressed as reads: they pass any "starts with SELECT/WITH" check and meet the transaction.
  () => 'WITH gone AS (DELETE FROM leaves RETURNING 1) SELECT count(*) FROM gone',
  () => `WITH added AS (INSERT INTO departments (name) VALUES (${pwned()}) RETURNING id) SELECT id FROM added`,
  () => 'WITH paid AS (UPDATE employees SET salary_usd = 1 RETURNING id) SELECT count(*) FROM paid',
  () => "SELECT nextval('employees_id_seq')",
];

/**
 * PostgreSQL before 16 lets lo_create() run in a READ ONLY transaction; the session's ROLLBACK then
 * undoes it. Either way no large object may outlive the session.
 */
const LARGE_OBJECT_WRITE = 'SELECT lo_create(0)';

async function largeObjects(): Promise<number> {
  const s = session();
  try {
    const [row] = await s.query<{ n: number }>({ text: 'SELECT count(*)::int AS n FROM pg_largeobject_metadata', values: [] });
    return row?.n ?? -1;
  } finally {
    await s.close();
  }
}

describe('the read session', () => {
  it(`runs as ${READER_ROLE} in a READ ONLY transaction`, async () => {
    const s = session();
    try {
      const [row] = await s.query<{ current_user: string; read_only: string; rolsuper: boolean; can_insert: boolean }>({
        text: `SELECT current_user, current_setting('transaction_read_only') AS read_only,
                 (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS rolsuper,
                 has_table_privilege('employees', 'INSERT') OR has_table_privilege('employees', 'UPDATE')
                   OR has_table_privilege('employees', 'DELETE') AS can_insert`,
        values: [],
      });
      expect(row).toEqual({ current_user: READER_ROLE, read_only: 'on', rolsuper: false, can_insert: false });
    } finally {
      await s.close();
    }
  });

  it.each(WRITES.map((write) => [write().replace(/'Pwned \d+ ' \|\| md5\(random\(\)::text\)/, "'Pwned'"), write] as const))('cannot %s', async (_name, write) => {
    const { failedAt, reason, error } = await attempt(write());
    expect(failedAt).toBe(0);
    expect(reason, String(error)).not.toBeNull();
  });

  it('cannot keep a large object, whatever the escape tried first', async () => {
    const count = await largeObjects();
    for (const escape of [[], ['SET ROLE postgres'], ["SELECT set_config('role', 'postgres', true)"], ['RESET ALL']]) {
      const { reason, error } = await attempt(...escape, LARGE_OBJECT_WRITE);
      if (error !== null) expect(reason, String(error)).not.toBeNull();
      expect(await largeObjects()).toBe(count);
    }
  });

  it.each([
    ['SET TRANSACTION READ WRITE', 'SET TRANSACTION READ WRITE'],
    ['SET transaction_read_only = off', 'SET transaction_read_only = off'],
    ["set_config('transaction_read_only', 'off')", "SELECT set_config('transaction_read_only', 'off', true)"],
    ['SET SESSION CHARACTERISTICS … READ WRITE', 'SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE'],
    ['RESET ROLE', 'RESET ROLE'],
    ['SET ROLE postgres', 'SET ROLE postgres'],
    ["set_config('role', 'postgres')", "SELECT set_config('role', 'postgres', true)"],
    ['SET SESSION AUTHORIZATION DEFAULT', 'SET SESSION AUTHORIZATION DEFAULT'],
    ['RESET ALL', 'RESET ALL'],
  ])('cannot write after %s', async (_name, escape) => {
    for (const write of WRITES) {
      const { failedAt, reason, error } = await attempt(escape, write());
      // Either the escape itself is refused or the write after it is.
      expect(failedAt).toBeGreaterThanOrEqual(0);
      expect(reason, String(error)).not.toBeNull();
    }
  });

  it.each([
    ['COMMIT', ['COMMIT']],
    ['ROLLBACK', ['ROLLBACK']],
    ['END', ['END']],
    ['COMMIT then BEGIN', ['COMMIT', 'BEGIN']],
    ['COMMIT AND CHAIN', ['COMMIT AND CHAIN']],
    ['ROLLBACK AND CHAIN', ['ROLLBACK AND CHAIN']],
    ['SAVEPOINT / RELEASE', ['SAVEPOINT s', 'RELEASE SAVEPOINT s']],
    ['PREPARE TRANSACTION', ["PREPARE TRANSACTION 'x'"]],
  ])('cannot end the transaction with %s and write outside it', async (_name, escape) => {
    for (const write of WRITES) {
      const { failedAt, reason, error } = await attempt(...escape, write());
      expect(failedAt).toBeGreaterThanOrEqual(0);
      expect(reason, String(error)).not.toBeNull();
    }
  });

  it('cannot smuggle a second statement after the first', async () => {
    for (const text of [
      `SELECT 1; INSERT INTO departments (name) VALUES (${pwned()})`,
      `SELECT 1; COMMIT; INSERT INTO departments (name) VALUES (${pwned()})`,
      `SELECT 1; ROLLBACK; SET ROLE postgres; INSERT INTO departments (name) VALUES (${pwned()})`,
    ]) {
      const { failedAt, reason, error } = await attempt(text);
      expect(failedAt, text).toBe(0);
      expect(reason, String(error)).not.toBeNull();
    }
  });

  it('ends a role switch with the statement that made it', async () => {
    // Every statement is a transaction of its own that ends in ROLLBACK, so a switch back to the
    // connecting user never reaches the next statement.
    const s = session();
    try {
      await s.query({ text: "SELECT set_config('role', 'none', true), set_config('role', 'none', false)", values: [] });
      const [row] = await s.query<{ current_user: string }>({ text: 'SELECT current_user', values: [] });
      expect(row?.current_user).toBe(READER_ROLE);
    } finally {
      await s.close();
    }
  });

  it('stays read-only when it runs as the connecting user', async () => {
    // The connecting user may be a superuser (it is in these tests): the role alone is not a wall,
    // the READ ONLY transaction is.
    const s = new ReadSession(source, { statementTimeoutMs: 3000, role: null });
    try {
      const [row] = await s.query<{ current_user: string }>({ text: 'SELECT current_user', values: [] });
      expect(row?.current_user).not.toBe(READER_ROLE);
      const error = await s.query({ text: 'WITH gone AS (DELETE FROM leaves RETURNING 1) SELECT count(*) FROM gone', values: [] }).catch((e: unknown) => e);
      expect(refusal(error)).toBe('read-only transaction');
    } finally {
      await s.close();
    }
  });

  it('returns every connection to the pool, and nothing changed', async () => {
    // Statements above ran on pooled connections: a later session still starts clean.
    const s = session();
    try {
      const [row] = await s.query<{ current_user: string; read_only: string }>({
        text: "SELECT current_user, current_setting('transaction_read_only') AS read_only",
        values: [],
      });
      expect(row).toEqual({ current_user: READER_ROLE, read_only: 'on' });
    } finally {
      await s.close();
    }
    expect(await dataChecksum(t.databaseUrl)).toEqual(before);
  });
});
