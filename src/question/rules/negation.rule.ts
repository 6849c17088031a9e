// Negation of one condition: "not in Chicago", "outside the UK", "except those in Toronto",
// "excluding Sales", "other than engineers", "not on leave". Runs after every condition rule: it
// claims the cue and negates the filter that starts right after it (skipping connecting words).
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

const CUE = 'neither|but_leave_out|leave_out|leaving_out|but_skip|skip|skipping|but_omit|omit|omitting|but_ignore|ignoring|but_exclude|but_not_including|not_including|but_not|not|never|non|outside|outside_of|except|except_for|excluding|exclude|other_than|apart_from|besides|aside_from|minus|without';
/** Words that may stand between the cue and the condition ("except those in", "not based in", "other than the ones in"). */
const BRIDGE = 'the? those|people|employees|anyone|ones? who|that? are|is|have|has? currently? based|located|working|work? in|on|at|from|with|of? the?';

/**
 * "but" excludes after everyone ("everyone but engineers") or before "those" ("engineers but those in
 * Berlin"); between two conditions it joins them ("more than 71,900 but less than 72,300").
 */
function butExcludes(s: ParseState, i: number): boolean {
  if (s.tokens[i]?.norm !== 'but') return false;
  return /^(everyone|everybody|all|anyone|anybody)$/.test(s.tokens[i - 1]?.norm ?? '') || matchAt(s, i + 1, 'those|the_ones|anyone|people|employees') > i + 1;
}

/** Cues that take a group out ("except", "other than"), as against "not", which negates one condition. */
const EXCLUSION = /^(except|excluding|exclude|other|apart|besides|aside|minus|but|leave|leaving|skip|skipping|omit|omitting|ignoring)$/;

function excludesAGroup(s: ParseState, cueStart: number): boolean {
  return EXCLUSION.test(s.tokens[cueStart]?.norm ?? '') || EXCLUSION.test(s.tokens[cueStart + 1]?.norm ?? '');
}

/**
 * Another condition right after the excluded one, with nothing but "in", "the", "who are" between:
 * "except New York paralegals", "other than the Product Analysts in San Francisco" take out the
 * people who are both, which negating one condition at a time cannot say.
 */
function conditionRightAfter(s: ParseState, index: number): boolean {
  const span = s.spans[index];
  if (span === undefined) return false;
  let k = span.end;
  while (k < s.tokens.length && s.claimedBy[k] === null && /^(in|at|the|who|that|are|is|based|located|working|on)$/.test(s.tokens[k]?.norm ?? '')) k++;
  return s.spans.some((other, j) => j !== index && other.start === k && k < s.tokens.length);
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
      if (excludesAGroup(s, i) && conditionRightAfter(s, index)) s.inexpressible.push(...s.tokens.slice(i, bridgeEnd).map((t) => t.raw));
      filter.text = `${s.tokens.slice(i, bridgeEnd).map((t) => t.raw).join(' ')} ${filter.text}`;
    }
  },
};
