// A read statement travels with its BEGIN READ ONLY, settings and ROLLBACK in one write to the
// socket and comes back in one batch of replies; a failure leaves the connection clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_ROLE } from '../../src/app.js';
import { ormConnectionSource, type ConnectionSource } from '../../src/query/connection-source.js';
import { ReadSession, type RoundTripRecord } from '../../src/query/read-session.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { watchConnections } from '../helpers/watched-connections.js';

/** Node's socket hands what is written to _write (one chunk) or _writev (a corked batch): one send each. */
interface Socket {
  _write: (...args: unknown[]) => void;
  _writev: (...args: unknown[]) => void;
}

interface Wire {
  stream: Socket;
  on(event: 'readyForQuery', listener: () => void): void;
  off(event: 'readyForQuery', listener: () => void): void;
}

let t: TestApp;
let pooled: ConnectionSource;
beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MIN: '0', DB_POOL_MAX: '1' });
  pooled = ormConnectionSource(t.app.orm);
});
afterAll(async () => {
  await t.close();
});

/** Counts socket writes and ReadyForQuery replies on the one pooled connection while `fn` runs. */
async function traffic<T>(fn: (session: ReadSession, roundTrips: RoundTripRecord[]) => Promise<T>): Promise<{ writes: number; replies: number; result: T }> {
  let writes = 0;
  let replies = 0;
  const onReply = () => replies++;
  const restore: (() => void)[] = [];
  const source = watchConnections(pooled, (connection) => {
    const wire = (connection as unknown as { connection: Wire }).connection;
    const socket = wire.stream;
    const { _write: write, _writev: writev } = socket;
    socket._write = (...args: unknown[]) => {
      writes++;
      write.apply(socket, args);
    };
    socket._writev = (...args: unknown[]) => {
      writes++;
      writev.apply(socket, args);
    };
    wire.on('readyForQuery', onReply);
    restore.push(() => {
      socket._write = write;
      socket._writev = writev;
      wire.off('readyForQuery', onReply);
    });
  });
  const roundTrips: RoundTripRecord[] = [];
  const session = new ReadSession(source, { statementTimeoutMs: 2000, role: READER_ROLE, onRoundTrip: (r) => roundTrips.push(r) });
  try {
    const result = await fn(session, roundTrips);
    return { writes, replies, result };
  } finally {
    await session.close();
    for (const undo of restore) undo();
  }
}

describe('a read statement', () => {
  it('costs one socket write and one batch of replies for BEGIN, settings, statement and ROLLBACK', async () => {
    const { writes, replies, result } = await traffic(async (session, roundTrips) => {
      const rows = await session.query<{ n: number; role: string; read_only: string }>({
        text: "SELECT $1::int + 1 AS n, current_user AS role, current_setting('transaction_read_only') AS read_only",
        values: [41],
      });
      return { rows, roundTrips };
    });
    expect(result.rows).toEqual([{ n: 42, role: READER_ROLE, read_only: 'on' }]);
    expect(result.roundTrips).toHaveLength(1);
    expect(result.roundTrips[0]?.statements).toHaveLength(4);
    expect(writes).toBe(1);
    expect(replies).toBe(1);
  });

  it('parses rows with the client’s type parsers, as a plain query on the same connection would', async () => {
    const text = "SELECT DATE '2024-02-29' AS day, 12.50::numeric AS amount, ARRAY[1, 2] AS ids, NULL::text AS nothing, 3::bigint AS big";
    const viaSession = await traffic((session) => session.query({ text, values: [] }));
    const connection = await pooled.acquire();
    try {
      const direct = await connection.query(text);
      expect(viaSession.result).toEqual(direct.rows);
    } finally {
      pooled.release(connection);
    }
  });

  it('rolls back after a failure and leaves the connection ready for the next statement', async () => {
    const { result } = await traffic(async (session, roundTrips) => {
      const error = await session.query({ text: 'SELECT 1 / $1::int AS x', values: [0] }).catch((e: unknown) => e);
      const [after] = await session.query<{ read_only: string; role: string }>({
        text: "SELECT current_setting('transaction_read_only') AS read_only, current_user AS role",
        values: [],
      });
      return { error, after, roundTrips };
    });
    expect((result.error as { code?: string }).code).toBe('22012');
    expect(result.after).toEqual({ read_only: 'on', role: READER_ROLE });
    // the failed batch, the ROLLBACK the server skipped sent on its own, then the next statement
    expect(result.roundTrips.map((r) => r.outcome)).toEqual(['error', 'ok', 'ok']);
    expect(result.roundTrips[1]?.statements).toEqual(['ROLLBACK']);
  });

  it('refuses anything but a read before it reaches the database', async () => {
    const { writes, result } = await traffic((session) => session.query({ text: 'DELETE FROM leaves', values: [] }).catch((e: unknown) => e));
    expect(String(result)).toMatch(/SELECT statements only/);
    expect(writes).toBe(0);
  });
});
