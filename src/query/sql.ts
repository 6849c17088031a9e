// SQL as data: a statement is its text with $n placeholders plus the values bound to them.
// Statements are built with the knex query builder that MikroORM 6 exposes; this instance only
// builds text and never opens a connection.
import { knex } from '@mikro-orm/knex';

export interface SqlQuery {
  text: string;
  values: unknown[];
  /**
   * Prepared, the statement may run on a generic plan (made once, without its values) instead of
   * being planned for each question's values. Only for statements whose best plan does not depend
   * on their values (see compile-answer.ts); the rest are planned each time (read-session.ts).
   */
  genericPlan?: boolean;
}

export const sqlBuilder = knex({ client: 'pg' });

/** A fragment with `?` placeholders and its values, AND-ed into a WHERE clause. */
export interface SqlFragment {
  sql: string;
  values: unknown[];
}

export function toSqlQuery(builder: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }): SqlQuery {
  const native = builder.toSQL().toNative();
  return { text: native.sql, values: [...native.bindings] };
}
