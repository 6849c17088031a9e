import { describe, it } from 'vitest';
import type { Condition } from '../../../src/question/plan.js';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';

const leaveNow = (leaveType: string) => ({ kind: 'leave' as const, leaveTypes: [leaveType], when: 'current' as const });
const hiredIn = (year: number) => ({ kind: 'hireDate' as const, range: { kind: 'between' as const, from: `${year}-01-01`, to: `${year + 1}-01-01` } });

describe('what a speaker takes back: the correction replaces what it repeats', () => {
  it.each([
    ['everybody in engineering sorry i mean everybody in finance', [dept('Finance')]],
    ['anyone on vacation sorry on sabbatical at the moment', [leaveNow('Sabbatical')]],
    ['people in sales in london no wait in berlin', [dept('Sales'), loc('Berlin')]],
    ['who did we hire in twenty twenty one no sorry twenty twenty two', [hiredIn(2022)]],
    ['people making over one hundred ninety k no wait two hundred ninety k', [{ kind: 'salary', op: 'gt', amount: 290000 }]],
    ['over 190k, sorry, 290k', [{ kind: 'salary', op: 'gt', amount: 290000 }]],
    ['people in engineering i mean finance', [dept('Finance')]],
    ['everyone under carlos garcia no wait under john doe', [{ kind: 'orgOf', person: { words: ['john', 'doe'] } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a marker with nothing it could replace is read as written', () => {
    expectPlan('who has no manager', { conditions: [{ kind: 'noManager' }] });
    expectRefusal('who is in sales sorry', 'QUESTION_NOT_UNDERSTOOD', ['sorry']);
    expectRefusal('people in sales no wait what', 'QUESTION_NOT_UNDERSTOOD');
  });
});
