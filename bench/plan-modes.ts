// npm run bench -- --plan-modes generic|all [--employees 1000000]: whether a generic plan serves the
// statements Roster lets run on one. Roster prepares each statement text once per connection and
// binds each question's values to it. A generic plan (made once, without the values) saves the
// planning, but is far slower where the values matter (a salary range that keeps 1 % of rows
// planned like one that keeps 60 %), so Roster plans each question for its values unless the
// compiler marks the statement `genericPlan` (src/query/compile-answer.ts: servedByGenericPlan).
//
// For each question of the evaluation files (`generic`: only those whose statement is marked;
// `all`: every one, ~25 minutes at 1,000,000), this runs Roster's answer statement (first 100, with
// department, manager and current leave) as a prepared statement under force_custom_plan and under
// force_generic_plan, alternately, and reports the median round trip of each and the questions
// where the generic plan is slower by more than SLOWER_RATIO and SLOWER_MS. For the marked
// statements that list should be empty.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { RowReader } from '../src/db/lexicon-source.js';
import type { SqlQuery } from '../src/query/sql.js';
import { median } from './report.js';
import { answerSelection, rosterCompiler } from './roster-sql.js';
import type { Workload } from './workloads.js';

const RUNS_PER_MODE = 5;
const SLOWER_RATIO = 1.5;
const SLOWER_MS = 2;

interface Timing {
  question: string;
  custom: number;
  generic: number;
}

async function questionsOf(files: string[]): Promise<string[]> {
  const questions = new Set<string>();
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const { question } = JSON.parse(line) as { question?: string };
      if (question) questions.add(question);
    }
  }
  return [...questions];
}

async function timed(client: pg.Client, name: string, query: SqlQuery): Promise<number> {
  const started = performance.now();
  await client.query({ name, text: query.text, values: query.values as unknown[] });
  return performance.now() - started;
}

export async function comparePlanModes(databaseUrl: string, workload: Workload, files: string[], which: 'generic' | 'all'): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const reader: RowReader = { query: async <Row>(q: SqlQuery) => (await client.query({ text: q.text, values: q.values as unknown[] })).rows as Row[] };
    const compiler = await rosterCompiler(reader);
    const selection = answerSelection(workload.roster.query);
    await client.query("SET statement_timeout = '20s'");
    const timings: Timing[] = [];
    const texts = new Map<string, string>();
    for (const question of await questionsOf(files)) {
      let query: SqlQuery;
      try {
        query = await compiler.answerQuery(question, 100, selection);
      } catch {
        continue; // refused or not understood: nothing is sent
      }
      if (which === 'generic' && query.genericPlan !== true) continue;
      // One prepared statement per text, as Roster keeps them: every question of a shape binds to it.
      let name = texts.get(query.text);
      if (!name) {
        name = `plan_modes_${texts.size}`;
        texts.set(query.text, name);
      }
      const runs = { custom: [] as number[], generic: [] as number[] };
      for (let run = 0; run <= RUNS_PER_MODE; run += 1) {
        for (const mode of ['custom', 'generic'] as const) {
          await client.query(`SET plan_cache_mode = force_${mode}_plan`);
          const ms = await timed(client, name, query);
          if (run > 0) runs[mode].push(ms); // the first of each warms the cache (and builds the generic plan)
        }
      }
      timings.push({ question, custom: median(runs.custom), generic: median(runs.generic) });
    }
    const slower = timings.filter((t) => t.generic > t.custom * SLOWER_RATIO && t.generic - t.custom > SLOWER_MS);
    const total = (mode: 'custom' | 'generic') => timings.reduce((sum, t) => sum + t[mode], 0);
    const ratios = timings.map((t) => t.generic / t.custom);
    console.log(`${timings.length} questions${which === 'generic' ? ' whose statement Roster plans generically' : ''}, ${texts.size} statement texts`);
    if (timings.length === 0) return;
    console.log(`median round trip: custom ${median(timings.map((t) => t.custom)).toFixed(2)} ms, generic ${median(timings.map((t) => t.generic)).toFixed(2)} ms`);
    console.log(`sum of medians: custom ${total('custom').toFixed(0)} ms, generic ${total('generic').toFixed(0)} ms; generic/custom median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}`);
    console.log(`generic slower than ${SLOWER_RATIO}x and by more than ${SLOWER_MS} ms: ${slower.length}`);
    for (const t of slower.sort((a, b) => b.generic - b.custom - (a.generic - a.custom))) {
      console.log(`  ${t.custom.toFixed(1).padStart(7)} → ${t.generic.toFixed(1).padStart(7)} ms  ${t.question}`);
    }
  } finally {
    await client.end();
  }
}
