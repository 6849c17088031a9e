// Ways of asking that span several words and say nothing about who is asked for ("pull up",
// "looking for", "what does … look like", "the full list of"). Single words of this kind are fillers; these are
// phrases because their words alone ("up", "for", "like") could carry meaning elsewhere. Runs last,
// so it only ever takes words that no condition wanted.
import { claim, matchAt, type Rule } from '../state.js';

const REQUEST = ['pull|bring|dig up|out', 'looking|look|searching|search for', 'look|looks like', 'interested in', 'full|complete|whole list|listing|rundown', 'roster|directory|lineup for|of', 'right_now|at_the_moment|at_present|as_of_now|as_of_today', 'for me|us'];

export const requestRule: Rule = {
  name: 'request',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      for (const pattern of REQUEST) {
        const end = matchAt(s, i, pattern);
        if (end <= i) continue;
        claim(s, i, end, this.name);
        i = end - 1;
        break;
      }
    }
  },
};
