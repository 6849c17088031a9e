// Words typed without the apostrophe or the space that belongs in them, put back where the data says
// what was meant: "jane smiths team" (Jane Smith's team), "john does team" (John Doe's), "liam obrien"
// (Liam O'Brien), "the salesteam" (the Sales team). Only names somebody in the data has and words of
// the vocabulary are restored, so an ordinary word ending in "s" ("who does John report to") stays.
import type { Lexicon } from './lexicon.js';
import { fold } from './normalise.js';
import { POSSESSIVE, wordToken, type Token } from './token.js';

/** Nouns people glue onto a department or place: "salesteam", "financedept", "londonoffice". */
const GLUED_NOUN = /^(.{2,}?)(team|teams|dept|department|people|ppl|staff|folks|office|crew|org)$/;


/** Folded names that hold an apostrophe, by their spelling without it: "obrien" → "o'brien". */
const apostropheNames = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

function namesWithoutApostrophes(lexicon: Lexicon): ReadonlyMap<string, string> {
  let map = apostropheNames.get(lexicon);
  if (map === undefined) {
    const entries = [...lexicon.firstNames, ...lexicon.lastNames].filter((n) => n.includes("'")).map((n) => [n.replace(/'/g, ''), n] as const);
    map = new Map(entries);
    apostropheNames.set(lexicon, map);
  }
  return map;
}

/** A last name as somebody in the data has it, given the word as typed (apostrophe restored), or null. */
function knownLastName(norm: string, lexicon: Lexicon): string | null {
  if (lexicon.lastNames.has(norm)) return norm;
  const restored = namesWithoutApostrophes(lexicon).get(norm);
  return restored !== undefined && lexicon.lastNames.has(restored) ? restored : null;
}

function restore(t: Token, previous: Token | undefined, lexicon: Lexicon): Token[] {
  if (t.kind !== 'word' || t.joined) return [t];
  // "liam obrien": a name somebody has, typed without its apostrophe
  const withApostrophe = namesWithoutApostrophes(lexicon).get(t.norm);
  if (withApostrophe !== undefined && !lexicon.vocabularyWords.has(t.norm)) return [{ ...t, raw: withApostrophe, norm: withApostrophe }];
  // "jane smiths team": a first name somebody has, then a last name with "s" glued on
  if (previous?.kind === 'word' && lexicon.firstNames.has(previous.norm) && t.norm.endsWith('s') && !lexicon.lastNames.has(t.norm)) {
    const last = knownLastName(t.norm.slice(0, -1), lexicon);
    if (last !== null) return [wordToken(last === fold(t.raw.slice(0, -1)) ? t.raw.slice(0, -1) : last, last), POSSESSIVE];
  }
  // "salesteam": a word of the vocabulary with a noun glued on
  const glued = GLUED_NOUN.exec(t.norm);
  if (glued !== null && !lexicon.vocabularyWords.has(t.norm) && lexicon.vocabularyWords.has(glued[1] ?? '')) {
    return [wordToken(glued[1] ?? '', glued[1] ?? ''), wordToken(glued[2] ?? '', glued[2] ?? '')];
  }
  return [t];
}

export function restoreSeparators(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  return tokens.flatMap((t, i) => restore(t, tokens[i - 1], lexicon));
}
