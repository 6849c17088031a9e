// What a query reads of askEmployees' nodes, read off the GraphQL selection: columns and, level by
// level, the related rows.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionOfDocument } from '../../../src/graphql/node-selection.js';
import { NOTHING_NESTED, selectionKey } from '../../../src/query/employee-selection.js';

const selection = (document: string) => selectionOfDocument(parse(document));

const ask = (node: string, fragments = '') => `{ askEmployees(question: "q") { totalCount edges { cursor node { ${node} } } } } ${fragments}`;

const only = (columns: string[]) => ({ ...NOTHING_NESTED, columns });

describe('selectionOfDocument', () => {
  it('reads the columns and related rows of the benchmark selection', () => {
    expect(
      selection(ask('email firstName lastName jobTitle hireDate salaryUsd location department { name } manager { email firstName lastName } currentLeave { type startDate endDate }')),
    ).toEqual({
      columns: ['first_name', 'last_name', 'email', 'job_title', 'hire_date', 'salary_usd', 'location'],
      department: true,
      manager: only(['first_name', 'last_name', 'email']),
      currentLeave: true,
      directReports: null,
    });
  });

  it('looks through fragments and maps derived fields to what they read', () => {
    const s = selection(ask('...Person manager { ... on Employee { fullName department { name } } }', 'fragment Person on Employee { id employmentStatus __typename }'));
    expect(s.columns).toEqual(['employment_status']);
    expect(s.manager).toEqual({ ...only(['first_name', 'last_name']), department: true });
  });

  it('follows every level down: a manager’s manager, direct reports and theirs', () => {
    const s = selection(ask('email manager { manager { email currentLeave { type } } } directReports { email department { name } directReports { lastName } }'));
    expect(s.manager).toEqual({ ...only([]), manager: { ...only(['email']), currentLeave: true } });
    expect(s.directReports).toEqual({ ...only(['email']), department: true, directReports: only(['last_name']) });
  });

  it('merges fields of one name (aliases) into one selection', () => {
    const s = selection(ask('boss: manager { email } manager { lastName } team: directReports { email } directReports { firstName }'));
    expect(s.manager).toEqual(only(['last_name', 'email']));
    expect(s.directReports).toEqual(only(['first_name', 'email']));
  });

  it('reads whole rows at a level that selects a field it does not know', () => {
    expect(selection(ask('email manager { someNewField }')).manager?.columns).toBeNull();
  });

  it('fetches nothing related and reads no columns for a count', () => {
    expect(selection('{ askEmployees(question: "q") { totalCount } }')).toEqual(only([]));
  });

  it('gives equal selections one key and different ones different keys', () => {
    const keyOf = (node: string) => selectionKey(selection(ask(node)));
    expect(keyOf('email lastName manager { email }')).toBe(keyOf('manager { email } lastName email'));
    const keys = ['email', 'email department { name }', 'email manager { email }', 'email manager { email department { name } }', 'email directReports { email }', 'email manager { directReports { email } }', 'email currentLeave { type }', 'email manager { unknownField }'].map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
