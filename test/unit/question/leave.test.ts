import { describe, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc, not } from './helpers.js';

const leave = (leaveType: string | null, when: 'current' | 'ever') => ({ kind: 'leave' as const, leaveTypes: leaveType === null ? null : [leaveType], when });

describe('leave', () => {
  it.each([
    ['Which employees are currently out on parental leave?', 'Parental Leave'],
    ["who's on parental leave", 'Parental Leave'],
    ['who is on sick leave', 'Sick Leave'],
    ['people on vacation', 'Vacation'],
    ['anyone on sabbatical right now', 'Sabbatical'],
    ['is anyone on a sabbatical', 'Sabbatical'],
    ['list employees on any kind of leave', null],
    ['employees currently on medical leave', 'Medical Leave'],
    ['who is on leave right now', null],
    ['number of people on leave', null],
  ])('current: %s', (question, type) => {
    expectPlan(question, { conditions: [leave(type, 'current')], intent: question.startsWith('number') ? 'count' : 'list' });
  });

  it.each([
    ['who has ever taken sick leave', 'Sick Leave'],
    ['who took parental leave', 'Parental Leave'],
    ['who has ever taken a sabbatical', 'Sabbatical'],
    ['employees who have had medical leave', 'Medical Leave'],
    ['who has taken vacation', 'Vacation'],
    ['anyone who has ever been on leave', null],
  ])('ever: %s', (question, type) => {
    expectPlan(question, { conditions: [leave(type, 'ever')] });
  });

  it('combines and negates', () => {
    expectPlan('anyone on medical leave in Sales?', { conditions: [dept('Sales'), leave('Medical Leave', 'current')] });
    expectPlan('is anybody in Finance on leave?', { conditions: [dept('Finance'), leave(null, 'current')] });
    expectPlan('designers on vacation in Berlin', { conditions: [dept('Design'), loc('Berlin'), leave('Vacation', 'current')] });
    expectPlan('engineers not on leave', { conditions: [dept('Engineering'), not(leave(null, 'current'))] });
  });

  it('does not invent leave types', () => {
    expectRefusal('employees on jury leave', 'QUESTION_NOT_UNDERSTOOD', ['jury', 'leave']);
  });

  it.each([
    ['anyone taking vacation at the moment', 'Vacation'],
    ['who is on maternity leave', 'Parental Leave'],
    ['who is taking paternity leave', 'Parental Leave'],
    ["who's out sick today", 'Sick Leave'],
    ['who is off sick', 'Sick Leave'],
    ['people on holiday', 'Vacation'],
  ])('other words for current leave: %s', (question, type) => {
    expectPlan(question, { conditions: [leave(type, 'current')] });
  });

  it('"never taken" negates leave at any time', () => {
    expectPlan('engineers who have never taken sick leave', { conditions: [dept('Engineering'), not(leave('Sick Leave', 'ever'))] });
    expectPlan('people who never took vacation in Sales', { conditions: [dept('Sales'), not(leave('Vacation', 'ever'))] });
  });

  it('an adjective is not a leave', () => {
    expectRefusal('sick engineers', 'QUESTION_NOT_UNDERSTOOD', ['sick']);
  });
});

describe('leave at any time, in other words', () => {
  it('"ever taken any kind of leave" is any leave at any time', () => {
    expectPlan('people who have ever taken any kind of leave', { conditions: [leave(null, 'ever')] });
  });
});

describe('leave never taken, leave of any kind, leave that started', () => {
  it.each([
    ['how many employees have no leave records at all?', [not(leave(null, 'ever'))], 'count'],
    ["Berlin engineers who aren't currently on any leave", [dept('Engineering'), loc('Berlin'), not(leave(null, 'current'))], 'list'],
    ["who's out on leave right now, whatever the type?", [leave(null, 'current')], 'list'],
  ] as const)('%s', (question, conditions, intent) => {
    expectPlan(question, { conditions: [...conditions], intent });
  });

  it('former staff who once took parental leave', () => {
    expectPlan('former staff who once took parental leave', { conditions: [leave('Parental Leave', 'ever')], scope: 'terminated' });
  });

  it.each([
    // when a leave started, or how long after hiring someone left, is no hire date
    ['who started a sabbatical this year?', undefined],
    ['who left within a year of being hired?', ['of', 'being', 'hired']],
  ])('not a hire date: %s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });
});
