// What a speaker takes back as they go: "salespeople in London no sorry in Toronto", "everyone under
// Carlos Garcia no wait under John Doe", "over one hundred ninety k no wait two hundred ninety k",
// "in engineering I mean finance". A voice assistant writes it all down; the correction replaces what
// it repeats, so the words it replaces are dropped with the marker. A marker whose replaced words
// cannot be found is left alone, to be read (or refused) as written.
import { phraseAt, type Lexicon } from './lexicon.js';
import { isNumberWord } from './numbers.js';
import type { Token } from './token.js';

/** The words that take back what came before; "sorry" and "I mean" only where what follows repeats something. */
const MARKERS: readonly (readonly string[])[] = [
  ['no', 'wait'], ['wait', 'no'], ['no', 'sorry'], ['sorry', 'no'], ['sorry', 'i', 'mean'], ['sorry', 'i', 'meant'], ['no', 'i', 'mean'],
  ['i', 'mean'], ['i', 'meant'], ['or', 'rather'], ['scratch', 'that'], ['make', 'that'], ['correction'], ['sorry'],
];

/** Where a marker that starts at i ends (past the commas around it), or -1. */
function markerEnd(tokens: readonly Token[], i: number): number {
  for (const marker of MARKERS) {
    if (!marker.every((word, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]?.norm === word)) continue;
    let end = i + marker.length;
    while (tokens[end]?.kind === 'comma') end++;
    return end;
  }
  return -1;
}

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || (token.kind === 'word' && (isNumberWord(token.norm) || token.norm === 'k' || token.norm === 'grand')));
}

/**
 * Where the words the correction at `next` replaces start, before the marker at `marker`: from the
 * last word the correction repeats ("in London no sorry in Toronto"), from the amount or year just
 * before ("one hundred ninety k no wait two hundred ninety k"), or from the phrase of the same kind
 * just before ("engineering I mean finance"); -1 when none is there.
 */
function replacedStart(tokens: readonly Token[], marker: number, next: number, lexicon: Lexicon): number {
  let start = marker;
  while (start > 0 && tokens[start - 1]?.kind === 'comma') start--;
  const first = tokens[next];
  if (first === undefined) return -1;
  const numberRunStart = (end: number): number => {
    let k = end;
    while (k > 0 && isNumber(tokens[k - 1])) k--;
    return k;
  };
  for (let k = start - 1; k >= 0 && tokens[k]?.kind !== 'comma'; k--) {
    if (tokens[k]?.norm !== first.norm) continue;
    // "in twenty twenty one no sorry twenty twenty two": the whole year, not its last "twenty"
    return isNumber(first) ? numberRunStart(k + 1) : k;
  }
  if (isNumber(first)) {
    const run = numberRunStart(start);
    return run < start ? run : -1;
  }
  const all = (): boolean => true;
  const after = phraseAt(lexicon, tokens, next, all);
  if (after === null) return -1;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const before = phraseAt(lexicon, tokens, k, all);
    if (before !== null && before.end === start && before.phrase.kind === after.phrase.kind) return k;
  }
  return -1;
}

/** The tokens with each correction applied: the replaced words and the marker dropped. */
export function applySelfCorrections(tokens: Token[], lexicon: Lexicon): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const end = markerEnd(tokens, i);
    if (end < 0 || end >= tokens.length) continue;
    const start = replacedStart(tokens, i, end, lexicon);
    if (start < 0) continue;
    return applySelfCorrections([...tokens.slice(0, start), ...tokens.slice(end)], lexicon);
  }
  return tokens;
}
