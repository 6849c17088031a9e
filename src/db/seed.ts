// Loads a generated directory (seed/generate.ts) into the migrated tables: one transaction, bulk
// `INSERT ... SELECT FROM unnest(...)` statements of CHUNK rows, managers before their reports so
// every statement's foreign keys resolve, then sequences moved past the explicit ids; VACUUM ANALYZE.
import type pg from 'pg';
import { DEPARTMENTS } from './seed/catalog.js';
import { foldName, generateDirectory, type Directory } from './seed/generate.js';

export interface SeedOptions {
  employees: number;
  seed: number;
  /** The day the data is relative to (its local calendar date); defaults to now. */
  today?: Date;
  /** Empty the three tables first; without it a non-empty directory is an error. */
  truncate?: boolean;
  log?: (msg: string) => void;
}

export interface SeedResult {
  employees: number;
  leaves: number;
  departments: number;
  ms: number;
}

const CHUNK = 10_000;
/** From this size on, secondary indexes and foreign keys are dropped during the load and rebuilt. */
const BULK_LOAD_FROM = 50_000;
const DAY_MS = 86_400_000;

export async function seedDatabase(db: pg.ClientBase | pg.Pool, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const today = options.today ?? new Date();
  const todayDay = Math.round(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / DAY_MS);

  const dir = generateDirectory(options.employees, options.seed, todayDay);
  log(`generated ${dir.size} employees and ${dir.leaves.employeeId.length} leaves in ${elapsed(started)} ms`);

  const client = isPool(db) ? await db.connect() : db;
  try {
    await client.query('begin');
    try {
      // Committed to disk before VACUUM looks at the rows (see vacuumAnalyze).
      await client.query('set local synchronous_commit = on');
      await prepareTables(client, options.truncate === true);
      // Large loads: maintaining a dozen indexes and two foreign keys row by row costs several
      // times more than building them once afterwards. Same transaction, so nothing is ever lost.
      const restore = dir.size >= BULK_LOAD_FROM ? await suspendIndexesAndForeignKeys(client) : null;
      await insertDepartments(client);
      await insertEmployees(client, dir, log);
      await insertLeaves(client, dir, log);
      if (restore) {
        const rebuilding = performance.now();
        await restore();
        log(`rebuilt indexes and foreign keys in ${elapsed(rebuilding)} ms`);
      }
      for (const table of ['departments', 'employees', 'leaves']) {
        await client.query(
          `select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`,
          [table],
        );
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    // Outside the transaction (VACUUM cannot run in one): fresh statistics so the first queries get
    // sensible plans, and a set visibility map so counts can be index-only (1M rows: under a second).
    const vacuuming = performance.now();
    await vacuumAnalyze(client, ['departments', 'employees', 'leaves']);
    log(`vacuumed and analyzed in ${elapsed(vacuuming)} ms`);
  } finally {
    if (isPool(db)) (client as pg.PoolClient).release();
  }

  const result = { employees: dir.size, leaves: dir.leaves.employeeId.length, departments: DEPARTMENTS.length, ms: elapsed(started) };
  log(`seeded ${result.employees} employees, ${result.leaves} leaves, ${result.departments} departments in ${result.ms} ms`);
  return result;
}

/**
 * VACUUM marks a page all-visible only once it could set the rows' "committed" hint bits, and it
 * cannot while any commit recorded near the loading one in the commit log is not yet on disk. With
 * synchronous_commit off (the benchmark's server) the ANALYZE of one table was enough to keep the
 * next table's pages unmarked and every count off the index-only path; so commits are synchronous
 * here, and the session's setting is put back afterwards.
 */
export async function vacuumAnalyze(client: pg.ClientBase, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ setting: string }>("select current_setting('synchronous_commit') as setting");
  await client.query('set synchronous_commit = on');
  try {
    for (const table of tables) await client.query(`vacuum (analyze) ${table}`);
  } finally {
    await client.query("select set_config('synchronous_commit', $1, false)", [rows[0]?.setting ?? 'on']);
  }
}

function isPool(db: pg.ClientBase | pg.Pool): db is pg.Pool {
  return 'totalCount' in db;
}

async function prepareTables(client: pg.ClientBase, truncate: boolean): Promise<void> {
  if (truncate) {
    await client.query('truncate table leaves, employees, departments restart identity');
    return;
  }
  const { rows } = await client.query<{ used: boolean }>(
    'select exists (select 1 from employees) or exists (select 1 from departments) or exists (select 1 from leaves) as used',
  );
  if (rows[0]?.used) throw new Error('the directory is not empty; pass truncate: true (--truncate) to replace it');
}

/**
 * Drops the secondary (non-constraint) indexes and the foreign keys of employees and leaves, as
 * the migrations defined them, and returns a function that re-creates them from their saved
 * definitions. Re-adding a foreign key validates every row in one join.
 */
async function suspendIndexesAndForeignKeys(client: pg.ClientBase): Promise<() => Promise<void>> {
  const { rows: foreignKeys } = await client.query<{ tbl: string; name: string; def: string }>(`
    select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'f' and conrelid in ('employees'::regclass, 'leaves'::regclass)
    order by conrelid::regclass::text, conname`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    where i.indrelid in ('employees'::regclass, 'leaves'::regclass)
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by 1`);
  for (const fk of foreignKeys) await client.query(`alter table ${fk.tbl} drop constraint ${client.escapeIdentifier(fk.name)}`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  return async () => {
    await client.query("set local maintenance_work_mem = '256MB'");
    for (const index of indexes) await client.query(index.def);
    for (const fk of foreignKeys) {
      await client.query(`alter table ${fk.tbl} add constraint ${client.escapeIdentifier(fk.name)} ${fk.def}`);
    }
  };
}

async function insertDepartments(client: pg.ClientBase): Promise<void> {
  await client.query('insert into departments (id, name) select * from unnest($1::int[], $2::text[])', [
    DEPARTMENTS.map((d) => d.id),
    DEPARTMENTS.map((d) => d.name),
  ]);
}

const INSERT_EMPLOYEES = `
  insert into employees (id, first_name, last_name, email, job_title, department_id, manager_id,
                         hire_date, salary_usd, location, employment_status, termination_date)
  select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[],
                       $8::date[], $9::numeric[], $10::text[], $11::text[], $12::date[])`;

async function insertEmployees(client: pg.ClientBase, dir: Directory, log: (msg: string) => void): Promise<void> {
  const started = performance.now();
  const slug = memo((name: string) => foldName(name).replace(/[^a-z]/g, ''));
  for (let from = 0; from < dir.size; from += CHUNK) {
    const order = dir.insertOrder.subarray(from, Math.min(from + CHUNK, dir.size));
    const n = order.length;
    const cols = {
      id: new Array<number>(n), first: new Array<string>(n), last: new Array<string>(n), email: new Array<string>(n),
      title: new Array<string>(n), dept: new Array<number>(n), manager: new Array<number | null>(n),
      hire: new Array<string>(n), salary: new Array<string>(n), location: new Array<string>(n),
      status: new Array<string>(n), terminated: new Array<string | null>(n),
    };
    for (let k = 0; k < n; k++) {
      const i = order[k] ?? 0;
      const first = dir.firstName[i] ?? '';
      const last = dir.lastName[i] ?? '';
      cols.id[k] = i + 1;
      cols.first[k] = first;
      cols.last[k] = last;
      cols.email[k] = `${slug(first)}.${slug(last)}.${i + 1}@roster.example`;
      cols.title[k] = dir.jobTitle[i] ?? '';
      cols.dept[k] = dir.departmentId[i] ?? 0;
      cols.manager[k] = dir.managerId[i] || null;
      cols.hire[k] = isoDate(dir.hireDay[i] ?? 0);
      cols.salary[k] = (dir.salary[i] ?? 0).toFixed(2);
      cols.location[k] = dir.location[i] ?? '';
      const terminated = dir.terminated[i] === 1;
      cols.status[k] = terminated ? 'terminated' : 'active';
      cols.terminated[k] = terminated ? isoDate(dir.terminationDay[i] ?? 0) : null;
    }
    await client.query(INSERT_EMPLOYEES, Object.values(cols));
    if (dir.size > 100_000 && (from / CHUNK) % 20 === 19) log(`  employees: ${from + n} rows, ${elapsed(started)} ms`);
  }
  log(`inserted ${dir.size} employees in ${elapsed(started)} ms`);
}

async function insertLeaves(client: pg.ClientBase, dir: Directory, log: (msg: string) => void): Promise<void> {
  const started = performance.now();
  const { employeeId, leaveType, startDay, endDay } = dir.leaves;
  for (let from = 0; from < employeeId.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, employeeId.length);
    const ids = Array.from({ length: to - from }, (_, k) => from + k + 1);
    await client.query(
      `insert into leaves (id, employee_id, leave_type, start_date, end_date)
       select * from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::date[])`,
      [
        ids,
        employeeId.slice(from, to),
        leaveType.slice(from, to),
        startDay.slice(from, to).map(isoDate),
        endDay.slice(from, to).map((d) => (d === null ? null : isoDate(d))),
      ],
    );
  }
  log(`inserted ${employeeId.length} leaves in ${elapsed(started)} ms`);
}

const isoDate = memo((day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10));

function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = fn(key)));
    return value;
  };
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
