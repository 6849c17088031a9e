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
  thousand: 1_000, thousands: 1_000, thou: 1_000, k: 1_000, grand: 1_000, million: 1_000_000, mil: 1_000_000, m: 1_000_000, mm: 1_000_000,
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

/** one … nine, ten … nineteen, twenty … ninety: the words a number below a hundred is made of. */
const UNIT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TEEN_WORDS = new Set(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']);
const TENS_WORDS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

function wordAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t?.kind === 'word' ? t.norm : '';
}

function isArticleAt(tokens: readonly Token[], i: number): boolean {
  const word = wordAt(tokens, i);
  return word === 'a' || word === 'an';
}

/** "five", "fifteen", "seventy-five": 1–99 in words. */
function readBelowHundred(tokens: readonly Token[], i: number): Read<number> | null {
  const word = wordAt(tokens, i);
  if (TENS_WORDS.has(word)) {
    const unit = wordAt(tokens, i + 1);
    const tens = NUMBER_WORDS[word] ?? 0;
    return UNIT_WORDS.has(unit) ? { value: tens + (NUMBER_WORDS[unit] ?? 0), end: i + 2 } : { value: tens, end: i + 1 };
  }
  return UNIT_WORDS.has(word) || TEEN_WORDS.has(word) ? { value: NUMBER_WORDS[word] ?? 0, end: i + 1 } : null;
}

/** "a hundred and twenty", "two hundred fifty", "seventy-five": 1–999 in words. */
function readBelowThousand(tokens: readonly Token[], i: number): Read<number> | null {
  const word = wordAt(tokens, i);
  let hundreds = 0;
  let k = i;
  if (word === 'hundred') [hundreds, k] = [1, i + 1];
  else if (wordAt(tokens, i + 1) === 'hundred' && (word === 'a' || word === 'an' || UNIT_WORDS.has(word))) [hundreds, k] = [NUMBER_WORDS[word] ?? 1, i + 2];
  if (hundreds === 0) return readBelowHundred(tokens, i);
  // "a hundred and twenty": "and" only joins when a number follows it, and not one with hundreds of its
  // own: "between one hundred and one hundred twenty thousand" are two amounts
  const and = wordAt(tokens, k) === 'and';
  const rest = readBelowHundred(tokens, and ? k + 1 : k);
  if (rest === null || (and && wordAt(tokens, rest.end) === 'hundred')) return { value: hundreds * 100, end: k };
  return { value: hundreds * 100 + rest.value, end: rest.end };
}

/**
 * A whole number written in words, up to 999,999: "seventy-five", "a hundred and twenty",
 * "forty-six thousand five hundred". "a"/"an" only open it before "hundred" or "thousand".
 */
export function readNumberWords(tokens: readonly Token[], i: number): Read<number> | null {
  const below = readBelowThousand(tokens, i);
  const article = below === null && isArticleAt(tokens, i) && wordAt(tokens, i + 1) === 'thousand';
  if (below === null && !article) return null;
  const end = below?.end ?? i + 1;
  if (wordAt(tokens, end) !== 'thousand') return below;
  const thousands = (below?.value ?? 1) * 1000;
  // "and" joins only the last two digits ("two thousand and five"): in "between forty thousand and
  // fifty thousand" it joins two amounts, as it does before any number followed by a scale word
  const and = wordAt(tokens, end + 1) === 'and';
  const rest = readBelowThousand(tokens, and ? end + 2 : end + 1);
  const joins = rest !== null && (!and || rest.value < 100) && SCALE_WORDS[wordAt(tokens, rest.end)] === undefined;
  return joins ? { value: thousands + rest.value, end: rest.end } : { value: thousands, end: end + 1 };
}

/**
 * A small whole number written as digits or words ("10", "ten", "seventy-five", "a"). "a"/"an" only
 * count when `allowArticle`, since "a" is nearly always just an article.
 */
export function readCount(tokens: readonly Token[], i: number, allowArticle = false): Read<number> | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'number' && t.value !== null && Number.isInteger(t.value) && !t.money && t.value > 0 && t.value <= 100_000) {
    return { value: t.value, end: i + 1 };
  }
  if (t.kind !== 'word') return null;
  const words = readNumberWords(tokens, i);
  if (words !== null && wordAt(tokens, words.end) === 'dozen') return { value: words.value * 12, end: words.end + 1 };
  if (words !== null) return words;
  // "half a dozen", "a half dozen", "half dozen"
  const half = isArticleAt(tokens, i) && wordAt(tokens, i + 1) === 'half' ? i + 1 : i;
  const dozen = isArticleAt(tokens, half + 1) ? half + 2 : half + 1;
  if (wordAt(tokens, half) === 'half' && wordAt(tokens, dozen) === 'dozen') return { value: 6, end: dozen + 1 };
  if ((t.norm === 'a' || t.norm === 'an') && !allowArticle) return null;
  const n = NUMBER_WORDS[t.norm];
  return n === undefined ? null : { value: n, end: i + 1 };
}

/** Where a count written in words that ends just before `end` starts: "the twenty-five highest paid" → "twenty". */
export function countEndingAt(tokens: readonly Token[], end: number): Read<number> & { start: number } | null {
  for (let start = Math.max(0, end - 6); start < end; start++) {
    const n = readCount(tokens, start);
    if (n !== null && n.end === end) return { ...n, start };
  }
  return null;
}

/** "ninety", "thousand", "a": a word that is part of a number written out, never a name. */
export function isNumberWord(norm: string): boolean {
  return (NUMBER_WORDS[norm] !== undefined && norm !== 'a' && norm !== 'an') || (SCALE_WORDS[norm] !== undefined && norm.length > 2) || FRACTION_WORDS[norm] !== undefined;
}

/** "half a million", "a quarter of a million", "three quarters of a million": what part of the scale. */
const FRACTION_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.25 };

/** "half a million", "a quarter of a million", "a quarter million", "three quarters of a million": the amount and where it ends. */
function readFractionOfScale(tokens: readonly Token[], i: number): Read<number> | null {
  let k = i;
  let times = 1;
  if (isArticleAt(tokens, k)) k++;
  else if (UNIT_WORDS.has(wordAt(tokens, k)) && wordAt(tokens, k + 1) === 'quarters') [times, k] = [NUMBER_WORDS[wordAt(tokens, k)] ?? 1, k + 1];
  const part = FRACTION_WORDS[wordAt(tokens, k)];
  if (part === undefined || (wordAt(tokens, k) === 'quarters') !== times > 1) return null;
  k++;
  if (wordAt(tokens, k) === 'of') k++;
  if (isArticleAt(tokens, k)) k++;
  const scale = SCALE_WORDS[wordAt(tokens, k)];
  return scale === undefined || scale < 1_000 || k === i + 1 ? null : { value: part * times * scale, end: k + 1 };
}

/**
 * An amount in words: "a hundred thousand", "two hundred fifty thousand", "ninety grand", "a million",
 * "forty-six thousand five hundred", "one point two million", "one and a half million", "half a million".
 * Without a scale word ("a hundred") it is not read as money.
 */
function readWordAmount(tokens: readonly Token[], i: number): Read<number> & { marked: boolean; scale: number } | null {
  const fraction = readFractionOfScale(tokens, i);
  if (fraction !== null) return { ...fraction, marked: true, scale: fraction.value >= 1_000_000 ? 1_000_000 : 1_000 };
  const article = isArticleAt(tokens, i) && SCALE_WORDS[wordAt(tokens, i + 1)] !== undefined && wordAt(tokens, i + 1).length > 1;
  const whole = article ? { value: 1, end: i + 1 } : readNumberWords(tokens, i);
  if (whole === null) return null;
  let { value, end } = whole;
  const hadThousand = tokens.slice(i, end).some((t) => t.norm === 'thousand');
  // "one point two million", "one and a half million"
  if (wordAt(tokens, end) === 'point' && UNIT_WORDS.has(wordAt(tokens, end + 1))) {
    value += (NUMBER_WORDS[wordAt(tokens, end + 1)] ?? 0) / 10;
    end += 2;
  } else if (wordAt(tokens, end) === 'and' && isArticleAt(tokens, end + 1) && wordAt(tokens, end + 2) === 'half') {
    value += 0.5;
    end += 3;
  }
  const scale = SCALE_WORDS[wordAt(tokens, end)];
  if (scale !== undefined && (!hadThousand || scale === 1_000_000) && value < 1_000 * (hadThousand ? 1_000 : 1)) {
    return { value: Math.round(value * scale * 100) / 100, end: end + 1, marked: true, scale };
  }
  return hadThousand && Number.isInteger(value) ? { value, end, marked: true, scale: 1_000 } : null;
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
