// One-letter slips ("emplyees", "salery", "Febuary", "sabatical") in words that only ever mean one
// thing here. A word no rule or filler knows is read as the one target it is a slip of; departments
// and places have their own phrase-aware typo match (lexicon.ts). Only `norm` changes: names are read
// from `raw`. Targets are long enough that a slip cannot be another word that matters; the few real
// words that are one slip away are listed so they stay themselves.
import { FILLERS } from './fillers.js';
import { withinOneEdit, type Lexicon } from './lexicon.js';
import type { Token } from './normalise.js';
import { MONTHS } from './numbers.js';

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

/** Real words a slip away from a target: "highest salaried" is not "highest salaries", "colleague Wei Chen" is one person. */
const REAL_WORDS: ReadonlySet<string> = new Set(['salaried', 'vocation', 'vocations', 'colleague']);

const MIN_LENGTH = 5;

/** Short words of asking, read only when two neighbouring letters are swapped ("hlep", "yuo"). */
const SWAPPED_TARGETS: readonly string[] = ['help', 'you', 'find', 'many'];

/** Short words of asking, read also when one letter is left out ("lok up", "is ther anyone"). */
const DROPPED_TARGETS: readonly string[] = ['look', 'there', 'where', 'which', 'what', 'anyone'];

/** `short` is `word` with one letter left out. */
function dropped(short: string, word: string): boolean {
  if (word.length !== short.length + 1 || short.length < 3) return false;
  const i = [...short].findIndex((ch, k) => ch !== word[k]);
  return i < 0 || short.slice(i) === word.slice(i + 1);
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
  return all.includes(norm) ? undefined : all.find((t) => withinOneEdit(norm, t));
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
 * The words the relation, name, date, salary and ordering rules are built on, for a second reading
 * of a question whose first left words unplaced ("who reprots to Carlos Garcia", "John Doe's taem",
 * "everyone udner Amara Okafor", "find the employee nmaed Zoë"). Read only for a word no rule or
 * filler took, so a real word the rules know ("thank", "fired") is never changed.
 */
const RULE_WORDS: readonly string[] = [
  'report', 'reports', 'reported', 'reporting', 'reportees', 'direct', 'directs', 'directly',
  'manager', 'managers', 'manage', 'manages', 'managed', 'managing', 'supervisor', 'supervisors', 'supervised', 'supervises',
  'boss', 'team', 'teams', 'under', 'underneath', 'organization', 'organisation', 'organizations', 'hierarchy',
  'name', 'named', 'names', 'called', 'surname', 'first', 'last',
  'hire', 'hired', 'hires', 'hiring', 'joined', 'started', 'since', 'before', 'after', 'between',
  'more', 'less', 'than', 'over', 'above', 'below', 'least', 'most', 'earning', 'earns', 'earn', 'making', 'makes', 'paid',
  'highest', 'lowest', 'newest', 'oldest', 'longest', 'serving', 'senior', 'former', 'terminated', 'department', 'departments',
  'leave', 'leaves', 'list', 'show', 'find', 'count', 'many', 'located', 'based', 'office', 'working', 'works',
];

/** A letter left out, one too many or two neighbours swapped, never a letter changed ("fired" is not "hired"). */
function slipOf(word: string, target: string): boolean {
  if (word === target || !withinOneEdit(word, target)) return false;
  if (word.length !== target.length) return true;
  return swapped(word, target);
}

/**
 * The tokens with each unplaced word at `indices` read as the rule word it is a slip of, or null when
 * none is one. A word somebody in the data is named ("Tema") is left as written.
 */
export function correctRuleWordSlips(tokens: readonly Token[], indices: readonly number[], lexicon: Lexicon): Token[] | null {
  let changed = false;
  const corrected = tokens.map((t, i) => {
    if (!indices.includes(i) || t.kind !== 'word' || t.norm.length < 4 || RULE_WORDS.includes(t.norm)) return t;
    if (lexicon.firstNames.has(t.norm) || lexicon.lastNames.has(t.norm)) return t;
    const target = RULE_WORDS.find((w) => slipOf(t.norm, w));
    if (target === undefined) return t;
    changed = true;
    return { ...t, norm: target };
  });
  return changed ? corrected : null;
}
