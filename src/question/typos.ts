// One-letter slips ("emplyees", "salery", "Febuary", "sabatical") in words that only ever mean one
// thing here. A word no rule or filler knows is read as the one target it is a slip of; departments
// and places have their own phrase-aware typo match (lexicon.ts). Only `norm` changes: names are read
// from `raw`. Targets are long enough that a slip cannot be another word that matters; the few real
// words that are one slip away are listed so they stay themselves.
import { FILLERS } from './fillers.js';
import { withinOneEdit, type Lexicon } from './lexicon.js';
import type { Token } from './normalise.js';
import { MONTHS } from './numbers.js';
import { REAL_WORDS } from './real-words.js';
import { wordToken } from './token.js';

const FIXED_TARGETS: readonly string[] = [
  // the people asked about
  'employees', 'employee', 'people', 'everyone', 'everybody', 'anyone', 'anybody', 'colleagues', 'personnel', 'individuals',
  // pay
  'salary', 'salaries', 'compensation',
  // asking
  'please', 'thanks',
  // months long enough to be told apart ("june" and "july" are one letter apart)
  ...MONTHS.filter((m) => m.length >= 6),
];

const MIN_LENGTH = 5;

/** Short words of asking, read only when two neighbouring letters are swapped ("hlep", "yuo"). */
const SWAPPED_TARGETS: readonly string[] = ['help', 'you', 'find', 'many', 'list', 'show'];

/** Short words of asking, read also when one letter is left out ("lok up", "is ther anyone"). */
const DROPPED_TARGETS: readonly string[] = ['look', 'there', 'where', 'which', 'what', 'anyone', 'ever', 'were'];

/** `short` is `word` with one letter left out. */
function dropped(short: string, word: string): boolean {
  return short.length >= 3 && word.length === short.length + 1 && withinOneEdit(short, word);
}

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const targetsByLexicon = new WeakMap<Lexicon, readonly string[]>();

/** Fixed targets and, from the data, the words of leave types ("sabbatical", "parental"). */
function targets(lexicon: Lexicon): readonly string[] {
  let list = targetsByLexicon.get(lexicon);
  if (list === undefined) {
    const leaveWords = lexicon.leavePhrases.flatMap((p) => p.words).filter((w) => w.length >= 7);
    list = [...new Set([...FIXED_TARGETS, ...leaveWords])];
    targetsByLexicon.set(lexicon, list);
  }
  return list;
}

/**
 * The target this word is a slip of. Targets within a slip of each other are forms of one word
 * ("employes": "employees" or "employee"), so the first in the list is as good as any.
 */
function correction(norm: string, lexicon: Lexicon): string | undefined {
  if (FILLERS.has(norm) || REAL_WORDS.has(norm) || lexicon.vocabularyWords.has(norm)) return undefined;
  if (norm.length < MIN_LENGTH) return SWAPPED_TARGETS.find((t) => swapped(norm, t)) ?? DROPPED_TARGETS.find((t) => dropped(norm, t));
  const all = targets(lexicon);
  if (all.includes(norm)) return undefined;
  // "Mrach 2024": two letters of a short month swapped ("june" and "july" differ by a letter changed, not swapped)
  return all.find((t) => withinOneEdit(norm, t)) ?? MONTHS.find((m) => swapped(norm, m));
}

/** Tokens with slips read as their targets; `raw` is kept, so the interpretation shows what was asked. */
export function correctTypos(tokens: Token[], lexicon: Lexicon): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'word') return t;
    const target = correction(t.norm, lexicon);
    return target === undefined ? t : { ...t, norm: target };
  });
}

/**
 * The words the rules are built on, beyond the fillers, for a second reading of a question whose first
 * left words unplaced ("who reprots to Carlos Garcia", "John Doe's taem", "show teh ops team",
 * "upadte wei chens salary"). Read only for a word no rule or filler took, so a real word the rules
 * know ("thank", "fired") is never changed.
 */
const RULE_WORDS: readonly string[] = [
  'report', 'reports', 'reported', 'reporting', 'reportees', 'direct', 'directs', 'directly', 'indirect', 'indirectly',
  'manager', 'managers', 'manage', 'manages', 'managed', 'managing', 'supervisor', 'supervisors', 'supervised', 'supervises',
  'boss', 'team', 'teams', 'under', 'underneath', 'organization', 'organisation', 'organizations', 'hierarchy', 'whole', 'entire',
  'name', 'named', 'names', 'called', 'surname', 'title', 'titles', 'titled', 'first', 'last',
  'hire', 'hired', 'hires', 'hiring', 'joined', 'started', 'since', 'before', 'after', 'between', 'within', 'past',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'days', 'tenure', 'ever', 'currently', 'recent',
  'more', 'less', 'than', 'greater', 'over', 'above', 'below', 'least', 'most', 'earning', 'earns', 'earn', 'making', 'makes', 'paid',
  'highest', 'lowest', 'newest', 'oldest', 'longest', 'serving', 'senior', 'former', 'terminated', 'including', 'included',
  'outside', 'except', 'excluding', 'department', 'departments', 'company', 'staff', 'agents', 'workers', 'members', 'someone', 'anyone',
  'leave', 'leaves', 'count', 'number', 'how', 'many', 'right', 'who', 'whose', 'which', 'what', 'where', 'located', 'based', 'office', 'working', 'works',
  // the verbs of a change, so a slip in one is refused as the change it asks for
  'update', 'change', 'promote', 'delete', 'remove', 'terminate', 'transfer',
];

/** One word is the other with an ending: "promoted" and "promote", "veteran" and "veterans"; "lesss" is a slip. */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && /[sdy]$/.test(long) && !short.endsWith(long.slice(-1));
}

/** "staf" for "staff", "whoo" for "who": a doubled letter written once, or a letter doubled. */
function isDoubling(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  const at = [...long].findIndex((ch, k) => ch !== short[k]);
  const i = at < 0 ? long.length - 1 : at;
  return long[i] === long[i - 1] || long[i] === long[i + 1];
}

/**
 * A letter left out, one too many or two neighbours swapped, never a letter changed ("fired" is not
 * "hired"), and never an ending ("promoted" is no slip of "promote"). A short word is too near
 * other real words ("her", "here"; "seat", "sat"): only swapped or doubled letters count there.
 */
export function slipOf(word: string, target: string): boolean {
  if (word === target || target.length < 3 || !withinOneEdit(word, target) || isInflection(word, target)) return false;
  if (word.length === target.length) return swapped(word, target);
  return Math.min(word.length, target.length) >= 4 ? true : isDoubling(word, target);
}

/** The words a slip is read against, as a list to search and a set to look words up in. */
interface SlipTargets {
  list: readonly string[];
  known: ReadonlySet<string>;
}

const slipTargetsByLexicon = new WeakMap<Lexicon, SlipTargets>();

/** The rule words, the fillers and the data's own words ("york" in "new yrok office"). */
function slipTargets(lexicon: Lexicon): SlipTargets {
  let targets = slipTargetsByLexicon.get(lexicon);
  if (targets === undefined) {
    const known = new Set([...RULE_WORDS, ...FILLERS, ...lexicon.vocabularyWords]);
    targets = { list: [...known], known };
    slipTargetsByLexicon.set(lexicon, targets);
  }
  return targets;
}

/** At most this many second readings are tried, each with other targets for the words that have several ("hwo": how, who). */
const MAX_READINGS = 8;

/**
 * People slip once or twice in a question: more slips than this, or more unplaced words than that
 * (those the slips left unplaced around them included), are another question, and trying them
 * would let one long question cost tens of milliseconds.
 */
const MAX_SLIPS = 3;
const MAX_UNPLACED = 12;

/**
 * Two words the rules know, typed with no space between: "morethan", "hiredin", "numberof", "rightnow".
 * Each split into two known words, one of them more than a filler, is one reading: two fillers run
 * together are most often a real word of their own ("teamwork", "workforce", "soon"), whose meaning
 * would be dropped.
 */
function gluedWords(t: Token, known: ReadonlySet<string>): Token[][] {
  const splits: Token[][] = [];
  if (t.norm.length < 6 || REAL_WORDS.has(t.norm)) return splits;
  for (let k = 2; k <= t.norm.length - 2; k++) {
    const [left, right] = [t.norm.slice(0, k), t.norm.slice(k)];
    if (!known.has(left) || !known.has(right) || (FILLERS.has(left) && FILLERS.has(right))) continue;
    splits.push([{ ...t, raw: t.raw.slice(0, k), norm: left }, wordToken(t.raw.slice(k), right)]);
  }
  return splits;
}

/**
 * Second readings of the tokens, with each unplaced word at `indices` read as a word the rules or
 * fillers know that it is a slip of, or as two such words run together; none when no word is either.
 * A word somebody in the data is named ("Tema") is left as written.
 */
export function slipReadings(tokens: readonly Token[], indices: readonly number[], lexicon: Lexicon): Token[][] {
  if (indices.length > MAX_UNPLACED) return [];
  const { list, known } = slipTargets(lexicon);
  const choices = indices.flatMap((i) => {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || t.norm.length < 3 || known.has(t.norm)) return [];
    if (lexicon.firstNames.has(t.norm) || lexicon.lastNames.has(t.norm)) return [];
    const replacements = [...list.filter((w) => slipOf(t.norm, w)).map((norm) => [{ ...t, norm }]), ...gluedWords(t, known)];
    return replacements.length > 0 ? [{ i, replacements }] : [];
  });
  if (choices.length === 0 || choices.length > MAX_SLIPS) return [];
  // each reading holds, for every position, the tokens that stand there
  let readings: Token[][][] = [tokens.map((t) => [t])];
  for (const { i, replacements } of choices) {
    readings = readings.flatMap((reading) => replacements.map((tokensAt) => reading.map((at, k) => (k === i ? tokensAt : at)))).slice(0, MAX_READINGS);
  }
  return readings.map((reading) => reading.flat());
}
