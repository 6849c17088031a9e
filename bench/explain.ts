// npm run bench -- --explain: EXPLAIN (ANALYZE, BUFFERS) of the statement Roster sends for each
// workload (its answer statement, with department, manager and current leave) at the current size.
// A Seq Scan on employees is flagged when an index serves: the same statement is planned again
// with enable_seqscan off, and if that plan runs faster the sequential scan was a wrong choice.
import pg from 'pg';
import type { RowReader } from '../src/db/lexicon-source.js';
import type { SqlQuery } from '../src/query/sql.js';
import { answerSelection, rosterCompiler } from './roster-sql.js';
import type { Workload } from './workloads.js';

const SEQ_SCAN = /Seq Scan on employees/;

async function explain(client: pg.Client, query: SqlQuery, seqscan: boolean): Promise<{ plan: string; ms: number }> {
  await client.query('BEGIN READ ONLY');
  try {
    if (!seqscan) await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values as unknown[] });
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    return { plan, ms };
  } finally {
    await client.query('COMMIT');
  }
}

export async function explainWorkloads(databaseUrl: string, workloads: Workload[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const reader: RowReader = { query: async <Row>(q: SqlQuery) => (await client.query({ text: q.text, values: q.values as unknown[] })).rows as Row[] };
    const { rows } = await client.query<{ n: string }>('select count(*) as n from employees');
    const compiler = await rosterCompiler(reader);
    console.log(`EXPLAIN (ANALYZE, BUFFERS) at ${Number(rows[0]?.n).toLocaleString('en-US')} employees\n`);
    const flagged: string[] = [];
    for (const workload of workloads) {
      if (workload.question === null) continue;
      const query = await compiler.answerQuery(workload.question, workload.first, answerSelection(workload.roster.query));
      await explain(client, query, true); // warm the cache, as the benchmark's warm-up does
      const { plan, ms } = await explain(client, query, true);
      console.log(`## ${workload.id}: "${workload.question}" (first ${workload.first})\n${query.text}\n-- values: ${JSON.stringify(query.values)}\n${plan}\n`);
      if (SEQ_SCAN.test(plan)) {
        const indexed = await explain(client, query, false);
        const serves = !SEQ_SCAN.test(indexed.plan) && indexed.ms < ms;
        const note = serves
          ? `⚠ ${workload.id}: Seq Scan on employees (${ms.toFixed(1)} ms) although an index plan serves in ${indexed.ms.toFixed(1)} ms`
          : `${workload.id}: Seq Scan on employees (${ms.toFixed(1)} ms); no index plan is faster (${indexed.ms.toFixed(1)} ms with enable_seqscan off)`;
        if (serves) flagged.push(note);
        console.log(`${note}\n`);
      } else {
        console.log(`${workload.id}: no Seq Scan on employees (${ms.toFixed(1)} ms)\n`);
      }
    }
    console.log(flagged.length > 0 ? `FLAGGED:\n${flagged.join('\n')}` : 'No Seq Scan on employees where an index serves.');
  } finally {
    await client.end();
  }
}
