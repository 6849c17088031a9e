// Negation of one condition: "not in Chicago", "outside the UK", "except those in Toronto",
// "excluding Sales", "other than engineers", "not on leave". Runs after every condition rule: it
// claims the cue and negates the filter that starts right after it (skipping connecting words).
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

const CUE = 'but_leave_out|leave_out|leaving_out|but_skip|skip|skipping|but_omit|omit|omitting|but_ignore|ignoring|but_exclude|but_not_including|not_including|but_not|not|never|non|outside|outside_of|except|except_for|excluding|exclude|other_than|apart_from|besides|aside_from|minus|without';
/** Words that may stand between the cue and the condition ("except those in", "not based in", "other than the ones in"). */
const BRIDGE = 'the? those|people|employees|anyone|ones? who|that? are|is|have|has? currently? based|located|working|work? in|on|at|from|with?';

/**
 * "but" excludes after everyone ("everyone but engineers") or before "those" ("engineers but those in
 * Berlin"); between two conditions it joins them ("more than 71,900 but less than 72,300").
 */
function butExcludes(s: ParseState, i: number): boolean {
  if (s.tokens[i]?.norm !== 'but') return false;
  return /^(everyone|everybody|all|anyone|anybody)$/.test(s.tokens[i - 1]?.norm ?? '') || matchAt(s, i + 1, 'those|the_ones|anyone|people|employees') > i + 1;
}

export const negationRule: Rule = {
  name: 'negation',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = butExcludes(s, i) ? i + 1 : matchAt(s, i, CUE);
      if (cueEnd <= i) continue;
      const bridgeEnd = Math.max(cueEnd, matchAt(s, cueEnd, BRIDGE));
      const index = s.spans.findIndex((span) => span.start === bridgeEnd || span.start === cueEnd);
      const filter = s.filters[index];
      if (filter === undefined || filter.negated) continue;
      claim(s, i, bridgeEnd, this.name);
      filter.negated = true;
      filter.text = `${s.tokens.slice(i, bridgeEnd).map((t) => t.raw).join(' ')} ${filter.text}`;
    }
  },
};
