// The verbs and nouns around a hire date ("hired", "joined", "started", "hire date", "new hires"):
// consumed only when a hire-date condition was found, and joined to the nearest one (the one they
// introduce, else the one before them), so "excluding those hired before 2020" negates it whole.
// Without a hire date they say nothing more than the words around them: "the newest 5 people hired"
// (the order is by hire date already), "people hired in London" (a place or a department follows).
import { phraseAt } from '../lexicon.js';
import { claim, extendFilter, freeFn, matchAt, type ParseState, type Rule } from '../state.js';

const HIRE_WORDS = 'got|were|was|ever|new|recent? been_around|been_here|been_with_us|come_aboard|come_on_board|coming_aboard|comes_aboard|new_employees|new_people|new_staff|new_folks|brought_on_board|bring_on_board|brought_onboard|commenced_employment|began_employment|started_employment|commenced_work|commenced|hired|hire|hires|joined|join|joining|joiners|starters|entered|entered_the_company|contracted|began|begun|new_blood|signed_on|taken_on|took_on|came_on|came_aboard|came_on_board|joined_the_ranks|got_their_start|recruited|first_day_was|whose_first_day_was|newcomers|newcomer|newbies|started|onboard|arrived|arrived_at|arrived_in|came_to|came_into|bring_on|bringing_on|brought_in|start|starting|onboarded|came_on_board|came_aboard|brought_on the? company|firm|team|us|date|dates|made?';
const AUXILIARY_ONLY = /^(got|were|was|ever|new|recent|the|company|firm|team|us|date|dates|made)$/;

function nearestHireDate(s: ParseState, start: number): number {
  let best = -1;
  s.filters.forEach((f, index) => {
    if (f.condition.kind !== 'hireDate') return;
    const span = s.spans[index];
    const current = s.spans[best];
    if (span === undefined) return;
    if (best < 0 || current === undefined) best = index;
    else if (span.start >= start && (current.start < start || span.start < current.start)) best = index;
    else if (span.start < start && current.start < start && span.start > current.start) best = index;
  });
  return best;
}

/** Participles that only restate that someone is employed, before "in London", "into Sales". */
const HIRED_INTO = 'hired|recruited|onboarded|employed in|into|at|to|for the?';

/** The hire verbs of a question with no hire date: part of a hire-date order, or before a place or department. */
function hireVerbsWithoutDate(s: ParseState, rule: string): void {
  const free = freeFn(s);
  for (let i = 0; i < s.tokens.length; i++) {
    // "the 3 newest US sales hires": the noun of an order by hire date, apart from it
    if (s.order?.field === 'hireDate' && matchAt(s, i, 'hired|joined|started|hires|joiners|starters|recruits') > i) {
      claim(s, i, i + 1, 'ordering');
      continue;
    }
    const end = matchAt(s, i, HIRED_INTO);
    const place = end > i ? phraseAt(s.lexicon, s.tokens, end, free) : null;
    if (place !== null && place.phrase.kind !== 'title') claim(s, i, end, rule);
  }
}

export const hireVerbRule: Rule = {
  name: 'hire-verb',
  apply(s) {
    if (!s.filters.some((f) => f.condition.kind === 'hireDate')) {
      hireVerbsWithoutDate(s, this.name);
      return;
    }
    for (let i = 0; i < s.tokens.length; i++) {
      const end = matchAt(s, i, HIRE_WORDS);
      if (end <= i || s.tokens.slice(i, end).every((t) => AUXILIARY_ONLY.test(t.norm))) continue;
      const index = nearestHireDate(s, i);
      if (index >= 0) extendFilter(s, index, i, end);
      i = end - 1;
    }
  },
};
