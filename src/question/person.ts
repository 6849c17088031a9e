// Reading a person's name out of an explicit slot ("managed by ___", "___'s team", "named ___").
// Names are only ever read from such slots: an unknown word elsewhere is an unknown word, not a name.
import { FILLERS } from './fillers.js';
import type { Lexicon } from './lexicon.js';
import { fold } from './normalise.js';
import { isNumberWord } from './numbers.js';
import type { PersonName } from './plan.js';
import { isFree, type ParseState } from './state.js';
import type { Token } from './token.js';
import { slipOf } from './typos.js';

/** Words that end a name: structure words the rules use, which no one is called in practice. */
const NOT_A_NAME = new Set([
  ...FILLERS,
  'not', 'no', 'nobody', 'noone', 'none', 'others', 'other', 'than', 'by', 'for', 'under', 'over', 'above', 'below',
  'who', 'report', 'reports', 'reporting', 'directly', 'direct', 'indirect', 'indirectly', 'including', 'manager',
  'managers', 'manages', 'manage', 'boss', 'org', 'organization', 'organisation', 'hired', 'joined', 'started',
  'earning', 'making', 'paid', 'salary', 'since', 'before', 'after', 'between', 'during', 'last', 'first', 'name',
  'named', 'called', 'top', 'highest', 'lowest', 'except', 'excluding', 'outside', 'former', 'terminated', 'ever',
  'how', 'many', 'count', 'number', 'newest', 'oldest', 'leave', 'senior', 'more', 'less', 'least', 'most', 'left',
  'each', 'per', 'every', 'whoever',
  'without', 'where', 'when', 'why', 'this', 'it', 'his', 'her', 'he', 'she', 'him', 'your', 'into', 'about',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'ago', 'recently', 'recent', 'and', 'or', 'nor',
  // the words of a sort order: "sorted by last name descending" names nobody
  'ascending', 'descending', 'asc', 'desc', 'alphabetically', 'alphabetical', 'reverse', 'sorted', 'ordered', 'order',
  // a part of a name is no name: "whose first name contains 'an'"
  'contains', 'containing', 'contain', 'starts', 'starting', 'start', 'begins', 'beginning', 'ends', 'ending', 'like', 'includes', 'including',
]);

const NAME_WORD = /^[\p{L}][\p{L}\p{M}'.-]*$/u;

/** Per vocabulary, since the data's own words count: whether a word is a slip of one of them. */
const slipsOfStructureWords = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * "who manages someoen in design", "who in salse manages someone", "the team of Desing": a word nobody
 * is called that is a slip of a word the rules or the data use is that word mistyped, not a name; read
 * as a name it would ask about somebody called Someoen, Salse or Desing and answer nobody.
 */
function isSlipOfStructureWord(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.firstNames.has(t.norm) || lexicon.lastNames.has(t.norm)) return false;
  let known = slipsOfStructureWords.get(lexicon);
  if (known === undefined) {
    known = new Map();
    slipsOfStructureWords.set(lexicon, known);
  }
  let slip = known.get(t.norm);
  if (slip === undefined) {
    // long words only: a short one ("all", "ones") is a slip away from too many names ("hall", "jones")
    slip = [...NOT_A_NAME, ...lexicon.vocabularyWords].some((word) => word.length >= 5 && slipOf(t.norm, word));
    known.set(t.norm, slip);
  }
  return slip;
}

function isCapitalised(raw: string): boolean {
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** One name word at i, gluing hyphenated parts back together ("Mary-Jane"). */
function nameWordAt(s: ParseState, i: number): { raw: string; end: number; vocabulary: boolean; capitalised: boolean } | null {
  const t = s.tokens[i];
  if (t === undefined || t.kind !== 'word' || t.joined || !isFree(s, i) || NOT_A_NAME.has(t.norm) || isNumberWord(t.norm) || !NAME_WORD.test(t.raw)) return null;
  if (isSlipOfStructureWord(t, s.lexicon)) return null;
  let raw = t.raw;
  let end = i + 1;
  while (s.tokens[end]?.joined === true && s.tokens[end]?.kind === 'word' && isFree(s, end)) {
    raw += `-${s.tokens[end]?.raw ?? ''}`;
    end++;
  }
  return { raw, end, vocabulary: s.lexicon.vocabularyWords.has(t.norm), capitalised: isCapitalised(t.raw) };
}

/**
 * A name of one or two words starting at i. A word that is also vocabulary ("Austin", "Sales")
 * counts only inside a capitalised two-word name ("Austin Chen"); otherwise it ends the name.
 */
export function readPerson(s: ParseState, i: number, maxWords = 2): { person: PersonName; end: number } | null {
  const first = nameWordAt(s, i);
  if (first === null) return null;
  const second = maxWords > 1 ? nameWordAt(s, first.end) : null;
  if (second !== null) {
    const bothCapitalised = first.capitalised && second.capitalised;
    const anyVocabulary = first.vocabulary || second.vocabulary;
    if (!anyVocabulary || (bothCapitalised && !(first.vocabulary && second.vocabulary))) {
      return { person: { words: [first.raw, second.raw] }, end: second.end };
    }
  }
  if (first.vocabulary) return null;
  return { person: { words: [first.raw] }, end: first.end };
}

/** A name of one or two words ending just before `end` (the possessive "'s" in "Jane Smith's team"). */
export function readPersonBefore(s: ParseState, end: number): { person: PersonName; start: number } | null {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const read = readPerson(s, start);
    if (read !== null && read.end === end) return { person: read.person, start };
  }
  return null;
}

/** A first and last name (or one name) that somebody in the data has: "zoe muller", "Okafor". */
export function isKnownName(lexicon: Lexicon, person: PersonName): boolean {
  const [first, last] = person.words.map(fold);
  if (first === undefined) return false;
  if (last === undefined) return lexicon.firstNames.has(first) || lexicon.lastNames.has(first);
  return lexicon.firstNames.has(first) && lexicon.lastNames.has(last);
}
