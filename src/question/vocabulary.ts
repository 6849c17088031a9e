// Matching vocabulary phrases (departments, titles, locations) and the lists they come in
// ("Product or Customer Support", "London, Berlin and Toronto"): a list means any of them.
import { phraseAt, type PhraseMatch, type VocabularyKind } from './lexicon.js';
import { addFilter, freeFn, matchAt, type ParseState } from './state.js';
import type { Condition } from './plan.js';

/** "London or Berlin", "Chicago, or in London", "Sales and also Marketing": the words between two items. */
const LIST_SEPARATOR = ',? or|and|nor|plus|as_well_as|, ,? also|else? in|from|at|within|based_in|located_in? the?';

type Matcher = (s: ParseState, i: number) => PhraseMatch | null;

/** The best phrase at i when it is of this kind (a longer phrase of another kind wins). */
export function exactMatcher(kind: VocabularyKind): Matcher {
  return (s, i) => {
    const m = phraseAt(s.lexicon, s.tokens, i, freeFn(s));
    return m !== null && m.phrase.kind === kind ? m : null;
  };
}

/**
 * Finds every phrase the matcher accepts, joins list continuations into one filter, and returns
 * nothing: the filters are added to the state. `cue` is an optional lead ("titled", "based in"), or several,
 * claimed with the phrase when it stands right before it; `tail` likewise right after it.
 */
export function addVocabularyFilters(
  s: ParseState, rule: string, match: Matcher, build: (values: string[]) => Condition, cue?: string | readonly string[], tail?: string,
): void {
  const cues = cue === undefined ? [] : typeof cue === 'string' ? [cue] : cue;
  for (let i = 0; i < s.tokens.length; i++) {
    const first = match(s, i);
    if (first === null) continue;
    const values = [...first.phrase.values];
    let end = first.end;
    for (;;) {
      const sepEnd = matchAt(s, end, LIST_SEPARATOR);
      if (sepEnd <= end) break;
      // the separator takes "the", which may also start the next phrase ("or the States")
      const next = match(s, sepEnd) ?? (s.tokens[sepEnd - 1]?.norm === 'the' ? match(s, sepEnd - 1) : null);
      if (next === null) break;
      for (const v of next.phrase.values) if (!values.includes(v)) values.push(v);
      end = next.end;
    }
    let start = i;
    for (let k = Math.max(0, i - 5); k < i && start === i; k++) {
      if (cues.some((c) => matchAt(s, k, c) === i)) start = k;
    }
    // a trailing noun that only repeats what the phrase is ("a Recruiter role", "the Berlin office")
    if (tail !== undefined) end = Math.max(end, matchAt(s, end, tail));
    addFilter(s, rule, build(values), start, end);
    i = end - 1;
  }
}
