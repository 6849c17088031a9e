// Reading counts, money amounts, years and months out of tokens. Shared by the salary, hire-date,
// tenure and ordering rules, so "top five", "120 thousand" and "1.2M" mean the same everywhere.
import type { TimeUnit } from './plan.js';
import type { Token } from './normalise.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

const SCALE_WORDS: Record<string, number> = {
  thousand: 1_000, thousands: 1_000, k: 1_000, grand: 1_000, million: 1_000_000, mil: 1_000_000, m: 1_000_000, mm: 1_000_000,
};

const UNITS: Record<string, TimeUnit> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', wk: 'week', wks: 'week', month: 'month', months: 'month',
  mo: 'month', mos: 'month', year: 'year', years: 'year', yr: 'year', yrs: 'year',
};

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface Read<T> {
  value: T;
  /** index just after the last token read */
  end: number;
}

/**
 * A small whole number written as digits or a word ("10", "ten", "a"). "a"/"an" only count when
 * `allowArticle`, since "a" is nearly always just an article.
 */
export function readCount(tokens: readonly Token[], i: number, allowArticle = false): Read<number> | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'number' && t.value !== null && Number.isInteger(t.value) && !t.money && t.value > 0 && t.value <= 100_000) {
    return { value: t.value, end: i + 1 };
  }
  if (t.kind !== 'word') return null;
  if ((t.norm === 'a' || t.norm === 'an') && !allowArticle) return null;
  const n = NUMBER_WORDS[t.norm];
  return n === undefined ? null : { value: n, end: i + 1 };
}

/** "ninety", "thousand", "a": a word that is part of a number written out, never a name. */
export function isNumberWord(norm: string): boolean {
  return (NUMBER_WORDS[norm] !== undefined && norm !== 'a' && norm !== 'an') || (SCALE_WORDS[norm] !== undefined && norm.length > 2);
}

/**
 * An amount in words before a scale word: "a hundred thousand", "two hundred fifty thousand",
 * "ninety grand", "a million". Without the scale word ("a hundred") it is not read as money.
 */
function readWordAmount(tokens: readonly Token[], i: number): Read<number> & { marked: boolean; scale: number } | null {
  let value = 0;
  let k = i;
  for (; k < tokens.length; k++) {
    const norm = tokens[k]?.norm ?? '';
    if (norm === 'hundred') value = (value === 0 ? 1 : value) * 100;
    else if (norm === 'and' && value > 0 && k > i) continue;
    else if ((norm === 'a' || norm === 'an') && k === i) value = 1;
    else if (NUMBER_WORDS[norm] !== undefined && norm !== 'dozen' && norm !== 'hundred') value += NUMBER_WORDS[norm] ?? 0;
    else break;
  }
  const scale = tokens[k]?.kind === 'word' ? SCALE_WORDS[tokens[k]?.norm ?? ''] : undefined;
  if (k === i || value === 0 || scale === undefined || tokens[k - 1]?.norm === 'and') return null;
  return { value: value * scale, end: k + 1, marked: true, scale };
}

/** A money amount: "$120,000", "120K", "120 thousand", "1.2M", "120000" (with an optional "$"), "a hundred thousand". */
export function readAmount(tokens: readonly Token[], i: number): Read<number> & { marked: boolean; scale: number } | null {
  const t = tokens[i];
  if (t?.kind === 'word') return readWordAmount(tokens, i);
  if (t === undefined || t.kind !== 'number' || t.value === null) return null;
  const scale = tokens[i + 1];
  const factor = scale?.kind === 'word' ? SCALE_WORDS[scale.norm] : undefined;
  if (factor !== undefined && !t.money) {
    return { value: Math.round(t.value * factor * 100) / 100, end: i + 2, marked: true, scale: factor };
  }
  const suffix = /(mm|m|k)$/i.exec(t.raw)?.[1]?.toLowerCase();
  return { value: t.value, end: i + 1, marked: t.money, scale: suffix === undefined ? 1 : (SCALE_WORDS[suffix] ?? 1) };
}

/** A time unit word ("days", "yr"). */
export function readUnit(tokens: readonly Token[], i: number): Read<TimeUnit> | null {
  const t = tokens[i];
  const unit = t?.kind === 'word' ? UNITS[t.norm] : undefined;
  return unit === undefined ? null : { value: unit, end: i + 1 };
}

/** 10–99 in words: "twelve", "twenty one", "ninety-nine". */
function readTwoDigitWords(tokens: readonly Token[], i: number): Read<number> | null {
  const first = NUMBER_WORDS[tokens[i]?.norm ?? ''];
  if (tokens[i]?.kind !== 'word' || first === undefined || first < 10 || first > 90) return null;
  const unit = NUMBER_WORDS[tokens[i + 1]?.norm ?? ''];
  if (first >= 20 && first % 10 === 0 && tokens[i + 1]?.kind === 'word' && unit !== undefined && unit >= 1 && unit <= 9) return { value: first + unit, end: i + 2 };
  return { value: first, end: i + 1 };
}

/** A year as it is said: "twenty twelve", "nineteen ninety-nine", "two thousand and five". */
function readSpokenYear(tokens: readonly Token[], i: number): Read<number> | null {
  const century = { nineteen: 1900, twenty: 2000 }[tokens[i]?.norm ?? ''];
  if (century !== undefined) {
    const rest = readTwoDigitWords(tokens, i + 1);
    return rest === null ? null : { value: century + rest.value, end: rest.end };
  }
  if (tokens[i]?.norm !== 'two' || tokens[i + 1]?.norm !== 'thousand') return null;
  const and = tokens[i + 2]?.norm === 'and' ? i + 3 : i + 2;
  const unit = NUMBER_WORDS[tokens[and]?.norm ?? ''];
  if (unit !== undefined && unit >= 1 && unit <= 9 && tokens[and]?.norm !== 'a' && tokens[and]?.norm !== 'an') return { value: 2000 + unit, end: and + 1 };
  const rest = readTwoDigitWords(tokens, and);
  return rest === null ? null : { value: 2000 + rest.value, end: rest.end };
}

/** A year written plainly ("2019", not "$2,019") or as it is said ("twenty twelve"). */
export function readYear(tokens: readonly Token[], i: number): Read<number> | null {
  const t = tokens[i];
  if (t?.kind === 'word') return readSpokenYear(tokens, i);
  if (t === undefined || t.kind !== 'number' || t.money || t.value === null) return null;
  if (!/^\d{4}$/.test(t.raw) || t.value < 1900 || t.value > 2199) return null;
  return { value: t.value, end: i + 1 };
}

/** A month name or abbreviation, as 1–12. */
export function readMonth(tokens: readonly Token[], i: number): Read<number> | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return null;
  const full = MONTHS.indexOf(t.norm);
  const index = full >= 0 ? full : t.norm === 'sept' ? 8 : MONTH_ABBREVIATIONS.indexOf(t.norm);
  return index < 0 ? null : { value: index + 1, end: i + 1 };
}

/** An ISO date as written ("2021-03-15"), checked to be a real day. */
export function readIsoDate(tokens: readonly Token[], i: number): Read<string> | null {
  const t = tokens[i];
  if (t === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(t.raw)) return null;
  const d = new Date(`${t.raw}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t.raw ? null : { value: t.raw, end: i + 1 };
}

/** "2019-03-01" for year 2019, month 3, day 1. */
export function isoDate(year: number, month = 1, day = 1): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
