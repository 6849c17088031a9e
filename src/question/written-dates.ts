// Dates as people write them, rewritten before the question is split into tokens: a day becomes an
// ISO date ("1 July 2013", "July 1st, 2013", "3/29/2025" → 2013-07-01, 2025-03-29) and a month of a
// year its name and year ("01/2013", "2023-05" → January 2013, May 2023), the forms the hire-date
// rules read. Done on the text because the tokenizer would make "3/29/2025" three numbers joined by
// "or" and "2023-05" a range. A day and month that could be either way round ("03/04/2025") are left
// as written, so they are not understood rather than guessed.
import { MONTHS } from './numbers.js';
import { rewrite, type TextForm } from './text-forms.js';

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/** The ISO date of a real day, or null ("31 June" is none). */
function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function monthOfYear(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  const name = MONTHS[month - 1] ?? '';
  return `${name} ${year}`;
}

/** "3/29/2025" is March 29 and "29/3/2025" the 29th of March; "3/4/2025" could be either. */
function numericDay(match: string, a: string, b: string, year: string): string {
  const [first, second] = [Number(a), Number(b)];
  const dayFirst = first > 12 && second <= 12;
  const monthFirst = second > 12 && first <= 12;
  if (!dayFirst && !monthFirst && first !== second) return match;
  const iso = dayFirst ? isoDay(Number(year), second, first) : isoDay(Number(year), first, second);
  return iso ?? match;
}

/** A count before a month is a limit, not a day: "top 5 June 2023 hires". */
const LIMIT_WORD = '(?<!\\b(?:top|first|bottom|last|newest|latest|oldest|earliest|highest|lowest|best)\\s+)';

const WRITTEN_DATES: readonly TextForm[] = [
  // 2025/03/29
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (m, y, mo, d) => isoDay(Number(y), Number(mo), Number(d)) ?? m],
  // 3/29/2025, 29.03.2025, 29-03-2025: the same separator twice
  [/\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g, (m, a, _sep, b, y) => numericDay(m, a, b, y)],
  // 01/2013, 1/2013
  [/(?<![\d/.-])\b(\d{1,2})\/(\d{4})\b/g, (m, mo, y) => monthOfYear(Number(y), Number(mo)) ?? m],
  // 2023-05 (a month is two digits; "2019-2021" is a range of years)
  [/\b(\d{4})-(0[1-9]|1[0-2])\b(?!-\d)/g, (m, y, mo) => monthOfYear(Number(y), Number(mo)) ?? m],
  // 1 July 2013, 1st of July, 2013, the 1st of July 2013
  [
    new RegExp(`${LIMIT_WORD}\\b(?:the\\s+)?(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi'),
    (m, d, mo, y) => isoDay(Number(y), monthNumber(mo), Number(d)) ?? m,
  ],
  // July 1, 2013, Jan 1st 2026, July the 1st 2013
  [new RegExp(`\\b${MONTH_NAME}\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'gi'), (m, mo, d, y) => isoDay(Number(y), monthNumber(mo), Number(d)) ?? m],
];

export function spellOutDates(text: string): string {
  return rewrite(text, WRITTEN_DATES);
}
