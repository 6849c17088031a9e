// "How many …", "number of …", "count …": the same set of employees, answered by its total count.
import { claim, matchAt, type Rule } from '../state.js';

const COUNT_PATTERNS = ['how_many', 'the? total? number|count|headcount|tally of', 'the? total headcount|count|number', 'count|headcount'];

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
    if (s.intent !== 'count') return;
    // "how many … in total", "… altogether"
    for (let j = 0; j < s.tokens.length; j++) {
      const after = matchAt(s, j, 'in_total|in_all|altogether|total');
      if (after > j) claim(s, j, after, this.name);
    }
  },
};
