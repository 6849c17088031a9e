// Turning a question into tokens. Rules match on `norm` (lower case, diacritics folded, hyphens and
// contractions split) but names keep `raw`, so "Zoë Müller" is still written the way it was asked.
import { expandSearchBoxForms } from './search-box.js';
import { takeOffMessageMarks } from './message-marks.js';
import { expandShorthand, expandShorthandText } from './shorthand.js';
import { POSSESSIVE, wordToken, type Token } from './token.js';
import { spellOutDates } from './written-dates.js';

export type { Token, TokenKind } from './token.js';

/** Lower case without diacritics: "Zoë Müller" → "zoe muller". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øǿ]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[łŀ]/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

// Order matters: ISO dates before numbers, numbers (with their money marks) before words.
const TOKEN =
  /(\d{4}-\d{2}-\d{2})|(\$\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(k|m|mm)(?![\p{L}\d]))?|([\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?)|(>=|<=|=>|=<|≥|≤|>|<|=|\+)|([,;:—–&/])|\S/giu;

/** "150.000", "1.200.000": dots between groups of three; "47.5K" and "1.250M" keep their decimal point, a scale follows. */
const DOTTED_THOUSANDS = /\b(\d{1,3})((?:\.\d{3})+)(?![\d.,]|\s?[kKmM]\b)/g;
/** "48 000": a space between a group of up to three digits and one of exactly three. */
const SPACED_THOUSANDS = /\b(\d{1,3}) (\d{3})\b(?![.,]?\d)/g;

/** "80k-100k", "2019–2021": a dash between two numbers is "to" (ISO dates are left alone). */
const NUMBER_RANGE = /(\d{4}-\d{2}-\d{2})|(\d(?:\s?[kKmM])?)\s*[-–—]\s*(\$?\d)/g;

const MULTIPLIER: Record<string, number> = { k: 1_000, m: 1_000_000, mm: 1_000_000 };

/** "who's" is "who is"; any other "'s" is a possessive. */
const IS_CONTRACTED = new Set(['who', 'what', 'where', 'it', 'that', 'there', 'here', 'he', 'she', 'how', 'when', 'which', 'everyone', 'nobody']);
const CONTRACTIONS: Record<string, string> = { "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' };
const NEGATED_BASE: Record<string, string> = { ca: 'can', wo: 'will', ai: 'is', sha: 'shall' };

function word(raw: string, joined = false): Token {
  return wordToken(raw, fold(raw), joined);
}

function wordTokens(raw: string): Token[] {
  let text = raw;
  const tail: Token[] = [];
  const lower = fold(text);
  if (text.length > 1 && text.endsWith("'")) {
    text = text.slice(0, -1);
    tail.push(POSSESSIVE);
  } else if (lower.endsWith("'s") && text.length > 2) {
    text = text.slice(0, -2);
    tail.push(
      IS_CONTRACTED.has(fold(text))
        ? word('is')
        : POSSESSIVE,
    );
  } else if (lower.endsWith("n't") && text.length > 3) {
    const base = text.slice(0, -3);
    text = NEGATED_BASE[fold(base)] ?? base;
    tail.push(word('not'));
  } else {
    const suffix = Object.keys(CONTRACTIONS).find((s) => lower.endsWith(s) && lower.length > s.length);
    if (suffix !== undefined) {
      text = text.slice(0, -suffix.length);
      tail.push(word(CONTRACTIONS[suffix] ?? ''));
    }
  }
  const parts = text.split('-').filter((p) => p.length > 0);
  return [...parts.map((p, i) => word(p, i > 0)), ...tail];
}

function numberToken(raw: string, dollar: boolean, digits: string, suffix: string | undefined): Token {
  const base = Number(digits.replace(/,/g, ''));
  const multiplier = suffix === undefined ? 1 : (MULTIPLIER[suffix.toLowerCase()] ?? 1);
  const value = Math.round(base * multiplier * 100) / 100;
  return { raw, norm: String(value), kind: 'number', value, money: dollar || suffix !== undefined || digits.includes(','), joined: false };
}

/**
 * Splits a question into tokens. Punctuation other than commas carries no meaning once raw SQL has
 * been ruled out (the unsafe rule looks at the raw text first), so it is dropped here.
 */
export function tokenize(question: string): Token[] {
  const written = question
    .replace(/[’‘`´]/g, "'")
    .replace(/\b([uU])\.([sSkK])\.(?:([aA])\.)?/g, (_m, u: string, s: string, a: string | undefined) => `${u}${s}${a ?? ''}`);
  const text = spellOutDates(expandShorthandText(expandSearchBoxForms(takeOffMessageMarks(written))))
    // "over a decade": the one period people write as a word, ten years
    .replace(/\b(?:a|one)\s+decade\b/gi, '10 years')
    // a dash set apart by spaces sets a clause apart ("Wei Chen - what about her team?"); "pre-2014" keeps its own
    .replace(/(?<=[\p{L}?!.])\s+-\s+(?=\p{L})/gu, ' , ')
    // "whos the manager of …": "who's" without its apostrophe
    .replace(/\bwhos\b/gi, 'who is')
    // a sign that carries meaning becomes a word, so nothing reads past it: "the top 10% of earners"
    .replace(/%/g, ' percent ')
    // "$150.000", "48 000 dollars": thousands set apart by a dot or a space, as much of Europe writes them
    .replace(DOTTED_THOUSANDS, (_m: string, head: string, groups: string) => `${head}${groups.replace(/\./g, '')}`)
    .replace(SPACED_THOUSANDS, '$1$2')
    // "$1.2 million", "USD 226,000", "226,000 USD": the scale and the currency as the amount's own marks
    .replace(/(\d)\s*million\b/gi, '$1M')
    .replace(/\bUSD\s*(?=\d)/gi, '$')
    .replace(/(?<![$\d.,])(\d[\d,.]*\s?[kKmM]?)\s*USD\b/gi, '$$$1')
    // "$85k/yr", "90,000/year": per year, not "85k or yr"
    .replace(/(\d[\d,.]*\s?[kKmM]?)\s*\/\s*(?:yr|year|annum|a)\b\.?/gi, '$1 a year')
    // "~120k" is about 120k, which no condition says: a word, so it is not dropped as punctuation
    .replace(/~/g, ' around ')
    .replace(NUMBER_RANGE, (m: string, iso: string | undefined, low: string, high: string) => (iso !== undefined ? m : `${low} to ${high}`));
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [all, iso, dollar, digits, suffix, letters, symbol, joiner] = m;
    if (iso !== undefined) tokens.push({ raw: iso, norm: iso, kind: 'number', value: null, money: false, joined: false });
    else if (digits !== undefined) tokens.push(numberToken(all.trim(), dollar !== undefined, digits, suffix));
    else if (letters !== undefined) tokens.push(...wordTokens(letters));
    else if (symbol !== undefined) tokens.push({ raw: symbol, norm: symbol.replace('≥', '>=').replace('≤', '<=').replace('=>', '>=').replace('=<', '<='), kind: 'symbol', value: null, money: false, joined: false });
    // a colon, semicolon or dash between words sets a clause apart as a comma does: "Legal: who's in it?"
    // (a semicolon keeps its raw form: it ends a sentence, which the context rule needs to know)
    else if (joiner !== undefined && joiner !== '&' && joiner !== '/') tokens.push({ raw: joiner === ';' ? ';' : ',', norm: ',', kind: 'comma', value: null, money: false, joined: false });
    else if (joiner !== undefined) tokens.push(word(joiner === '&' ? 'and' : 'or'));
  }
  return expandShorthand(tokens);
}
