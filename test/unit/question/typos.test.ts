import { describe, it } from 'vitest';
import type { Ordering } from '../../../src/question/plan.js';
import { dept, expectPlan, expectRefusal } from './helpers.js';

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

  it('does not correct short words or words two slips away', () => {
    expectRefusal('employees in Jnue 2024', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('people with sallery over 280k', 'QUESTION_NOT_UNDERSTOOD', ['sallery']);
  });
});
