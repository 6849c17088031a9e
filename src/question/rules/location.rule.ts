// Locations from the data, and the fixed country and remote-work words ("UK" → London, "US" →
// the four American offices). "us" is a country only when written "US", after a preposition or
// right after a department or title ("product us").
import { AMBIGUOUS_PLACE_WORDS } from '../countries.js';
import { phraseAt, typoAt } from '../lexicon.js';
import { exactMatcher, addVocabularyFilters } from '../vocabulary.js';
import { freeFn, type ParseState, type Rule } from '../state.js';

const exact = exactMatcher('location');
// not "of": "how many of us" is the company
const PLACE_PREPOSITIONS = new Set(['in', 'the', 'outside', 'from', 'across', 'or', 'and', ',', 'than', 'not', 'non']);

function location(s: ParseState, i: number) {
  const free = freeFn(s);
  // a place with one small typo ("Londn", "Torono"), only where no exact phrase of any kind fits
  const m = exact(s, i) ?? (phraseAt(s.lexicon, s.tokens, i, free) === null ? typoAt(s.lexicon, s.lexicon.locationPhrases, s.tokens, i, free) : null);
  const t = s.tokens[i];
  if (m === null || t === undefined || !AMBIGUOUS_PLACE_WORDS.has(t.norm) || m.end - m.start > 1) return m;
  const before = s.tokens[i - 1]?.norm;
  // "product us >180k": right after a department or title, as a search-box query puts it
  const afterVocabulary = before !== undefined && s.lexicon.vocabularyWords.has(before);
  return t.raw === t.raw.toUpperCase() || (before !== undefined && PLACE_PREPOSITIONS.has(before)) || afterVocabulary ? m : null;
}

/** "based in", "out of"; "fully remote", "entirely remote": the adverb only says how much. */
/** "the remote location", "the Berlin office": the noun only repeats that it is a place. */
const TAIL = 'location|office|site|hub|branch';

const CUE = 'based_anywhere_in|located_anywhere_in|anywhere_in|based_in|located_in|stationed_in|posted_to|posted_in|operating_out_of|working_out_of|on_the_ground_in|working_in|who_work_in|in_the|work_from|working_from|live_in|lives_in|living_in|who_live_in|who_lives_in|out_of|fully|entirely|completely|whose_location_is|with_location|location_is|location|location_= the|our?';

export const locationRule: Rule = {
  name: 'location',
  apply(s) {
    addVocabularyFilters(s, this.name, location, (locations) => ({ kind: 'location', locations }), CUE, TAIL);
  },
};
