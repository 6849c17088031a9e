// Hire dates on the calendar: "in 2019", "in June 2023", "before 2017", "after 2022" (from the next
// year on), "since 2022" (from that year on), "between 2018 and 2020". Bounds are ISO dates, from
// inclusive and to exclusive, so a year or a month is a half-open range.
import { isoDate, nextDay, readIsoDate, readMonth, readYear } from '../numbers.js';
import type { HireDateRange } from '../plan.js';
import { datesAreNotAboutHiring } from '../departure.js';
import { addFilter, matchAt, type ParseState, type Rule } from '../state.js';

interface Period {
  /** first day of the period */
  from: string;
  /** first day after it */
  to: string;
  end: number;
}

const QUARTER_WORDS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

/** "Q1 2023", "Q3 of 2021", "the second quarter of 2022": three calendar months. */
function quarterAt(s: ParseState, i: number): Period | null {
  let n: number | undefined;
  let next = i;
  const t = s.tokens[i];
  const u = s.tokens[i + 1];
  if (t?.norm === 'q' && u?.kind === 'number' && u.value !== null && !u.money) {
    n = u.value;
    next = i + 2;
  } else {
    const start = matchAt(s, i, 'the') > i ? i + 1 : i;
    const end = matchAt(s, start, 'first|second|third|fourth|last quarter');
    if (end > start) {
      n = QUARTER_WORDS[s.tokens[start]?.norm ?? ''];
      next = end;
    }
  }
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 4) return null;
  const ofEnd = Math.max(next, matchAt(s, next, 'of|,'));
  const year = readYear(s.tokens, ofEnd);
  if (year === null) return null;
  const from = isoDate(year.value, 3 * n - 2);
  return { from, to: n === 4 ? isoDate(year.value + 1, 1) : isoDate(year.value, 3 * n + 1), end: year.end };
}

/**
 * "2019", "June 2023", "jun 2023", "2021-03-15", also said the long way: "the year 2019", "calendar
 * year 2021", "the month of January 2023". "The end of 2020" is read only as a range's end.
 */
function periodAt(s: ParseState, i: number): Period | null {
  const longWay = matchAt(s, i, 'the? calendar? year|month_of');
  if (longWay > i) return periodAt(s, longWay);
  const iso = readIsoDate(s.tokens, i);
  if (iso !== null) return { from: iso.value, to: nextDay(iso.value), end: iso.end };
  const quarter = quarterAt(s, i);
  if (quarter !== null) return quarter;
  const month = readMonth(s.tokens, i);
  if (month !== null) {
    const ofEnd = matchAt(s, month.end, 'of|,') > month.end ? matchAt(s, month.end, 'of|,') : month.end;
    const year = readYear(s.tokens, ofEnd);
    if (year === null) return null;
    const next = month.value === 12 ? isoDate(year.value + 1, 1) : isoDate(year.value, month.value + 1);
    return { from: isoDate(year.value, month.value), to: next, end: year.end };
  }
  const year = readYear(s.tokens, i);
  // "in 2023 year", as some languages say it
  return year === null ? null : { from: isoDate(year.value), to: isoDate(year.value + 1), end: Math.max(year.end, matchAt(s, year.end, 'year')) };
}

/**
 * "between January and March 2024", "from Jan to Mar 2024": two months that share the year written
 * once, after the second. From the first month's start to the second month's end; a range that
 * would run backwards ("between November and February 2024") is not guessed.
 */
function monthsSharingYear(s: ParseState, i: number, separator: string): Period | null {
  const month = readMonth(s.tokens, i);
  if (month === null) return null;
  const sep = matchAt(s, month.end, separator);
  if (sep <= month.end || readMonth(s.tokens, sep) === null) return null;
  const last = periodAt(s, sep);
  if (last === null) return null;
  const from = isoDate(Number(last.from.slice(0, 4)), month.value);
  return from < last.from ? { from, to: last.to, end: last.end } : null;
}

/**
 * Where "2019 or later", "2020 onwards", "2018 or earlier" end after a period ending at `end`, or
 * -1; not "after 2015 and before 2017", which opens a second bound.
 */
function openEnds(s: ParseState, end: number): { later: number; earlier: number } {
  const openEnded = (pattern: string): number => {
    const at = matchAt(s, end, pattern);
    return at > end && periodAt(s, at) === null ? at : -1;
  };
  return {
    later: openEnded('or_later|or_after|and_later|and_after|onwards|onward|or_since|and_beyond|or_more_recently'),
    earlier: openEnded('or_earlier|or_before|and_earlier|and_before|or_prior'),
  };
}

const PATTERNS: readonly { cue: string; range: (p: Period, q: Period | null) => HireDateRange; second?: string }[] = [
  { cue: 'between|from', second: 'and|to|through|until|-', range: (p, q) => ({ kind: 'between', from: p.from, to: q?.to ?? p.to }) },
  { cue: 'in_or_before|on_or_before|by_the_end_of|no_later_than|not_later_than|not_after|up_to_and_including|up_to_including|up_until_the_end_of|until_the_end_of', range: (p) => ({ kind: 'between', from: null, to: p.to }) },
  { cue: 'in_or_after|on_or_after|since|from|starting|starting_in|starting_from|as_of|beginning|no_earlier_than|not_earlier_than|not_before|since_the_start_of|since_the_beginning_of|from_the_start_of|from_the_beginning_of', range: (p) => ({ kind: 'between', from: p.from, to: null }) },
  { cue: 'before|since_before|prior_to|ahead_of|earlier_than|until|pre|before_the_start_of|before_the_beginning_of', range: (p) => ({ kind: 'between', from: null, to: p.from }) },
  { cue: 'after|later_than|post', range: (p) => ({ kind: 'between', from: p.to, to: null }) },
  { cue: 'in|during|throughout|within|on|of|at', range: (p) => ({ kind: 'between', from: p.from, to: p.to }) },
];

/** What the people hired in a period are called: "the hires from 2019", "the 2021 intake". */
const HIRE_NOUN = /^(hires?|joiners?|starters?|recruits?|intake|cohort|class)$/;

const HIRE_WORD = new Set(['hired', 'hire', 'hires', 'joined', 'join', 'joining', 'started', 'start', 'starting', 'onboarded', 'date', 'joiners', 'class']);

/** "hired any time except 2020", "in any year but 2025": every period but one. */
const ANY_BUT = 'in|at? any time|year|point|anytime except|but|other_than|apart_from|besides|outside|outside_of';

export const hireDateCalendarRule: Rule = {
  name: 'hire-date-calendar',
  apply(s) {
    if (datesAreNotAboutHiring(s)) return;
    for (let i = 0; i < s.tokens.length; i++) {
      const anyEnd = matchAt(s, i, ANY_BUT);
      const excepted = anyEnd > i ? (periodAt(s, anyEnd) ?? periodAt(s, matchAt(s, anyEnd, 'in|the|of'))) : null;
      if (excepted !== null) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'between', from: excepted.from, to: excepted.to } }, i, excepted.end).negated = true;
        i = excepted.end - 1;
        continue;
      }
      for (const p of PATTERNS) {
        const cueEnd = matchAt(s, i, p.cue);
        if (cueEnd <= i) continue;
        // "left in 2023" is about leaving, which no condition expresses: leave the date unread
        if (s.claimedBy[i - 1] === 'scope') continue;
        const shared = p.second === undefined ? null : monthsSharingYear(s, cueEnd, p.second);
        if (shared !== null) {
          addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'between', from: shared.from, to: shared.to } }, i, shared.end);
          i = shared.end - 1;
          break;
        }
        // "before of 2016", "in the April 2024": a spare article or "of" between the cue and the date;
        // a range may start at "the start of 2018"
        const first = periodAt(s, cueEnd) ?? periodAt(s, matchAt(s, cueEnd, 'the|of')) ?? (p.second === undefined ? null : periodAt(s, matchAt(s, cueEnd, 'the? start|beginning of')));
        if (first === null) continue;
        let end = first.end;
        // "in 2021 or 2022": back-to-back periods make one range
        // "in 2012, 2013 or 2014": a list of them, too
        for (let sep = matchAt(s, end, ',? or|and|,'); p.second === undefined && sep > end; sep = matchAt(s, end, ',? or|and|,')) {
          const next = periodAt(s, sep);
          if (next === null || next.from !== first.to) break;
          first.to = next.to;
          end = next.end;
        }
        let second: Period | null = null;
        if (p.second !== undefined) {
          const sep = matchAt(s, end, p.second);
          // and end at "the end of 2019"
          second = sep > end ? (periodAt(s, sep) ?? periodAt(s, matchAt(s, sep, 'the? end of'))) : null;
          if (second === null) continue;
          end = second.end;
        }
        const { later, earlier } = openEnds(s, end);
        let range = p.range(first, second);
        // "the hires from 2019" are those of 2019, as "people from Berlin" are those of Berlin
        if (s.tokens[i]?.norm === 'from' && p.second === undefined && HIRE_NOUN.test(s.tokens[i - 1]?.norm ?? '')) range = { kind: 'between', from: first.from, to: first.to };
        if (later > end && range.kind === 'between') range = { kind: 'between', from: first.from, to: null };
        if (earlier > end && range.kind === 'between') range = { kind: 'between', from: null, to: first.to };
        end = Math.max(end, later, earlier);
        addFilter(s, this.name, { kind: 'hireDate', range }, i, end);
        i = end - 1;
        break;
      }
      // a period right before a hire noun: "2021 hires", "the March 2024 joiners", "a 2016 hire date"
      const named = s.claimedBy[i] === null ? periodAt(s, i) : null;
      const nounEnd = named === null ? -1 : matchAt(s, named.end, 'new? hires|joiners|starters|recruits|hire_date|start_date|joining_date|intake|cohort');
      if (named !== null && nounEnd > named.end) {
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'between', from: named.from, to: named.to } }, i, nounEnd);
        i = nounEnd - 1;
        continue;
      }
      // a bare period right after a hire word: "hired 2019", "joined March 2021"
      if (s.claimedBy[i] === null && HIRE_WORD.has(s.tokens[i - 1]?.norm ?? '')) {
        const bare = periodAt(s, i);
        if (bare === null) continue;
        // "hired 2019-2021", "joined 2019 to 2021", "hired 2019 or later"
        const sep = matchAt(s, bare.end, 'to|through|until|-');
        const last = sep > bare.end ? periodAt(s, sep) : null;
        const { later, earlier } = openEnds(s, bare.end);
        const from = earlier > 0 ? null : bare.from;
        const to = later > 0 ? null : (last?.to ?? bare.to);
        const end = Math.max(last?.end ?? bare.end, later, earlier);
        addFilter(s, this.name, { kind: 'hireDate', range: { kind: 'between', from, to } }, i, end);
        i = end - 1;
      }
    }
  },
};
