// The vocabulary, compiled once per data refresh: every phrase that names a department, a job title
// or a location, indexed by its first word so a rule can ask "what vocabulary starts here?" in O(1).
// Departments, titles, locations and leave types come from the data; only the member nouns and the
// country table are fixed (see member-nouns.ts, countries.ts, leave-types.ts).
import { PLACE_ALIASES } from './countries.js';
import { FILLERS } from './fillers.js';
import { LEAVE_ALIASES } from './leave-types.js';
import { MEMBER_NOUNS } from './member-nouns.js';
import { fold, type Token } from './normalise.js';
import { REAL_WORDS } from './real-words.js';

/** Canonical values as stored in the database. */
export interface LexiconData {
  departments: string[];
  locations: string[];
  jobTitles: string[];
  leaveTypes: string[];
  /** every first name and every last name people have, folded */
  firstNames: string[];
  lastNames: string[];
}

export type VocabularyKind = 'department' | 'title' | 'location';

export interface Phrase {
  kind: VocabularyKind;
  /** canonical values the phrase stands for ("us" → four cities) */
  values: string[];
  words: string[];
  /** breaks ties between phrases of equal length: the contract says "product managers" is Product */
  priority: number;
  number: 'singular' | 'plural' | null;
}

export interface LeavePhrase {
  /** canonical leave type; null for "leave" of any type */
  value: string | null;
  words: string[];
}

export interface Lexicon {
  readonly data: LexiconData;
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** department names and member nouns, for the typo-tolerant match */
  readonly departmentPhrases: readonly Phrase[];
  /** locations and place aliases, for the typo-tolerant match */
  readonly locationPhrases: readonly Phrase[];
  /** longest first */
  readonly leavePhrases: readonly LeavePhrase[];
  /** every word of every phrase: such words are never typos and rarely names */
  readonly vocabularyWords: ReadonlySet<string>;
  /** folded first and last names: a question that is only a name is recognised by them */
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
}

export interface PhraseMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

const PRIORITY = { memberNoun: 3, name: 2, title: 1 } as const;
const words = (text: string): string[] => fold(text).split(/[\s-]+/).filter((w) => w.length > 0);

function pluralWord(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** "Software Engineer" → "software engineers"; "Head of Product" → "heads of product". */
function pluralTitle(titleWords: string[]): string[] {
  const of = titleWords.indexOf('of');
  const head = of > 0 ? of - 1 : titleWords.length - 1;
  return titleWords.map((w, i) => (i === head ? pluralWord(w) : w));
}

function canonical(values: readonly string[], wanted: string): string | undefined {
  return values.find((v) => fold(v) === fold(wanted));
}

export function compileLexicon(data: LexiconData): Lexicon {
  const phrases: Phrase[] = [];
  for (const name of data.departments) {
    phrases.push({ kind: 'department', values: [name], words: words(name), priority: PRIORITY.name, number: null });
  }
  for (const noun of MEMBER_NOUNS) {
    const department = canonical(data.departments, noun.department);
    if (department === undefined) continue;
    phrases.push({ kind: 'department', values: [department], words: words(noun.phrase), priority: PRIORITY.memberNoun, number: noun.number });
  }
  for (const title of data.jobTitles) {
    const singular = words(title);
    phrases.push({ kind: 'title', values: [title], words: singular, priority: PRIORITY.title, number: 'singular' });
    phrases.push({ kind: 'title', values: [title], words: pluralTitle(singular), priority: PRIORITY.title, number: 'plural' });
  }
  for (const location of data.locations) {
    phrases.push({ kind: 'location', values: [location], words: words(location), priority: PRIORITY.name, number: null });
  }
  for (const [alias, cities] of Object.entries(PLACE_ALIASES)) {
    const known = cities.map((c) => canonical(data.locations, c)).filter((c): c is string => c !== undefined);
    if (known.length > 0) phrases.push({ kind: 'location', values: known, words: words(alias), priority: PRIORITY.name, number: null });
  }

  const phrasesByFirstWord = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined) continue;
    const list = phrasesByFirstWord.get(first) ?? [];
    list.push(phrase);
    phrasesByFirstWord.set(first, list);
  }
  for (const list of phrasesByFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || b.priority - a.priority);
  }

  const leavePhrases: LeavePhrase[] = [];
  for (const type of data.leaveTypes) {
    const full = words(type);
    leavePhrases.push({ value: type, words: full });
    leavePhrases.push({ value: type, words: pluralTitle(full) });
    // "Parental Leave" is also asked as "parental": the leave rule supplies "leave" itself.
    if (full.length > 1 && full[full.length - 1] === 'leave') leavePhrases.push({ value: type, words: full.slice(0, -1) });
  }
  for (const [alias, type] of Object.entries(LEAVE_ALIASES)) {
    const value = canonical(data.leaveTypes, type);
    const aliasWords = words(alias);
    if (value !== undefined && !leavePhrases.some((p) => p.words.join(' ') === aliasWords.join(' '))) leavePhrases.push({ value, words: aliasWords });
  }
  leavePhrases.push({ value: null, words: ['leave', 'of', 'absence'] }, { value: null, words: ['leave'] }, { value: null, words: ['leaves'] });
  leavePhrases.sort((a, b) => b.words.length - a.words.length);

  const vocabularyWords = new Set<string>();
  for (const p of phrases) for (const w of p.words) vocabularyWords.add(w);
  for (const p of leavePhrases) for (const w of p.words) vocabularyWords.add(w);
  for (const w of ['of', 'the']) vocabularyWords.delete(w);

  return {
    data: structuredClone(data),
    phrasesByFirstWord,
    departmentPhrases: phrases.filter((p) => p.kind === 'department'),
    locationPhrases: phrases.filter((p) => p.kind === 'location'),
    leavePhrases,
    vocabularyWords,
    firstNames: new Set(data.firstNames.map(fold)),
    lastNames: new Set(data.lastNames.map(fold)),
  };
}

function phraseFits(phrase: { words: string[] }, tokens: readonly Token[], i: number, free: (j: number) => boolean): boolean {
  return phrase.words.every((w, k) => free(i + k) && tokens[i + k]?.kind === 'word' && tokens[i + k]?.norm === w);
}

/**
 * The best vocabulary phrase starting at token i: longest first, then by priority. Rules for
 * departments, titles and locations each take a position only when the best phrase there is theirs,
 * so "Engineering Manager" is a title and not the Engineering department followed by "manager".
 * With `kind`, the best phrase of that kind only.
 */
export function phraseAt(lexicon: Lexicon, tokens: readonly Token[], i: number, free: (j: number) => boolean, kind?: VocabularyKind): PhraseMatch | null {
  const first = tokens[i];
  if (first === undefined || !free(i)) return null;
  for (const phrase of lexicon.phrasesByFirstWord.get(first.norm) ?? []) {
    if (kind !== undefined && phrase.kind !== kind) continue;
    if (phraseFits(phrase, tokens, i, free)) return { phrase, start: i, end: i + phrase.words.length };
  }
  return null;
}

export function leavePhraseAt(lexicon: Lexicon, tokens: readonly Token[], i: number, free: (j: number) => boolean): { value: string | null; end: number } | null {
  for (const phrase of lexicon.leavePhrases) {
    if (phraseFits(phrase, tokens, i, free)) return { value: phrase.value, end: i + phrase.words.length };
  }
  return null;
}

/** Damerau-Levenshtein distance of at most one: one letter missing, extra, wrong, or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Short words have too many one-letter neighbours ("sale", "ops") to be read as typos. */
const MIN_TYPO_LENGTH = 5;

/**
 * Whether a token may be a typo of `word`: five letters or more, or four when a letter is missing
 * from a five-letter word ("Legl"), the one short slip the contract names ("one letter missing").
 */
function couldBeTypo(token: Token | undefined, word: string): boolean {
  if (token === undefined || token.kind !== 'word' || token.norm.length >= 40 || REAL_WORDS.has(token.norm)) return false;
  return token.norm.length >= MIN_TYPO_LENGTH || (token.norm.length === MIN_TYPO_LENGTH - 1 && word.length === MIN_TYPO_LENGTH);
}

/**
 * One of these phrases (department names and member nouns, or places) written with one small typo in
 * one of its words ("Desgin", "Londn").
 */
export function typoAt(lexicon: Lexicon, phrases: readonly Phrase[], tokens: readonly Token[], i: number, free: (j: number) => boolean): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    let typos = 0;
    const fits = phrase.words.every((w, k) => {
      const t = tokens[i + k];
      if (!free(i + k) || t === undefined) return false;
      if (t.norm === w) return true;
      if (!couldBeTypo(t, w) || FILLERS.has(t.norm) || lexicon.vocabularyWords.has(t.norm) || w.length < MIN_TYPO_LENGTH) return false;
      typos++;
      return typos <= 1 && withinOneEdit(t.norm, w);
    });
    if (fits && typos === 1 && (best === null || phrase.words.length > best.end - best.start)) {
      best = { phrase, start: i, end: i + phrase.words.length };
    }
  }
  return best;
}
