import { describe, expect, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc, not, parse, planOf, title } from './helpers.js';
import type { Condition } from '../../../src/question/plan.js';

const leaveNow = (leaveType: string | null) => ({ kind: 'leave' as const, leaveTypes: leaveType === null ? null : [leaveType], when: 'current' as const });
const reportsTo = (...words: string[]) => ({ kind: 'reportsTo' as const, person: { words } });
const hiredBetween = (from: string | null, to: string | null) => ({ kind: 'hireDate' as const, range: { kind: 'between' as const, from, to } });

describe('terse questions typed into a search box', () => {
  it.each([
    ['mgrs in ldn', [loc('London'), { kind: 'isManager' }]],
    ['cust support under 46k', [dept('Customer Support'), { kind: 'salary', op: 'lt', amount: 46000 }]],
    ['sal btwn 240k and 245k', [{ kind: 'salaryBetween', min: 240000, max: 245000 }]],
    ["who's out on sick leave tdy", [leaveNow('Sick Leave')]],
    ['who reports 2 carlos garcia', [reportsTo('carlos', 'garcia')]],
    ['parental leave engineering', [leaveNow('Parental Leave'), dept('Engineering')]],
    ['sick leave london', [leaveNow('Sick Leave'), loc('London')]],
    ['john doe reports', [reportsTo('john', 'doe')]],
    ['Jane Smith team', [reportsTo('Jane', 'Smith')]],
    ['design 2023 hires', [dept('Design'), hiredBetween('2023-01-01', '2024-01-01')]],
    ['priya patel org', [{ kind: 'orgOf' as const, person: { words: ['priya', 'patel'] } }]],
    ['sales not us', [dept('Sales'), not(loc('New York', 'San Francisco', 'Austin', 'Chicago'))]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"leave" with no type and no verb is not leave', () => {
    expectRefusal('leave engineering', 'QUESTION_NOT_UNDERSTOOD', ['leave']);
  });

  it('two unknown words before "team" are not a person nobody has', () => {
    expectRefusal('people in the Data Science team', 'QUESTION_NOT_UNDERSTOOD', ['Data', 'Science']);
  });

  it('"hw many", "top 10 by sal": shorthand for the words of asking and ordering', () => {
    expectPlan('hw many lawyers', { conditions: [dept('Legal')], intent: 'count' });
    expectPlan('remote top 10 by sal', { conditions: [loc('Remote')], order: { field: 'salary', direction: 'desc' }, limit: 10 });
  });

  it('"X reports to" is about X: whom X reports to, not X\'s reports', () => {
    expectPlan('John Doe reports to', { conditions: [{ kind: 'managerOf', person: { words: ['John', 'Doe'] } }] });
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

describe('the topic first, then a pronoun for it', () => {
  it.each([
    ['Carlos Garcia: who reports to him?', [reportsTo('Carlos', 'Garcia')]],
    ['Wei Chen - what about her team?', [reportsTo('Wei', 'Chen')]],
    ["Legal: who's in it?", [dept('Legal')]],
    ["Engineering, London: who's in it?", [dept('Engineering'), loc('London')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a topic nobody is called, or a pronoun with no topic, is not guessed', () => {
    expectRefusal('Data Science: who is in it?', 'QUESTION_NOT_UNDERSTOOD', ['Data', 'Science', 'it']);
    expectRefusal("who's in it", 'QUESTION_NOT_UNDERSTOOD', ['it']);
    expectRefusal('who is on her team', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('what the answer is for, and words that lead into a group', () => {
  it.each([
    ["hi, for a comp review I'm putting together, can you show me everyone earning over 270k? thanks so much", [{ kind: 'salary' as const, op: 'gt' as const, amount: 270000 }]],
    ['I need the names of all our product people for an offsite invite list, thanks!', [dept('Product')]],
    ['For the Sales team in London, give me everyone', [dept('Sales'), loc('London')]],
    ['Among the support agents, who is on leave?', [dept('Customer Support'), leaveNow(null)]],
    ['marketers across the United States', [dept('Marketing'), loc('New York', 'San Francisco', 'Austin', 'Chicago')]],
    ['everyone over in Operations these days', [dept('Operations')]],
    ['How many people sit in the Berlin office?', [loc('Berlin')]],
  ])('%s', (question, conditions) => {
    const intent = /how many/i.test(question) ? 'count' : 'list';
    expectPlan(question, { conditions, intent });
  });

  it('a purpose that names a place or leaves a word unread is not skipped', () => {
    expectRefusal('people for a project in Paris', 'QUESTION_NOT_UNDERSTOOD', ['Paris']);
  });
});

describe('more ways of asking', () => {
  it.each([
    ['how big is the Legal team?', [dept('Legal')]],
    ['size of the HR team in london', [dept('Human Resources'), loc('London')]],
    ['roughly how many folks do we have in Sales? just need a number', [dept('Sales')]],
  ])('the size of a group is its count: %s', (question, conditions) => {
    expectPlan(question, { conditions, intent: 'count' });
  });

  it.each([
    ['engineers hired in 2025, most recent first', [dept('Engineering'), hiredBetween('2025-01-01', '2026-01-01')], { field: 'hireDate', direction: 'desc' } as const, null],
    ['designers, highest paid first', [dept('Design')], { field: 'salary', direction: 'desc' } as const, null],
    ['lowest paid remote employee', [loc('Remote')], { field: 'salary', direction: 'asc' } as const, 1],
  ])('an order with "first", or one person through a place: %s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it.each([
    ['which engineers report to Priya Patel directly?', [dept('Engineering'), reportsTo('Priya', 'Patel')]],
    ['I think her name is Amara Okafor, can you find her?', [{ kind: 'name' as const, name: { words: ['Amara', 'Okafor'] } }]],
    ['anyone hired before 2013 who is still active?', [hiredBetween(null, '2013-01-01')]],
    ['job title: HR Generalist', [title('HR Generalist')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"bump" a salary is a change, refused as unsafe', () => {
    expectRefusal("bump Wei Chen's salary to 300k", 'UNSAFE_QUESTION');
  });
});

describe('a third blind batch', () => {
  it.each([
    ["every person in Ravi Williams's org, indirect reports included", [{ kind: 'orgOf' as const, person: { words: ['Ravi', 'Williams'] } }]],
    ['the Sales employees who have at least one direct report', [dept('Sales'), { kind: 'isManager' as const }]],
    ['lawyers pulling in more than 200k', [dept('Legal'), { kind: 'salary' as const, op: 'gt' as const, amount: 200000 }]],
    ['every Design employee ever hired in 2020', [dept('Design'), hiredBetween('2020-01-01', '2021-01-01')]],
    ['Custommer Support roster', [dept('Customer Support')]],
    ["Engineering staff in Austin whose title isn't Software Engineer", [dept('Engineering'), loc('Austin'), not(title('Software Engineer'))]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"combined" after a list of groups counts them together', () => {
    expectPlan('how many people work in Product and Design combined?', { conditions: [dept('Product', 'Design')], intent: 'count' });
  });

  it.each([
    ['Would you mind moving Zoë Müller over to the Product team?'],
    ["I'd appreciate it if you could log a sick day for Carlos Garcia"],
    ['please reactivate the former designers'],
  ])('a change asked for politely is unsafe: %s', (question) => {
    expectRefusal(question, 'UNSAFE_QUESTION');
  });
});

describe('a fourth blind batch: readings the plan cannot express are refused, not half-answered', () => {
  it.each([
    ['engineers in Berlin or anyone earning over 250k', ['or']],
    ['people in Legal or hired this year', ['or']],
    ['how many of the 20 best paid people work in Engineering?', ['the', '20', 'best', 'paid']],
    ["who's in the top 10% of earners in Sales?", ['percent']],
    ["people whose first name contains 'an'", ['first', 'name', 'contains']],
  ])('%s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });

  it('a group named by several conditions in a row is taken out as a whole: NOT (A AND B)', () => {
    const allOf = (...conditions: Condition[]) => not({ kind: 'allOf' as const, conditions });
    expectPlan('everyone in Legal except New York paralegals', { conditions: [dept('Legal'), allOf(loc('New York'), title('Paralegal'))] });
    expectPlan('Product employees other than the Product Analysts in San Francisco', { conditions: [dept('Product'), allOf(title('Product Analyst'), loc('San Francisco'))] });
    expectPlan('everyone except those in Berlin in Sales', { conditions: [allOf(loc('Berlin'), dept('Sales'))] });
    // "except X" negates one condition: pay or a date after the group is asked of the rest
    expectPlan('engineers except those in Berlin earning over 100k', { conditions: [dept('Engineering'), not(loc('Berlin')), { kind: 'salary', op: 'gt', amount: 100000 }] });
    expectPlan('designers except those in Berlin earning under a hundred grand', { conditions: [dept('Design'), not(loc('Berlin')), { kind: 'salary', op: 'lt', amount: 100000 }] });
    // "not" negates one condition; a comma ends the group
    expectPlan('engineers not in Berlin earning over 100k', { conditions: [dept('Engineering'), not(loc('Berlin')), { kind: 'salary', op: 'gt', amount: 100000 }] });
    expectPlan('everyone except engineers, hired this year', { conditions: [not(dept('Engineering')), { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 0 } }] });
  });

  it('leave types joined by "or" are one condition', () => {
    const either = { kind: 'leave' as const, leaveTypes: ['Sick Leave', 'Medical Leave'], when: 'current' as const };
    expectPlan('who is currently on sick leave or on medical leave?', { conditions: [either] });
    expectPlan('anyone on sick or medical leave', { conditions: [either] });
    expectPlan('who has ever taken sick or medical leave', { conditions: [{ ...either, when: 'ever' as const }] });
    expectRefusal('anyone on sick leave or in Sales', 'QUESTION_NOT_UNDERSTOOD', ['or']);
  });

  it('one condition negated next to another stays answerable', () => {
    expectPlan('engineers not in London hired after 2020', { conditions: [dept('Engineering'), not(loc('London')), hiredBetween('2021-01-01', null)] });
    expectPlan('remote staff in neither Sales nor Marketing', { conditions: [loc('Remote'), not(dept('Sales', 'Marketing'))] });
    expectPlan('Sales or Marketing people in London', { conditions: [dept('Sales', 'Marketing'), loc('London')] });
    expectPlan('people managers who have since left the company', { scope: 'terminated', conditions: [{ kind: 'isManager' }] });
  });

  it.each([
    ['people directly under Carlos Garcia', [reportsTo('Carlos', 'Garcia')]],
    ['over 180k and somewhere under John Doe', [{ kind: 'salary' as const, op: 'gt' as const, amount: 180000 }, { kind: 'orgOf' as const, person: { words: ['John', 'Doe'] } }]],
    ['everyone with Thomas as their first name', [{ kind: 'name' as const, name: { words: ['Thomas'], part: 'first' as const } }]],
    ['Sales staff here more than 10 years', [dept('Sales'), { kind: 'hireDate' as const, range: { kind: 'tenureOver' as const, amount: 10, unit: 'year' as const, inclusive: false } }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['the last 4 people we hired in Legal', [dept('Legal')], { field: 'hireDate', direction: 'desc' } as const, 4],
    ["the earliest-hired of John Doe's direct reports", [reportsTo('John', 'Doe')], { field: 'hireDate', direction: 'asc' } as const, 1],
  ])('%s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });
});

describe('a fifth blind batch: how HR, managers, analysts, assistants and non-native speakers write', () => {
  it.each([
    ['Which staff members commenced employment prior to 2014?', [hiredBetween(null, '2014-01-01')]],
    ['Please list all employees whose hire date falls in July 2021.', [hiredBetween('2021-07-01', '2021-08-01')]],
    ['Which former employees held the title Senior Counsel?', [title('Senior Counsel')]],
    ['Which employees are on leave of any type at present?', [leaveNow(null)]],
    ['count of priya patel\'s org, direct + indirect', [{ kind: 'orgOf' as const, person: { words: ['priya', 'patel'] } }]],
    ['legal employees with salaries not below 180K', [dept('Legal'), { kind: 'salary' as const, op: 'gte' as const, amount: 180000 }]],
    ['salespeople with salary no higher than 60k', [dept('Sales'), { kind: 'salary' as const, op: 'lte' as const, amount: 60000 }]],
    ['give me list with designers which earn more of 120k', [dept('Design'), { kind: 'salary' as const, op: 'gt' as const, amount: 120000 }]],
    ['the employees which report at John Doe', [reportsTo('John', 'Doe')]],
    ['which employees are working by remote', [loc('Remote')]],
    ['all employees in Chicago but not of the Sales', [loc('Chicago'), not(dept('Sales'))]],
    ['Amara Okafor - who does she report to?', [{ kind: 'managerOf' as const, person: { words: ['Amara', 'Okafor'] } }]],
    ['can u tell me whos the manager of Liam O\'Brien', [{ kind: 'managerOf' as const, person: { words: ['Liam', "O'Brien"] } }]],
    ['I\'m trying to find Zoe Muller, could you hlep?', [{ kind: 'name' as const, name: { words: ['Zoe', 'Muller'] } }]],
    ['Hi, I need to reach Wei Chen - can you find him?', [{ kind: 'name' as const, name: { words: ['Wei', 'Chen'] } }]],
  ])('%s', (question, conditions) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => (f.negated ? { ...f.condition, negated: true } : f.condition))).toEqual(expect.arrayContaining(conditions));
    expect(plan.filters).toHaveLength(conditions.length);
  });

  it.each([
    ['how much people is working in the Marketing?', [dept('Marketing')]],
    ['how much persons have Jane Smith as the manager', [reportsTo('Jane', 'Smith')]],
  ])('"how much" before the people is a count: %s', (question, conditions) => {
    expectPlan(question, { conditions, intent: 'count' });
  });

  it.each([
    ['Please identify the employee with the longest tenure in the Human Resources department', [dept('Human Resources')], { field: 'hireDate', direction: 'asc' } as const, 1],
    ['lowest paid 3 in HR', [dept('Human Resources')], { field: 'salary', direction: 'asc' } as const, 3],
    ['give me the 5 persons with most high salary in Engineering', [dept('Engineering')], { field: 'salary', direction: 'desc' } as const, 5],
    ['engineers hired in 2020 with the highest salaries', [dept('Engineering'), hiredBetween('2020-01-01', '2021-01-01')], { field: 'salary', direction: 'desc' } as const, null],
  ])('%s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it('"every" before a name somebody has, and "ever" once everyone ever is asked for', () => {
    expectPlan("every Liam we've ever employed", { scope: 'all', conditions: [{ kind: 'name', name: { words: ['Liam'] } }] });
    expectPlan('the best paid engineer ever, including those who left', { scope: 'all', conditions: [dept('Engineering')], order: { field: 'salary', direction: 'desc' }, limit: 1 });
    expectPlan("staff who've ever had sick leave", { conditions: [{ kind: 'leave', leaveTypes: ['Sick Leave'], when: 'ever' }] });
    // "ever" alone does not widen the scope
    expectRefusal('the best paid engineer ever', 'QUESTION_NOT_UNDERSTOOD', ['ever']);
  });

  it.each([['archive every ex-employee record'], ["please end Mei Nelson's vacation today"]])('a change is unsafe: %s', (question) => {
    expectRefusal(question, 'UNSAFE_QUESTION');
  });
});

describe('a sixth blind batch, balanced like the development set', () => {
  it.each([
    ['Please provide the complete membership of the Engineering department.', [dept('Engineering')]],
    ['who have we brought on board this year?', [{ kind: 'hireDate' as const, range: { kind: 'calendarYear' as const, yearsAgo: 0 } }]],
    ['hired pre-2014', [hiredBetween(null, '2014-01-01')]],
    ['hired before of 2016', [hiredBetween(null, '2016-01-01')]],
    ['who was hired in the April 2024', [hiredBetween('2024-04-01', '2024-05-01')]],
    ["John Doe's full organization, all levels", [{ kind: 'orgOf' as const, person: { words: ['John', 'Doe'] } }]],
    ['Amara: any employees by that name?', [{ kind: 'name' as const, name: { words: ['Amara'] } }]],
    ['last name: Okafor', [{ kind: 'name' as const, name: { words: ['Okafor'], part: 'last' as const } }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a comma after "first name" inside a sort order is not a name slot', () => {
    expectPlan('sort designers by their first name, Z to A', { conditions: [dept('Design')], order: { field: 'firstName', direction: 'desc' } });
  });
});

describe('a seventh and a ninth blind batch: balanced like dev, and conditions composed', () => {
  const managerOf = (...words: string[]) => ({ kind: 'managerOf' as const, person: { words } });
  const orgOf = (...words: string[]) => ({ kind: 'orgOf' as const, person: { words } });

  it.each([
    ['anyone with a 2016 hire date?', [hiredBetween('2016-01-01', '2017-01-01')]],
    ['pls show hires from 2019', [hiredBetween('2019-01-01', '2020-01-01')]],
    ['all people beneath John Doe, at every level', [orgOf('John', 'Doe')]],
    ["amara okafor's reports incl the indirect ones", [orgOf('amara', 'okafor')]],
    ["John Doe's direct and indirect reports located in Berlin", [orgOf('John', 'Doe'), loc('Berlin')]],
    ["Amara Okafor's whole org, limited to people hired in the last 2 years", [orgOf('Amara', 'Okafor'), { kind: 'hireDate' as const, range: { kind: 'within' as const, amount: 2, unit: 'year' as const } }]],
    ['john doe reports to who?', [managerOf('john', 'doe')]],
    ["Wei Chen's manager: who is it?", [managerOf('Wei', 'Chen')]],
    ['list everyone whose location is New York', [loc('New York')]],
    ["employees whose location isn't Berlin", [not(loc('Berlin'))]],
    ['Senior Counsel based anywhere except New York', [title('Senior Counsel'), not(loc('New York'))]],
    ['How many employees sit at the top, with no manager above them?', [{ kind: 'noManager' as const }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: question.startsWith('How many') ? 'count' : 'list' });
  });

  it('"from" a year after a hire noun is that year; after "hired" it is that year on', () => {
    expectPlan('hired from 2019', { conditions: [hiredBetween('2019-01-01', null)] });
    expectPlan('hires from 2019 to 2021', { conditions: [hiredBetween('2019-01-01', '2022-01-01')] });
  });

  it('"active direct reports" are the reports\' status, not the scope', () => {
    expectPlan('ex-employees who still have active direct reports', { scope: 'terminated', conditions: [{ kind: 'isManager' }] });
    expectPlan('people who have active direct reports', { conditions: [{ kind: 'isManager' }] });
  });

  it('a count written after the order, then its noun', () => {
    expectPlan('most recent 6 hires in Marketing', { conditions: [dept('Marketing')], order: { field: 'hireDate', direction: 'desc' }, limit: 6 });
  });

  it('one former employee asked for is one', () => {
    expectPlan('best paid former employee in Legal', { scope: 'terminated', conditions: [dept('Legal')], order: { field: 'salary', direction: 'desc' }, limit: 1 });
    expectPlan('best paid former employees in Legal', { scope: 'terminated', conditions: [dept('Legal')], order: { field: 'salary', direction: 'desc' }, limit: null });
  });

  it('the same condition twice is one; two departments or places joined by "and" are either', () => {
    expectPlan('every designer + every engineer pls', { conditions: [dept('Design', 'Engineering')] });
    expectPlan('Chicago staff and Austin staff', { conditions: [loc('Chicago', 'Austin')] });
    // one inside the other is left as asked: nobody is in two departments
    expectPlan('engineers in Sales', { conditions: [dept('Engineering'), dept('Sales')] });
    // negated ones are not joined: neither Berlin nor London
    expectPlan('engineers, not in Berlin, not in London', { conditions: [dept('Engineering'), not(loc('Berlin')), not(loc('London'))] });
  });
});

describe('a tenth and an eleventh blind batch: polite messages with their reasons, and a QA engineer', () => {
  it.each([
    ['Which employees make under 47K? I want to check them against our pay bands.', ['I want to check them against our pay bands']],
    // told back as read: the contraction written out
    ["I'm auditing the low end of our pay scale. Who makes at most $46,000?", ['I am auditing the low end of our pay scale']],
    ['Please list every member of Legal so I can invite them to compliance training.', ['so I can invite them to compliance training']],
    ['Can you show me all of our marketers, please? I am planning a team lunch.', ['I am planning a team lunch']],
  ])('a sentence or clause that only says why is set aside and told back: %s', (question, context) => {
    expect(planOf(question).context).toEqual(context);
  });

  it('a sentence with a condition in it is read, not set aside', () => {
    const plan = planOf('I need the Berlin engineers. Only the ones hired after 2021, please.');
    expect(plan.context).toBeUndefined();
    expect(plan.filters).toHaveLength(3);
  });

  it('a sentence that could narrow the answer is never set aside', () => {
    expectRefusal("Who's in Sales? We don't want contractors.", 'QUESTION_NOT_UNDERSTOOD', ['not', 'contractors']);
    expectRefusal("Who's in Sales? I only need the interns.", 'QUESTION_NOT_UNDERSTOOD', ['interns']);
    // not the asker speaking
    expectRefusal('Who is in Sales? The interns are excluded.', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('a single sentence is never set aside whole', () => {
    expectRefusal('I am updating the contract approval matrix', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('two requests in one message are refused, not half answered', () => {
    expectRefusal('Could you list the engineers in Berlin, and also tell me who the highest paid person in Sales is?', 'QUESTION_NOT_UNDERSTOOD', ['and', 'also', 'tell']);
  });

  it.each([
    ['Who are the five highest-paid people in Sales? Please rank them.', 5],
    ['Could you list the three lowest paid employees in Design, lowest first?', 3],
    ['Please show me our 10 most recent hires, newest first.', 10],
    ['Who are the 7 best paid people in the company, in order?', 7],
    ['Out of the engineers in Berlin, who is the single highest paid?', 1],
  ])('words that restate the order: %s', (question, limit) => {
    expect(planOf(question).limit).toBe(limit);
  });

  it('"newest first" after a salary order is not a restatement', () => {
    expectRefusal('the five highest paid engineers, newest first', 'QUESTION_NOT_UNDERSTOOD');
  });

  it.each([
    ['Sorry to bother you, but who manages Mohammed Ryan?'],
    ['Quick one for you: which people are part of Marketing or Design?'],
    ['Out of curiosity, is anyone on the payroll paid at least 300 thousand?'],
    ['Before Monday\'s offsite, could you pull together the full list of people on the Design team for me?'],
    ['How many people did we hire last year, all told?'],
    ["I'd like to see every salesperson we currently employ, if that's not too much trouble."],
    ['Would you mind sharing the names of all our support agents?'],
    ['Who is on Ravi Williams\'s team, including people who have since left?'],
    ['which Office Managers actually manage someone?'],
  ])('courtesy and padding: %s', (question) => {
    expect(parse(question).ok).toBe(true);
  });

  it('"make sure" and "put together" change nothing; "put X in Sales" does', () => {
    // "make sure nobody is missed" is the asker's aim, not a narrowing of who is asked for
    expectPlan('Could you put together a list of engineers? I want to make sure nobody is missed', { conditions: [dept('Engineering')] });
    expect(parse('could you put together a list of engineers in Berlin').ok).toBe(true);
    expectRefusal('put Jane Smith in Sales', 'UNSAFE_QUESTION');
  });

  it('"what\'s for lunch" is no purpose clause', () => {
    expectRefusal("what's for lunch?", 'QUESTION_NOT_UNDERSTOOD', ['for', 'lunch']);
  });
});

describe('a fourteenth blind batch: English as written by speakers of other languages', () => {
  const hiredBetween2 = (from: string | null, to: string | null) => ({ kind: 'hireDate' as const, range: { kind: 'between' as const, from, to } });
  const salary = (op: 'gt' | 'gte' | 'lt' | 'lte', amount: number) => ({ kind: 'salary' as const, op, amount });

  it.each([
    ['the collaborators which work in Toronto', [loc('Toronto')]],
    ['all the personal of Human Resources', [dept('Human Resources')]],
    ['persons of the Sales and of the Marketing', [dept('Sales', 'Marketing')]],
    ['who is earning between $150.000 and $151.000', [{ kind: 'salaryBetween' as const, min: 150000, max: 151000 }]],
    ['salary inferior to 48 000 dollars', [salary('lt', 48000)]],
    ['collaborators with salary superior to 275k', [salary('gt', 275000)]],
    ['salary maximal 47k, who has it?', [salary('lte', 47000)]],
    ['designers gaining at least 150k', [dept('Design'), salary('gte', 150000)]],
    ['employees earning less than 50 thousands', [salary('lt', 50000)]],
    ['who entered in the company on 2016', [hiredBetween2('2016-01-01', '2017-01-01')]],
    ['designers hired in 2023 year', [dept('Design'), hiredBetween2('2023-01-01', '2024-01-01')]],
    ['who work here since more than 10 years', [{ kind: 'hireDate' as const, range: { kind: 'tenureOver' as const, amount: 10, unit: 'year' as const, inclusive: false } }]],
    ['who has taken ever a medical leave', [{ kind: 'leave' as const, leaveTypes: ['Medical Leave'], when: 'ever' as const }]],
    ['who is in parental leave in this moment?', [{ kind: 'leave' as const, leaveTypes: ['Parental Leave'], when: 'current' as const }]],
    ['all the persons which are managed from Carlos Garcia', [{ kind: 'reportsTo' as const, person: { words: ['Carlos', 'Garcia'] } }]],
    ['persons which name is Okafor', [{ kind: 'name' as const, name: { words: ['Okafor'] } }]],
    ['the persons which don\'t work here anymore, in Berlin', [loc('Berlin')]],
  ])('%s', (question, conditions) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => f.condition)).toEqual(expect.arrayContaining(conditions));
    expect(plan.filters).toHaveLength(conditions.length);
  });

  it('"also the former ones" widens the scope to everyone, not to the former alone', () => {
    expectPlan('all the engineers, also the former ones', { scope: 'all', conditions: [dept('Engineering')] });
  });

  it('a month of this or last calendar year', () => {
    expectPlan('persons hired in December of last year', { conditions: [{ kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1, month: 12 } }] });
    expectPlan('hired in March this year', { conditions: [{ kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 0, month: 3 } }] });
  });

  it.each([
    ['the 5 employees more well paid of Sales', { field: 'salary', direction: 'desc' } as const, 5],
    ['who is earning the less in the Legal?', { field: 'salary', direction: 'asc' } as const, 1],
    ['the 3 last hired persons in Design', { field: 'hireDate', direction: 'desc' } as const, 3],
    ['the collaborator with the longest time in the company', { field: 'hireDate', direction: 'asc' } as const, 1],
    ['the lawyers of London, from the most paid until the less paid', { field: 'salary', direction: 'desc' } as const, null],
    ['remote designers ordered by hire date, the newest first', { field: 'hireDate', direction: 'desc' } as const, null],
  ])('orders: %s', (question, order, limit) => {
    const plan = planOf(question);
    expect(plan.order).toEqual(order);
    expect(plan.limit).toBe(limit);
  });

  it('after "find", only what looks like a name is a name', () => {
    expectRefusal('find the guitarist', 'QUESTION_NOT_UNDERSTOOD', ['guitarist']);
    expectPlan('search the collaborator called Carlos Garcia', { conditions: [{ kind: 'name', name: { words: ['Carlos', 'Garcia'] } }] });
  });

  it('European thousands keep a decimal point where a scale follows', () => {
    expectPlan('salary over 47.5K', { conditions: [salary('gt', 47500)] });
    expectPlan('salary over 1.250M', { conditions: [salary('gt', 1250000)] });
  });
});

describe('an eighteenth blind batch: questions that look answerable but ask for something else', () => {
  it.each([
    ['how many departments are there?', ['departments']],
    ['which departments are in Toronto?', ['departments']],
    ['how many US offices are there?', ['offices']],
    ['how many people report to each manager?', ['each', 'manager']],
    ['headcount per department', ['per', 'department']],
    ["Liam O'Brien's manager's team", ['manager', "'s", 'team']],
    ["John Doe's manager's manager", ['manager', "'s", 'manager']],
    ['managers of managers in Engineering', ['managers', 'of', 'managers']],
    ['who was terminated most recently?', ['terminated']],
    // one list of words for leaving, shared with the rule that keeps leaving dates from being hire dates
    ['who was let go most recently', ['go']],
  ])('refused, naming the words: %s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });

  it('their answerable twins', () => {
    expectPlan('everyone in the Sales department', { conditions: [dept('Sales')] });
    expectPlan('everyone in all departments', { conditions: [] });
    expectPlan("who is John Doe's manager", { conditions: [{ kind: 'managerOf', person: { words: ['John', 'Doe'] } }] });
    expectPlan('which employee does John Doe report to?', { conditions: [{ kind: 'managerOf', person: { words: ['John', 'Doe'] } }] });
    expectPlan('the most recently hired former employee', { scope: 'terminated', conditions: [], order: { field: 'hireDate', direction: 'desc' }, limit: 1 });
    expectPlan('all designers ever', { scope: 'all', conditions: [dept('Design')] });
  });

  it('"each" and "per" are never a name', () => {
    expectRefusal('people managed by each manager', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('"of us" is the company; "product us" is the country', () => {
    expectPlan('which of us are in Sales', { conditions: [dept('Sales')] });
    expectPlan('how many of us are remote', { conditions: [loc('Remote')], intent: 'count' });
  });

  it('"from last year" is last calendar year; "from the last 18 months" a span', () => {
    expectPlan('Marketing hires from last year', { conditions: [dept('Marketing'), { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1 } }] });
    expectPlan('new blood from the last 18 months', { conditions: [{ kind: 'hireDate', range: { kind: 'within', amount: 18, unit: 'month' } }] });
  });
});

describe('a seventeenth blind batch: the thesaurus', () => {
  const reportsTo = (...words: string[]) => ({ kind: 'reportsTo' as const, person: { words } });
  const orgOf = (...words: string[]) => ({ kind: 'orgOf' as const, person: { words } });

  it.each([
    ['round up the Finance crowd for me', [dept('Finance')]],
    ['staff attached to Marketting', [dept('Marketing')]],
    ['who carries the Staff Engineer title?', [title('Staff Engineer')]],
    ['people serving as Office Manager', [title('Office Manager')]],
    ['Berlin-based staff who line-manage someone', [loc('Berlin'), { kind: 'isManager' as const }]],
    ['which home-based employees are somebody\'s boss?', [loc('Remote'), { kind: 'isManager' as const }]],
    ["who's stationed in Toronto?", [loc('Toronto')]],
    ['anyone posted to our German office', [loc('Berlin')]],
    ['who is remunerated above 250K?', [{ kind: 'salary' as const, op: 'gt' as const, amount: 250000 }]],
    ['staff whose pay falls short of 47k', [{ kind: 'salary' as const, op: 'lt' as const, amount: 47000 }]],
    ['people who signed on before 2013', [{ kind: 'hireDate' as const, range: { kind: 'between' as const, from: null, to: '2013-01-01' } }]],
    ['who has clocked more than 12 years with the company?', [{ kind: 'hireDate' as const, range: { kind: 'tenureOver' as const, amount: 12, unit: 'year' as const, inclusive: false } }]],
    ["who's out on medical leave as we speak?", [{ kind: 'leave' as const, leaveTypes: ['Medical Leave'], when: 'current' as const }]],
    ["staff who've had a stint on medical leave", [{ kind: 'leave' as const, leaveTypes: ['Medical Leave'], when: 'ever' as const }]],
    ['who answers to Carlos Garcia?', [reportsTo('Carlos', 'Garcia')]],
    ['whom does John Doe line-manage?', [reportsTo('John', 'Doe')]],
    ['everyone in the chain of command below Jane Smith', [orgOf('Jane', 'Smith')]],
    ['who reports up through Priya Patel, directly or indirectly?', [orgOf('Priya', 'Patel')]],
    ['lawyers with the exception of the Paralegals', [dept('Legal'), { ...title('Paralegal'), negated: true }]],
  ] as [string, object[]][])('%s', (question, conditions) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => (f.negated ? { ...f.condition, negated: true } : f.condition))).toEqual(expect.arrayContaining(conditions));
    expect(plan.filters).toHaveLength(conditions.length);
  });

  it('a nationality alone is not a place; its office is', () => {
    expectRefusal('German engineers', 'QUESTION_NOT_UNDERSTOOD', ['German']);
  });

  it.each([
    ['the three priciest engineers', { field: 'salary', direction: 'desc' } as const, 3],
    ["who's the most junior lawyer by hire date?", { field: 'hireDate', direction: 'desc' } as const, 1],
    ['the 3 least well-paid support agents', { field: 'salary', direction: 'asc' } as const, 3],
  ])('orders: %s', (question, order, limit) => {
    const plan = planOf(question);
    expect(plan.order).toEqual(order);
    expect(plan.limit).toBe(limit);
  });
});

describe('a twentieth and twenty-first blind batch: people, and dates', () => {
  it.each([
    ['how many employees go by the first name Wei?', [{ kind: 'name' as const, name: { words: ['Wei'], part: 'first' as const } }]],
    ['find every John Doe', [{ kind: 'name' as const, name: { words: ['John', 'Doe'] } }]],
    ['John Doe reports to which manager?', [{ kind: 'managerOf' as const, person: { words: ['John', 'Doe'] } }]],
    ['2025 hires in Legal, longest-serving first', [{ kind: 'hireDate' as const, range: { kind: 'between' as const, from: '2025-01-01', to: '2026-01-01' } }, dept('Legal')]],
  ])('%s', (question, conditions) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => f.condition)).toEqual(expect.arrayContaining(conditions));
    expect(plan.filters).toHaveLength(conditions.length);
  });

  it('a year before a hire noun is no count, even with an order', () => {
    expect(planOf('2025 hires in Legal, longest-serving first').limit).toBeNull();
  });

  it('"former included" widens the scope', () => {
    expectPlan('everyone hired in March 2024, former staff included', { scope: 'all', conditions: [{ kind: 'hireDate', range: { kind: 'between', from: '2024-03-01', to: '2024-04-01' } }] });
  });

  it('dates of leaving and of leave are not hire dates', () => {
    expectRefusal('who was terminated last month?', 'QUESTION_NOT_UNDERSTOOD', ['last', 'month']);
    expectRefusal('people whose sick leave started in 2026', 'QUESTION_NOT_UNDERSTOOD', ['started', '2026']);
    expectPlan('terminated engineers hired in 2020', { scope: 'terminated', conditions: [dept('Engineering'), { kind: 'hireDate', range: { kind: 'between', from: '2020-01-01', to: '2021-01-01' } }] });
  });
});

describe('a nineteenth blind batch: combinations, like dev', () => {
  it('a title that starts with a word for people is still one person: "the lowest paid Staff Engineer"', () => {
    expectPlan('lowest paid Staff Engineer', { conditions: [title('Staff Engineer')], order: { field: 'salary', direction: 'asc' }, limit: 1 });
    expectPlan('lowest paid Staff Engineers', { conditions: [title('Staff Engineer')], order: { field: 'salary', direction: 'asc' }, limit: null });
  });
});

describe('more of the nineteenth batch', () => {
  it.each([
    ['anyone named Zoe, past or present', 'all'],
    ['which ex-employees sat anywhere under Amara Okafor?', 'terminated'],
  ] as const)('%s', (question, scope) => {
    expect(planOf(question).scope).toBe(scope);
  });

  it('a count before a status word and its noun; "somewhere other than"; "to join the company"', () => {
    expect(planOf('which 3 former employees were paid the most?').limit).toBe(3);
    expect(planOf('which of John Doe\'s direct reports work somewhere other than New York?').filters.some((f) => f.negated && f.condition.kind === 'location')).toBe(true);
    expect(planOf('the 5 newest people to join the company').limit).toBe(5);
  });
});

describe('marks around the question: a "Q:", a signature, spoken fillers, a heading', () => {
  it.each([
    ["Q: who's in Legal?", [dept('Legal')]],
    ['who earns more than $275,000?\n\nSent from my iPhone', [{ kind: 'salary' as const, op: 'gt' as const, amount: 275000 }]],
    ['Finance people outside “New York” — thx, Dana', [dept('Finance'), not(loc('New York'))]],
    ['um, who makes, like, over 290 thousand?', [{ kind: 'salary' as const, op: 'gt' as const, amount: 290000 }]],
    ['uh, who got hired in the last, um, 6 months?', [{ kind: 'hireDate' as const, range: { kind: 'within' as const, amount: 6, unit: 'month' as const } }]],
    ['Salary: at most 48K', [{ kind: 'salary' as const, op: 'lte' as const, amount: 48000 }]],
    ['salary between $60,000 and $61,000 (inclusive)', [{ kind: 'salaryBetween' as const, min: 60000, max: 61000 }]],
    ['on leave (any type)', [{ kind: 'leave' as const, leaveTypes: null, when: 'current' as const }]],
    ['Jane Smith — direct reports', [{ kind: 'reportsTo' as const, person: { words: ['Jane', 'Smith'] } }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });
});

describe('one request over several sentences', () => {
  const cases: [string, Condition[], 'active' | 'all'][] = [
    ['Staff in London. The lawyers, specifically.', [dept('Legal'), loc('London')], 'active'],
    ["Let's look at Customer Support. Anyone paid at least $95,000?", [dept('Customer Support'), { kind: 'salary', op: 'gte', amount: 95000 }], 'active'],
    ["Look at John Doe's reports. Which of them are on leave?", [{ kind: 'reportsTo', person: { words: ['John', 'Doe'] } }, { kind: 'leave', leaveTypes: null, when: 'current' }], 'active'],
    ["Who's at the top? I mean people without a manager.", [{ kind: 'noManager' }], 'active'],
    ['all the employees of Legal, also the ones who left', [dept('Legal')], 'all'],
    ['every person who works for Engineering or for Product', [dept('Engineering', 'Product')], 'active'],
  ];
  it.each(cases)('%s', (question, conditions, scope) => {
    expectPlan(question, { conditions, scope });
  });

  it('a sentence that only says what the answer is for is set aside, though it opens with "it"', () => {
    const plan = planOf("Anyone making over 300k? It's for the comp committee.");
    expect(plan.context).toEqual(['It is for the comp committee']);
  });

  it('booking a room for the people found is no change to the data', () => {
    expectRefusal('Engineers in Toronto. Book them a meeting room for Friday.', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('book a sick day for Carlos Garcia', 'UNSAFE_QUESTION');
  });
});

describe('English as other languages put it', () => {
  it.each([
    ['who has as title HR Director?', [title('HR Director')]],
    ['the persons of Customer Support who manage other persons', [dept('Customer Support'), { kind: 'isManager' as const }]],
    ['persons who arrived in the company in the last 60 days', [{ kind: 'hireDate' as const, range: { kind: 'within' as const, amount: 60, unit: 'day' as const } }]],
    ['persons that are in the company from more than 14 years', [{ kind: 'hireDate' as const, range: { kind: 'tenureOver' as const, amount: 14, unit: 'year' as const, inclusive: false } }]],
    ['who are the employees that have not a manager?', [{ kind: 'noManager' as const }]],
    ['everybody of the office of London apart from the salespeople', [loc('London'), not(dept('Sales'))]],
    ['all the org of Carlos Garcia, direct and indirect reports', [{ kind: 'orgOf' as const, person: { words: ['Carlos', 'Garcia'] } }]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['who is working in Sales since the longest time?', [dept('Sales')], { field: 'hireDate' as const, direction: 'asc' as const }, 1],
    ['the last 3 persons hired in Design', [dept('Design')], { field: 'hireDate' as const, direction: 'desc' as const }, 3],
  ])('%s', (question, conditions, order, limit) => {
    expectPlan(question, { conditions, order, limit });
  });

  it('"augment the salary of Jane Smith of 10 percent" is a change', () => {
    expectRefusal('augment the salary of Jane Smith of 10 percent', 'UNSAFE_QUESTION');
  });
});

describe('the asker, greeting and signing off: who asks is no condition', () => {
  it.each([
    ['Hi, recruiter here! Which managers do we have among the remote workers? Cheers!', [loc('Remote'), { kind: 'isManager' }]],
    ['Hi, engineer here. Who in Product is currently on leave? I need to know who can review my spec. Thanks!', [dept('Product'), { kind: 'leave', leaveTypes: null, when: 'current' }]],
    ["Morning! I'm the office manager and I'm ordering ergonomic chairs for the dev floor. Can you give me a list of all the engineers?", [dept('Engineering')]],
    ["Good morning. As EA to the CEO, I'm preparing a slide for the all-hands. Could you list the people managers in Engineering? Best regards.", [dept('Engineering'), { kind: 'isManager' }]],
    ['Hello, is there anyone who earns greater than 1.2M? Just double-checking something for the auditors, thanks.', [{ kind: 'salary', op: 'gt', amount: 1200000 }]],
    ['Support staff not in Canada, please — I’m scheduling a training across time zones.', [dept('Customer Support'), not(loc('Toronto'))]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a role said as "here" is the asker only in the singular, and only nouns: "who used to work here?" is a question', () => {
    expectPlan('who used to work here?', { conditions: [], scope: 'terminated' });
  });

  it('a question wholly about the asker asks about nobody, and is refused rather than answered with everyone', () => {
    expectRefusal("Hi! I'm planning a lunch for my group — could you recommend a good Thai restaurant near the office? Thanks!", 'QUESTION_NOT_UNDERSTOOD');
  });

  it.each([
    'Could you tell me who in Legal is based in London? I want to set up coffee chats.',
    'Which people are in Product? I need to give them edit rights.',
    'Could you show everyone in Design? Building a portfolio archive.',
  ])('an errand or a noun is no change to the data: %s', (question) => {
    expect(parse(question).ok, question).toBe(true);
  });

  it('a sentence that names a condition is not set aside, even with no rule to read it', () => {
    expectRefusal('Engineers in Berlin. Sorting by salary please.', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('negation: groups, pronouns and what a person has', () => {
  it.each([
    ['everyone in Chicago but Sales', [loc('Chicago'), not(dept('Sales'))]],
    // after a noun only groups are taken out together; after "those" all that follows describes them
    ['Legal people besides Paralegals hired since 2020', [dept('Legal'), not(title('Paralegal')), { kind: 'hireDate', range: { kind: 'between', from: '2020-01-01', to: null } }]],
    ['Product people aside from Product Managers, based in London', [dept('Product'), not(title('Product Manager')), loc('London')]],
    ['Toronto engineers hired any time except 2020', [dept('Engineering'), loc('Toronto'), not({ kind: 'hireDate', range: { kind: 'between', from: '2020-01-01', to: '2021-01-01' } })]],
    ['Customer Support staff in New York who have a manager', [dept('Customer Support'), loc('New York'), not({ kind: 'noManager' })]],
    ['how many employees have a manager?', [not({ kind: 'noManager' })]],
    ["salespeople in London whose last name isn't Williams", [dept('Sales'), loc('London'), not({ kind: 'name', name: { words: ['Williams'], part: 'last' } })]],
    ["engineers in Berlin who haven't left the company", [dept('Engineering'), loc('Berlin')]],
    ['who are the employees that have not a manager?', [{ kind: 'noManager' }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions, intent: question.startsWith('how many') ? 'count' : 'list' });
  });

  it('"who report to someone in Product" names a second person: refused, not read as having a manager', () => {
    expectRefusal('engineers who report to someone in Product', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('yes or no, if any', () => {
  it.each([
    ['How many, if any, engineers are in Toronto?', [dept('Engineering'), loc('Toronto')], 'count'],
    ['Are there any former salespeople, and if so how many?', [dept('Sales')], 'count'],
    ['any chance someone in Product is on parental leave?', [dept('Product'), { kind: 'leave', leaveTypes: ['Parental Leave'], when: 'current' }], 'list'],
  ] as [string, Condition[], 'list' | 'count'][])('%s', (question, conditions, intent) => {
    const plan = planOf(question);
    expect(plan.intent).toBe(intent);
    expect(plan.filters.length).toBe(conditions.length);
  });

  it('"Is there a Procurement team?" asks about a team, not a person called Procurement', () => {
    expectRefusal('Is there a Procurement team?', 'QUESTION_NOT_UNDERSTOOD', ['Procurement']);
  });

  it('"Did anyone in Legal leave the company?" asks for former employees', () => {
    expectPlan('Did anyone in Legal leave the company?', { conditions: [dept('Legal')], scope: 'terminated' });
  });
});

describe('more refusals that would otherwise drop words', () => {
  it.each([
    ['is anyone in Austin working from the office today?', ['working', 'from', 'the', 'office']],
    ['ex-employees from Legal who left because of relocation', undefined],
    ['take Liam O\'Brien out of the employee directory', undefined],
  ])('%s', (question, words) => {
    const r = parse(question);
    expect(r.ok).toBe(false);
    if (!r.ok && words !== undefined) expect(r.refusal.unknownWords).toEqual(words);
  });

  it('"who do we have working from home?" is remote, a place the data has', () => {
    expectPlan('who do we have working from home?', { conditions: [loc('Remote')] });
  });

  it('"Finance employees with a senior title", "name the manager of Liam O\'Brien"', () => {
    expectPlan('Finance employees with a senior title', { conditions: [dept('Finance'), { kind: 'senior' }] });
    expectPlan("name the manager of Liam O'Brien", { conditions: [{ kind: 'managerOf', person: { words: ['Liam', "O'Brien"] } }] });
  });
});

describe('reasons said around the request', () => {
  it.each([
    ['Good morning! Please show me all our accountants, because the audit kickoff invite goes out today.', [dept('Finance')]],
    ['hey, all the engineers please - for the hackathon sign-up sheet', [dept('Engineering')]],
    ['For the cohort study, who joined in 2020?', [{ kind: 'hireDate', range: { kind: 'between', from: '2020-01-01', to: '2021-01-01' } }]],
    ['Hi, how many former employees were in Engineering? Attrition analysis for the board, thanks.', [dept('Engineering')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    const plan = planOf(question);
    expect(plan.filters.map((f) => f.condition)).toEqual(conditions);
  });

  it('a reason that names a condition is not set aside: ", for the Sales team" is read', () => {
    expectPlan('engineers in Berlin, for the Sales team', { conditions: [dept('Engineering'), loc('Berlin'), dept('Sales')] });
  });

  it('a later sentence that asks for something else is a second request, not a reason', () => {
    expectRefusal('Engineers in Toronto. Book them a meeting room for Friday.', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('words run together or split, pay said at home', () => {
  it.each([
    ['any one in londn?', [loc('London')]],
    ['evry one under John Doe', [{ kind: 'orgOf', person: { words: ['John', 'Doe'] } }]],
    ['staffers who bring home over $275k', [{ kind: 'salary', op: 'gt', amount: 275000 }]],
    ['Who is paid somewhere between $101,000 and $102,000?', [{ kind: 'salaryBetween', min: 101000, max: 102000 }]],
    ['Which employees have no one above them?', [{ kind: 'noManager' }]],
    ['who goes by the first name Zoe?', [{ kind: 'name', name: { words: ['Zoe'], part: 'first' } }]],
    ['whos john doe manager', [{ kind: 'managerOf', person: { words: ['john', 'doe'] } }]],
    ['who in salse manages some one', [dept('Sales'), { kind: 'isManager' }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"no one" stays two words: "with no one to answer to" is no manager', () => {
    expectPlan('who sits at the very top with no one to answer to?', { conditions: [{ kind: 'noManager' }] });
  });
});

describe('a second demanding evaluator', () => {
  it.each([
    ['Which employees carry the job title UX Researcher?', [title('UX Researcher')], 'active'],
    ['Who serves as our HR Director?', [title('HR Director')], 'active'],
    ['Who has been with us since before 2014?', [{ kind: 'hireDate', range: { kind: 'between', from: null, to: '2014-01-01' } }], 'active'],
    ['Who reports up to Wei Chen, whether directly or through someone else?', [{ kind: 'orgOf', person: { words: ['Wei', 'Chen'] } }], 'active'],
    ['Who works directly for John Doe?', [{ kind: 'reportsTo', person: { words: ['John', 'Doe'] } }], 'active'],
    ['Pull up the entry for Amara Okafor', [{ kind: 'name', name: { words: ['Amara', 'Okafor'] } }], 'active'],
    ['Which engineers are no longer on the payroll?', [dept('Engineering')], 'terminated'],
  ] as [string, Condition[], 'active' | 'terminated'][])('%s', (question, conditions, scope) => {
    expectPlan(question, { conditions, scope });
  });
});

describe('the short notes a chat message ends with', () => {
  it.each([
    ['hey, who has the job title Office Manager? sorting out desk moves, thx', [title('Office Manager')]],
    ['Hello, marketers in the UK please, event staffing, thank you', [dept('Marketing'), loc('London')]],
    ['hey, need everyone from Operations and Finance, budget workshop invites', [dept('Operations', 'Finance')]],
    ['Hello! Could you pull up everyone in Finance? Expense policy update goes out Monday.', [dept('Finance')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a clause after a comma with a number or a condition word is never a note: "with more than 3 kids" is refused', () => {
    expectRefusal('Hi, employees with more than 3 kids, please, for the childcare benefit survey.', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('"Sorry for the basic question" is still courtesy, and the place no one has is still named', () => {
    expectPlan('Sorry for the basic question, but who is our VP of Engineering?', { conditions: [title('VP of Engineering')] });
    expectRefusal("Hello, could you list the people in our Paris office? I'm planning a trip there.", 'QUESTION_NOT_UNDERSTOOD', ['Paris']);
  });
});

describe('chat messages: greetings, pleasantries and what happens to the asker', () => {
  it.each([
    ["G'day! Who works in Legal? Owe you one.", [dept('Legal')]],
    ['Heya, hope you are having a good one. Which designers are based in Berlin? Talk soon.', [dept('Design'), loc('Berlin')]],
    ['Hi, sorry for the ping. Who reports to Jane Smith? You are a star.', [reportsTo('Jane', 'Smith')]],
    ['Hey HR bot! Who is on vacation right now? Lifesaver, thanks.', [leaveNow('Vacation')]],
    ['Hey, got a sec? Which engineers are remote? Have a good one!', [dept('Engineering'), loc('Remote')]],
    ['Good morning :) Payroll here, checking something. Who is in Finance? Ta very much.', [dept('Finance')]],
    ['Hi, facilities person here, sorting keys. Who is based in Austin?', [loc('Austin')]],
    ['Quick comp question for a board deck. Who earns over 250k?', [{ kind: 'salary', op: 'gt', amount: 250000 }]],
    ['Evening! Relocation eligibility check for you. Which remote designers earn under 90K? Thank you kindly.', [dept('Design'), loc('Remote'), { kind: 'salary', op: 'lt', amount: 90000 }]],
    ['The audit committee asked me for names. Who is titled Accountant?', [title('Accountant')]],
    ['A careers fair is coming up and I am printing badges. Who in Sales is in Chicago?', [dept('Sales'), loc('Chicago')]],
    ['I just want to avoid double-booking anyone. Who is on sick leave today?', [leaveNow('Sick Leave')]],
    ["I'm trying not to clash with anyone's holiday. Which marketers are on vacation?", [dept('Marketing'), leaveNow('Vacation')]],
    ['I need to reassign some tickets. Which support agents are on leave?', [dept('Customer Support'), leaveNow(null)]],
    ['I edit the alumni newsletter. Which former engineers are in London?', [dept('Engineering'), loc('London')]],
    ['I am planning an alumni reunion. Who are the ex-employees in Toronto?', [loc('Toronto')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions, scope: /former|ex-employees/.test(question) ? 'terminated' : 'active' });
  });

  it('"the most senior by tenure in Marketing, who is it?" asks for one person', () => {
    expectPlan('The most senior by tenure in Marketing, who is it?', { conditions: [dept('Marketing')], order: { field: 'hireDate', direction: 'asc' }, limit: 1 });
  });

  it('"Hi HR" with no comma is a salutation before a question word, and a condition anywhere else', () => {
    expectPlan('Hi HR who is in Sales', { conditions: [dept('Sales')] });
    expectPlan('hey roster how many people are in Legal', { conditions: [dept('Legal')], intent: 'count' });
    expectPlan('hi hr people in london', { conditions: [dept('Human Resources'), loc('London')] });
  });

  it('a word between "quick" and "question" may be a condition: refused, never dropped', () => {
    expectRefusal('Quick Engineering question: who is on leave?', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('Engineering question for you: who is on leave?', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('a second request, a sentence that describes people, or one with a word of a condition is no context', () => {
    expectRefusal('A hiring fair is coming up and I am printing badges. Who in Sales is in Chicago?', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('Who is in Sales? I am sorting by salary.', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('List everyone in Operations. Then tell me a joke.', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('Who is in Sales? My team needs the ones who speak Spanish.', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal("Who is in Sales? I'd rather not see the ones in Berlin.", 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('Who is in Sales? Contractors only.', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('changing a person or the directory is still a change, whatever else the message says', () => {
    expectRefusal('I need to reassign John Doe to Sales. Who is in Sales?', 'UNSAFE_QUESTION');
    expectRefusal('Please delete the employee records of former engineers.', 'UNSAFE_QUESTION');
    expectRefusal('set a reminder for 3pm', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('"alumni" before a list still names the former employees', () => {
    expectPlan('the alumni list for Sales', { conditions: [dept('Sales')], scope: 'terminated' });
  });
});

describe('letters: subject lines, salutations, courtesy and signatures', () => {
  it.each([
    ['Subject: Finance staff\n\nDear HR team,\n\nI would be grateful if you could provide a list of everyone in Finance.\n\nKind regards,\nTom Baker', [dept('Finance')]],
    ['To whom it may concern, please could you advise who our Head of Product is? Yours faithfully, Graham Hughes', [title('Head of Product')]],
    ['Dear Sir or Madam, I am writing to request a list of all employees in Toronto. Best wishes, Ana', [loc('Toronto')]],
    ['Dear HR team, I would be grateful for a list of the designers in Berlin. Many thanks, Cora Whitby', [dept('Design'), loc('Berlin')]],
    ['Dear HR team, please could you advise whether anyone in Engineering is on leave? Regards', [dept('Engineering'), leaveNow(null)]],
    ['To whom it may concern,\n\nAs part of a benchmarking exercise, please confirm which lawyers are based in London.\n\nSincerely,\nHugo Bennett', [dept('Legal'), loc('London')]],
    ['Dear HR team,\n\nPlease provide a list of marketers in Chicago.\n\nThank you very much in advance for your help with this.\n\nKind regards,\nMargaret Ellis', [dept('Marketing'), loc('Chicago')]],
    ['Hello, could you list the support agents in Austin? If anything is unclear, please do not hesitate to contact me. Please let me know if you need any further information.', [dept('Customer Support'), loc('Austin')]],
    ['I am updating our contact sheet and want to make sure that nobody is missed. Who is in Legal?', [dept('Legal')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a subject line is only taken off when a letter follows it', () => {
    expectPlan('Subject: engineers in Berlin', { conditions: [dept('Engineering'), loc('Berlin')] });
  });

  it('greetings and thanks in other languages, a note in front, a name asked about before a second sentence', () => {
    expectPlan('Hallo! Who do we have working in Germany? Danke!', { conditions: [loc('Berlin')] });
    expectPlan("sorting seating for the kickoff — who's in Sales? thanks", { conditions: [dept('Sales')] });
    expectPlan('hey, quick one from the payroll side: who earns no more than 52000?', { conditions: [{ kind: 'salary', op: 'lte', amount: 52000 }] });
    expectPlan('is there a Jane Smith here? someone mentioned her in a meeting', { conditions: [{ kind: 'name', name: { words: ['Jane', 'Smith'] } }] });
    expectRefusal('sorting by salary, who is in Sales', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('a thirteenth team, and refusals beside their twins', () => {
  it.each([
    ['staff where salary <= 46000', [{ kind: 'salary', op: 'lte', amount: 46000 }]],
    ["give me all of Jane Smith's reports, direct and indirect ones too", [{ kind: 'orgOf', person: { words: ['Jane', 'Smith'] } }]],
    ["so who exactly is the manager of Liam O'Brien", [{ kind: 'managerOf', person: { words: ['Liam', "O'Brien"] } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a nickname is no field, and "including" adds people no rule knows: refused, not answered', () => {
    expectRefusal('anyone nicknamed Oisin?', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('all designers, including contractors', 'QUESTION_NOT_UNDERSTOOD', ['including', 'contractors']);
    expectPlan('anybody christened Oisin?', { conditions: [{ kind: 'name', name: { words: ['Oisin'] } }] });
  });
});

describe('notes of the asker\'s business in sentences of their own', () => {
  it.each([
    ['sprint planning lol. which engineers are on leave right now?', [dept('Engineering'), leaveNow(null)]],
    ['Laptop collections need to be confirmed. Who in Sales is in Chicago?', [dept('Sales'), loc('Chicago')]],
    ['A coaching programme is being piloted. Who is in Legal?', [dept('Legal')]],
    ['offsite planning :) list the designers in Berlin pls', [dept('Design'), loc('Berlin')]],
    ['support staff in Austin please. timezone coverage map lol', [dept('Customer Support'), loc('Austin')]],
    ["Show Zoë Müller's manager if they earn more than 250K", [{ kind: 'managerOf', person: { words: ['Zoë', 'Müller'] } }, { kind: 'salary', op: 'gt', amount: 250000 }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['Who is in Sales? Contractors.', ['Contractors']],
    ['Who is in Sales? Full-time.', ['Full-time']],
    ['Who is in Sales? With a company car.', ['car']],
    ['Who is in Sales? Paris office.', ['Paris']],
    ['engineers. in Paris', ['Paris']],
    ['Who is in Sales? Spanish speakers.', ['Spanish', 'speakers']],
    ['engineers. blah blah', ['blah']],
  ])('a note that may describe people, place them or mean nothing is refused: %s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });

  it('"just double checking payroll" changes nothing; "double the salary" does', () => {
    expectPlan('2 best paid people in Toronto - who? just double checking payroll', { conditions: [loc('Toronto')], order: { field: 'salary', direction: 'desc' }, limit: 2 });
    expectRefusal('double the salary of John Doe', 'UNSAFE_QUESTION');
  });
});

describe('the hardest rewordings of the development set, and its terse ones', () => {
  it.each([
    ["I'd like Carlos Garcia's whole org listed", [{ kind: 'orgOf', person: { words: ['Carlos', 'Garcia'] } }]],
    ["I need the name of Zoe Muller's manager", [{ kind: 'managerOf', person: { words: ['Zoe', 'Muller'] } }]],
    ['By whom is Zoe Müller managed?', [{ kind: 'managerOf', person: { words: ['Zoe', 'Müller'] } }]],
    ['sal > 260k', [{ kind: 'salary', op: 'gt', amount: 260000 }]],
    ['sick leave (ever)', [{ kind: 'leave', leaveTypes: ['Sick Leave'], when: 'ever' }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"Which 10 Marketing employees are the highest paid?" is a top 10; "cnt designers" counts', () => {
    expectPlan('Which 10 Marketing employees are the highest paid?', { conditions: [dept('Marketing')], order: { field: 'salary', direction: 'desc' }, limit: 10 });
    expectPlan('cnt designers', { conditions: [dept('Design')], intent: 'count' });
  });

  it('a change that should happen is asked for; one that did happen is a question', () => {
    expectRefusal('Amara Okafor should be deleted from the directory', 'UNSAFE_QUESTION');
    expectRefusal('I need Carlos Garcia to be fired', 'UNSAFE_QUESTION');
    expectRefusal('rm amara okafor from directory', 'UNSAFE_QUESTION');
    expectPlan('who was fired?', { conditions: [], scope: 'terminated' });
  });
});

describe('Slack emoji codes, thanks misspelt, clefts and "hires made"', () => {
  it.each([
    ['hey :wave: can you pull up everyone in the Legal department?', [dept('Legal')]],
    ['Howdy! who are our designers? sory to bug you :sweat_smile:', [dept('Design')]],
    ['hiya, support agents with salary between 60K and 70K? ty :)', [dept('Customer Support'), { kind: 'salaryBetween', min: 60000, max: 70000 }]],
    ['heyy can u list the managers in Design? thnx', [dept('Design'), { kind: 'isManager' }]],
    ['who is it that manages John Doe', [{ kind: 'managerOf', person: { words: ['John', 'Doe'] } }]],
    ['Sales department hires made last year', [dept('Sales'), { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1 } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a time is no emoji code', () => {
    expectRefusal('who starts at 10:30:', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('tickets: headers, salutations to a desk, and signature blocks', () => {
  it.each([
    ['[Ticket #50412] Directory export needed\n\nHello Service Desk,\n\nWould you kindly provide the names and email addresses of all employees in Engineering?\n\nKind regards,\nTobias Lindqvist (he/him)\nInternal Communications Lead', [dept('Engineering')]],
    ['Ticket: Building access review\n\nHi there,\n\nWould you be able to share the list of everyone in ops?\n\nThank you,\nGreta Solberg\nSecurity Officer | ext. 7710', [dept('Operations')]],
    ['Subject: Mentoring pairs\n\nHi,\n\nCould you please list the people in Legal?\n\nBest,\nEzra Whitcombe\nLearning & Development Partner\nhe/him | ext. 5530', [dept('Legal')]],
    ['Hello HR, who is in Sales?', [dept('Sales')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });
});

describe('rewordings by speakers of other languages', () => {
  const orgOf = (...words: string[]) => ({ kind: 'orgOf' as const, person: { words } });
  it.each([
    ['show me the team of Desing', [dept('Design')]],
    ['all the reports of Priya Patel, the direct and the indirect ones', [orgOf('Priya', 'Patel')]],
    ['everybody who is under Carlos Garcia, also indirectly', [orgOf('Carlos', 'Garcia')]],
    ['to whom is reporting Zoë Müller?', [{ kind: 'managerOf', person: { words: ['Zoë', 'Müller'] } }]],
    ['support agents except them in Toronto', [dept('Customer Support'), not(loc('Toronto'))]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"the person most low paid" is the lowest paid; "so far" adds nothing', () => {
    expectPlan('who is the person most low paid in Engineering', { conditions: [dept('Engineering')], order: { field: 'salary', direction: 'asc' }, limit: 1 });
    expectPlan('how many employees have left the company so far?', { conditions: [], scope: 'terminated', intent: 'count' });
  });

  it('a change taken out or named as a noun is still a change', () => {
    expectRefusal('take out Amara Okafor from the directory', 'UNSAFE_QUESTION');
    expectRefusal('do the termination of Carlos Garcia', 'UNSAFE_QUESTION');
  });
});

describe('a sixth chat author', () => {
  it.each([
    ["Trying to finish a slide before lunch :sweat_smile: Who's in Engineering?", [dept('Engineering')]],
    ["heya :) who's the VP of Engineering again? I always forget lol", [title('VP of Engineering')]],
    ['Hey! Which designers are remote? For a virtual coffee roulette :coffee:', [dept('Design'), loc('Remote')]],
    ['anyone called Martin? quick lookup, thanks lol', [{ kind: 'name', name: { words: ['Martin'] } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"switch … to terminated" is a change', () => {
    expectRefusal("switch Jane Smith's employment status to terminated", 'UNSAFE_QUESTION');
  });
});

describe('a fifteenth like-dev team and a fourth rewording author', () => {
  it('"the 10 most recent hires we made", "at this company", "parental leave: who\'s out currently?"', () => {
    expectPlan('show the 10 most recent hires we made', { conditions: [], order: { field: 'hireDate', direction: 'desc' }, limit: 10 });
    expectPlan('how many engineers work at this company', { conditions: [dept('Engineering')], intent: 'count' });
    expectPlan("parental leave: who's out currently?", { conditions: [leaveNow('Parental Leave')] });
  });
});

describe('a seventh chat author', () => {
  it.each([
    ['hiya, can u list the designers and the marketers? ty ^^', [dept('Design', 'Marketing')]],
    ['Greetings! Would you be so kind as to list the support agents? Many thanks', [dept('Customer Support')]],
    ['hey there, can you show me everyone with the title DevOps Engineer? :+1:', [title('DevOps Engineer')]],
    ["Hello! Who's part of Carlos Garcia's team? I'd like to send them an invite", [reportsTo('Carlos', 'Garcia')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });
});

describe('formal wordings an analyst writes', () => {
  const managerOf = (...words: string[]) => ({ kind: 'managerOf' as const, person: { words } });
  const orgOf = (...words: string[]) => ({ kind: 'orgOf' as const, person: { words } });
  it.each([
    ['Provide the full roster of the Human Resources department, excluding former staff.', [dept('Human Resources')]],
    ['List all employees who are assigned to the Operations department.', [dept('Operations')]],
    ['Who are the lawyers presently employed by the organization?', [dept('Legal')]],
    ['List the members of the Finance and Legal departments.', [dept('Finance', 'Legal')]],
    ['Please enumerate all employees who work in Customer Support, Product, or Design.', [dept('Customer Support', 'Product', 'Design')]],
    ['Which marketers are on the active payroll at present?', [dept('Marketing')]],
    ['Which employees hold either the Recruiter or the Senior Recruiter title?', [title('Recruiter', 'Senior Recruiter')]],
    ['Which employees were hired during 2016 and remain with the company today?', [hiredBetween('2016-01-01', '2017-01-01')]],
    ['Which employees joined the organization in December 2025?', [hiredBetween('2025-12-01', '2026-01-01')]],
    ['Which employee serves as Liam O\'Brien\'s manager?', [managerOf('Liam', "O'Brien")]],
    ['Liam O\'Brien is managed by whom?', [managerOf('Liam', "O'Brien")]],
    ['whose team is John Doe on', [managerOf('John', 'Doe')]],
    ['name John Doe\'s manager', [managerOf('John', 'Doe')]],
    ['Which employees fall anywhere within Wei Chen\'s whole org?', [orgOf('Wei', 'Chen')]],
    ['list the direct reports that Wei Chen has', [reportsTo('Wei', 'Chen')]],
    ['the people making up Carlos Garcia\'s team', [reportsTo('Carlos', 'Garcia')]],
    ['which people work as support agents', [dept('Customer Support')]],
    ['uh show me whoever\'s on the customer support side', [dept('Customer Support')]],
    ['okay so um pull up every engineer we\'ve got', [dept('Engineering')]],
    ['list each and every salesperson', [dept('Sales')]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('scope said in long form: "recorded as terminated", "who\'ve since been terminated", "including the former employees too"', () => {
    expectPlan('How many employees, in total, are recorded as terminated?', { scope: 'terminated', intent: 'count' });
    expectPlan('people hired in 2024 who\'ve since been terminated', { scope: 'terminated', conditions: [hiredBetween('2024-01-01', '2025-01-01')] });
    expectPlan('legal department including the former employees too', { scope: 'all', conditions: [dept('Legal')] });
  });

  it('"excluding former staff" is the default only where the exclusion ends: with more after it, it is refused', () => {
    expectRefusal('engineers excluding former staff and those in Berlin', 'QUESTION_NOT_UNDERSTOOD', ['excluding']);
  });

  it('"on the payroll for 10 years" is tenure, not the scope', () => {
    expectPlan('Who has been on the payroll for more than 10 years?', {
      conditions: [{ kind: 'hireDate', range: { kind: 'tenureOver', amount: 10, unit: 'year', inclusive: false } }],
    });
  });

  it('titles named around the word "title": "title holders", "as their title", "senior in their title"', () => {
    expectPlan('Staff Engineer title holders', { conditions: [title('Staff Engineer')] });
    expectPlan('anyone with the HR Director job title', { conditions: [title('HR Director')] });
    expectPlan('uh which folks have staff engineer as their title', { conditions: [title('Staff Engineer')] });
    expectPlan('is there anybody whose title is like devops engineer', { conditions: [title('DevOps Engineer')] });
    expectPlan('legal folks with senior in their title', { conditions: [dept('Legal'), { kind: 'senior' }] });
  });

  it('"which seven employees … are the most senior by tenure" is a count before the noun', () => {
    expectPlan('Which seven employees in Customer Support are the most senior by tenure?', { conditions: [dept('Customer Support')], order: { field: 'hireDate', direction: 'asc' }, limit: 7 });
  });
});

describe('as some write English', () => {
  it.each([
    ['who manage Zoe Muller', [{ kind: 'managerOf', person: { words: ['Zoe', 'Muller'] } }]],
    ['people which manager is Jane Smith', [reportsTo('Jane', 'Smith')]],
    ['who are direct report of Carlos Garcia', [reportsTo('Carlos', 'Garcia')]],
    ['Wei Chen direct report list', [reportsTo('Wei', 'Chen')]],
    ['who manage some people in Design department', [dept('Design'), { kind: 'isManager' }]],
    ['people paid over 300 thousand dollar', [{ kind: 'salary', op: 'gt', amount: 300000 }]],
    ['who was hired at March 2024', [hiredBetween('2024-03-01', '2024-04-01')]],
    ['who ever taked parental leave', [{ kind: 'leave', leaveTypes: ['Parental Leave'], when: 'ever' }]],
    ['managers in the remote location', [loc('Remote'), { kind: 'isManager' }]],
    ['Locate all employees named Zoe.', [{ kind: 'name', name: { words: ['Zoe'] } }]],
    ["Liam O'Brien's directory entry", [{ kind: 'name', name: { words: ['Liam', "O'Brien"] } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a superlative said twice, and the count before "the": "4 most lowest paid", "give me 5 the most recent hires"', () => {
    expectPlan('4 most lowest paid in HR', { conditions: [dept('Human Resources')], order: { field: 'salary', direction: 'asc' }, limit: 4 });
    expectPlan('7 most best paid remote worker', { conditions: [loc('Remote')], order: { field: 'salary', direction: 'desc' }, limit: 7 });
    expectPlan('give me 5 the most recent hires in Berlin', { conditions: [loc('Berlin')], order: { field: 'hireDate', direction: 'desc' }, limit: 5 });
  });

  it('letters a voice assistant writes apart, and a list spoken with no commas', () => {
    expectPlan('hey roster h r people making over one hundred twenty thousand', { conditions: [dept('Human Resources'), { kind: 'salary', op: 'gt', amount: 120000 }] });
    expectPlan('people in the u k', { conditions: [loc('London')] });
    expectPlan('can i see the operations legal and h r teams', { conditions: [dept('Operations', 'Legal', 'Human Resources')] });
  });

  it('"how many people Jane Smith have in her team" counts her reports', () => {
    expectPlan('how many people Jane Smith have in her team', { conditions: [reportsTo('Jane', 'Smith')], intent: 'count' });
  });

  it('"between two hundred and two hundred twenty k": the scale of the second amount covers the first', () => {
    expectPlan('okay so who makes between two hundred and two hundred twenty k', { conditions: [{ kind: 'salaryBetween', min: 200000, max: 220000 }] });
    expectPlan('earning over a hundred and twenty thousand', { conditions: [{ kind: 'salary', op: 'gt', amount: 120000 }] });
    expectRefusal('salary between two hundred and three hundred', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('a recruiter in a team chat, a manager, and a search box', () => {
  it.each([
    ['comp committee prep — who earns over 300K?', [{ kind: 'salary', op: 'gt', amount: 300000 }]],
    ['long-service awards: who did we hire in 2012?', [hiredBetween('2012-01-01', '2013-01-01')]],
    ['travel budget planning — every engineer outside San Francisco', [dept('Engineering'), not(loc('San Francisco'))]],
    ['retention bonus shortlist: San Francisco engineers earning over 200K', [dept('Engineering'), loc('San Francisco'), { kind: 'salary', op: 'gt', amount: 200000 }]],
    ['product people in Canada earning at least 150K — relocation stats', [dept('Product'), loc('Toronto'), { kind: 'salary', op: 'gte', amount: 150000 }]],
    ["sending congrats cards 👶 who's on parental leave right now?", [leaveNow('Parental Leave')]],
    ["org chart refresh 🗂️ all of Wei Chen's reports, direct and indirect", [{ kind: 'orgOf', person: { words: ['Wei', 'Chen'] } }]],
    ['folks who report straight to Joseph Johnson', [reportsTo('Joseph', 'Johnson')]],
    ["olivia kelly's reports, just the direct ones", [reportsTo('olivia', 'kelly')]],
    ["Wei Chen's entire org, every level down", [{ kind: 'orgOf', person: { words: ['Wei', 'Chen'] } }]],
    ['zoe muller reports to', [{ kind: 'managerOf', person: { words: ['zoe', 'muller'] } }]],
    ['manager above john doe', [{ kind: 'managerOf', person: { words: ['john', 'doe'] } }]],
    ['who is managing Zoe Muller', [{ kind: 'managerOf', person: { words: ['Zoe', 'Muller'] } }]],
    ['whole org wei chen all levels', [{ kind: 'orgOf', person: { words: ['wei', 'chen'] } }]],
    ["search the directory for Liam O'Brien", [{ kind: 'name', name: { words: ['Liam', "O'Brien"] } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"who has been in Legal the longest", "who gets the highest pay", "lowest paid sales": one person', () => {
    expectPlan('who has been in Legal the longest', { conditions: [dept('Legal')], order: { field: 'hireDate', direction: 'asc' }, limit: 1 });
    expectPlan('who gets the highest pay', { order: { field: 'salary', direction: 'desc' }, limit: 1 });
    expectPlan('lowest paid sales', { conditions: [dept('Sales')], order: { field: 'salary', direction: 'asc' }, limit: 1 });
  });

  it('counts and scopes said in passing', () => {
    expectPlan("what's John Doe's direct report count?", { conditions: [reportsTo('John', 'Doe')], intent: 'count' });
    expectPlan('number on parental leave', { conditions: [leaveNow('Parental Leave')], intent: 'count' });
    expectPlan("everyone who's ever been in Design", { conditions: [dept('Design')], scope: 'all' });
    expectPlan('which former employees still have active people reporting to them?', { conditions: [{ kind: 'isManager' }], scope: 'terminated' });
  });

  it('a heading or dash before what is not a question stays part of it', () => {
    expectPlan('title: office manager', { conditions: [title('Office Manager')] });
    expectRefusal('Hi! I\'m planning a lunch for my group — could you recommend a good Thai restaurant near the office?', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('three more like-dev authors', () => {
  it.each([
    ['Staff Engineer - who holds that title', [title('Staff Engineer')]],
    ['name of the HR Director', [title('HR Director')]],
    ['who sits under Joseph Johnson directly', [reportsTo('Joseph', 'Johnson')]],
    ['everybody that rolls up under Wei Chen', [{ kind: 'orgOf', person: { words: ['Wei', 'Chen'] } }]],
    ["who's been around since before 2014", [hiredBetween(null, '2014-01-01')]],
    ['people with us for more than 12 years', [{ kind: 'hireDate', range: { kind: 'tenureOver', amount: 12, unit: 'year', inclusive: false } }]],
    ['I need the Legal people and the Finance people together', [dept('Legal', 'Finance')]],
    ['list out the people hired last year', [{ kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1 } }]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"bottom 3 lowest paid" says the lowest twice; "bottom 3 highest paid" says nothing clear', () => {
    expectPlan('bottom 3 lowest paid in Sales', { conditions: [dept('Sales')], order: { field: 'salary', direction: 'asc' }, limit: 3 });
    expectRefusal('bottom 3 highest paid', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('a third rewording author, a QA engineer and mixed styles', () => {
  it.each([
    ['our head of product: which employee has that job?', [title('Head of Product')]],
    ['Legal folks holding senior roles', [dept('Legal'), { kind: 'senior' }]],
    ['Niamh Gómez has which people reporting to her?', [reportsTo('Niamh', 'Gómez')]],
    ['which staff are paid 45K at most?', [{ kind: 'salary', op: 'lte', amount: 45000 }]],
    ['one combined list of engineers and designers', [dept('Engineering', 'Design')]],
    ['people whose title is just Counsel', [title('Counsel')]],
    ['engineers not located anywhere in the US', [dept('Engineering'), not(loc('New York', 'San Francisco', 'Austin', 'Chicago'))]],
    ['salary 120000-121000', [{ kind: 'salaryBetween', min: 120000, max: 121000 }]],
    ['Someone on the call asked who our VP of Engineering is.', [title('VP of Engineering')]],
    ['On the planning call we asked which marketers are not in the UK.', [dept('Marketing'), not(loc('London'))]],
  ] as [string, Condition[]][])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('what a meeting or a reminder was about, said first, is no condition', () => {
    expectPlan('From the staffing discussion: which engineers have ever had medical leave?', { conditions: [dept('Engineering'), { kind: 'leave', leaveTypes: ['Medical Leave'], when: 'ever' }] });
    expectPlan('Gentle reminder: could you pull up all of the people managers in Sales?', { conditions: [dept('Sales'), { kind: 'isManager' }] });
    expectPlan('the whole Design department, including former employees — for the team retrospective book', { conditions: [dept('Design')], scope: 'all' });
  });

  it('"5 employee with most long tenure in Design": a number above one before the singular', () => {
    expectPlan('5 employee with most long tenure in Design', { conditions: [dept('Design')], order: { field: 'hireDate', direction: 'asc' }, limit: 5 });
  });

  it('"takes home the biggest salary", "headcount come to", "leavers included"', () => {
    expectPlan('who takes home the biggest salary here?', { order: { field: 'salary', direction: 'desc' }, limit: 1 });
    expectPlan('what does our engineer headcount come to?', { conditions: [dept('Engineering')], intent: 'count' });
    expectPlan('all employees ever in Legal, leavers included', { conditions: [dept('Legal')], scope: 'all' });
  });
});
