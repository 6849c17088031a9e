// "How many …", "number of …", "count …": the same set of employees, answered by its total count.
import { SUBJECT_WORDS } from '../fillers.js';
import { phraseAt } from '../lexicon.js';
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

const COUNT_PATTERNS = [
  'how_many heads?', 'a? tally|tally_up of?', 'count|add up', 'the? total? number|count|headcount|tally|quantity|amount of', 'the? total headcount|count|number', 'count|headcount', 'the? hiring|hire|hires count|numbers|total|tally',
  // the size of a group of people: "how big is the Legal team", "size of the HR team"
  'how big|large is|are', 'the? size of',
];

/** People, in the plural, start at k: "employees", "engineers", "support staff". */
function namesPeopleAt(s: ParseState, k: number): boolean {
  return SUBJECT_WORDS.has(s.tokens[k]?.norm ?? '') || phraseAt(s.lexicon, s.tokens, k, () => true)?.phrase.number === 'plural';
}

export const countRule: Rule = {
  name: 'count',
  apply(s) {
    // every count phrase is claimed: "count how many …" says it twice
    for (let i = 0; i < s.tokens.length; i++) {
      for (const pattern of COUNT_PATTERNS) {
        const end = matchAt(s, i, pattern);
        if (end <= i) continue;
        claim(s, i, end, this.name);
        s.intent = 'count';
        i = end - 1;
        break;
      }
    }
    // "how much people work in Legal": "how much" right before the people counted
    for (let i = 0; i < s.tokens.length && s.intent !== 'count'; i++) {
      if (matchAt(s, i, 'how much') === i + 2 && namesPeopleAt(s, i + 2)) {
        claim(s, i, i + 2, this.name);
        s.intent = 'count';
      }
    }
    // "total employees in Chicago", "total engineers", "total hires since 2024": "total" right before the people counted
    for (let i = 0; i < s.tokens.length && s.intent !== 'count'; i++) {
      if (s.tokens[i]?.norm !== 'total' || s.claimedBy[i] !== null) continue;
      if (namesPeopleAt(s, i + 1) || /^(hires|joiners|starters|recruits|newcomers)$/.test(s.tokens[i + 1]?.norm ?? '')) {
        claim(s, matchAt(s, i - 1, 'the') === i ? i - 1 : i, i + 1, this.name);
        s.intent = 'count';
      }
    }
    // "number on parental leave", "number hired in 2024": a search-box count, the word first and a condition after it
    if (s.intent !== 'count' && s.tokens[0]?.norm === 'number' && s.claimedBy[0] === null && matchAt(s, 1, 'on|in|at|with|under|hired|who|that|earning|making|based|working|reporting') > 1) {
      claim(s, 0, 1, this.name);
      s.intent = 'count';
    }
    if (s.intent !== 'count') return;
    // "how many … in total", "… altogether", "… just need a number"
    for (let j = 0; j < s.tokens.length; j++) {
      const after = Math.max(matchAt(s, j, 'in_total|in_all|altogether|total|combined|put_together|together|come_to|comes_to|amount_to|amounts_to|add_up_to|adds_up_to'), matchAt(s, j, 'just? need|want a|the number|count|total|figure'));
      if (after > j) claim(s, j, after, this.name);
    }
  },
};
