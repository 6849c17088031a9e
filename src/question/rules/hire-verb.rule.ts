// The verbs and nouns around a hire date ("hired", "joined", "started", "hire date", "hires"):
// consumed only when a hire-date condition was found, and added to its words.
import { claim, matchAt, type Rule } from '../state.js';

const HIRE_WORDS = 'got|were|was? hired|hire|hires|joined|join|joining|joiners|started|start|starting|onboarded|came_on_board|came_aboard|brought_on the? company|firm|team|us|date|dates?';

export const hireVerbRule: Rule = {
  name: 'hire-verb',
  apply(s) {
    const filter = s.filters.find((f) => f.condition.kind === 'hireDate');
    if (filter === undefined) return;
    for (let i = 0; i < s.tokens.length; i++) {
      const end = matchAt(s, i, HIRE_WORDS);
      if (end <= i || s.tokens.slice(i, end).every((t) => /^(got|were|was|the|company|firm|team|us|date|dates)$/.test(t.norm))) continue;
      claim(s, i, end, filter.rule);
      filter.text = `${s.tokens.slice(i, end).map((t) => t.raw).join(' ')} ${filter.text}`;
      i = end - 1;
    }
  },
};
