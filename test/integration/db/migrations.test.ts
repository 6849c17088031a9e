// The real migrations, up, all the way down and up again, on a real PostgreSQL; and the reader
// role's behaviour when two databases on one cluster share it.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../../../migrations/index.js';
import { listMigrations, migrateDownAll, migrateUp } from '../../../src/db/migrate.js';
import { createOrm } from '../../../src/db/orm.js';
import { startTestServer, withClient, type TestServer } from './test-server.js';

const POOL = { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 };
const ALL = migrationsList.map((m) => m.name);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function withOrm<T>(url: string, fn: (orm: MikroORM<PostgreSqlDriver>) => Promise<T>): Promise<T> {
  const orm = await createOrm({ databaseUrl: url, pool: POOL });
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
  }
}

interface SchemaState {
  tables: string[];
  foldName: boolean;
  indexes: number;
  roleExists: boolean;
  readerGrants: string[];
}

async function schemaState(url: string): Promise<SchemaState> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_name in ('departments', 'employees', 'leaves') order by 1",
    );
    const fn = await c.query("select 1 from pg_proc where proname = 'fold_name'");
    const idx = await c.query<{ n: number }>(
      "select count(*)::int as n from pg_indexes where schemaname = 'public' and tablename in ('employees', 'leaves', 'departments')",
    );
    const role = await c.query("select 1 from pg_roles where rolname = 'roster_reader'");
    const grants = role.rowCount
      ? await c.query<{ g: string }>(
          "select table_name || ':' || privilege_type as g from information_schema.role_table_grants where grantee = 'roster_reader' order by 1",
        )
      : { rows: [] };
    return {
      tables: tables.rows.map((r) => r.name),
      foldName: (fn.rowCount ?? 0) > 0,
      indexes: idx.rows[0]?.n ?? 0,
      roleExists: (role.rowCount ?? 0) > 0,
      readerGrants: grants.rows.map((r) => r.g),
    };
  });
}

/** Databases other than `url`'s that hold something for roster_reader. */
async function otherDatabasesUsingReader(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(`
      select count(*)::int as n from pg_shdepend d
      where d.refclassid = 'pg_authid'::regclass
        and d.refobjid = (select oid from pg_roles where rolname = 'roster_reader')
        and d.dbid is distinct from (select oid from pg_database where datname = current_database())`);
    return rows[0]?.n ?? 0;
  });
}

describe('migrations', () => {
  it('go up, all the way down, and up again', async () => {
    const url = await server.createDatabase();
    await withOrm(url, async (orm) => {
      expect(await listMigrations(orm)).toEqual({ applied: [], pending: ALL });

      expect(await migrateUp(orm)).toEqual(ALL);
      expect(await listMigrations(orm)).toEqual({ applied: ALL, pending: [] });
      const up = await schemaState(url);
      expect(up).toMatchObject({ tables: ['departments', 'employees', 'leaves'], foldName: true, roleExists: true });
      expect(up.indexes).toBeGreaterThanOrEqual(16);
      expect(up.readerGrants).toEqual(['departments:SELECT', 'employees:SELECT', 'leaves:SELECT']);

      const othersBeforeDown = await otherDatabasesUsingReader(url);
      expect(await migrateDownAll(orm)).toEqual([...ALL].reverse());
      expect(await listMigrations(orm)).toEqual({ applied: [], pending: ALL });
      const down = await schemaState(url);
      expect(down).toMatchObject({ tables: [], foldName: false, indexes: 0, readerGrants: [] });
      // The role is cluster-wide: it goes only when no other database still uses it.
      expect(down.roleExists).toBe(othersBeforeDown > 0);

      expect(await migrateUp(orm)).toEqual(ALL);
      expect(await schemaState(url)).toEqual(up);
    });
  });

  it('create the contract columns with the right types and constraints', async () => {
    const url = await server.createDatabase();
    await withOrm(url, (orm) => migrateUp(orm));
    await withClient(url, async (c) => {
      const { rows } = await c.query<{ col: string }>(`
        select table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
               || case when is_nullable = 'YES' then ' null' else '' end as col
        from information_schema.columns
        where table_schema = 'public' and table_name in ('departments', 'employees', 'leaves')
          and data_type <> 'integer' order by 1`);
      expect(rows.map((r) => r.col)).toEqual([
        'departments.name text',
        'employees.email text',
        'employees.employment_status text',
        'employees.first_name text',
        'employees.hire_date date',
        'employees.job_title text',
        'employees.last_name text',
        'employees.location text',
        'employees.salary_usd numeric(12,2)',
        'employees.termination_date date null',
        'leaves.end_date date null',
        'leaves.leave_type text',
        'leaves.start_date date',
      ]);
      expect((await c.query("select fold_name('Zoë Müller') as f")).rows[0]).toEqual({ f: 'zoe muller' });
      await c.query("insert into departments (id, name) values (1, 'Engineering')");
      const employee = (id: number, status: string, terminated: string | null): Promise<unknown> =>
        c.query(
          `insert into employees (id, first_name, last_name, email, job_title, department_id, hire_date, salary_usd, location, employment_status, termination_date)
           values ($1::int, 'A', 'B', 'a.b.' || $1::text || '@roster.example', 'QA Engineer', 1, '2020-01-01', 1, 'Remote', $2, $3::date)`,
          [id, status, terminated],
        );
      await expect(employee(1, 'terminated', null)).rejects.toThrow(/employees_termination_date_check/);
      await expect(employee(2, 'active', '2024-01-01')).rejects.toThrow(/employees_termination_date_check/);
      await expect(employee(3, 'retired', null)).rejects.toThrow(/employees_employment_status_check/);
      await employee(4, 'terminated', '2024-01-01');
      await employee(5, 'active', null);
    });
  });

  it('give roster_reader read-only access that the migrating user can switch to', async () => {
    const url = await server.createDatabase();
    await withOrm(url, (orm) => migrateUp(orm));
    await withClient(url, async (c) => {
      await c.query('begin');
      await c.query('set local role roster_reader');
      expect((await c.query('select count(*)::int as n from employees')).rows[0]).toEqual({ n: 0 });
      expect((await c.query("select fold_name('Ólafur') as f")).rows[0]).toEqual({ f: 'olafur' });
      await expect(c.query("insert into departments (id, name) values (99, 'X')")).rejects.toThrow(/permission denied/);
      await c.query('rollback');
      await c.query('begin');
      await c.query('set local role roster_reader');
      await expect(c.query('select * from mikro_orm_migrations')).rejects.toThrow(/permission denied/);
      await c.query('rollback');
    });
  });

  it('keep roster_reader while another database on the cluster still uses it', async () => {
    const a = await server.createDatabase();
    const b = await server.createDatabase();
    await withOrm(a, (orm) => migrateUp(orm));
    await withOrm(b, (orm) => migrateUp(orm));

    await withOrm(a, (orm) => migrateDownAll(orm));
    expect((await schemaState(a)).roleExists).toBe(true);
    // b is untouched: its grants still work.
    await withClient(b, async (c) => {
      await c.query('begin');
      await c.query('set local role roster_reader');
      await c.query('select count(*) from employees');
      await c.query('rollback');
    });

    const othersBeforeDown = await otherDatabasesUsingReader(b);
    await withOrm(b, (orm) => migrateDownAll(orm));
    expect((await schemaState(b)).roleExists).toBe(othersBeforeDown > 0);
    // Up again after the role may have been dropped: it is re-created.
    await withOrm(a, (orm) => migrateUp(orm));
    expect((await schemaState(a)).roleExists).toBe(true);
  });
});
