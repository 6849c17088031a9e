// Behaviour that needs the data: people resolved by name (never guessed), and a vocabulary that
// follows the data without a deploy.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ASK = 'query Ask($q: String!) { askEmployees(question: $q, first: 1000) { totalCount interpretation warnings message edges { node { email fullName department { name } } } } }';

interface Answer {
  askEmployees: { totalCount: number; interpretation: string; warnings: string[]; message: string | null; edges: { node: { email: string; fullName: string; department: { name: string } } }[] };
}

let t: TestApp;
let db: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  db = await t.connect();
});
afterAll(async () => {
  await t.close();
});

describe('people named in a question', () => {
  it('lists the candidates instead of guessing when a name fits several employees', async () => {
    const { rows } = await db.query<{ first_name: string; last_name: string; n: number }>(
      'SELECT first_name, last_name, count(*)::int AS n FROM employees GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY 3 DESC, 1, 2 LIMIT 1',
    );
    const shared = rows[0]!;
    const response = await t.gql<Answer>(ASK, { q: `Who reports to ${shared.first_name} ${shared.last_name}?` });
    expect(response.data).toBeNull();
    const error = response.errors![0]!;
    expect(error.extensions?.code).toBe('QUESTION_NOT_UNDERSTOOD');
    expect(error.extensions?.reason).toBe('AMBIGUOUS_NAME');
    const candidates = error.extensions?.candidates as { name: string; jobTitle: string; department: string }[];
    expect(candidates).toHaveLength(Math.min(shared.n, 5));
    for (const candidate of candidates) {
      expect(candidate.name).toBe(`${shared.first_name} ${shared.last_name}`);
      expect(error.message).toContain(candidate.jobTitle);
    }
  });

  it('finds people whatever the case and diacritics', async () => {
    const plain = await t.gql<Answer>(ASK, { q: 'who does zoe muller report to' });
    const exact = await t.gql<Answer>(ASK, { q: 'Who does Zoë Müller report to?' });
    expect(plain.data!.askEmployees.edges.map((e) => e.node.fullName)).toEqual(['Wei Chen']);
    expect(exact.data!.askEmployees.edges).toEqual(plain.data!.askEmployees.edges);
  });

  it('answers "no results" with a warning for a name nobody has', async () => {
    const response = await t.gql<Answer>(ASK, { q: 'Who reports to Quentin Zyxwvut?' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.askEmployees).toMatchObject({ totalCount: 0, message: 'No results found' });
    expect(response.data!.askEmployees.warnings).toContain('No employee named "Quentin Zyxwvut" was found.');
  });

  it("walks the whole org below someone, terminated managers included, and not the person", async () => {
    const response = await t.gql<Answer>(ASK, { q: 'everyone under Priya Patel' });
    const { rows } = await db.query<{ email: string }>(`
      WITH RECURSIVE org(id) AS (
        SELECT id FROM employees WHERE manager_id = (SELECT id FROM employees WHERE first_name = 'Priya' AND last_name = 'Patel')
        UNION SELECT c.id FROM employees c JOIN org o ON c.manager_id = o.id)
      SELECT e.email FROM employees e WHERE e.id IN (SELECT id FROM org) AND e.employment_status = 'active'`);
    const got = response.data!.askEmployees.edges.map((e) => e.node.email).sort();
    expect(got).toEqual(rows.map((r) => r.email).sort());
    expect(got.length).toBeGreaterThan(4);
    expect(response.data!.askEmployees.edges.map((e) => e.node.fullName)).not.toContain('Priya Patel');
  });
});

describe('vocabulary from the data', () => {
  it('understands a department added after start once the vocabulary is reloaded', async () => {
    const before = await t.gql<Answer>(ASK, { q: 'Research employees' });
    expect(before.errors?.[0]?.extensions?.code).toBe('QUESTION_NOT_UNDERSTOOD');
    await db.query("INSERT INTO departments (id, name) VALUES (9001, 'Research')");
    try {
      await db.query(
        `INSERT INTO employees (id, first_name, last_name, email, job_title, department_id, hire_date, salary_usd, location, employment_status)
         VALUES (900001, 'Ada', 'Quill', 'ada.quill@roster.example', 'Research Scientist', 9001, current_date - 30, 150000, 'Lisbon', 'active')`,
      );
      await t.app.lexicon.reload();
      for (const q of ['Research employees', 'who works in research?', 'Research Scientists in Lisbon']) {
        const after = await t.gql<Answer>(ASK, { q });
        expect(after.errors, q).toBeUndefined();
        expect(after.data!.askEmployees.edges.map((e) => e.node.email), q).toEqual(['ada.quill@roster.example']);
      }
    } finally {
      await db.query('DELETE FROM employees WHERE id = 900001');
      await db.query('DELETE FROM departments WHERE id = 9001');
      await t.app.lexicon.reload();
    }
  });

  it('keeps the vocabulary, and with it the questions already understood, when a reload finds the same data', async () => {
    const before = await t.app.lexicon.current();
    await t.app.lexicon.reload();
    expect(await t.app.lexicon.current()).toBe(before);
    await db.query("INSERT INTO departments (id, name) VALUES (9002, 'Atelier')");
    try {
      await t.app.lexicon.reload();
      expect(await t.app.lexicon.current()).not.toBe(before);
    } finally {
      await db.query('DELETE FROM departments WHERE id = 9002');
      await t.app.lexicon.reload();
    }
  });
});
