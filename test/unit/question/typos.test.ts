import { describe, it } from 'vitest';
import type { Ordering } from '../../../src/question/plan.js';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';

const SALARY_DESC: Ordering = { field: 'salary', direction: 'desc' };

describe('one-letter slips in words that mean one thing', () => {
  it.each([
    ['people with salery over 280k', [{ kind: 'salary' as const, op: 'gt' as const, amount: 280000 }]],
    ['who was hired in Febuary 2024', [{ kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2024-02-01', to: '2024-03-01' } }]],
    ["who's on sabatical?", [{ kind: 'leave' as const, leaveTypes: ['Sabbatical'], when: 'current' as const }]],
    ['engineers on parentl leave', [dept('Engineering'), { kind: 'leave' as const, leaveTypes: ['Parental Leave'], when: 'current' as const }]],
    ['list all emplyees in Legal', [dept('Legal')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('keeps real words that are a slip away from a target', () => {
    expectPlan('highest salaried engineers', { conditions: [dept('Engineering')], order: SALARY_DESC });
    expectRefusal('employees on vocation', 'QUESTION_NOT_UNDERSTOOD', ['vocation']);
  });

  it.each([
    ['list all males', ['males']],
    ['employees in Wales', ['Wales']],
    ['who works with Dustin in Berlin?', ['Dustin']],
    ['stuff in Berlin', ['stuff']],
  ])('a real word or first name a letter from a department or place is not a slip of it: %s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });

  it('"please produce a list" asks for the list; it is not Product', () => {
    expectPlan('Please produce a list of all employees in the Engineering department.', { conditions: [dept('Engineering')] });
  });

  it('does not correct short words or words two slips away', () => {
    expectRefusal('employees in Jnue 2024', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('people with sallery over 280k', 'QUESTION_NOT_UNDERSTOOD', ['sallery']);
  });
});

describe('slips in the words the rules are built on, read again only where they left words unplaced', () => {
  it.each([
    ['who reprots to Carlos Garcia', [{ kind: 'reportsTo' as const, person: { words: ['Carlos', 'Garcia'] } }]],
    ["John Doe's taem", [{ kind: 'reportsTo' as const, person: { words: ['John', 'Doe'] } }]],
    ['everyone udner Amara Okafor', [{ kind: 'orgOf' as const, person: { words: ['Amara', 'Okafor'] } }]],
    ["who is Zoë Müller's manger?", [{ kind: 'managerOf' as const, person: { words: ['Zoë', 'Müller'] } }]],
    ['find the employee nmaed Zoë', [{ kind: 'name' as const, name: { words: ['Zoë'] } }]],
    ['anyone hird this year', [{ kind: 'hireDate' as const, range: { kind: 'calendarYear' as const, yearsAgo: 0 } }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a letter changed is not a slip: "fired" is one letter from "hired" and means the opposite', () => {
    expectPlan('who was fired', { conditions: [], scope: 'terminated' });
    expectRefusal('who did we fire in 2024', 'QUESTION_NOT_UNDERSTOOD', ['fire']);
  });

  it('a word a rule took is never changed: "thank you" stays thanks', () => {
    expectPlan('thank you, who is in Sales', { conditions: [dept('Sales')] });
  });
});

describe('slips in short words, and what is not a slip', () => {
  it.each([
    ['show teh ops team', [dept('Operations')]],
    ['hwo many people in Sales', [dept('Sales')]],
    ['HR, LEGAL AND FINANCE STAF', [dept('Human Resources', 'Legal', 'Finance')]],
    ['new yrok office', [loc('New York')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: question.startsWith('hwo') ? 'count' : 'list' });
  });

  it('a slip into a word the rules use is found as a change: "upadte wei chens salary to 500k"', () => {
    expectRefusal('upadte wei chens salary to 500k', 'UNSAFE_QUESTION');
  });

  it.each(['veteran Sales staff', 'people on sale', 'who is on her team'])('an ending, or a short real word, is not a slip: %s', (question) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
  });

  it('a lower-case slip of a word the rules use is no name: "who manages someoen in design"', () => {
    expectPlan('who manages someoen in design', { conditions: [dept('Design'), { kind: 'isManager' }] });
  });
});

describe('how many slips are read', () => {
  it('up to three slips are read; more are another question, and not tried', () => {
    expectPlan('dispaly teh staf with the title Paralegal', { conditions: [{ kind: 'title', titles: ['Paralegal'] }] });
    expectRefusal('dispaly teh staf with titel Paralegal', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('words run together, doubled letters and common misspellings', () => {
  it.each([
    ['who earns morethan 250K', [{ kind: 'salary' as const, op: 'gt' as const, amount: 250000 }]],
    ['legal stafff hiredin 2018', [dept('Legal'), { kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2018-01-01', to: '2019-01-01' } }]],
    ['numberof empolyees in Berlin', [loc('Berlin')]],
    ['salary lesss than 49000', [{ kind: 'salary' as const, op: 'lt' as const, amount: 49000 }]],
    ['payed greater than $270,000', [{ kind: 'salary' as const, op: 'gt' as const, amount: 270000 }]],
    ['hired in Mrach 2024', [{ kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2024-03-01', to: '2024-04-01' } }]],
    ['who has evr taken a sabbaticall', [{ kind: 'leave' as const, leaveTypes: ['Sabbatical'], when: 'ever' as const }]],
    ['engineres on leave rightnow', [dept('Engineering'), { kind: 'leave' as const, leaveTypes: null, when: 'current' as const }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: question.startsWith('numberof') ? 'count' : 'list' });
  });

  it('two fillers run together are a word of their own, never split', () => {
    expectRefusal('teamwork in Sales', 'QUESTION_NOT_UNDERSTOOD', ['teamwork']);
    expectRefusal('which people are going on leave soon?', 'QUESTION_NOT_UNDERSTOOD', ['soon']);
  });
});
