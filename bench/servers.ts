// Starting and stopping the three servers under test, each its own process on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVICE_NODE_FLAGS, TYPESCRIPT_LOADER } from '../src/node-flags.js';

export type SystemName = 'roster' | 'floor' | 'postgraphile';
export const SYSTEMS: readonly SystemName[] = ['roster', 'floor', 'postgraphile'];

export interface RunningServer {
  name: SystemName;
  url: string;
  pid: number;
  readonly alive: boolean;
  stop(): Promise<void>;
}

const PORTS: Record<SystemName, number> = { roster: 4301, floor: 4302, postgraphile: 4303 };

function command(name: SystemName): string[] {
  switch (name) {
    case 'roster':
      return [...TYPESCRIPT_LOADER, 'bench/servers/roster.ts'];
    case 'floor':
      return [...TYPESCRIPT_LOADER, 'bench/servers/floor.ts'];
    case 'postgraphile':
      return ['--import', './bench/polyfill.mjs', 'bench/servers/postgraphile.mjs'];
  }
}

export interface ServerSettings {
  databaseUrl: string;
  poolMax: number;
  /** extra node flags, e.g. --cpu-prof */
  nodeFlags?: string[];
  /** a checkout to run Roster from (e.g. a worktree of an earlier commit); default this one */
  rosterDir?: string;
  extraEnv?: Record<string, string>;
  /** told every chunk the server writes to stdout or stderr */
  onOutput?: (text: string) => void;
}

export async function startServer(name: SystemName, settings: ServerSettings): Promise<RunningServer> {
  const port = PORTS[name];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    AUTH_MODE: 'off',
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'true',
    DATABASE_URL: settings.databaseUrl,
    PORT: String(port),
    DB_POOL_MAX: String(settings.poolMax),
    // The limiter stays on the path (its cost is part of Roster's) but never refuses the load.
    RATE_LIMIT_CAPACITY: '1000000',
    RATE_LIMIT_REFILL_PER_SECOND: '1000000',
    ...settings.extraEnv,
  };
  // Every system runs with the Node.js flags Roster ships with (src/node-flags.ts): the same runtime
  // for all three, so the comparison is of the servers, not of their heap settings.
  const child: ChildProcess = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...(settings.nodeFlags ?? []), ...command(name)], {
    cwd: name === 'roster' && settings.rosterDir ? settings.rosterDir : process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    settings.onOutput?.(text);
    output.push(text);
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      if (!stopping) console.error(`[bench] ${name} exited unexpectedly (${signal ?? code}):\n${output.join('')}`);
      resolve();
    }),
  );

  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited during start:\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer within 60 s:\n${output.join('')}`);
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    name,
    url,
    pid: child.pid as number,
    get alive() {
      return !exited;
    },
    async stop() {
      if (exited) return;
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
