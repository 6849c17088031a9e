// The embedded PostgreSQL: first start initialises, later starts reuse the data, and neither a stale
// postmaster.pid nor a server orphaned by a killed process blocks the next start.
import { freePort } from '../../helpers/scratch-database.js';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../../src/db/embedded-postgres.js';
import { withClient } from './test-server.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'roster-embedded-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startEmbeddedPostgres', () => {
  it('initialises once, then restarts on the same data', async () => {
    const dataDir = path.join(root, 'reuse');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(first.initialised).toBe(true);
    expect(first.databaseUrl).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/roster`);
    await withClient(first.databaseUrl, async (c) => {
      expect((await c.query("select current_setting('server_encoding') as e, lower('ZOË') as l")).rows[0]).toEqual({ e: 'UTF8', l: 'zoë' });
      await c.query('create table kept (id int)');
    });
    await first.stop();
    await first.stop(); // idempotent

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(second.initialised).toBe(false);
      expect(second.startMs).toBeLessThan(first.startMs + 1_000);
      await withClient(second.databaseUrl, (c) => c.query('select * from kept'));
    } finally {
      await second.stop();
    }
  });

  it('ignores a postmaster.pid whose process is gone or is another program', async () => {
    const dataDir = path.join(root, 'stale');
    const port = await freePort();
    await (await startEmbeddedPostgres({ dataDir, port })).stop();
    for (const pid of [2 ** 22 + 1, process.pid]) {
      await writeFile(path.join(dataDir, 'postmaster.pid'), `${pid}\n${dataDir}\n`);
      const server = await startEmbeddedPostgres({ dataDir, port });
      await withClient(server.databaseUrl, (c) => c.query('select 1'));
      await server.stop();
    }
  });

  it('takes over from a server orphaned by a killed process', async () => {
    const dataDir = path.join(root, 'orphan');
    const port = await freePort();
    const script = fileURLToPath(new URL('./fixtures/start-embedded.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    const orphan = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(isAlive(orphan)).toBe(true);

    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(isAlive(orphan)).toBe(false);
      await withClient(server.databaseUrl, (c) => c.query('select 1'));
    } finally {
      await server.stop();
    }
  });
});
