// The seeder on a real, migrated database: reproducible to the byte, every guarantee of domain.md's
// "Seeded data" table, and the vocabulary the parser loads from the result.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmployeeSchema } from '../../../src/db/entities.js';
import { loadLexiconData } from '../../../src/db/lexicon-source.js';
import { ormConnectionSource } from '../../../src/query/connection-source.js';
import { ReadSession } from '../../../src/query/read-session.js';
import { migrateUp } from '../../../src/db/migrate.js';
import { createOrm } from '../../../src/db/orm.js';
import { seedDatabase } from '../../../src/db/seed.js';
import { GUARANTEES } from './guarantees.js';
import { startTestServer, withClient, type TestServer } from './test-server.js';

const POOL = { min: 0, max: 2, acquireTimeoutMs: 10_000, idleTimeoutMs: 10_000 };
// "Today" for the guarantees is the database's current_date, so seed relative to the real today.
const TODAY = new Date();

let server: TestServer;
let url: string;
beforeAll(async () => {
  server = await startTestServer();
  url = await server.createDatabase();
  const orm = await createOrm({ databaseUrl: url, pool: POOL });
  try {
    await migrateUp(orm);
  } finally {
    await orm.close(true);
  }
});
afterAll(async () => {
  await server?.close();
});

async function checksums(client: pg.ClientBase): Promise<Record<string, string>> {
  const { rows } = await client.query<Record<string, string>>(`
    select (select md5(string_agg(d::text, '|' order by d.id)) from departments d) as departments,
           (select md5(string_agg(e::text, '|' order by e.id)) from employees e) as employees,
           (select md5(string_agg(l::text, '|' order by l.id)) from leaves l) as leaves`);
  return rows[0] ?? {};
}

describe('seedDatabase', () => {
  let first: Record<string, string>;

  it('seeds 2,000 employees and refuses to seed over them without truncate', async () => {
    await withClient(url, async (client) => {
      const result = await seedDatabase(client, { employees: 2000, seed: 42, today: TODAY });
      expect(result).toMatchObject({ employees: 2000, departments: 10 });
      expect(result.leaves).toBeGreaterThan(150);
      first = await checksums(client);
      await expect(seedDatabase(client, { employees: 2000, seed: 42, today: TODAY })).rejects.toThrow(/not empty/);
      expect(await checksums(client)).toEqual(first);
    });
  });

  it('gives identical rows for the same seed and day, different ones for another seed', async () => {
    await withClient(url, async (client) => {
      await seedDatabase(client, { employees: 2000, seed: 7, today: TODAY, truncate: true });
      const other = await checksums(client);
      expect(other.employees).not.toEqual(first.employees);
      expect(other.departments).toEqual(first.departments);

      // Through a pool this time: the seeder takes one client for its transaction.
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      try {
        await seedDatabase(pool, { employees: 2000, seed: 42, today: TODAY, truncate: true });
      } finally {
        await pool.end();
      }
      expect(await checksums(client)).toEqual(first);
    });
  });

  it.each(Object.entries(GUARANTEES))('guarantees: %s', async (_name, sql) => {
    const { rows } = await withClient(url, (client) => client.query<{ ok: boolean }>(sql));
    expect(rows[0]?.ok).toBe(true);
  });

  it('leaves every page all-visible, so counts can be index-only, even with synchronous_commit off', async () => {
    await withClient(url, async (client) => {
      await client.query('set synchronous_commit = off');
      await seedDatabase(client, { employees: 2000, seed: 42, today: TODAY, truncate: true });
      const { rows } = await client.query<{ relname: string; relallvisible: number; relpages: number }>(
        "select relname, relallvisible, relpages from pg_class where relname in ('employees', 'leaves') order by relname",
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row.relallvisible, row.relname).toBe(row.relpages);
      await client.query('reset synchronous_commit');
    });
  });

  it('moves the id sequences past the seeded ids', async () => {
    await withClient(url, async (client) => {
      await client.query('begin');
      const { rows } = await client.query<{ id: number }>(
        "insert into departments (name) values ('Scratch') returning id",
      );
      expect(rows[0]?.id).toBe(11);
      await client.query('rollback');
    });
  });

  it('keeps list answers under the 1,000-row cap at 2,000 employees', async () => {
    const counts = await withClient(url, async (client) => {
      const { rows } = await client.query<Record<string, number>>(`
        select count(*) filter (where hire_date < '2017-01-01')::int as hired_before_2017,
               count(*) filter (where hire_date < current_date - interval '9 years')::int as here_over_9_years,
               count(*) filter (where hire_date >= date_trunc('year', current_date) - interval '2 years')::int as hired_last_3_calendar_years,
               count(*) filter (where salary_usd > 120000)::int as over_120k,
               count(*) filter (where manager_id is null)::int as without_manager,
               count(*)::int as active
        from employees where employment_status = 'active'`);
      return rows[0] ?? {};
    });
    expect(counts.active).toBeGreaterThan(1000);
    for (const key of ['hired_before_2017', 'here_over_9_years', 'hired_last_3_calendar_years', 'over_120k']) {
      expect(counts[key], key).toBeGreaterThan(20);
      expect(counts[key], key).toBeLessThan(1000);
    }
    expect(counts.without_manager).toBeLessThanOrEqual(12);
  });

  it('refuses sizes too small to keep the guarantees', async () => {
    await withClient(url, async (client) => {
      await expect(seedDatabase(client, { employees: 20, seed: 1, truncate: true })).rejects.toThrow(/at least 50/);
    });
  });
});

describe('loadLexiconData', () => {
  it('lists the departments, locations, titles and leave types in the data, sorted', async () => {
    const orm = await createOrm({ databaseUrl: url, pool: POOL });
    try {
      const session = new ReadSession(ormConnectionSource(orm), { statementTimeoutMs: 5000, role: 'roster_reader' });
      const data = await loadLexiconData(session).finally(() => session.close());
      expect(data.departments).toEqual([
        'Customer Support', 'Design', 'Engineering', 'Finance', 'Human Resources',
        'Legal', 'Marketing', 'Operations', 'Product', 'Sales',
      ]);
      expect(data.locations).toEqual(['Austin', 'Berlin', 'Chicago', 'London', 'New York', 'Remote', 'San Francisco', 'Toronto']);
      expect(data.leaveTypes).toEqual(['Medical Leave', 'Parental Leave', 'Sabbatical', 'Sick Leave', 'Vacation']);
      expect(data.jobTitles).toHaveLength(38); // 32 department titles + 6 fixture titles
      expect(data.jobTitles).toEqual([...data.jobTitles].sort());
      expect(data.jobTitles).toEqual(expect.arrayContaining(['Engineering Manager', 'VP of Engineering', 'UX Researcher']));
      // every first and last name, folded as the name search folds them
      await withClient(url, async (client) => {
        for (const [column, names] of [['first_name', data.firstNames], ['last_name', data.lastNames]] as const) {
          const { rows } = await client.query<{ name: string }>(`select distinct fold_name(${column}) as name from employees`);
          expect([...names].sort(), column).toEqual(rows.map((row) => row.name).sort());
        }
      });
      expect(data.firstNames).toEqual(expect.arrayContaining(['zoe', 'liam', 'wei']));
      expect(data.lastNames).toEqual(expect.arrayContaining(['muller', "o'brien", 'chen']));
    } finally {
      await orm.close(true);
    }
  });
});

describe('entities', () => {
  it('map the seeded rows: relations, ISO date strings, numeric salary', async () => {
    const orm = await createOrm({ databaseUrl: url, pool: POOL });
    try {
      const em = orm.em.fork();
      const john = await em.findOneOrFail(EmployeeSchema, { firstName: 'John', lastName: 'Doe' }, { populate: ['department', 'manager'] });
      expect(john.department.name).toBe('Engineering');
      expect(john.manager?.firstName).toBe('Priya');
      expect(john.hireDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof john.salaryUsd).toBe('number');
      expect(john.terminationDate).toBeNull();
      expect(await em.count(EmployeeSchema, { manager: john.id, employmentStatus: 'active' })).toBeGreaterThanOrEqual(4);
      const zoe = await em.findOneOrFail(EmployeeSchema, { email: { $like: 'zoe.muller.%' } }, { populate: ['leaves'] });
      expect([zoe.firstName, zoe.lastName, zoe.location]).toEqual(['Zoë', 'Müller', 'Berlin']);
      // No global EntityManager: only forks work.
      await expect(orm.em.find(EmployeeSchema, {})).rejects.toThrow(/global EntityManager/);
    } finally {
      await orm.close(true);
    }
  });
});
