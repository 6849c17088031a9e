import { describe, expect, it } from 'vitest';
import { compileLexicon, parseQuestion } from '../../../src/question/index.js';
import { FIXTURE_DATA } from './lexicon-fixture.js';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';

const name = (words: string[], part?: 'first' | 'last') => ({ kind: 'name' as const, name: part === undefined ? { words } : { words, part } });

describe('names', () => {
  it.each([
    ['find Carlos Garcia', name(['Carlos', 'Garcia'])],
    ['people called Zoë', name(['Zoë'])],
    ['anyone whose last name is Okafor?', name(['Okafor'], 'last')],
    ['employees with last name Chen', name(['Chen'], 'last')],
    ['employees whose surname is Garcia', name(['Garcia'], 'last')],
    ['first name Wei', name(['Wei'], 'first')],
    ['people with first name Priya', name(['Priya'], 'first')],
    ['employees called Amara Okafor', name(['Amara', 'Okafor'])],
    ['find Zoe Muller', name(['Zoe', 'Muller'])],
    ['okay find me wei chen', name(['wei', 'chen'])],
    ['please find for me Zoe Muller', name(['Zoe', 'Muller'])],
    ['who is Wei Chen?', name(['Wei', 'Chen'])],
    ['anyone named O\'Brien', name(["O'Brien"])],
    ['employees named José', name(['José'])],
    ['is there anyone called Mary-Jane Watson', name(['Mary-Jane', 'Watson'])],
  ])('%s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each([
    ['look up the employee Wei Chen', name(['Wei', 'Chen'])],
    ['is there a Mohammed in the company?', name(['Mohammed'])],
    ['do we have a Priyanka?', name(['Priyanka'])],
    ['show me Jane Smith', name(['Jane', 'Smith'])],
  ])('a question that is only a cue and a capitalised name: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each([
    ['former employee Carlos Garcia', 'terminated', name(['Carlos', 'Garcia'])],
    ['look up ex-employee Okafor', 'terminated', name(['Okafor'])],
    ['is our colleague zoe muller on leave?', 'active', name(['zoe', 'muller'])],
    ['the employee Jane Smith', 'active', name(['Jane', 'Smith'])],
  ] as const)('a name beside a noun for a person: %s', (question, scope, condition) => {
    expectPlan(question, { scope, conditions: question.includes('leave') ? [condition, { kind: 'leave', leaveTypes: null, when: 'current' }] : [condition] });
  });

  it.each([
    ['how many Okafors work here?', 'count'],
    ['all the Smiths in Sales', 'list'],
  ] as const)('a last name in the plural is everyone who has it: %s', (question, intent) => {
    const conditions = question.includes('Sales') ? [name(['Smith'], 'last'), dept('Sales')] : [name(['Okafor'], 'last')];
    expectPlan(question, { conditions, intent });
  });

  it('a plural that is not a last name somebody has stays itself', () => {
    expectPlan('how many engineers', { conditions: [dept('Engineering')], intent: 'count' });
    expectRefusal('all the Wilsons', 'QUESTION_NOT_UNDERSTOOD', ['Wilsons']);
  });

  it('beside a noun for a person, only what looks like a name is a name', () => {
    expectRefusal('employee satisfaction', 'QUESTION_NOT_UNDERSTOOD', ['satisfaction']);
    expectRefusal('former employee pension plans', 'QUESTION_NOT_UNDERSTOOD', ['pension', 'plans']);
  });

  it('without a name slot, a capitalised unknown word is still refused', () => {
    expectRefusal('show me Madrid', 'QUESTION_NOT_UNDERSTOOD', ['Madrid']);
    expectRefusal('is there a guitarist in Engineering', 'QUESTION_NOT_UNDERSTOOD', ['guitarist']);
    expectRefusal('is there a Mohammed who plays guitar', 'QUESTION_NOT_UNDERSTOOD');
    // a place word in it is not a person's name; "what is" asks about a thing
    expectRefusal('show me New Delhi', 'QUESTION_NOT_UNDERSTOOD', ['New', 'Delhi']);
    expectRefusal('What Is Love', 'QUESTION_NOT_UNDERSTOOD', ['Love']);
  });

  it('reads names only in name slots', () => {
    expectRefusal('sales people in Madrid', 'QUESTION_NOT_UNDERSTOOD', ['Madrid']);
  });

  it.each([
    ['Carlos Garcia', name(['Carlos', 'Garcia'])],
    ['ZOE MULLER', name(['ZOE', 'MULLER'])],
    ['zoe muller?', name(['zoe', 'muller'])],
    ["liam o'brien please", name(['liam', "o'brien"])],
    ['Okafor', name(['Okafor'])],
  ])('a question that is only the name somebody has: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it('a question that is only a name nobody has, or a place, is not read as a name', () => {
    expectRefusal('Mohammed Ali', 'QUESTION_NOT_UNDERSTOOD', ['Mohammed', 'Ali']);
    // each word a name somebody has, but not the same person's first and last
    expectRefusal('Doe John', 'QUESTION_NOT_UNDERSTOOD', ['Doe', 'John']);
    expectRefusal('Performance Ratings', 'QUESTION_NOT_UNDERSTOOD', ['Performance', 'Ratings']);
    expectRefusal('Paris', 'QUESTION_NOT_UNDERSTOOD', ['Paris']);
    // a name with more after it than fillers needs a cue
    expectRefusal('Wei Chen guitar', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('stops a name at the next condition', () => {
    expectPlan('engineers named Lee in London', { conditions: [dept('Engineering'), loc('London'), name(['Lee'])] });
  });

  it.each([
    ['look for Okafor', name(['Okafor'])],
    ['looking for Wei Chen', name(['Wei', 'Chen'])],
    ['info on Amara Okafor', name(['Amara', 'Okafor'])],
    ["get Carlos Garcia's details", name(['Carlos', 'Garcia'])],
    ["show me Zoë Müller's profile", name(['Zoë', 'Müller'])],
  ])('a record asked for by name: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it('"look like" is not a name slot', () => {
    expectRefusal('people who look like John', 'QUESTION_NOT_UNDERSTOOD', ['John']);
  });
});

describe('names taken out, looked up, or asked with a slip', () => {
  it.each([
    ['designers other than Zoë Müller', [dept('Design'), { ...name(['Zoë', 'Müller']), negated: true as const }]],
    ["John Doe's team except Wei Chen", [{ kind: 'reportsTo' as const, person: { words: ['John', 'Doe'] } }, { ...name(['Wei', 'Chen']), negated: true as const }]],
    // a person is one already: the department stays for everyone else
    ['everyone but Wei Chen in Sales', [dept('Sales'), { ...name(['Wei', 'Chen']), negated: true as const }]],
    ["LIAM o'brien - can you look him up?", [name(['LIAM', "o'brien"])]],
    ['can you lok up Kevin Haddad', [name(['Kevin', 'Haddad'])]],
    ['is ther anyone named Kwame in Design?', [name(['Kwame']), dept('Design')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('only a name somebody has is taken out: "engineers except temps" is not a person called Temps', () => {
    expectRefusal('engineers except temps', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('a name typed alone, with a place', () => {
  it('"ZOË MÜLLER IN BERLIN"', () => {
    expectPlan('ZOË MÜLLER IN BERLIN', { conditions: [name(['ZOË', 'MÜLLER']), loc('Berlin')] });
  });

  it('one word somebody is called, before more words, is not a name typed alone: "young people in the Sales team"', () => {
    const withYoung = compileLexicon({ ...FIXTURE_DATA, lastNames: [...FIXTURE_DATA.lastNames, 'young'] });
    const r = parseQuestion('young people in the Sales team', withYoung);
    expect(r.ok).toBe(false);
  });
});

describe('a yes-or-no question about somebody', () => {
  it.each([
    ['has Zoë Müller ever taken a sabbatical?', [name(['Zoë', 'Müller']), { kind: 'leave' as const, leaveTypes: ['Sabbatical'], when: 'ever' as const }]],
    ['is John Doe on leave?', [name(['John', 'Doe']), { kind: 'leave' as const, leaveTypes: null, when: 'current' as const }]],
    ['does Wei Chen work in Berlin?', [name(['Wei', 'Chen']), loc('Berlin')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });
});
