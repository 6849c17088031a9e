// Hire dates relative to today: "in the last 6 months", "within the past 10 days", "in the past
// year", "this year", "last year". With "the" or a number, "last year" is the last twelve months;
// bare "last year" is the previous calendar year, as the contract says, and bare "last month" the
// previous calendar month in the same way ("in the last month" is the last one month).
import { readCount, readMonth, readUnit } from '../numbers.js';
import { datesAreNotAboutHiring } from '../departure.js';
import { addFilter, matchAt, type ParseState, type Rule } from '../state.js';

/** "December of last year", "in March this year": a month of a calendar year named relative to today. */
function monthOfRelativeYear(s: ParseState, i: number): { month: number; yearsAgo: number; end: number } | null {
  const start = matchAt(s, i, 'in|during') > i ? i + 1 : i;
  const month = readMonth(s.tokens, start);
  if (month === null) return null;
  const of = Math.max(month.end, matchAt(s, month.end, 'of|,'));
  const last = matchAt(s, of, 'last|previous year');
  const current = matchAt(s, of, 'this|the_current year');
  if (last > of) return { month: month.value, yearsAgo: 1, end: last };
  return current > of ? { month: month.value, yearsAgo: 0, end: current } : null;
}

const WINDOW = 'in|within|during|over|from|for? the? last|past|previous|preceding';

export const hireDateRelativeRule: Rule = {
  name: 'hire-date-relative',
  apply(s) {
    if (datesAreNotAboutHiring(s)) return;
    for (let i = 0; i < s.tokens.length; i++) {
      const monthOf = monthOfRelativeYear(s, i);
      if (monthOf !== null) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: monthOf.yearsAgo, month: monthOf.month } }, i, monthOf.end);
        i = monthOf.end - 1;
        continue;
      }
      const cueEnd = matchAt(s, i, WINDOW);
      if (cueEnd > i) {
        const written = readCount(s.tokens, cueEnd, true);
        const unit = readUnit(s.tokens, written?.end ?? cueEnd);
        if (unit !== null) {
          // "last year", "from last year": the calendar year; "the last year", "the last 2 years": a span up to today
          const bareLast = s.tokens[cueEnd - 1]?.norm === 'last' && (cueEnd === i + 1 || (cueEnd === i + 2 && /^(from|for|during|in|of)$/.test(s.tokens[i]?.norm ?? '')));
          // "whose last day at the company was …" is when they left, not a window of hiring
          if (written === null && unit.value === 'day' && matchAt(s, unit.end, 'at|with|of|here|in_the_office') > unit.end) continue;
          if (written === null && bareLast && unit.value === 'year') {
            addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1 } }, i, unit.end);
          } else if (written === null && bareLast && unit.value === 'month') {
            addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'calendarMonth', monthsAgo: 1 } }, i, unit.end);
          } else {
            addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'within', amount: written?.value ?? 1, unit: unit.value } }, i, unit.end);
          }
          i = unit.end - 1;
          continue;
        }
      }
      // "within a year", "within 30 days"
      const withinEnd = matchAt(s, i, 'within');
      const n = withinEnd > i ? readCount(s.tokens, withinEnd, true) : null;
      const unit = n !== null ? readUnit(s.tokens, n.end) : null;
      if (n !== null && unit !== null) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'within', amount: n.value, unit: unit.value } }, i, unit.end);
        continue;
      }
      // "who started today": hired in the last one day, today itself
      if (matchAt(s, i, 'today') > i && /^(hired|joined|started|starts|starting|began|onboarded)$/.test(s.tokens[i - 1]?.norm ?? '')) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'within', amount: 1, unit: 'day' } }, i, i + 1);
        continue;
      }
      // "in the previous calendar year": the calendar year named outright
      const previousYearEnd = matchAt(s, i, 'in|during? the? previous|prior|last calendar_year');
      if (previousYearEnd > i) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 1 } }, i, previousYearEnd);
        i = previousYearEnd - 1;
        continue;
      }
      const thisYearEnd = matchAt(s, i, 'in|during? this|the_current year|calendar_year');
      const ytdEnd = matchAt(s, i, 'so_far_this_year|year_to_date|ytd');
      if (Math.max(thisYearEnd, ytdEnd) > i) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'calendarYear', yearsAgo: 0 } }, i, Math.max(thisYearEnd, ytdEnd));
      }
    }
  },
};
