// The compiler: every condition becomes SQL with placeholders; values travel separately.
import { describe, expect, it } from 'vitest';
import type { Condition, Filter, PersonName, QueryPlan } from '../../../src/question/plan.js';
import { compileCountQuery, compilePageQuery } from '../../../src/query/compile.js';
import { foldName } from '../../../src/query/fold-name.js';

const john: PersonName = { words: ['John', 'Doe'] };

function plan(conditions: Condition[], extra: Partial<QueryPlan> = {}): QueryPlan {
  const filters: Filter[] = conditions.map((condition) => ({ condition, negated: false, rule: 'test', text: '' }));
  return { scope: 'active', filters, order: null, limit: null, intent: 'list', ...extra };
}

const people = new Map<PersonName, number | null>([[john, 42]]);
const page = { offset: 0, limit: 50 };

describe('compilePageQuery', () => {
  it('binds every value and orders by last name, first name, id by default', () => {
    const q = compilePageQuery(plan([{ kind: 'department', names: ['Engineering'] }, { kind: 'salary', op: 'gt', amount: 120000 }]), people, page);
    expect(q.text).toContain('d.name = ANY($2::text[])');
    expect(q.text).toContain('e.salary_usd > $3');
    expect(q.text).toMatch(/order by "e"."last_name" asc, "e"."first_name" asc, "e"."id" asc limit \$4/);
    expect(q.values).toEqual(['active', ['Engineering'], 120000, 50]);
    expect(q.text).not.toContain('Engineering');
  });

  it.each<[Condition, string, unknown[]]>([
    [{ kind: 'title', titles: ['Staff Engineer'] }, 'lower(e.job_title) = ANY($2::text[])', [['staff engineer']]],
    [{ kind: 'senior' }, 'e.job_title ILIKE $2', ['Senior %']],
    [{ kind: 'isManager' }, "EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = e.id AND r.employment_status = 'active')", []],
    [{ kind: 'location', locations: ['London', 'Berlin'] }, 'e.location = ANY($2::text[])', [['London', 'Berlin']]],
    [{ kind: 'salary', op: 'lte', amount: 5 }, 'e.salary_usd <= $2', [5]],
    [{ kind: 'salaryBetween', min: 1, max: 2 }, 'e.salary_usd BETWEEN $2 AND $3', [1, 2]],
    [{ kind: 'hireDate', range: { kind: 'within', amount: 6, unit: 'month' } }, 'e.hire_date > current_date - $2::interval AND e.hire_date <= current_date', ['6 months']],
    [{ kind: 'hireDate', range: { kind: 'tenureOver', amount: 5, unit: 'year', inclusive: false } }, 'e.hire_date < current_date - $2::interval', ['5 years']],
    [{ kind: 'hireDate', range: { kind: 'tenureOver', amount: 5, unit: 'year', inclusive: true } }, 'e.hire_date <= current_date - $2::interval', ['5 years']],
    [{ kind: 'hireDate', range: { kind: 'tenureUnder', amount: 2, unit: 'year', inclusive: false } }, 'e.hire_date > current_date - $2::interval AND e.hire_date <= current_date', ['2 years']],
    [{ kind: 'hireDate', range: { kind: 'tenureUnder', amount: 2, unit: 'year', inclusive: true } }, 'e.hire_date >= current_date - $2::interval AND e.hire_date <= current_date', ['2 years']],
    [{ kind: 'hireDate', range: { kind: 'between', from: '2023-06-01', to: '2023-07-01' } }, 'e.hire_date >= $2::date AND e.hire_date < $3::date', ['2023-06-01', '2023-07-01']],
    [{ kind: 'hireDate', range: { kind: 'between', from: null, to: '2020-01-01' } }, 'e.hire_date < $2::date', ['2020-01-01']],
    [{ kind: 'leave', leaveTypes: ['Parental Leave'], when: 'current' }, 'l.leave_type = $2 AND l.start_date <= current_date', ['Parental Leave']],
    [{ kind: 'leave', leaveTypes: null, when: 'ever' }, 'EXISTS (SELECT 1 FROM leaves l WHERE l.employee_id = e.id)', []],
    [{ kind: 'leave', leaveTypes: ['Sick Leave', 'Medical Leave'], when: 'ever' }, 'l.leave_type IN ($2, $3)', ['Sick Leave', 'Medical Leave']],
    [{ kind: 'reportsTo', person: john }, 'e.manager_id = $2', [42]],
    [{ kind: 'orgOf', person: john }, 'WITH RECURSIVE org(id)', [42, 42]],
    [{ kind: 'managerOf', person: john }, 'e.id = (SELECT x.manager_id FROM employees x WHERE x.id = $2)', [42]],
    [{ kind: 'noManager' }, 'e.manager_id IS NULL', []],
    [{ kind: 'name', name: { words: ['Zoë', 'Müller'] } }, 'fold_name(e.first_name) = $2 AND fold_name(e.last_name) = $3', ['zoe', 'muller']],
    [{ kind: 'name', name: { words: ["O'Brien"], part: 'last' } }, 'fold_name(e.last_name) = $2', ["o'brien"]],
  ])('compiles %j', (condition, sql, values) => {
    const q = compilePageQuery(plan([condition]), people, page);
    expect(q.text).toContain(sql);
    expect(q.values.slice(1, 1 + values.length)).toEqual(values);
  });

  it('negates one condition', () => {
    const p = plan([{ kind: 'location', locations: ['Chicago'] }]);
    p.filters[0]!.negated = true;
    expect(compilePageQuery(p, people, page).text).toContain('NOT (e.location = ANY($2::text[]))');
  });

  it('orders by the asked field with ties broken by id, and pages with limit and offset', () => {
    const q = compilePageQuery(plan([], { order: { field: 'salary', direction: 'desc' } }), people, { offset: 20, limit: 10 });
    expect(q.text).toMatch(/order by "e"."salary_usd" desc, "e"."id" asc limit \$2 offset \$3/);
    expect(q.values).toEqual(['active', 10, 20]);
  });

  it('drops the scope condition for "including former" and binds "terminated"', () => {
    expect(compilePageQuery(plan([], { scope: 'all' }), people, page).text).not.toContain('e.employment_status = ');
    expect(compilePageQuery(plan([], { scope: 'terminated' }), people, page).values[0]).toBe('terminated');
  });

  it('refuses to compile a person reference that was not resolved', () => {
    expect(() => compilePageQuery(plan([{ kind: 'reportsTo', person: { words: ['Nobody'] } }]), people, page)).toThrow(/not resolved/);
  });
});

describe('compileCountQuery', () => {
  it('counts the same matches', () => {
    const q = compileCountQuery(plan([{ kind: 'department', names: ['Sales'] }]), people);
    expect(q.text).toMatch(/^select count\(\*\) as "total_count"/);
    expect(q.values).toEqual(['active', ['Sales']]);
  });
});

describe('foldName', () => {
  it('folds case and the diacritics the SQL function folds', () => {
    expect(foldName('Zoë Müller')).toBe('zoe muller');
    expect(foldName("O'Brien")).toBe("o'brien");
    expect(foldName('ÅÇÉÎÑÕÜÝ')).toBe('aceinouy');
  });
});
