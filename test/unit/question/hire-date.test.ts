import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/question/index.js';
import type { HireDateRange } from '../../../src/question/plan.js';
import { spellOutDates } from '../../../src/question/written-dates.js';
import { dept, expectPlan, expectRefusal, loc, planOf } from './helpers.js';

const hired = (range: HireDateRange) => ({ kind: 'hireDate' as const, range });
const between = (from: string | null, to: string | null) => hired({ kind: 'between', from, to });

describe('hire dates', () => {
  it.each([
    ['anyone hired in the past 10 days?', 10, 'day'],
    ['who joined within the last 6 weeks', 6, 'week'],
    ['Which employees were hired within the last 4 months?', 4, 'month'],
    ['hired in the last 30 days', 30, 'day'],
    ['people who started within the last three months', 3, 'month'],
    ['hired in the last year', 1, 'year'],
    ['hired in the past two years', 2, 'year'],
    ['joined within a month', 1, 'month'],
    ['who joined in the last month', 1, 'month'],
    ['hired over the past 12 weeks', 12, 'week'],
    ['who was hired within the last seventy-five days?', 75, 'day'],
    ['joined in the past eighteen months', 18, 'month'],
    ['hired in the last one hundred and twenty days', 120, 'day'],
  ] as const)('relative: %s', (question, amount, unit) => {
    expectPlan(question, { conditions: [hired({ kind: 'within', amount, unit })] });
  });

  it.each([
    ['hired this year', 0],
    ['How many people did we hire this year?', 0],
    ['employees hired last year', 1],
    ['who joined last year', 1],
  ])('calendar year: %s', (question, yearsAgo) => {
    expectPlan(question, { conditions: [hired({ kind: 'calendarYear', yearsAgo })], intent: question.startsWith('How many') ? 'count' : 'list' });
  });

  it.each([
    ['people hired in 2019', between('2019-01-01', '2020-01-01')],
    ['list everyone hired before 2017', between(null, '2017-01-01')],
    ['people we hired after 2023', between('2024-01-01', null)],
    ['hired since 2022', between('2022-01-01', null)],
    ['hired in June 2023', between('2023-06-01', '2023-07-01')],
    ['joined in December 2021', between('2021-12-01', '2022-01-01')],
    ['started in Jan 2024', between('2024-01-01', '2024-02-01')],
    ['people who joined before March 2020', between(null, '2020-03-01')],
    ['hired after June 2022', between('2022-07-01', null)],
    ['hired between 2018 and 2020', between('2018-01-01', '2021-01-01')],
    ['hired in 2021 or 2022', between('2021-01-01', '2023-01-01')],
    ['employees who joined the company in 2019', between('2019-01-01', '2020-01-01')],
    ['hire date after 2020', between('2021-01-01', null)],
    ['people with a start date before 2018', between(null, '2018-01-01')],
    ['hired before 2021-03-15', between(null, '2021-03-15')],
    ['hired in 2019 or later', between('2019-01-01', null)],
    ['from 2020 onwards', between('2020-01-01', null)],
    ['hired in 2018 or earlier', between(null, '2019-01-01')],
    ['employees hired between March 2020 and June 2021', between('2020-03-01', '2021-07-01')],
    ['who started after January 2023', between('2023-02-01', null)],
  ])('calendar: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each([
    ['staff that have been here for more than 9 years', 'tenureOver', 9, false],
    ['been here more than 5 years', 'tenureOver', 5, false],
    ['employees with more than ten years of tenure', 'tenureOver', 10, false],
    ['worked here over 3 years', 'tenureOver', 3, false],
    ['staff with over 10 years at the company', 'tenureOver', 10, false],
    ['hired more than 5 years ago', 'tenureOver', 5, false],
    ['employees with 5+ years of tenure', 'tenureOver', 5, true],
    ['people with 10 or more years here', 'tenureOver', 10, true],
    ['employees who have been here at least 5 years', 'tenureOver', 5, true],
    ['who has worked here for no less than 8 years', 'tenureOver', 8, true],
    ['people who have been here less than 2 years', 'tenureUnder', 2, false],
    ['staff who have been here at most 2 years', 'tenureUnder', 2, true],
    ['employees with no more than 3 years of tenure', 'tenureUnder', 3, true],
  ] as const)('tenure: %s', (question, kind, amount, inclusive) => {
    expectPlan(question, { conditions: [hired({ kind, amount, unit: 'year', inclusive })] });
  });

  it('combines with other conditions in any order', () => {
    expectPlan('designers hired in 2022 in London', { conditions: [dept('Design'), loc('London'), between('2022-01-01', '2023-01-01')] });
    expectPlan('ops people in Chicago hired after 2021', { conditions: [dept('Operations'), loc('Chicago'), between('2022-01-01', null)] });
  });

  it('a negation takes the hire verb with the date', () => {
    expectPlan('Engineers, excluding those hired before 2020', { conditions: [dept('Engineering'), { ...between(null, '2020-01-01'), negated: true }] });
  });

  it('does not guess at undefined periods', () => {
    expectRefusal('recently hired engineers', 'QUESTION_NOT_UNDERSTOOD', ['recently', 'hired']);
    expectRefusal('people who left the company in 2023', 'QUESTION_NOT_UNDERSTOOD', ['2023']);
  });

  it.each([
    ['who joined in Q1 2023', '2023-01-01', '2023-04-01'],
    ['hired in q4 2022', '2022-10-01', '2023-01-01'],
    ['hired during the second quarter of 2021', '2021-04-01', '2021-07-01'],
    ['hired before Q3 2020', null, '2020-07-01'],
    ['hired 2019-2021', '2019-01-01', '2022-01-01'],
    ['joined 2019 to 2021', '2019-01-01', '2022-01-01'],
    ['hired on 2021-03-15', '2021-03-15', '2021-03-16'],
  ] as const)('quarters and ranges: %s', (question, from, to) => {
    expectPlan(question, { conditions: [between(from, to)] });
  });

  it('"new hires" with a period is the period; the hire words are taken with it', () => {
    expectPlan('new hires from the past 90 days', { conditions: [hired({ kind: 'within', amount: 90, unit: 'day' })] });
    expectRefusal('new hires', 'QUESTION_NOT_UNDERSTOOD', ['new', 'hires']);
  });

  it('two months sharing the year written once', () => {
    expectPlan('who was hired between January and March 2024', { conditions: [between('2024-01-01', '2024-04-01')] });
    expectPlan('hired from Jan to Mar 2024', { conditions: [between('2024-01-01', '2024-04-01')] });
    expectRefusal('hired between November and February 2024', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('"no earlier than" and "no later than" keep the year they name', () => {
    expectPlan('employees hired no earlier than 2025', { conditions: [between('2025-01-01', null)] });
    expectPlan('hired no later than 2012', { conditions: [between(null, '2013-01-01')] });
  });

  it('"a decade" is ten years', () => {
    expectPlan("staff who've been here over a decade", { conditions: [hired({ kind: 'tenureOver', amount: 10, unit: 'year', inclusive: false })] });
  });

  it('"newcomers" with a period is the period', () => {
    expectPlan('newcomers from this year', { conditions: [hired({ kind: 'calendarYear', yearsAgo: 0 })] });
  });

  it('tenure as time employed', () => {
    expectPlan('people employed for more than 11 years', { conditions: [hired({ kind: 'tenureOver', amount: 11, unit: 'year', inclusive: false })] });
  });

  it('dates in a question about leaving (and not about hiring) are not hire dates', () => {
    expectRefusal('who left Engineering in 2023', 'QUESTION_NOT_UNDERSTOOD', ['2023']);
    expectRefusal('who left in the last 6 months', 'QUESTION_NOT_UNDERSTOOD', ['last', '6', 'months']);
    expectPlan('people who left the company, hired in 2019', { scope: 'terminated', conditions: [between('2019-01-01', '2020-01-01')] });
  });

  it.each([
    ['people hired in London', [loc('London')]],
    ['staff hired into Sales', [dept('Sales')]],
    ['engineers hired at the Berlin office', [dept('Engineering'), loc('Berlin')]],
  ])('"hired" before a place or department, with no date, only says they work there: %s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it('"hired" with no date before anything else is not guessed', () => {
    expectRefusal('people hired by Wei Chen', 'QUESTION_NOT_UNDERSTOOD');
  });

  it('bare "last month" is the previous calendar month, as bare "last year" is the previous calendar year', () => {
    expectPlan('engineers hired last month', { conditions: [dept('Engineering'), hired({ kind: 'calendarMonth', monthsAgo: 1 })] });
    expectPlan('who joined in the last month', { conditions: [hired({ kind: 'within', amount: 1, unit: 'month' })] });
  });

  it('dates in a question about leave (and not about hiring) are not hire dates', () => {
    expectRefusal('who took parental leave in 2024?', 'QUESTION_NOT_UNDERSTOOD', ['2024']);
    expectRefusal('people on leave since 2024', 'QUESTION_NOT_UNDERSTOOD');
    expectPlan('engineers on parental leave hired in 2024', {
      conditions: [dept('Engineering'), { kind: 'leave', leaveTypes: ['Parental Leave'], when: 'current' }, between('2024-01-01', '2025-01-01')],
    });
  });
});

describe('dates written with a day, or in numbers', () => {
  it.each([
    ['who started before 1 July 2013?', between(null, '2013-07-01')],
    ['employees hired on or before December 31, 2012', between(null, '2013-01-01')],
    ['staff hired after 30 September 2026', between('2026-10-01', null)],
    ['people who have joined since Jan 1st 2026', between('2026-01-01', null)],
    ['anyone who started on October 6, 2020?', between('2020-10-06', '2020-10-07')],
    ['employees hired on the 19th of April 2022', between('2022-04-19', '2022-04-20')],
    ['anyone who joined between Jan 1st 2023 and June 30th 2023', between('2023-01-01', '2023-07-01')],
    // month first when the day is over 12, day first when the month would be
    ['who joined on 3/29/2025', between('2025-03-29', '2025-03-30')],
    ['who joined on 29/03/2025', between('2025-03-29', '2025-03-30')],
    ['hired on 2025/03/29', between('2025-03-29', '2025-03-30')],
    ['hired prior to 01/2013', between(null, '2013-01-01')],
    ['hired between 01/2025 and 03/2025', between('2025-01-01', '2025-04-01')],
    ['employees hired in 2023-05', between('2023-05-01', '2023-06-01')],
    ['hired 2019-2021', between('2019-01-01', '2022-01-01')],
  ])('%s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each(['who joined on 03/04/2025', 'hired on 31 June 2024'])('a day that could be either way round, or is no day, is not guessed: %s', (question) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
  });

  it('a count before a month is a limit, not a day', () => {
    expect(spellOutDates('the top 5 June 2023 hires')).toBe('the top 5 June 2023 hires');
    expect(spellOutDates('hired 5 June 2023')).toBe('hired 2023-06-05');
  });

  it('a single day reads as one day', () => {
    expect(interpret(planOf('who joined on 3/29/2025'))).toContain('hired on March 29, 2025');
  });
});

describe('periods said the long way', () => {
  it.each([
    ['who joined us in the year 2019?', between('2019-01-01', '2020-01-01')],
    ['hired in calendar year 2021', between('2021-01-01', '2022-01-01')],
    ['hired during the month of January 2023', between('2023-01-01', '2023-02-01')],
    ['anyone hired in 2012, 2013 or 2014?', between('2012-01-01', '2015-01-01')],
    ['who joined between the start of 2018 and the end of 2019', between('2018-01-01', '2020-01-01')],
    // "the hire from 2016" is one of 2016, as "the hires from 2016" are
    ['every hire from 2016', between('2016-01-01', '2017-01-01')],
    ["who's come aboard since 2026-10-15?", between('2026-10-15', null)],
  ])('%s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each([
    ['everyone hired in the current year', hired({ kind: 'calendarYear', yearsAgo: 0 })],
    ['who started today?', hired({ kind: 'within', amount: 1, unit: 'day' })],
    ['recent hires: anyone who started in the last 20 days', hired({ kind: 'within', amount: 20, unit: 'day' })],
    ['employees whose tenure exceeds 11 years', hired({ kind: 'tenureOver', amount: 11, unit: 'year', inclusive: false })],
  ])('relative to today: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition] });
  });

  it.each([
    ['total hires since 2024', between('2024-01-01', null)],
    ['how many hires did we make last year?', hired({ kind: 'calendarYear', yearsAgo: 1 })],
  ])('counted: %s', (question, condition) => {
    expectPlan(question, { conditions: [condition], intent: 'count' });
  });
});

describe('more bounds and counts of hires', () => {
  it.each([
    ['people hired back in 2016', [between('2016-01-01', '2017-01-01')]],
    ['people hired up to and including 2013', [between(null, '2014-01-01')]],
    ['hired 2019 or later', [between('2019-01-01', null)]],
    // "and before 2017" opens a second bound; it does not make the first open-ended
    ['employees who started after 2015 and before 2017', [between('2016-01-01', null), between(null, '2017-01-01')]],
    ['employees hired in the previous calendar year', [hired({ kind: 'calendarYear', yearsAgo: 1 })]],
    ['who did we onboard in the past 5 years?', [hired({ kind: 'within', amount: 5, unit: 'year' })]],
    ['people hired into Operations in 2020', [dept('Operations'), between('2020-01-01', '2021-01-01')]],
  ])('%s', (question, conditions) => {
    expectPlan(question, { conditions });
  });

  it.each([
    ['hiring count for last year', [hired({ kind: 'calendarYear', yearsAgo: 1 })]],
    ['how many engineers have we got', [dept('Engineering')]],
  ])('counted: %s', (question, conditions) => {
    expectPlan(question, { conditions, intent: 'count' });
  });

  it.each([
    // when someone left, or how things were, is no hire date
    ['people whose last day at the company was in October 2026', ['was', 'in October 2026']],
    ["who was Jane Smith's manager back in 2020?", ['was', 'in 2020']],
    ['who reported to John Doe in 2019', ['reported', 'in 2019']],
  ])('not a hire date: %s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });
});
