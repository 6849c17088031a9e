import { describe, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc, not } from './helpers.js';

const leaveNow = (leaveType: string | null) => ({ kind: 'leave' as const, leaveType, when: 'current' as const });
const reportsTo = (...words: string[]) => ({ kind: 'reportsTo' as const, person: { words } });
const hiredBetween = (from: string | null, to: string | null) => ({ kind: 'hireDate' as const, range: { kind: 'between' as const, from, to } });

describe('terse questions typed into a search box', () => {
  it.each([
    ['parental leave engineering', [leaveNow('Parental Leave'), dept('Engineering')]],
    ['sick leave london', [leaveNow('Sick Leave'), loc('London')]],
    ['john doe reports', [reportsTo('john', 'doe')]],
    ['Jane Smith team', [reportsTo('Jane', 'Smith')]],
    ['design 2023 hires', [dept('Design'), hiredBetween('2023-01-01', '2024-01-01')]],
    ['priya patel org', [{ kind: 'orgOf' as const, person: { words: ['priya', 'patel'] } }]],
    ['sales not us', [dept('Sales'), not(loc('New York', 'San Francisco', 'Austin', 'Chicago'))]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"leave" with no type and no verb is not leave', () => {
    expectRefusal('leave engineering', 'QUESTION_NOT_UNDERSTOOD', ['leave']);
  });

  it('two unknown words before "team" are not a person nobody has', () => {
    expectRefusal('people in the Data Science team', 'QUESTION_NOT_UNDERSTOOD', ['Data', 'Science']);
  });

  it('"X reports to" is about X, not X\'s reports', () => {
    expectRefusal('John Doe reports to', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('conversational padding', () => {
  it.each([
    ['So who do we currently have working in the Product department?', [dept('Product')]],
    ["I'm trying to find all the engineers in Berlin, can you help?", [dept('Engineering'), loc('Berlin')]],
    ['Who are all the people we have in Austin right now?', [loc('Austin')]],
    ['Can you check who is on parental leave at the moment?', [leaveNow('Parental Leave')]],
    ['Could you find Zoë Müller for me?', [{ kind: 'name' as const, name: { words: ['Zoë', 'Müller'] } }]],
    ['Which people did we bring on in 2024?', [hiredBetween('2024-01-01', '2025-01-01')]],
    ['who have we hired since the start of 2025?', [hiredBetween('2025-01-01', null)]],
    ['Can you show me marketers but leave out anyone in London?', [dept('Marketing'), not(loc('London'))]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['Well, I was wondering who works in Finance', [dept('Finance')]],
    ["Quick question: who's in the London office at the moment?", [loc('London')]],
    ['Do you know if anyone in Marketing is on vacation right now?', [dept('Marketing'), leaveNow('Vacation')]],
    ["I'd love to know who works in Legal", [dept('Legal')]],
    ['Any idea who works in Sales?', [dept('Sales')]],
    ["I'm after the designers in London", [dept('Design'), loc('London')]],
    ['Hmm, who are our lawyers?', [dept('Legal')]],
    ['Any idea whether anyone in HR is on leave?', [dept('Human Resources'), leaveNow(null)]],
    ['I want the engineers but skip the ones in Berlin', [dept('Engineering'), not(loc('Berlin'))]],
  ])('openers and asides: %s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"after" is still a date after a period', () => {
    expectPlan("I'm after the designers hired after 2020", { conditions: [dept('Design'), hiredBetween('2021-01-01', null)] });
  });

  it('counts asked roughly or in passing are still counts', () => {
    expectPlan('Do you happen to know how many people work in Legal?', { conditions: [dept('Legal')], intent: 'count' });
    expectPlan('roughly how many engineers are in San Francisco?', { conditions: [dept('Engineering'), loc('San Francisco')], intent: 'count' });
  });

  it('nationalities are not places', () => {
    expectRefusal('German engineers', 'QUESTION_NOT_UNDERSTOOD', ['German']);
    expectRefusal('American employees', 'QUESTION_NOT_UNDERSTOOD', ['American']);
  });
});

describe('two groups in one question', () => {
  it('joins the same kind of place or department across "or in", "and also", "or the"', () => {
    expectPlan('people in Chicago or in London', { conditions: [loc('Chicago', 'London')] });
    expectPlan('anyone in Chicago or the bay area', { conditions: [loc('Chicago', 'San Francisco')] });
    expectPlan('Chicago or the States', { conditions: [loc('Chicago', 'New York', 'San Francisco', 'Austin')] });
  });

  it('requires every condition, as domain.md says, even when no one can meet them together', () => {
    expectPlan('engineers in Sales', { conditions: [dept('Engineering'), dept('Sales')] });
    expectPlan('designers in Berlin and lawyers in London', { conditions: [dept('Design'), dept('Legal'), loc('Berlin'), loc('London')] });
  });
});
