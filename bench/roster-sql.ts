// The SQL Roster sends for a question: its own lexicon, parser, person look-up and compiler, run
// once per (question, page size) and cached. The floor server and --explain both use it.
import { loadLexiconData, type RowReader } from '../src/db/lexicon-source.js';
import { compilePageQuery } from '../src/query/compile.js';
import type { ReadSession } from '../src/query/read-session.js';
import { resolvePeople } from '../src/query/resolve-people.js';
import type { SqlQuery } from '../src/query/sql.js';
import { compileLexicon, parseQuestion } from '../src/question/index.js';

export type PageQueryFor = (question: string, first: number) => Promise<SqlQuery>;

export async function rosterCompiler(reader: RowReader): Promise<PageQueryFor> {
  const lexicon = compileLexicon(await loadLexiconData(reader));
  const compiled = new Map<string, SqlQuery>();
  return async (question, first) => {
    const key = `${first}\u0000${question}`;
    let query = compiled.get(key);
    if (!query) {
      const parsed = parseQuestion(question, lexicon);
      if (!parsed.ok) throw new Error(`Roster does not understand "${question}": ${parsed.refusal.message}`);
      const people = await resolvePeople(parsed.plan, reader as ReadSession);
      query = compilePageQuery(parsed.plan, people.ids, { offset: 0, limit: first });
      compiled.set(key, query);
    }
    return query;
  };
}
