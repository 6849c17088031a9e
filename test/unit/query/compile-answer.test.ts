// The answer statement: names looked up inside it, nested fields joined after the LIMIT and only
// when selected, the page's order kept.
import { describe, expect, it } from 'vitest';
import type { Condition, QueryPlan } from '../../../src/question/plan.js';
import { compileAnswerQuery, NOTHING_NESTED } from '../../../src/query/compile-answer.js';

const plan = (conditions: Condition[]): QueryPlan => ({
  scope: 'active',
  filters: conditions.map((condition) => ({ condition, negated: false, rule: 'test', text: 'test' })),
  order: null,
  limit: null,
  intent: 'list',
});
const page = { offset: 0, limit: 100 };
const everything = { department: true, manager: true, managerDepartment: true, currentLeave: true, columns: null };

describe('compileAnswerQuery', () => {
  it('joins nothing that was not selected', () => {
    const q = compileAnswerQuery(plan([{ kind: 'department', names: ['Sales'] }]), page, NOTHING_NESTED);
    expect(q.text).not.toMatch(/LEFT JOIN/);
    expect(q.text).toMatch(/^WITH page AS \(select .* limit \$\d+\) SELECT p\.\* FROM page p {2}ORDER BY p\.last_name asc, p\.first_name asc, p\.id asc$/);
  });

  it('joins manager, its department and the current leave onto the page only', () => {
    const q = compileAnswerQuery(plan([]), page, everything);
    const [inner, outer] = q.text.split(') SELECT ');
    expect(inner).toContain('limit $');
    expect(inner).not.toContain('leaves');
    expect(outer).toContain('LEFT JOIN employees m ON m.id = p.manager_id');
    expect(outer).toContain('LEFT JOIN departments md ON md.id = m.department_id');
    expect(outer).toContain('LEFT JOIN LATERAL (SELECT l.id, l.leave_type, l.start_date, l.end_date FROM leaves l WHERE l.employee_id = p.id');
  });

  it('selects only the columns the selection reads, with the keys and the sort columns', () => {
    const projected = { ...everything, managerDepartment: false, columns: { employee: ['email', 'hire_date'], manager: ['first_name'] } } as const;
    const q = compileAnswerQuery(plan([]), page, projected);
    const [inner, outer] = q.text.split(') SELECT ');
    const innerColumns = inner!.slice(inner!.indexOf('select ') + 7, inner!.indexOf(', "d"."name"'));
    expect(innerColumns.split(', ')).toEqual(['"e"."id"', '"e"."first_name"', '"e"."last_name"', '"e"."email"', '"e"."department_id"', '"e"."manager_id"', '"e"."hire_date"']);
    expect(outer).toMatch(/^p\.\*, m\.id AS mgr_id, m\.first_name AS mgr_first_name, m\.department_id AS mgr_department_id, m\.manager_id AS mgr_manager_id, cl\.id/);
    expect(outer).not.toContain('salary_usd');
    // a plan sorted by salary keeps its sort column even though the selection does not read it
    const bySalary = compileAnswerQuery({ ...plan([]), order: { field: 'salary', direction: 'desc' } }, page, projected);
    expect(bySalary.text.split(') SELECT ')[0]).toContain('"e"."salary_usd"');
    expect(bySalary.text).toMatch(/ORDER BY p\.salary_usd desc, p\.id asc$/);
  });

  it('looks named people up in the statement, with every name a parameter', () => {
    const q = compileAnswerQuery(plan([{ kind: 'reportsTo', person: { words: ['John', 'Doe'] } }]), page, NOTHING_NESTED);
    expect(q.text).toMatch(/^WITH person_0 AS MATERIALIZED \(/);
    expect(q.text).toContain('e.manager_id = (SELECT id FROM person_0)');
    expect(q.text).toContain('FROM person_0 LEFT JOIN page p ON true');
    expect(q.text).toContain('person_0.candidates AS person_0_candidates');
    expect(q.text.toLowerCase()).not.toContain('john');
    expect(q.values.slice(0, 2)).toEqual(['john', 'doe']);
  });
});
