// Questions typed fast in a chat box: shorthand, signs for words, years as they are said, and
// sentences run together. From a seventh blind batch (153 of 200 answered the first time).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/question/normalise.js';
import { dept, expectPlan, expectRefusal, loc, not, planOf as expectPlanOf, title } from './helpers.js';

const hiredBetween = (from: string | null, to: string | null) => ({ kind: 'hireDate' as const, range: { kind: 'between' as const, from, to } });
const within = (amount: number, unit: 'day' | 'week' | 'month' | 'year') => ({ kind: 'hireDate' as const, range: { kind: 'within' as const, amount, unit } });
const person = (...words: string[]) => ({ words });

describe('shorthand is read as the words it stands for', () => {
  it.each([
    ['HR ppl w/ salary over 100k', [dept('Human Resources'), { kind: 'salary' as const, op: 'gt' as const, amount: 100000 }]],
    ['ppl w/o any mgr above them', [{ kind: 'noManager' as const }]],
    ['new hires w/in the last 2 wks', [within(2, 'week')]],
    ['hired b4 2015', [hiredBetween(null, '2015-01-01')]],
    ['any1 on medical leave', [{ kind: 'leave' as const, leaveTypes: ['Medical Leave'], when: 'current' as const }]],
    ['sr software engineers in berlin', [title('Senior Software Engineer'), loc('Berlin')]],
    ['mgrs in berlin', [{ kind: 'isManager' as const }, loc('Berlin')]],
    ['who r the staff engineers', [title('Staff Engineer')]],
    ['anyone in product who isnt in chicago', [dept('Product'), not(loc('Chicago'))]],
    ['who earns more then 280k', [{ kind: 'salary' as const, op: 'gt' as const, amount: 280000 }]],
    ['anyone on sabbatical atm', [{ kind: 'leave' as const, leaveTypes: ['Sabbatical'], when: 'current' as const }]],
    ['do me a favour n list the accountants', [dept('Finance')]],
    ['support agents, all of em', [dept('Customer Support')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"+" between words is "and"; after a number it stays a sign', () => {
    expectPlan('marketers + salespeople', { conditions: [dept('Marketing', 'Sales')] });
    expectPlan('everyone in design in berlin, current + former', { scope: 'all', conditions: [dept('Design'), loc('Berlin')] });
    expect(tokenize('10+ years').map((t) => t.norm)).toEqual(['10', '+', 'years']);
  });

  it('"# of" is "number of", a count', () => {
    expectPlan('# of ppl whove left', { scope: 'terminated', conditions: [], intent: 'count' });
  });

  it('one word for one word keeps what was written, for the interpretation and for names', () => {
    const [sr] = tokenize('Sr engineers');
    expect(sr).toMatchObject({ raw: 'Sr', norm: 'senior' });
    expect(tokenize('rn').map((t) => t.norm)).toEqual(['right', 'now']);
  });

  it('a two-digit year after an apostrophe is this century up to next year', () => {
    expectPlan("anyone hired in '22 in finance?", { conditions: [hiredBetween('2022-01-01', '2023-01-01'), dept('Finance')] });
    expectPlan("hired before '99", { conditions: [hiredBetween(null, '1999-01-01')] });
  });
});

describe('years as they are said', () => {
  it.each([
    ['who did we hire in twenty twelve', hiredBetween('2012-01-01', '2013-01-01')],
    ['hired in nineteen ninety-nine', hiredBetween('1999-01-01', '2000-01-01')],
    ['hired in two thousand and five', hiredBetween('2005-01-01', '2006-01-01')],
    ['hired since twenty twenty one', hiredBetween('2021-01-01', null)],
  ])('%s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it('a number word that is no year stays a number', () => {
    expectPlan('hired in the last twenty years', { conditions: [within(20, 'year')] });
    expectPlan('top twenty earners', { conditions: [], order: { field: 'salary', direction: 'desc' }, limit: 20 });
  });
});

describe('sentences run together', () => {
  it('a full stop between two sentences sets the first apart, as a colon does', () => {
    expectPlan('jane smith. who reports to her?', { conditions: [{ kind: 'reportsTo', person: person('jane', 'smith') }] });
    expectPlan('LEGAL. EVERYONE IN IT', { conditions: [dept('Legal')] });
    expectPlan('quick q. whos got the title head of product', { conditions: [title('Head of Product')] });
    expectPlan('quick one. who makes over 250 grand? cheers', { conditions: [{ kind: 'salary', op: 'gt', amount: 250000 }] });
  });

  it('an abbreviation with a full stop does not end a sentence', () => {
    expectPlan('Sr. Software Engineers in Berlin', { conditions: [title('Senior Software Engineer'), loc('Berlin')] });
  });

  it('a kind of leave can be the topic', () => {
    expectPlan("parental leave - who's on it rn", { conditions: [{ kind: 'leave', leaveTypes: ['Parental Leave'], when: 'current' }] });
  });

  it('a word nobody uses this way is still refused', () => {
    expectRefusal('engineers. blah blah', 'QUESTION_NOT_UNDERSTOOD', ['blah']);
  });
});

describe('apostrophes and spaces left out, put back from the data (a twelfth blind batch)', () => {
  const reportsTo = (...words: string[]) => ({ kind: 'reportsTo' as const, person: { words } });

  it.each([
    ['jane smiths direct reports', [reportsTo('jane', 'smith')]],
    ['whos in john does team??', [reportsTo('john', 'doe')]],
    ["liam o'briens manager?", [{ kind: 'managerOf' as const, person: { words: ['liam', "o'brien"] } }]],
    ['can u find liam obrien', [{ kind: 'name' as const, name: { words: ['liam', "o'brien"] } }]],
    ['whos in the salesteam??', [dept('Sales')]],
    ['financeteam hires since 2025', [dept('Finance'), hiredBetween('2025-01-01', null)]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('an ordinary word ending in "s" after a name stays itself', () => {
    expectPlan('who does John Doe report to', { conditions: [{ kind: 'managerOf', person: person('John', 'Doe') }] });
    expectRefusal('teamwork in Sales', 'QUESTION_NOT_UNDERSTOOD', ['teamwork']);
  });
});

describe('more chat forms (a twelfth blind batch)', () => {
  it.each([
    ['HR + finance ppl lol', [dept('Human Resources', 'Finance')]],
    ['Product dept, evry1 in it', [dept('Product')]],
    ['pls list the marketers, need it 2day', [dept('Marketing')]],
    ['whos on parental leave 2day?', [{ kind: 'leave' as const, leaveTypes: ['Parental Leave'], when: 'current' as const }]],
    ['anyone recieving less than 46k?', [{ kind: 'salary' as const, op: 'lt' as const, amount: 46000 }]],
    ['who recieves a salary of $300K or more', [{ kind: 'salary' as const, op: 'gte' as const, amount: 300000 }]],
    ['how many ppl earn $200K USD or more', [{ kind: 'salary' as const, op: 'gte' as const, amount: 200000 }]],
    ['former staff who made over 200k', [{ kind: 'salary' as const, op: 'gt' as const, amount: 200000 }]],
    ['support staff, dont include london', [dept('Customer Support'), not(loc('London'))]],
    ['ppl who took medical leave, any time', [{ kind: 'leave' as const, leaveTypes: ['Medical Leave'], when: 'ever' as const }]],
    ['new employess hired in the past 45 days', [within(45, 'day')]],
    ['which of the designers manage ppl?', [dept('Design'), { kind: 'isManager' as const }]],
  ])('%s', (question, conditions) => {
    const plan = expectPlanOf(question);
    expect(plan.filters.map((f) => (f.negated ? { ...f.condition, negated: true } : f.condition))).toEqual(expect.arrayContaining(conditions));
    expect(plan.filters).toHaveLength(conditions.length);
  });

  it('"new" without a hire date is still refused', () => {
    expectRefusal('new people in Sales', 'QUESTION_NOT_UNDERSTOOD', ['new']);
  });
});

describe('search-box keys and signs (a fifteenth blind batch)', () => {
  const reportsTo = (...words: string[]) => ({ kind: 'reportsTo' as const, person: { words } });
  const orgOf = (...words: string[]) => ({ kind: 'orgOf' as const, person: { words } });

  it.each([
    ['dept=design', [dept('Design')]],
    ['dept=finance location=remote', [dept('Finance'), loc('Remote')]],
    ['loc: berlin', [loc('Berlin')]],
    ['product location != san francisco', [dept('Product'), not(loc('San Francisco'))]],
    ['design excl. berlin', [dept('Design'), not(loc('Berlin'))]],
    ['us-based', [loc('New York', 'San Francisco', 'Austin', 'Chicago')]],
    ['product us >180k', [dept('Product'), loc('New York', 'San Francisco', 'Austin', 'Chicago'), { kind: 'salary' as const, op: 'gt' as const, amount: 180000 }]],
    ['hired>2022 support', [hiredBetween('2023-01-01', null), dept('Customer Support')]],
    ['hire date <= 2015', [hiredBetween(null, '2016-01-01')]],
    ['reports:john doe', [reportsTo('john', 'doe')]],
    ['direct reports: amara okafor', [reportsTo('amara', 'okafor')]],
    ['org:jane smith >150k', [orgOf('jane', 'smith'), { kind: 'salary' as const, op: 'gt' as const, amount: 150000 }]],
    ['name=Zoe Muller', [{ kind: 'name' as const, name: { words: ['Zoe', 'Muller'] } }]],
    ['last name=Okafor', [{ kind: 'name' as const, name: { words: ['Okafor'], part: 'last' as const } }]],
    ['sales, ever on parental leave', [{ kind: 'leave' as const, leaveTypes: ['Parental Leave'], when: 'ever' as const }, dept('Sales')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a colon after a possessive sets a topic apart, not a key', () => {
    expectPlan("Wei Chen's manager: who is it?", { conditions: [{ kind: 'managerOf', person: person('Wei', 'Chen') }] });
  });

  it('"us" after a verb is the company, still a filler', () => {
    expectPlan('people who joined us in 2020', { conditions: [hiredBetween('2020-01-01', '2021-01-01')] });
  });
});

describe('a colon after a group is a topic, not a search-box key', () => {
  it.each([
    ["Legal team: who's in it?", [dept('Legal')]],
    ['John Doe team: who is in it?', [{ kind: 'reportsTo' as const, person: person('John', 'Doe') }]],
    ['Priya Patel org, how many persons are in it, direct and indirect?', [{ kind: 'orgOf' as const, person: person('Priya', 'Patel') }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: question.includes('how many') ? 'count' : 'list' });
  });
});
