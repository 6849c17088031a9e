// The answer statement: names looked up inside it, related rows fetched after the LIMIT and only
// when selected (the first level joined, deeper levels as JSON sub-selects), the page's order kept.
import { describe, expect, it } from 'vitest';
import type { Condition, QueryPlan } from '../../../src/question/plan.js';
import { compileAnswerQuery } from '../../../src/query/compile-answer.js';
import { NOTHING_NESTED, type EmployeeSelection } from '../../../src/query/employee-selection.js';

const plan = (conditions: Condition[]): QueryPlan => ({
  scope: 'active',
  filters: conditions.map((condition) => ({ condition, negated: false, rule: 'test', text: 'test' })),
  order: null,
  limit: null,
  intent: 'list',
});
const page = { offset: 0, limit: 100 };
const employee = (more: Partial<EmployeeSelection> = {}): EmployeeSelection => ({ ...NOTHING_NESTED, ...more });
const everything = employee({ department: true, manager: employee({ department: true }), currentLeave: true });

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
    const projected = employee({ columns: ['email', 'hire_date'], department: true, manager: employee({ columns: ['first_name'] }), currentLeave: true });
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

  it('fetches deeper levels as JSON sub-selects, each referring to its parent only, with no value added', () => {
    const deep = employee({
      columns: ['email'],
      manager: employee({ columns: ['email'], manager: employee({ columns: ['last_name'], department: true }), currentLeave: true }),
      directReports: employee({ columns: ['email'], department: true, directReports: employee({ columns: ['email'] }) }),
    });
    const shallow = compileAnswerQuery(plan([{ kind: 'department', names: ['Sales'] }]), page, NOTHING_NESTED);
    const q = compileAnswerQuery(plan([{ kind: 'department', names: ['Sales'] }]), page, deep);
    expect(q.values).toEqual(shallow.values);
    const outer = q.text.split(') SELECT ').slice(1).join(') SELECT ');
    // a manager with anything below it comes as one JSON object, not as joined columns
    expect(outer).not.toContain('LEFT JOIN employees m');
    expect(outer).toContain('FROM employees j1 WHERE j1.id = p.manager_id) AS mgr_json');
    expect(outer).toContain("'manager', (SELECT json_build_object('id', j2.id, 'last_name', j2.last_name, 'department_id', j2.department_id, 'manager_id', j2.manager_id, 'department_name', (SELECT dj.name FROM departments dj WHERE dj.id = j2.department_id)) FROM employees j2 WHERE j2.id = j1.manager_id)");
    expect(outer).toContain("'current_leave', (SELECT json_build_object('id', l.id, 'leave_type', l.leave_type, 'start_date', l.start_date, 'end_date', l.end_date) FROM leaves l WHERE l.employee_id = j1.id AND ");
    // direct reports: active ones, in the default order, an empty array rather than null
    expect(outer).toContain(
      "(SELECT coalesce(json_agg(json_build_object('id', j1.id, 'email', j1.email, 'department_id', j1.department_id, 'manager_id', j1.manager_id, 'department_name', (SELECT dj.name FROM departments dj WHERE dj.id = j1.department_id), 'direct_reports', (SELECT coalesce(json_agg(json_build_object('id', j2.id, 'email', j2.email, 'department_id', j2.department_id, 'manager_id', j2.manager_id) ORDER BY j2.last_name, j2.first_name, j2.id), '[]'::json) FROM employees j2 WHERE j2.manager_id = j1.id AND j2.employment_status = 'active')) ORDER BY j1.last_name, j1.first_name, j1.id), '[]'::json) FROM employees j1 WHERE j1.manager_id = p.id AND j1.employment_status = 'active') AS direct_reports_json",
    );
  });

  it('lets a generic plan serve only statements anchored on one person’s reports or manager', () => {
    const john = { words: ['John', 'Doe'] };
    const generic = (conditions: Condition[], negated = false) => {
      const p = plan(conditions);
      if (negated) p.filters = p.filters.map((f) => ({ ...f, negated: true }));
      return compileAnswerQuery(p, page, everything).genericPlan === true;
    };
    expect(generic([{ kind: 'reportsTo', person: john }])).toBe(true);
    expect(generic([{ kind: 'managerOf', person: john }])).toBe(true);
    expect(generic([{ kind: 'reportsTo', person: john }, { kind: 'salary', op: 'gt', amount: 100_000 }])).toBe(true);
    // the values decide how many rows match: each question planned for its own
    expect(generic([{ kind: 'salary', op: 'gt', amount: 120_000 }, { kind: 'department', names: ['Engineering'] }])).toBe(false);
    expect(generic([{ kind: 'hireDate', range: { kind: 'within', amount: 6, unit: 'month' } }])).toBe(false);
    expect(generic([{ kind: 'orgOf', person: john }])).toBe(false);
    expect(generic([{ kind: 'reportsTo', person: john }], true)).toBe(false);
    expect(generic([])).toBe(false);
  });
});
