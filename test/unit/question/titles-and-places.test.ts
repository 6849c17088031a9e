import { describe, it } from 'vitest';
import { dept, expectPlan, expectRefusal, loc, not, title, US } from './helpers.js';

describe('job titles', () => {
  it.each([
    ['employees with the title Engineering Manager', 'Engineering Manager'],
    ['Who is our Finance Manager?', 'Finance Manager'],
    ['employees titled Recruiter', 'Recruiter'],
    ['whose title is Staff Engineer', 'Staff Engineer'],
    ['staff engineers', 'Staff Engineer'],
    ['senior software engineers', 'Senior Software Engineer'],
    ['Who is the Head of Product?', 'Head of Product'],
    ['the VP of Engineering', 'VP of Engineering'],
    ['HR Directors', 'HR Director'],
    ['engineering managers', 'Engineering Manager'],
    ['who is titled Product Manager', 'Product Manager'],
    ['UX researchers', 'UX Researcher'],
    ['people working as a Paralegal', 'Paralegal'],
    ['who holds the title HR Generalist?', 'HR Generalist'],
    ['anyone with the job title Content Strategist', 'Content Strategist'],
    ['employees with the role of Staff Engineer', 'Staff Engineer'],
    ['who works as a Recruiter', 'Recruiter'],
  ])('%s → %s', (question, t) => {
    expectPlan(question, { conditions: [title(t)] });
  });

  it('reads "product managers" as the Product department, as the contract says, and one of them too', () => {
    expectPlan('product managers in London', { conditions: [dept('Product'), loc('London')] });
    expectPlan('who is the product manager in London', { conditions: [dept('Product'), loc('London')] });
    // the title only where the question says it is a title
    expectPlan('people with the job title Product Manager', { conditions: [title('Product Manager')] });
  });

  it('a list of titles means any of them', () => {
    expectPlan('Recruiters or Senior Recruiters', { conditions: [title('Recruiter', 'Senior Recruiter')] });
  });

  it.each([
    ['senior people in Design', [dept('Design'), { kind: 'senior' as const }]],
    ['senior engineers', [dept('Engineering'), { kind: 'senior' as const }]],
    ['not senior engineers', [dept('Engineering'), not({ kind: 'senior' as const })]],
  ])('"senior" alone: %s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['list the managers in Toronto', [loc('Toronto')]],
    ['Who in Finance manages someone?', [dept('Finance')]],
    ['people managers in Engineering', [dept('Engineering')]],
    ['who manages people in Sales', [dept('Sales')]],
    ['employees with direct reports', []],
    ['how many managers are there', []],
  ])('people managers: %s', (question, others) => {
    expectPlan(question, { conditions: [...others, { kind: 'isManager' }], intent: question.startsWith('how many') ? 'count' : 'list' });
  });

  it('negated: engineers who are not managers / non-managers', () => {
    expectPlan('engineers who are not managers', { conditions: [dept('Engineering'), not({ kind: 'isManager' })] });
    expectPlan('non-managers', { conditions: [not({ kind: 'isManager' })] });
  });
});

describe('locations', () => {
  it.each([
    ['anyone in Austin?', ['Austin']],
    ['Chicago employees', ['Chicago']],
    ['employees based in San Francisco', ['San Francisco']],
    ['people in new york', ['New York']],
    ['How many employees are in England?', ['London']],
    ['who works in the UK', ['London']],
    ['staff in the United Kingdom', ['London']],
    ['people in Britain', ['London']],
    ['Sales employees in Germany'.replace('Sales ', ''), ['Berlin']],
    ['employees in Canada', ['Toronto']],
    ['staff in the United States', US],
    ['people in the US', US],
    ['people in the USA', US],
    ['people in the U.S.', US],
    ['employees in America', US],
    ['remote workers', ['Remote']],
    ['people working remotely', ['Remote']],
    ['Show everyone in Berlin or London', ['Berlin', 'London']],
    ['people in London, Berlin and Toronto', ['London', 'Berlin', 'Toronto']],
  ])('%s', (question, locations) => {
    expectPlan(question, { conditions: [loc(...locations)], intent: question.startsWith('How many') ? 'count' : 'list' });
  });

  it('"us" the pronoun is not the country', () => {
    expectPlan('engineers who have been with us for more than 3 years', {
      conditions: [dept('Engineering'), { kind: 'hireDate', range: { kind: 'tenureOver', amount: 3, unit: 'year', inclusive: false } }],
    });
  });

  it.each([
    ['marketers not in Chicago', dept('Marketing'), not(loc('Chicago'))],
    ['HR people outside the UK', dept('Human Resources'), not(loc('London'))],
    ['support agents except those in Toronto', dept('Customer Support'), not(loc('Toronto'))],
    ['engineers outside the US', dept('Engineering'), not(loc(...US))],
    ['designers other than those in London', dept('Design'), not(loc('London'))],
    ['lawyers excluding London', dept('Legal'), not(loc('London'))],
  ])('negation: %s', (question, a, b) => {
    expectPlan(question, { conditions: [a, b] });
  });

  it('negates a whole list', () => {
    expectPlan('employees outside of London and Berlin', { conditions: [not(loc('London', 'Berlin'))] });
    expectPlan('people not in Sales or Marketing', { conditions: [not(dept('Sales', 'Marketing'))] });
    expectPlan('everyone but engineers', { conditions: [not(dept('Engineering'))] });
  });

  it('negation bridges "the ones", "those who are"', () => {
    expectPlan('designers other than the ones in London', { conditions: [dept('Design'), not(loc('London'))] });
    expectPlan('people in Toronto except the engineers', { conditions: [loc('Toronto'), not(dept('Engineering'))] });
  });
});

describe('places written other ways', () => {
  it.each([
    ['people in new york city', [loc('New York')]],
    ['staff in NY', [loc('New York')]],
    ['employees in san fran', [loc('San Francisco')]],
    ['engineers in the bay area', [dept('Engineering'), loc('San Francisco')]],
    ['who is fully remote', [loc('Remote')]],
    ['designers who are entirely remote', [dept('Design'), loc('Remote')]],
    ['staff working out of the San Francisco office', [loc('San Francisco')]],
    ['who do we have in Londn', [loc('London')]],
    ['engineers in Torono', [dept('Engineering'), loc('Toronto')]],
    ['people in Germny', [loc('Berlin')]],
    ['staff in Austin, Texas', [loc('Austin')]],
    ['people in California', [loc('San Francisco')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a city two letters away from an office is still unknown', () => {
    expectRefusal('people in Boston', 'QUESTION_NOT_UNDERSTOOD', ['Boston']);
    expectRefusal('employees in Austria', 'QUESTION_NOT_UNDERSTOOD', ['Austria']);
    expectRefusal('people in Dublin', 'QUESTION_NOT_UNDERSTOOD', ['Dublin']);
  });
});

describe('titles after an explicit title cue', () => {
  it('a title that is also a member noun is the title after "job title is"', () => {
    expectPlan('people whose job title is Accountant', { conditions: [title('Accountant')] });
    expectPlan('employees working as an Accountant', { conditions: [title('Accountant')] });
    // without the cue the member noun still names the department, as the contract says
    expectPlan('London accountants', { conditions: [loc('London'), dept('Finance')] });
  });

  it('takes a trailing "role" / "position" and a "holds the … role" lead', () => {
    expectPlan('who holds the VP of Engineering role', { conditions: [title('VP of Engineering')] });
    expectPlan('anyone in a Recruiter position', { conditions: [title('Recruiter')] });
  });
});

describe('what a job is', () => {
  it('"who isn\'t an engineer" negates the department named by its member', () => {
    expectPlan("everyone in Austin who isn't an engineer", { conditions: [loc('Austin'), not(dept('Engineering'))] });
  });

  it('"what does a DevOps Engineer actually do?" asks what the job is, not who holds it', () => {
    expectRefusal('what does a DevOps Engineer actually do?', 'QUESTION_NOT_UNDERSTOOD', ['what', 'do']);
  });
});
