// Ways of asking that span several words and say nothing about who is asked for ("pull up",
// "looking for", "what does … look like", "the full list of"). Single words of this kind are fillers; these are
// phrases because their words alone ("up", "for", "like") could carry meaning elsewhere. Runs last,
// so it only ever takes words that no condition wanted.
import { claim, matchAt, type Rule } from '../state.js';

const REQUEST = [
  'pull|bring|dig up|out', 'looking|look|searching|search for', 'look|looks like', 'interested in',
  'full|complete|whole list|listing|rundown', 'roster|directory|lineup for|of', 'right_now|at_the_moment|at_present|as_of_now|as_of_today', 'for me|us',
  // asking around the question: "do you know if", "any idea who", "I'd love to know", "I'm after", "quick question"
  'know|wonder|wondering|curious|asking|checking|check|see|tell_me if|whether', 'any idea|ideas if|whether?', 'happen|happens to', 'would? love|like to know|see|find|get',
  'am|are after', 'quick question', 'just curious|wondering|asking|checking|wanted_to_know',
];

/** Sounds that open a sentence and say nothing ("Well, …", "Hmm, …"); only first or after a comma. */
const OPENERS = 'well|hmm|hm|um|uh|er|okay|ok|alright|yo';

export const requestRule: Rule = {
  name: 'request',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (i > 0 && s.tokens[i - 1]?.kind !== 'comma') continue;
      const end = matchAt(s, i, OPENERS);
      if (end > i) claim(s, i, end, this.name);
    }
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
