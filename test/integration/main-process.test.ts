// `npm start` as a newcomer runs it: no DATABASE_URL, so an embedded PostgreSQL is initialised,
// migrated and seeded, the four questions answer at once, Ctrl-C stops everything cleanly with exit
// code 0, and a second start reuses the data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/scratch-database.js';
import { SERVICE_NODE_FLAGS, TYPESCRIPT_LOADER } from '../../src/node-flags.js';

const root = new URL('../../', import.meta.url).pathname;
let dataDir = '';

interface Running {
  child: ChildProcess;
  output: string[];
  exit: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...TYPESCRIPT_LOADER, 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "serving" line within 60 s:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes('Roster is serving GraphQL')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exit.then((code) => reject(new Error(`exited with ${code} before serving:\n${output.join('')}`)));
  });
  return { child, output, exit };
}

async function totalCount(port: number, question: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($q: String!) { askEmployees(question: $q) { totalCount } }', variables: { q: question } }),
  });
  const body = (await response.json()) as { data?: { askEmployees: { totalCount: number } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.askEmployees.totalCount;
}

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the service process with the embedded PostgreSQL', () => {
  it('starts from nothing, answers the four questions, stops on SIGINT with 0, and restarts on the same data', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roster-main-'));
    const env = { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_DATA_DIR: dataDir };
    const port = Number(env.PORT);

    const first = await start(env);
    expect(first.output.join('')).toContain('employees table is empty: seeding');
    expect(await totalCount(port, 'Show me employees hired in the last 6 months')).toBeGreaterThanOrEqual(5);
    expect(await totalCount(port, 'List Engineering employees with salary > 120K')).toBeGreaterThanOrEqual(3);
    expect(await totalCount(port, 'Who is on parental leave?')).toBeGreaterThanOrEqual(2);
    expect(await totalCount(port, 'Show employees managed by John Doe')).toBeGreaterThanOrEqual(4);
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(first.output.join('')).toContain('"msg":"stopped"');

    const second = await start(env);
    expect(second.output.join('')).not.toContain('seeding');
    expect(await totalCount(port, 'Who is on parental leave?')).toBeGreaterThanOrEqual(2);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  }, 150_000);
});
