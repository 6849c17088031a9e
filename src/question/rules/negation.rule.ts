// Negation of one condition: "not in Chicago", "outside the UK", "except those in Toronto",
// "excluding Sales", "other than engineers", "not on leave". Runs after every condition rule: it
// claims the cue and negates the filter that starts right after it (skipping connecting words), or,
// after a cue that takes a group out, the group of conditions that follow one another there.
import { isGroupCondition, type Filter } from '../plan.js';
import { claim, matchAt, type ParseState, type Rule } from '../state.js';

const CUE = 'somewhere_other_than|somewhere_outside|somewhere_outside_of|bar|barring|with_the_exception_of|do_not_include|does_not_include|not_include|whose_location_is_not|location_is_not|anywhere_except|anywhere_but|anywhere_other_than|anywhere_outside|anywhere_outside_of|everywhere_except|everywhere_but|neither|but_leave_out|leave_out|leaving_out|but_skip|skip|skipping|but_omit|omit|omitting|but_ignore|ignoring|but_exclude|but_not_including|not_including|but_not|not|never|non|outside|outside_of|except|except_for|excluding|exclude|other_than|apart_from|besides|aside_from|minus|without|apart|aside';
/** Words that may stand between the cue and the condition ("except those in", "not based in", "other than the ones in"). */
const BRIDGE = 'the? those|them|people|employees|anyone|ones? who|that? are|is|have|has? currently? based|located|working|work? in|on|at|from|with|of? the|a|an?';

/**
 * "but" excludes after everyone ("everyone but engineers") or before "those" ("engineers but those in
 * Berlin"); between two conditions it joins them ("more than 71,900 but less than 72,300").
 */
function butExcludes(s: ParseState, i: number): boolean {
  if (s.tokens[i]?.norm !== 'but') return false;
  if (/^(everyone|everybody|all|anyone|anybody)$/.test(s.tokens[i - 1]?.norm ?? '') || matchAt(s, i + 1, 'those|the_ones|anyone|people|employees') > i + 1) return true;
  // "everyone in Chicago but Sales": between two groups, the second is taken out of the first
  const before = s.filters[s.spans.findIndex((span) => span.end === i)];
  const after = s.filters[s.spans.findIndex((span) => span.start === i + 1)];
  // as against two bounds: "more than 71,900 but less than 72,300"
  return before !== undefined && after !== undefined && isGroupCondition(before.condition) && isGroupCondition(after.condition);
}

/** Cues that take a group out ("except", "other than"), as against "not", which negates one condition. */
const EXCLUSION = /^(except|excluding|exclude|other|apart|besides|aside|minus|but|leave|leaving|skip|skipping|omit|omitting|ignoring)$/;

function excludesAGroup(s: ParseState, cueStart: number): boolean {
  return EXCLUSION.test(s.tokens[cueStart]?.norm ?? '') || EXCLUSION.test(s.tokens[cueStart + 1]?.norm ?? '');
}

/**
 * The condition read right after the one at `index`, with nothing but "in", "the", "who are" between
 * ("New York paralegals", "the Product Analysts in San Francisco"), or -1.
 */
function conditionRightAfter(s: ParseState, index: number): number {
  const span = s.spans[index];
  if (span === undefined) return -1;
  let k = span.end;
  while (k < s.tokens.length && s.claimedBy[k] === null && /^(in|at|the|who|that|are|is|based|located|working|on)$/.test(s.tokens[k]?.norm ?? '')) k++;
  const next = k < s.tokens.length ? s.spans.findIndex((other, j) => j !== index && other.start === k) : -1;
  // only groups make one group: "besides Paralegals hired since 2020" and "except those in Berlin
  // earning under 100k" keep the date and the pay for the rest, as "except X" negates one condition
  const condition = s.filters[next]?.condition;
  return condition !== undefined && isGroupCondition(condition) ? next : -1;
}

/**
 * "except New York paralegals", "other than the Product Analysts in San Francisco": a group named by
 * several conditions in a row is taken out as a whole, NOT (A AND B), not one condition at a time.
 * Their filters become one allOf filter. No part is negated yet: cues are read left to right, and
 * only connecting words stand between the parts.
 */
function groupTakenOut(s: ParseState, first: number): Filter | undefined {
  // a person is one already: "everyone but Wei Chen in Sales" keeps Sales for the rest
  if (s.filters[first]?.condition.kind === 'name') return s.filters[first];
  const members = [first];
  for (let next = conditionRightAfter(s, first); next >= 0 && !members.includes(next); next = conditionRightAfter(s, next)) members.push(next);
  if (members.length === 1) return s.filters[first];
  const filters = members.map((i) => s.filters[i]).filter((f): f is Filter => f !== undefined);
  const spans = members.map((i) => s.spans[i] ?? { start: 0, end: 0 });
  const group: Filter = {
    condition: { kind: 'allOf', conditions: filters.map((f) => f.condition) },
    negated: false,
    rule: 'negation',
    text: filters.map((f) => f.text).join(' '),
  };
  const span = { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) };
  for (const i of [...members].sort((a, b) => b - a)) {
    s.filters.splice(i, 1);
    s.spans.splice(i, 1);
  }
  s.filters.push(group);
  s.spans.push(span);
  // the words between the parts ("in", "the", "who are") belong to the group
  for (let k = span.start; k < span.end; k++) if (s.claimedBy[k] === null) s.claimedBy[k] = 'negation';
  return group;
}

export const negationRule: Rule = {
  name: 'negation',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = butExcludes(s, i) ? i + 1 : matchAt(s, i, CUE);
      if (cueEnd <= i) continue;
      const bridgeEnd = Math.max(cueEnd, matchAt(s, cueEnd, BRIDGE));
      const index = s.spans.findIndex((span) => span.start === bridgeEnd || span.start === cueEnd);
      if (s.filters[index] === undefined || s.filters[index]?.negated === true) continue;
      const filter = excludesAGroup(s, i) ? groupTakenOut(s, index) : s.filters[index];
      if (filter === undefined) continue;
      claim(s, i, bridgeEnd, this.name);
      filter.negated = true;
      filter.text = `${s.tokens.slice(i, bridgeEnd).map((t) => t.raw).join(' ')} ${filter.text}`;
    }
  },
};
