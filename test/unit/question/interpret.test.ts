import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/question/index.js';
import { planOf } from './helpers.js';

describe('interpret', () => {
  it.each([
    ['top 5 highest paid engineers earning more than 120k', 'Active employees in Engineering earning more than $120,000, highest paid first, top 5.'],
    ['how many designers do we have', 'Counting active employees in Design.'],
    ["John Doe's reports", 'Active employees who report directly to John Doe.'],
    ['everyone under Priya Patel', 'Active employees anywhere under Priya Patel (direct and indirect reports).'],
    ['people hired in 2019', 'Active employees hired in 2019.'],
    ['hired in June 2023', 'Active employees hired in June 2023.'],
    ['hired between March 2020 and June 2021', 'Active employees hired between March 1, 2020 and June 30, 2021.'],
    ['hired before 2017', 'Active employees hired before January 1, 2017.'],
    ['former engineers not in London', 'Former employees in Engineering not based in London.'],
    ['everyone in Finance including former employees', 'Current and former employees in Finance.'],
    ['who has ever taken sick leave', 'Active employees who have ever taken Sick Leave.'],
    ['salary between 190 thousand and 205 thousand', 'Active employees earning between $190,000 and $205,000.'],
    ['who earns exactly 312000', 'Active employees earning exactly $312,000.'],
    ['anyone whose last name is Okafor', 'Active employees with last name Okafor.'],
    ['staff that have been here for more than 9 years', 'Active employees with more than 9 years at the company.'],
    ['employees who have been here at least 5 years', 'Active employees with at least 5 years at the company.'],
    ['staff with at most 2 years here', 'Active employees with at most 2 years at the company.'],
  ])('%s', (question, sentence) => {
    expect(interpret(planOf(question))).toBe(sentence);
  });
});

describe('interpretation wording', () => {
  it('reads Remote as a way of working and joins two salary bounds', () => {
    expect(interpret(planOf('engineers in London or remote'))).toBe('Active employees in Engineering based in London or working remotely.');
    expect(interpret(planOf('employees with salary at least 100000 and at most 120000'))).toBe(
      'Active employees earning at least $100,000 and at most $120,000.',
    );
  });
});
