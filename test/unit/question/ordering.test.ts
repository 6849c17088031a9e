import { describe, it } from 'vitest';
import type { Condition, Ordering } from '../../../src/question/plan.js';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';

const SALARY_DESC: Ordering = { field: 'salary', direction: 'desc' };
const SALARY_ASC: Ordering = { field: 'salary', direction: 'asc' };
const NEWEST: Ordering = { field: 'hireDate', direction: 'desc' };
const LONGEST: Ordering = { field: 'hireDate', direction: 'asc' };
const LAST_A_Z: Ordering = { field: 'lastName', direction: 'asc' };
const LAST_Z_A: Ordering = { field: 'lastName', direction: 'desc' };
const FIRST_A_Z: Ordering = { field: 'firstName', direction: 'asc' };
const FIRST_Z_A: Ordering = { field: 'firstName', direction: 'desc' };

describe('ordering and limits', () => {
  it.each([
    ['top 10 highest paid in Marketing', [dept('Marketing')], SALARY_DESC, 10],
    ["who's the lowest paid person in Engineering", [dept('Engineering')], SALARY_ASC, 1],
    ['5 newest hires in Product', [dept('Product')], NEWEST, 5],
    ['Who is the longest-serving employee?', [], LONGEST, 1],
    ['top 5 highest paid engineers', [dept('Engineering')], SALARY_DESC, 5],
    ['3 best paid in Sales', [dept('Sales')], SALARY_DESC, 3],
    ['the highest paid engineer', [dept('Engineering')], SALARY_DESC, 1],
    ['highest paid engineers', [dept('Engineering')], SALARY_DESC, null],
    ['lowest paid people in Legal', [dept('Legal')], SALARY_ASC, null],
    ['top earners in Finance', [dept('Finance')], SALARY_DESC, null],
    ['top five earners', [], SALARY_DESC, 5],
    ['the twenty-five highest paid engineers', [dept('Engineering')], SALARY_DESC, 25],
    ['top twenty one earners', [], SALARY_DESC, 21],
    ['the half dozen newest hires', [], NEWEST, 6],
    ['the top 5 highest paid in Engineering, in order from the highest salary downwards', [dept('Engineering')], SALARY_DESC, 5],
    ['top two dozen earners', [], SALARY_DESC, 24],
    ['top 10 earners in Engineering', [dept('Engineering')], SALARY_DESC, 10],
    ['bottom 3 by salary in Design', [dept('Design')], SALARY_ASC, 3],
    ['top 3 by salary in Design', [dept('Design')], SALARY_DESC, 3],
    ['best-paid designers', [dept('Design')], SALARY_DESC, null],
    ['who earns the most', [], SALARY_DESC, 1],
    ['who earn the most in Sales', [dept('Sales')], SALARY_DESC, null],
    ['who is paid the least', [], SALARY_ASC, 1],
    ['who is the highest paid in Sales', [dept('Sales')], SALARY_DESC, 1],
    ['who are the highest paid people in Sales', [dept('Sales')], SALARY_DESC, null],
    ['the 3 lowest paid designers', [dept('Design')], SALARY_ASC, 3],
    ['lowest-paid engineers in Toronto', [dept('Engineering'), loc('Toronto')], SALARY_ASC, null],
    ['newest hires', [], NEWEST, null],
    ['most recent hires in Sales', [dept('Sales')], NEWEST, null],
    ['the newest engineer', [dept('Engineering')], NEWEST, 1],
    ['the 10 most recent hires', [], NEWEST, 10],
    ['latest hires', [], NEWEST, null],
    ['longest-serving employees in Legal', [dept('Legal')], LONGEST, null],
    ['5 longest serving employees', [], LONGEST, 5],
    ['most senior by tenure', [], LONGEST, null],
    ['earliest hires in Marketing', [dept('Marketing')], LONGEST, null],
    ['engineers sorted by salary', [dept('Engineering')], SALARY_DESC, null],
    ['engineers ranked by salary ascending', [dept('Engineering')], SALARY_ASC, null],
    ['everyone ordered by hire date', [], LONGEST, null],
    ['top 3 engineers by salary', [dept('Engineering')], SALARY_DESC, 3],
  ])('%s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['top 5 salaries in Sales', [dept('Sales')], SALARY_DESC, 5],
    ['show the top 3 paid engineers', [dept('Engineering')], SALARY_DESC, 3],
    ['highest 5 earners', [], SALARY_DESC, 5],
    ['newest 3 employees in Sales', [dept('Sales')], NEWEST, 3],
    ['the last 5 people hired', [], NEWEST, 5],
    ['latest 2 hires in Legal', [dept('Legal')], NEWEST, 2],
  ])('a limit right after the superlative: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['rank engineers by salary', [dept('Engineering')], SALARY_DESC, null],
    ['sort the designers by salary, lowest first', [dept('Design')], SALARY_ASC, null],
    ['list Finance by salary, highest first', [dept('Finance')], SALARY_DESC, null],
    ['sales people sorted by salary from highest to lowest', [dept('Sales')], SALARY_DESC, null],
    ['employees in Finance sorted by hire date, newest first', [dept('Finance')], NEWEST, null],
    ['oldest employees in Legal by hire date', [dept('Legal')], LONGEST, null],
    ['most senior engineers by tenure', [dept('Engineering')], LONGEST, null],
    ['the 2 most senior people in Design by tenure', [dept('Design')], LONGEST, 2],
    ['Show me the most senior employee by tenure in Finance', [dept('Finance')], LONGEST, 1],
    ['list HR employees from newest to oldest', [dept('Human Resources')], NEWEST, null],
    ['engineers from highest to lowest paid', [dept('Engineering')], SALARY_DESC, null],
    ['designers from lowest to highest paid', [dept('Design')], SALARY_ASC, null],
  ])('a sort verb, key or direction apart from the phrase: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['highest salary in Design', [dept('Design')], SALARY_DESC, 1],
    ['who has the lowest salary', [], SALARY_ASC, 1],
    ['the highest salaries in Design', [dept('Design')], SALARY_DESC, null],
    ['bottom 10 earners', [], SALARY_ASC, 10],
    ['the bottom earners in Legal', [dept('Legal')], SALARY_ASC, null],
  ])('"the highest salary" asks for one; "bottom" is lowest: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['the 3 employees who have been here longest', [], LONGEST, 3],
    ['the 2 engineers with the highest salary', [dept('Engineering')], SALARY_DESC, 2],
    ['3 designers who earn the most', [dept('Design')], SALARY_DESC, 3],
  ])('a count right before the people it counts: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['Legal team in Toronto sorted by last name', [dept('Legal'), loc('Toronto')], LAST_A_Z],
    ['designers alphabetically', [dept('Design')], LAST_A_Z],
    ['alphabetical list of designers', [dept('Design')], LAST_A_Z],
    ['designers by name', [dept('Design')], LAST_A_Z],
    ['list designers A-Z', [dept('Design')], LAST_A_Z],
    ['designers from A to Z by surname', [dept('Design')], LAST_A_Z],
    ['designers in reverse alphabetical order', [dept('Design')], LAST_Z_A],
    ['designers sorted by last name descending', [dept('Design')], LAST_Z_A],
    ['engineers ordered by first name', [dept('Engineering')], FIRST_A_Z],
    ['designers alphabetically by first name', [dept('Design')], FIRST_A_Z],
    ['sort designers by their first name, Z to A', [dept('Design')], FIRST_Z_A],
  ])('by name: %s', (question, conditions, order) => {
    expectPlan(question, { conditions, order });
  });

  it.each([
    ['who is in Legal sorted by salary', [dept('Legal')], SALARY_DESC],
    ['who is in Legal, by hire date', [dept('Legal')], LONGEST],
    ['who is in Legal alphabetically', [dept('Legal')], LAST_A_Z],
  ])('a sort order lists everyone, even after "who is": %s', (question, conditions, order) => {
    expectPlan(question, { conditions, order, limit: null });
  });

  it.each([
    ['newest 5 people hired in London', [loc('London')], NEWEST, 5],
    ['the newest people hired', [], NEWEST, null],
  ])('"hired" beside an order by hire date belongs to it: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it('"most senior" without a tenure key is not guessed', () => {
    expectRefusal('the most senior engineers', 'QUESTION_NOT_UNDERSTOOD', ['most']);
  });

  it.each([
    ['which ex-employee had the earliest hire date?', [], LONGEST, 1, 'terminated'],
    ['who has the most recent hire date in Legal', [dept('Legal')], NEWEST, 1, 'active'],
    ['who was the first person we hired in 2015?', [{ kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2015-01-01', to: '2016-01-01' } }], LONGEST, 1, 'active'],
    ['people on leave right now, newest hires first', [{ kind: 'leave' as const, leaveTypes: null, when: 'current' as const }], NEWEST, null, 'active'],
  ] as const)('hire dates as the key: %s', (question, conditions, order, limit, scope) => {
    expectPlan(question, { conditions: [...conditions], order, limit, scope });
  });

  it('"bottom N" by a hire date is not guessed: the newest or the longest-serving?', () => {
    expectRefusal('bottom 5 by hire date', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('orders said in more ways', () => {
  const NEWEST_FIRST: Ordering = { field: 'hireDate', direction: 'desc' };
  const cases: [string, Condition[], Ordering, number | null][] = [
    ['longest-serving ops person in Chicago', [dept('Operations'), loc('Chicago')], LONGEST, 1],
    ['everyone under Carlos Garcia, earliest hire first', [{ kind: 'orgOf', person: { words: ['Carlos', 'Garcia'] } }], LONGEST, null],
    ['UK lawyers, most senior by tenure first', [dept('Legal'), loc('London')], LONGEST, null],
    ['Engineering people making at least 260k, in descending order of salary', [dept('Engineering'), { kind: 'salary', op: 'gte', amount: 260000 }], SALARY_DESC, null],
    ['the 5 newest remote hires', [loc('Remote')], NEWEST_FIRST, 5],
    ['2 most recent Legal hires in New York', [dept('Legal'), loc('New York')], NEWEST_FIRST, 2],
    ['of the Support Engineers in Toronto, the lowest paid', [{ kind: 'title', titles: ['Support Engineer'] }, loc('Toronto')], SALARY_ASC, 1],
  ];
  it.each(cases)('%s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });
});

describe('a compound noun for one person', () => {
  it('"the lowest paid people manager in Sales" is one', () => {
    expectPlan('the lowest paid people manager in Sales', { conditions: [dept('Sales'), { kind: 'isManager' }], order: SALARY_ASC, limit: 1 });
  });
});

describe('a superlative with no noun stands for one person', () => {
  it.each([
    ['longest serving in hr', [dept('Human Resources')], LONGEST],
    ['the highest paid in Sales', [dept('Sales')], SALARY_DESC],
    ['newest in Product?', [dept('Product')], NEWEST],
  ] as [string, Condition[], Ordering][])('%s', (question, conditions, order) => {
    expectPlan(question, { conditions, order, limit: 1 });
  });

  it('a plural noun, a plural verb or a count keeps them all', () => {
    expectPlan('longest serving people in hr', { conditions: [dept('Human Resources')], order: LONGEST });
    expectPlan('who are the highest paid in Sales', { conditions: [dept('Sales')], order: SALARY_DESC });
    expectPlan('engineers in Berlin, highest paid first', { conditions: [dept('Engineering'), loc('Berlin')], order: SALARY_DESC });
  });
});
