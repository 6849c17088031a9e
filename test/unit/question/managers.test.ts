import { describe, expect, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc, not, planOf } from './helpers.js';

const person = (...words: string[]) => ({ words });
const reportsTo = (...w: string[]) => ({ kind: 'reportsTo' as const, person: person(...w) });
const orgOf = (...w: string[]) => ({ kind: 'orgOf' as const, person: person(...w) });
const managerOf = (...w: string[]) => ({ kind: 'managerOf' as const, person: person(...w) });

describe('manager relations', () => {
  it.each([
    ['Show people managed by Carlos Garcia', reportsTo('Carlos', 'Garcia')],
    ["Priya Patel's reports", reportsTo('Priya', 'Patel')],
    ["Who is on Jane Smith's team?", reportsTo('Jane', 'Smith')],
    ["John Doe's direct reports", reportsTo('John', 'Doe')],
    ['reporting to John Doe', reportsTo('John', 'Doe')],
    ['who reports to Jane Smith', reportsTo('Jane', 'Smith')],
    ['people reporting directly to Priya Patel', reportsTo('Priya', 'Patel')],
    ['who works for Carlos Garcia', reportsTo('Carlos', 'Garcia')],
    ['reports of Jane Smith', reportsTo('Jane', 'Smith')],
    ["Liam O'Brien's team", reportsTo('Liam', "O'Brien")],
    ['employees whose manager is Wei Chen', reportsTo('Wei', 'Chen')],
    ["everyone in Priya Patel's org, including indirect reports", orgOf('Priya', 'Patel')],
    ['everyone under Carlos Garcia', orgOf('Carlos', 'Garcia')],
    ["Priya Patel's whole org", orgOf('Priya', 'Patel')],
    ["all of Priya Patel's reports, direct and indirect", orgOf('Priya', 'Patel')],
    ["John Doe's reports including indirect", orgOf('John', 'Doe')],
    ['people reporting to Priya Patel directly or indirectly', orgOf('Priya', 'Patel')],
    ['Who does Zoë Müller report to?', managerOf('Zoë', 'Müller')],
    ['who manages John Doe', managerOf('John', 'Doe')],
    ["John Doe's manager", managerOf('John', 'Doe')],
    ["Who is Liam O'Brien's manager?", managerOf('Liam', "O'Brien")],
    ['the manager of Zoe Muller', managerOf('Zoe', 'Muller')],
    ['who has no manager', { kind: 'noManager' as const }],
    ['without a manager', { kind: 'noManager' as const }],
    ['who is at the top', { kind: 'noManager' as const }],
    ['people with no manager', { kind: 'noManager' as const }],
    ['employees with no manager assigned', { kind: 'noManager' as const }],
    ["who doesn't report to anyone", { kind: 'noManager' as const }],
    ['employees reporting into John Doe', reportsTo('John', 'Doe')],
    ['people directly managed by Priya Patel', reportsTo('Priya', 'Patel')],
    ['who does John Doe work for?', managerOf('John', 'Doe')],
    ['show everyone reporting up to Wei Chen', orgOf('Wei', 'Chen')],
    ['direct reports for Amara Okafor', reportsTo('Amara', 'Okafor')],
    ['who all reports to Jane Smith, including indirectly?', orgOf('Jane', 'Smith')],
    ["Carlos Garcia's whole team including indirect reports", orgOf('Carlos', 'Garcia')],
    ['list everyone below Carlos Garcia in the hierarchy', orgOf('Carlos', 'Garcia')],
    ['people who do not report to anybody', { kind: 'noManager' as const }],
    ['find the person Zoë Müller reports to', managerOf('Zoë', 'Müller')],
    ['the people Jane Smith manages directly', reportsTo('Jane', 'Smith')],
    ['show whoever Jane Smith directly manages', reportsTo('Jane', 'Smith')],
    ['show the entire org that rolls up to Carlos Garcia, indirect reports included', orgOf('Carlos', 'Garcia')],
    ['the whole organization which reports up to Priya Patel', orgOf('Priya', 'Patel')],
  ])('%s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it('keeps a name that is also vocabulary when it is a capitalised full name', () => {
    expectPlan('who reports to Austin Chen', { conditions: [reportsTo('Austin', 'Chen')] });
  });

  it("someone else's manager is not a people manager", () => {
    expectRefusal('employees whose manager left the company', 'QUESTION_NOT_UNDERSTOOD', ['manager']);
    expectRefusal('people whose manager is based in London', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('combines and negates', () => {
    expectPlan('designers in Berlin managed by Wei Chen', { conditions: [dept('Design'), loc('Berlin'), reportsTo('Wei', 'Chen')] });
    expectPlan('engineers not managed by John Doe', { conditions: [dept('Engineering'), not(reportsTo('John', 'Doe'))] });
    expectPlan('how many people report to Jane Smith', { conditions: [reportsTo('Jane', 'Smith')], intent: 'count' });
  });

  it.each([
    ['who has John Doe as their manager', reportsTo('John', 'Doe')],
    ['the people Jane Smith manages', reportsTo('Jane', 'Smith')],
    ['employees that nobody manages', { kind: 'noManager' as const }],
    ['who sits at the top of the hierarchy', { kind: 'noManager' as const }],
  ])('more relation wordings: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it('"the number of direct reports Carlos Garcia has" counts them', () => {
    expectPlan("what's the number of direct reports Carlos Garcia has", { conditions: [reportsTo('Carlos', 'Garcia')], intent: 'count' });
  });

  it('counts the people a person manages', () => {
    expectPlan('how many people does Jane Smith manage', { conditions: [reportsTo('Jane', 'Smith')], intent: 'count' });
    expectPlan('how many direct reports does Carlos Garcia have', { conditions: [reportsTo('Carlos', 'Garcia')], intent: 'count' });
    expectPlan('engineers John Doe supervises', { conditions: [dept('Engineering'), reportsTo('John', 'Doe')] });
  });
});

describe('relations asked the other way round, and people who manage nobody', () => {
  it.each([
    ['Who is Carlos Garcia the manager of?', [{ kind: 'reportsTo' as const, person: person('Carlos', 'Garcia') }], 'list'],
    ['How many people does Deepa Singh manage directly?', [{ kind: 'reportsTo' as const, person: person('Deepa', 'Singh') }], 'count'],
    ["Ravi Williams's full organisation, direct and indirect reports", [{ kind: 'orgOf' as const, person: person('Ravi', 'Williams') }], 'list'],
    ["who isn't managed by anyone?", [{ kind: 'noManager' as const }], 'list'],
    ['Operations employees without any direct reports', [dept('Operations'), not({ kind: 'isManager' as const })], 'list'],
    ['Operations employees who have no direct reports', [dept('Operations'), not({ kind: 'isManager' as const })], 'list'],
    ["people anywhere in Amara Okafor's org", [{ kind: 'orgOf' as const, person: person('Amara', 'Okafor') }], 'list'],
    ['how many people does Jane Smith still have reporting to her?', [{ kind: 'reportsTo' as const, person: person('Jane', 'Smith') }], 'count'],
  ] as const)('%s', (question, conditions, intent) => {
    expectPlan(question, { conditions: [...conditions], intent });
  });

  it('"does X have" names a manager only when somebody is called X: companies have employees too', () => {
    expectPlan('how many people does Jane Smith have?', { conditions: [{ kind: 'reportsTo', person: person('Jane', 'Smith') }], intent: 'count' });
    expectRefusal('how many employees does Google have?', 'QUESTION_NOT_UNDERSTOOD', ['Google']);
  });
});

describe('a scope or an order between the possessive and its noun', () => {
  it("Priya Patel's former direct reports", () => {
    expectPlan("Priya Patel's former direct reports", { conditions: [{ kind: 'reportsTo', person: person('Priya', 'Patel') }], scope: 'terminated' });
  });

  it("John Doe's 4 highest paid reports", () => {
    expectPlan("John Doe's 4 highest paid reports", {
      conditions: [{ kind: 'reportsTo', person: person('John', 'Doe') }],
      order: { field: 'salary', direction: 'desc' },
      limit: 4,
    });
  });
});

describe('more ways to name a person\'s reports', () => {
  it.each([
    ['people Jane Smith is responsible for', 'list'],
    ["who's in Jane Smith's group?", 'list'],
    ['how many direct reports has jane smith got?', 'count'],
    ['jane smith - how many directs does she have', 'count'],
  ] as const)('%s', (question, intent) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => f.condition)).toEqual([{ kind: 'reportsTo', person: expect.objectContaining({ words: [expect.stringMatching(/^jane$/i), expect.stringMatching(/^smith$/i)] }) }]);
    expect(plan.intent).toBe(intent);
  });

  it('a topic, then "her" before a count: "Jane Smith: her 3 best paid reports"', () => {
    expectPlan('Jane Smith: her 3 best paid reports', {
      conditions: [{ kind: 'reportsTo', person: person('Jane', 'Smith') }],
      order: { field: 'salary', direction: 'desc' },
      limit: 3,
    });
  });
});
