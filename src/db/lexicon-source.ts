// The vocabulary the parser learns from the data: department names, locations, job titles and
// leave types actually present, and the first and last names people have (folded as fold_name()
// folds them), so a question that is only a name ("zoe muller") can be told from an unknown word.
// Each list is read with a loose index scan (a recursive CTE that hops from one distinct value to
// the next along a btree), so the cost grows with the number of distinct values, not with the
// number of employees.
//
// It reads through the same read-only, time-bounded session as the ask path, so a lock or a slow
// database cannot hold a vocabulary load longer than the statement timeout.
import type { SqlQuery } from '../query/sql.js';

/** Anything that runs a read statement: the ask path's ReadSession. */
export interface RowReader {
  query<Row>(query: SqlQuery): Promise<Row[]>;
}

export interface LexiconSourceData {
  departments: string[];
  locations: string[];
  jobTitles: string[];
  leaveTypes: string[];
  firstNames: string[];
  lastNames: string[];
}

/**
 * `select distinct column from table`, one index probe per distinct value. The column may be an
 * indexed expression (fold_name(first_name)): written exactly as the index's, the index serves it.
 */
function distinctValues(table: 'employees' | 'leaves', column: 'location' | 'job_title' | 'leave_type' | 'fold_name(first_name)' | 'fold_name(last_name)'): string {
  return `
    with recursive hop(value) as (
      (select ${column} from ${table} order by ${column} limit 1)
      union all
      select (select ${column} from ${table} where ${column} > hop.value order by ${column} limit 1)
      from hop where hop.value is not null
    )
    select value from hop where value is not null`;
}

export async function loadLexiconData(reader: RowReader): Promise<LexiconSourceData> {
  const read = async (sql: string): Promise<string[]> => {
    const rows = await reader.query<{ value: string }>({ text: sql, values: [] });
    // Code-unit order: the same on every database collation.
    return rows.map((row) => row.value).sort();
  };
  const [departments, locations, jobTitles, leaveTypes, firstNames, lastNames] = await Promise.all([
    read('select name as value from departments'),
    read(distinctValues('employees', 'location')),
    read(distinctValues('employees', 'job_title')),
    read(distinctValues('leaves', 'leave_type')),
    read(distinctValues('employees', 'fold_name(first_name)')),
    read(distinctValues('employees', 'fold_name(last_name)')),
  ]);
  return { departments, locations, jobTitles, leaveTypes, firstNames, lastNames };
}
