// Each connection keeps the statements it has parsed prepared: a text is parsed once per
// connection, at most `preparedStatements` are kept, a failure leaves none behind, and a
// connection whose statements the server has forgotten or invalidated answers all the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READER_ROLE } from '../../src/app.js';
import { ormConnectionSource, type ConnectionSource } from '../../src/query/connection-source.js';
import { ReadSession, type RoundTripRecord } from '../../src/query/read-session.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { watchConnections } from '../helpers/watched-connections.js';

interface Wire {
  parse(message: { text: string; name?: string }): void;
  describe(message: { type: string; name?: string }): void;
}

let t: TestApp;
let pooled: ConnectionSource;
// Each test on an app of its own with one connection, so that its statements all run on one new
// backend; the app itself prepares nothing on it.
beforeEach(async () => {
  t = await startTestApp({ DB_POOL_MIN: '0', DB_POOL_MAX: '1', DB_PREPARED_STATEMENTS: '0' });
  pooled = ormConnectionSource(t.app.orm);
});
afterEach(async () => {
  await t.close();
});

/** A session on the pool's one connection that counts the Parse and Describe messages it sends. */
function session(preparedStatements: number, role: string | null = READER_ROLE) {
  const parsed: string[] = [];
  let described = 0;
  const roundTrips: RoundTripRecord[] = [];
  const source = watchConnections(pooled, (connection) => {
    const wire = (connection as unknown as { connection: Wire }).connection;
    const parse = wire.parse.bind(wire);
    wire.parse = (message) => {
      parsed.push(message.text);
      parse(message);
    };
    const describe = wire.describe.bind(wire);
    wire.describe = (message) => {
      described += 1;
      describe(message);
    };
  });
  const reader = new ReadSession(source, { statementTimeoutMs: 2000, role, preparedStatements, onRoundTrip: (r) => roundTrips.push(r) });
  return {
    reader,
    parsed,
    roundTrips,
    get described() {
      return described;
    },
  };
}

/** The statements the connection's backend holds prepared, asked through the session itself. */
async function preparedOnServer(reader: ReadSession): Promise<string[]> {
  const rows = await reader.query<{ statement: string }>({ text: 'SELECT statement FROM pg_prepared_statements ORDER BY prepare_time', values: [] });
  return rows.map((r) => r.statement);
}

const PLUS = 'SELECT $1::int + 1 AS n';

describe('prepared statements on a connection', () => {
  it('parse a text once and bind each later question’s values to it', async () => {
    const { reader, parsed } = session(10);
    const answers = [];
    for (const value of [1, 2, 3]) answers.push(await reader.query<{ n: number }>({ text: PLUS, values: [value] }));
    expect(answers).toEqual([[{ n: 2 }], [{ n: 3 }], [{ n: 4 }]]);
    // BEGIN, the settings, the statement and ROLLBACK the first time; nothing after
    expect(parsed).toHaveLength(4);
    expect(parsed).toContain(PLUS);
    expect((await preparedOnServer(reader)).filter((s) => s === PLUS)).toHaveLength(1);
  });

  it('ask for a statement’s columns once, and read later answers with them', async () => {
    const watched = session(10);
    const wide = { text: "SELECT $1::int AS n, 'x'::text AS label, now()::date AS today, 1.5::numeric AS ratio", values: [0] as unknown[] };
    const answers = [];
    for (const value of [1, 2, 3]) answers.push(await watched.reader.query({ ...wide, values: [value] }));
    expect(watched.described).toBe(1);
    // the client's type parsers still apply: an int is a number, a numeric its exact text
    const today = (answers[0]?.[0] as { today: unknown }).today;
    expect(answers.map((rows) => rows[0])).toEqual([1, 2, 3].map((n) => ({ n, label: 'x', today, ratio: '1.5' })));
    // without prepared statements every answer is described
    const unprepared = session(0);
    for (const value of [1, 2]) await unprepared.reader.query({ ...wide, values: [value] });
    expect(unprepared.described).toBe(2);
  });

  it('are at most as many as asked, the least recently used closed first', async () => {
    const capacity = 5;
    const { reader } = session(capacity);
    for (let k = 0; k < 8; k += 1) await reader.query({ text: `SELECT $1::int + ${k} AS n`, values: [k] });
    const onServer = await preparedOnServer(reader);
    // BEGIN, settings, ROLLBACK and the last two texts, and the statement asking
    expect(onServer).toHaveLength(capacity + 1);
    expect(onServer).toEqual(expect.arrayContaining(['SELECT $1::int + 6 AS n', 'SELECT $1::int + 7 AS n']));
    expect(onServer).not.toContain('SELECT $1::int + 5 AS n');
  });

  it('leave nothing behind from a statement that failed', async () => {
    const { reader, roundTrips } = session(10);
    for (let k = 0; k < 3; k += 1) {
      const error = await reader.query({ text: 'SELECT 1 / $1::int AS x', values: [0] }).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('22012');
    }
    expect((await preparedOnServer(reader)).filter((s) => s.includes('1 / $1'))).toEqual([]);
    expect(roundTrips.map((r) => r.outcome)).toEqual(['error', 'ok', 'error', 'ok', 'error', 'ok', 'ok']);
  });

  it('are parsed again when the server has deallocated them, and the question is answered', async () => {
    const { reader, parsed, roundTrips } = session(10);
    expect(await reader.query({ text: PLUS, values: [1] })).toEqual([{ n: 2 }]);
    const connection = await pooled.acquire();
    await connection.query('DEALLOCATE ALL');
    pooled.release(connection);
    expect(await reader.query({ text: PLUS, values: [41] })).toEqual([{ n: 42 }]);
    // the failed batch, its ROLLBACK, then the same batch parsed anew
    expect(roundTrips.map((r) => r.outcome)).toEqual(['ok', 'error', 'ok', 'ok']);
    expect(parsed.filter((text) => text === PLUS)).toHaveLength(2);
  });

  it('are parsed again when a table changed under them, and answer with its new columns', async () => {
    const client = await t.connect();
    await client.query('DROP TABLE IF EXISTS prepared_probe; CREATE TABLE prepared_probe (a int); INSERT INTO prepared_probe VALUES (1)');
    try {
      const { reader } = session(10, null);
      const probe = { text: 'SELECT * FROM prepared_probe', values: [] };
      expect(await reader.query(probe)).toEqual([{ a: 1 }]);
      await client.query('ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 2');
      expect(await reader.query(probe)).toEqual([{ a: 1, b: 2 }]);
      expect(await reader.query(probe)).toEqual([{ a: 1, b: 2 }]);
    } finally {
      await client.query('DROP TABLE prepared_probe');
    }
  });

  it('are not made at all when the capacity is 0', async () => {
    const { reader, parsed } = session(0);
    await reader.query({ text: PLUS, values: [1] });
    await reader.query({ text: PLUS, values: [2] });
    expect(parsed).toHaveLength(8);
    expect(await preparedOnServer(reader)).toEqual([]);
  });

  it('are planned for each question’s values unless the statement says a generic plan serves them all', async () => {
    for (const role of [READER_ROLE, null]) {
      const { reader } = session(10, role);
      const mode = "SELECT current_setting('plan_cache_mode') AS mode";
      expect(await reader.query({ text: mode, values: [] })).toEqual([{ mode: 'force_custom_plan' }]);
      expect(await reader.query({ text: mode, values: [], genericPlan: true })).toEqual([{ mode: 'force_generic_plan' }]);
    }
  });
});
