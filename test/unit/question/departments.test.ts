import { describe, expect, it } from 'vitest';
import { compileLexicon, parseQuestion } from '../../../src/question/index.js';
import { dept, expectPlan, expectRefusal, loc } from './helpers.js';
import { FIXTURE_DATA } from './lexicon-fixture.js';

describe('departments', () => {
  it.each([
    ['everyone in the finance department', 'Finance'],
    ['OPERATIONS employees', 'Operations'],
    ['who works in Human Resources?', 'Human Resources'],
    ['people in customer support', 'Customer Support'],
    ['members of the legal team', 'Legal'],
    ['staff in the Operations dept', 'Operations'],
    ['list all engineers', 'Engineering'],
    ['an engineer', 'Engineering'],
    ['salespeople', 'Sales'],
    ['show all the sales reps', 'Sales'],
    ['sales people', 'Sales'],
    ['marketers', 'Marketing'],
    ['designers', 'Design'],
    ['lawyers', 'Legal'],
    ['the HR team', 'Human Resources'],
    ['support agents', 'Customer Support'],
    ['Who are the support staff?', 'Customer Support'],
    ['Show the product managers', 'Product'],
    ['product people', 'Product'],
    ['finance people', 'Finance'],
    ['our accountants', 'Finance'],
    ['ops folks', 'Operations'],
  ])('%s → %s', (question, name) => {
    expectPlan(question, { conditions: [dept(name)] });
  });

  it.each([
    ['show me the Desgin team', 'Design'],
    ['Enginering', 'Engineering'],
    ['engineeering staff', 'Engineering'],
    ['Markteing people', 'Marketing'],
    ['Custmer Support', 'Customer Support'],
    ['Operatons', 'Operations'],
    ['desginers', 'Design'],
    ['people in Legl', 'Legal'],
    ['Sles team', 'Sales'],
  ])('tolerates one typo: %s → %s', (question, name) => {
    expectPlan(question, { conditions: [dept(name)] });
  });

  it('a four-letter word is a slip only with a letter missing from a five-letter name, and never a real word', () => {
    expectRefusal('people on sale', 'QUESTION_NOT_UNDERSTOOD', ['sale']);
    // three letters are too few to be read as anything
    expectRefusal('people in Lgl', 'QUESTION_NOT_UNDERSTOOD', ['Lgl']);
  });

  it.each([
    ['who is part of the Product org?', 'Product'],
    ['who works in the Legal division', 'Legal'],
    ['people belonging to the Finance organisation', 'Finance'],
  ])('how a department is joined or named: %s', (question, name) => {
    expectPlan(question, { conditions: [dept(name)] });
  });

  it('short forms of department names: "eng", "mktg"', () => {
    expectPlan('everybody on the eng team', { conditions: [dept('Engineering')] });
    expectPlan('mktg people in London', { conditions: [dept('Marketing'), loc('London')] });
  });

  it('greetings and plural group nouns carry nothing', () => {
    expectPlan('hey, who works in customer suport?', { conditions: [dept('Customer Support')] });
    expectPlan('Show me everyone on the Sales and Marketing teams', { conditions: [dept('Sales', 'Marketing')] });
    expectPlan('how many designers do we employ?', { conditions: [dept('Design')], intent: 'count' });
    expectPlan('Give me the full list of Customer Support employees', { conditions: [dept('Customer Support')] });
    expectPlan('gimme the product team', { conditions: [dept('Product')] });
    expectPlan('fetch all the lawyers', { conditions: [dept('Legal')] });
    expectPlan("what's the roster for Legal?", { conditions: [dept('Legal')] });
    expectRefusal('hello', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('reads a one-letter slip in a word for the employees themselves', () => {
    expectPlan('list all emplyees in Legal', { conditions: [dept('Legal')] });
    expectPlan('how many peple in Berlin', { conditions: [loc('Berlin')], intent: 'count' });
    expectPlan('former employes in Sales', { scope: 'terminated', conditions: [dept('Sales')] });
    expectPlan('can u show me everybody in the engineering dept', { conditions: [dept('Engineering')] });
  });

  it('does not bend short or unrelated words into departments', () => {
    expectRefusal('sale people', 'QUESTION_NOT_UNDERSTOOD', ['sale']);
    expectRefusal('Desk people', 'QUESTION_NOT_UNDERSTOOD', ['Desk']);
    expectRefusal('Dezzign team', 'QUESTION_NOT_UNDERSTOOD', ['Dezzign']);
  });

  it.each([
    ['Product or Customer Support employees', ['Product', 'Customer Support']],
    ['Marketing and Sales employees', ['Marketing', 'Sales']],
    ['engineers, designers or lawyers', ['Engineering', 'Design', 'Legal']],
    ['people in Legal, Finance, and HR', ['Legal', 'Finance', 'Human Resources']],
  ])('a list means any of them: %s', (question, names) => {
    expectPlan(question, { conditions: [dept(...names)] });
  });

  it('combines with other conditions', () => {
    expectPlan('salespeople in Toronto', { conditions: [dept('Sales'), loc('Toronto')] });
  });

  it('understands a department added to the data without code changes', () => {
    const lexicon = compileLexicon({ ...FIXTURE_DATA, departments: [...FIXTURE_DATA.departments, 'Research'] });
    const r = parseQuestion('who works in reserach in Berlin', lexicon);
    expect(r.ok && r.plan.filters.map((f) => f.condition)).toEqual([dept('Research'), loc('Berlin')]);
  });

  it('records the rule and the words it used', () => {
    const r = parseQuestion('Product or Customer Support employees', compileLexicon(FIXTURE_DATA));
    expect(r.ok && r.plan.filters[0]).toMatchObject({ rule: 'department', text: 'Product or Customer Support', negated: false });
  });

  it.each([
    ['Can you pull up everyone on the legal team?', [dept('Legal')]],
    ["i'm looking for the designers in berlin", [dept('Design'), loc('Berlin')]],
    ['what does the engineering team look like', [dept('Engineering')]],
    ['pls show the engineering team', [dept('Engineering')]],
  ])('ways of asking that carry no condition: %s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('ways of asking do not hide unknown words', () => {
    expectRefusal('engineers who are interested in music', 'QUESTION_NOT_UNDERSTOOD', ['music']);
  });
});
