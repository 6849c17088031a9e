import { describe, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';

describe('scope', () => {
  it.each([
    ['terminated designers', 'terminated', [dept('Design')]],
    ['which product people left the company?', 'terminated', [dept('Product')]],
    ['former engineers', 'terminated', [dept('Engineering')]],
    ['ex-employees in Sales', 'terminated', [dept('Sales')]],
    ['ex employees', 'terminated', []],
    ['people who left', 'terminated', []],
    ['who was terminated in Design', 'terminated', [dept('Design')]],
    ['who got fired', 'terminated', []],
    ['who is no longer here', 'terminated', []],
    ['former staff in London', 'terminated', [loc('London')]],
    ['everyone in Finance including former employees', 'all', [dept('Finance')]],
    ['all employees ever in Legal', 'all', [dept('Legal')]],
    ['past and present employees in Design', 'all', [dept('Design')]],
    ['including terminated employees in Finance', 'all', [dept('Finance')]],
    ['current and former engineers', 'all', [dept('Engineering')]],
    ['current employees in Sales', 'active', [dept('Sales')]],
    ['active engineers', 'active', [dept('Engineering')]],
    ['show me all employees', 'active', []],
    ['everyone who ever worked in Design', 'all', [dept('Design')]],
    ['people who have ever worked in Legal', 'all', [dept('Legal')]],
    ['designers including the ones who left', 'all', [dept('Design')]],
    ['list ex-employees who worked in Finance', 'terminated', [dept('Finance')]],
  ] as const)('%s → %s', (question, scope, conditions) => {
    expectPlan(question, { scope, conditions: [...conditions] });
  });

  it('"worked" is placed only with a scope that has former people in it', () => {
    expectRefusal('people who worked in Sales', 'QUESTION_NOT_UNDERSTOOD', ['worked']);
  });
});

describe('counting', () => {
  it.each([
    ['how many designers do we have', [dept('Design')]],
    ['count the lawyers in Austin', [dept('Legal'), loc('Austin')]],
    ['count up the lawyers in Austin', [dept('Legal'), loc('Austin')]],
    ['add up everyone in Sales', [dept('Sales')]],
    ['number of people in Sales', [dept('Sales')]],
    ['total number of designers', [dept('Design')]],
    ['how many engineers are in London', [dept('Engineering'), loc('London')]],
    ['how many employees do we have', []],
    ['How many people work here in total?', []],
    ['how many ppl in sales', [dept('Sales')]],
    ['total employees in Chicago', [loc('Chicago')]],
    ['total engineers', [dept('Engineering')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: 'count' });
  });

  it('counts former employees', () => {
    expectPlan('how many former employees', { scope: 'terminated', intent: 'count' });
  });

  it.each([
    ["what's the total headcount?", [], 'active'],
    ['count how many marketers are remote', [dept('Marketing'), loc('Remote')], 'active'],
    ['how many employees do we have in total', [], 'active'],
  ] as const)('count phrases, said once or twice: %s', (question, conditions, scope) => {
    expectPlan(question, { scope, conditions: [...conditions], intent: 'count' });
  });

  it.each([
    ['marketers who resigned', [dept('Marketing')]],
    ['people in Sales who quit', [dept('Sales')]],
    ['people who used to work in Marketing', [dept('Marketing')]],
  ])('leaving in other words: %s', (question, conditions) => {
    expectPlan(question, { scope: 'terminated', conditions });
  });
});

describe('"ever" after the group asked for', () => {
  it.each([
    ['every employee ever in Product', [dept('Product')], 'all'],
    ['every Design employee ever hired in 2020', [dept('Design'), { kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2020-01-01', to: '2021-01-01' } }], 'active'],
  ] as const)('%s', (question, conditions, scope) => {
    expectPlan(question, { conditions: [...conditions], scope });
  });

  it('"every single designer" is every designer', () => {
    expectPlan('every single designer', { conditions: [dept('Design')] });
  });
});

describe('everyone ever, said other ways', () => {
  it.each([
    ['all-time Product staff', [dept('Product')], 'all', 'list'],
    ["every engineer we've ever had in Toronto", [dept('Engineering'), loc('Toronto')], 'all', 'list'],
    ['Count the designers. Include former employees too.', [dept('Design')], 'all', 'count'],
  ] as const)('%s', (question, conditions, scope, intent) => {
    expectPlan(question, { conditions: [...conditions], scope, intent });
  });

  it('"staff who\'ve ever had sick leave" are active staff with sick leave at any time, not everyone ever', () => {
    expectPlan("staff who've ever had sick leave", { conditions: [{ kind: 'leave', leaveTypes: ['Sick Leave'], when: 'ever' }] });
  });
});
