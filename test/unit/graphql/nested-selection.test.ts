// The answer statement's nested rows and columns, read off the GraphQL selection.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionOfDocument } from '../../../src/graphql/nested-selection.js';

const selection = (document: string) => selectionOfDocument(parse(document));

const ask = (node: string, fragments = '') => `{ askEmployees(question: "q") { totalCount edges { cursor node { ${node} } } } } ${fragments}`;

describe('selectionOfDocument', () => {
  it('reads the columns of the benchmark selection', () => {
    const s = selection(ask('email firstName lastName jobTitle hireDate salaryUsd location department { name } manager { email firstName lastName } currentLeave { type startDate endDate }'));
    expect(s).toMatchObject({ department: true, manager: true, managerDepartment: false, currentLeave: true });
    expect(s.columns?.employee).toEqual(['email', 'first_name', 'last_name', 'job_title', 'hire_date', 'salary_usd', 'location']);
    expect(s.columns?.manager).toEqual(['email', 'first_name', 'last_name']);
  });

  it('looks through fragments and maps derived fields to what they read', () => {
    const s = selection(ask('...Person manager { ... on Employee { fullName department { name } } }', 'fragment Person on Employee { id employmentStatus __typename }'));
    expect(s.columns).toEqual({ employee: ['employment_status'], manager: ['first_name', 'last_name'] });
    expect(s.managerDepartment).toBe(true);
  });

  it.each([
    ['directReports on a node', 'email directReports { email }'],
    ["a manager's manager", 'manager { manager { email } }'],
    ["a manager's current leave", 'manager { currentLeave { type } }'],
    ["a manager's reports", 'manager { directReports { email } }'],
  ])('asks for whole rows when %s is answered through a DataLoader', (_name, node) => {
    expect(selection(ask(node)).columns).toBeNull();
  });

  it('joins nothing and reads no columns for a count', () => {
    expect(selection('{ askEmployees(question: "q") { totalCount } }')).toEqual({
      department: false,
      manager: false,
      managerDepartment: false,
      currentLeave: false,
      columns: { employee: [], manager: [] },
    });
  });
});
