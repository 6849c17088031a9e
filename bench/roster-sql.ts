// The SQL Roster sends for a question: its own lexicon, parser and compiler, run once per
// (question, page size) and cached. The floor server and --explain use it.
//  - answerQuery: the one statement Roster sends (src/query/compile-answer.ts), names looked up in it;
//  - pageQuery: the page alone (src/query/compile.ts), names looked up first, as Roster once did.
import { parse } from 'graphql';
import { loadLexiconData, type RowReader } from '../src/db/lexicon-source.js';
import { selectionOfDocument } from '../src/graphql/node-selection.js';
import { compileAnswerQuery } from '../src/query/compile-answer.js';
import { selectionKey, type EmployeeSelection } from '../src/query/employee-selection.js';
import { compilePageQuery } from '../src/query/compile.js';
import type { ReadSession } from '../src/query/read-session.js';
import { resolvePeople } from '../src/query/resolve-people.js';
import type { SqlQuery } from '../src/query/sql.js';
import { compileLexicon, parseQuestion, type QueryPlan } from '../src/question/index.js';

export interface RosterCompiler {
  answerQuery(question: string, first: number, nested: EmployeeSelection): Promise<SqlQuery>;
  pageQuery(question: string, first: number): Promise<SqlQuery>;
}

export async function rosterCompiler(reader: RowReader): Promise<RosterCompiler> {
  const lexicon = compileLexicon(await loadLexiconData(reader));
  const compiled = new Map<string, SqlQuery>();
  const plan = (question: string): QueryPlan => {
    const parsed = parseQuestion(question, lexicon);
    if (!parsed.ok) throw new Error(`Roster does not understand "${question}": ${parsed.refusal.message}`);
    return parsed.plan;
  };
  const cached = async (key: string, compile: () => Promise<SqlQuery>): Promise<SqlQuery> => {
    let query = compiled.get(key);
    if (!query) {
      query = await compile();
      compiled.set(key, query);
    }
    return query;
  };
  return {
    answerQuery: (question, first, nested) =>
      cached(`answer\u0000${first}\u0000${selectionKey(nested)}\u0000${question}`, async () =>
        compileAnswerQuery(plan(question), { offset: 0, limit: first }, nested),
      ),
    pageQuery: (question, first) =>
      cached(`page\u0000${first}\u0000${question}`, async () => {
        const p = plan(question);
        const people = await resolvePeople(p, reader as ReadSession);
        return compilePageQuery(p, people.ids, { offset: 0, limit: first });
      }),
  };
}

const selections = new Map<string, EmployeeSelection>();

/** What Roster's answer statement fetches for a GraphQL document's askEmployees field: its nested rows and columns. */
export function answerSelection(document: string): EmployeeSelection {
  let selection = selections.get(document);
  if (!selection) {
    selection = selectionOfDocument(parse(document));
    selections.set(document, selection);
  }
  return selection;
}
