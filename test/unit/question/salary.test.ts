import { describe, it } from 'vitest';
import type { Comparator } from '../../../src/question/plan.js';
import { dept, expectPlan, expectRefusal, loc, not } from './helpers.js';

const salary = (op: Comparator, amount: number) => ({ kind: 'salary' as const, op, amount });

describe('salary comparisons', () => {
  it.each([
    ['people earning more than $220,000', 'gt', 220000],
    ['salary under 55K', 'lt', 55000],
    ['salary > 260000', 'gt', 260000],
    ['salary >260000', 'gt', 260000],
    ['employees making at least 265K', 'gte', 265000],
    ['anyone paid above 2M?', 'gt', 2000000],
    ['salary above 90k', 'gt', 90000],
    ['paid less than 60,000', 'lt', 60000],
    ['earning at least 120 thousand', 'gte', 120000],
    ['salary of at least $95,000', 'gte', 95000],
    ['make under 45K a year', 'lt', 45000],
    ['compensation greater than 1.2M', 'gt', 1200000],
    ['people with salaries below 70000', 'lt', 70000],
    ['salary >= 100k', 'gte', 100000],
    ['salary <= 80k', 'lte', 80000],
    ['salary < 50000', 'lt', 50000],
    ['earning no less than 75k', 'gte', 75000],
    ['who gets more than 240k', 'gt', 240000],
    ['anyone who receives over $150,000', 'gt', 150000],
    ['people who take home less than 60k', 'lt', 60000],
    ['salaried above 275 thousand', 'gt', 275000],
    ['salary at or above 280k', 'gte', 280000],
    ['paid at or below 50k', 'lte', 50000],
    ['earning no more than 70K', 'lte', 70000],
    ['who earn over 1.5 million', 'gt', 1500000],
    ['whose salary is exceeding $300k', 'gt', 300000],
    ['earning 200k or more', 'gte', 200000],
    ['making 50k or less', 'lte', 50000],
    ['paid up to 40k', 'lte', 40000],
    ['salary at most 118K', 'lte', 118000],
    ['with a salary greater than 150000', 'gt', 150000],
    ['earning over $100k per year', 'gt', 100000],
  ] as const)('%s', (question, op, amount) => {
    expectPlan(question, { conditions: [salary(op, amount)] });
  });

  it.each([
    ['salary between 190 thousand and 205 thousand', 190000, 205000],
    ['earning between 80k and 100k', 80000, 100000],
    ['salary from 60K to 90K', 60000, 90000],
    ['paid between $150,000 and $100,000', 100000, 150000],
  ])('between, inclusive: %s', (question, min, max) => {
    expectPlan(question, { conditions: [{ kind: 'salaryBetween', min, max }] });
  });

  it.each([
    ['who earns exactly 312000', 312000],
    ['salary equal to $100,000', 100000],
    ['people with a salary of exactly 95k', 95000],
  ])('an exact salary is the range from the amount to itself: %s', (question, amount) => {
    expectPlan(question, { conditions: [{ kind: 'salaryBetween', min: amount, max: amount }] });
  });

  it.each([
    ['Marketers paid more than a hundred thousand', [dept('Marketing'), salary('gt', 100000)]],
    ['salary over two hundred fifty thousand', [salary('gt', 250000)]],
    ['salary over one hundred and twenty thousand', [salary('gt', 120000)]],
    ['earning under ninety thousand', [salary('lt', 90000)]],
    ['people making more than a million', [salary('gt', 1000000)]],
    ['people paid at most forty-six thousand five hundred dollars', [salary('lte', 46500)]],
    ['earning over a hundred and twenty grand', [salary('gt', 120000)]],
    ['salary above one point two million', [salary('gt', 1200000)]],
    ['paid more than one and a half million', [salary('gt', 1500000)]],
    ['who gets paid more than a quarter of a million dollars?', [salary('gt', 250000)]],
    ['salary above half a million', [salary('gt', 500000)]],
    ['earning three quarters of a million or more', [salary('gte', 750000)]],
    ['making under a quarter million', [salary('lt', 250000)]],
    ['anyone paid above 150 thou', [salary('gt', 150000)]],
    ['people paid under $85k/yr', [salary('lt', 85000)]],
    ['earning between forty thousand and fifty thousand', [{ kind: 'salaryBetween' as const, min: 40000, max: 50000 }]],
  ])('amounts written in words before a scale word: %s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('a number in words without a scale word is not money', () => {
    expectRefusal('salary above a hundred', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('salary above seventy-five', 'QUESTION_NOT_UNDERSTOOD');
    expectRefusal('salary above half a hundred', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('"exactly" with a bare number and no pay word is not a salary', () => {
    expectRefusal('exactly 5 engineers', 'QUESTION_NOT_UNDERSTOOD', ['exactly', '5']);
  });

  it('combines with departments and places', () => {
    expectPlan('designers making at most 118K', { conditions: [dept('Design'), salary('lte', 118000)] });
    expectPlan('accountants in Berlin earning under 80K', { conditions: [dept('Finance'), loc('Berlin'), salary('lt', 80000)] });
  });

  it('does not read a bare small number as a salary', () => {
    expectRefusal('employees over 30', 'QUESTION_NOT_UNDERSTOOD', ['over', '30']);
  });

  it.each([
    ['salary greater than or equal to 150000', 'gte', 150000],
    ['engineers making less than or equal to 90k', 'lte', 90000],
    ['earning more than or equal to 75K', 'gte', 75000],
    ['employees earning a max of 42k', 'lte', 42000],
    ['a salary of a min of 60k', 'gte', 60000],
  ] as const)('spelled-out comparisons: %s', (question, op, amount) => {
    const conditions = question.startsWith('engineers') ? [dept('Engineering'), salary(op, amount)] : [salary(op, amount)];
    expectPlan(question, { conditions });
  });

  it.each([
    ['who earns between 95 and 100 thousand', 95000, 100000],
    ['salary between 90 and 110k', 90000, 110000],
    ['salary from 1 to 1.5M', 1000000, 1500000],
    ['salary range 80k to 82k', 80000, 82000],
    ['salary 80k-100k', 80000, 100000],
    ['people earning $90,000 - $110,000', 90000, 110000],
  ] as const)('ranges written loosely: %s', (question, min, max) => {
    expectPlan(question, { conditions: [{ kind: 'salaryBetween', min, max }] });
  });

  it('a bare range of plain numbers is not money', () => {
    expectRefusal('engineers 2 to 5', 'QUESTION_NOT_UNDERSTOOD', ['2', '5']);
  });

  it('"but" between two bounds joins them; after "everyone" or before "those" it excludes', () => {
    expectPlan('anybody making more than 71,900 but less than 72,300?', {
      conditions: [{ kind: 'salary', op: 'gt', amount: 71900 }, { kind: 'salary', op: 'lt', amount: 72300 }],
    });
    expectPlan('everyone but engineers', { conditions: [not(dept('Engineering'))] });
    expectPlan('engineers but those in Berlin', { conditions: [dept('Engineering'), not(loc('Berlin'))] });
  });
});

describe('pay said in more ways', () => {
  const pay = (op: 'gt' | 'gte' | 'lt' | 'lte', amount: number) => ({ kind: 'salary' as const, op, amount });
  const band = (min: number, max: number) => ({ kind: 'salaryBetween' as const, min, max });
  it.each([
    ['salary above USD 226,000', [pay('gt', 226000)]],
    ['which employees has salary above of 270 000 USD', [pay('gt', 270000)]],
    ['people paid over $0.27 million', [pay('gt', 270000)]],
    ['people in the $180K–$200K range', [band(180000, 200000)]],
    ['salary in the 240–250k range', [band(240000, 250000)]],
    // a pay verb or noun right before an amount, with no comparison, is that amount exactly
    ['people earning 90,000', [band(90000, 90000)]],
    ['who is paid 180 thousand?', [band(180000, 180000)]],
    ['employees on a salary of $100,000', [band(100000, 100000)]],
    ['people earning 90,000 or more', [pay('gte', 90000)]],
    ['salaries in Design above 150k', [dept('Design'), pay('gt', 150000)]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each(['who makes ~120k?', 'who makes approximately 120k'])('an amount said to be about right is not read as exact: %s', (question) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
  });
});
