// "…, including indirect reports" written apart from the relation it widens: turns the person's
// direct reports into their whole org. Runs after the relation rules so it can find their filters.
import { claim, matchAt, type Rule } from '../state.js';

const WIDENING = ',? both? including|plus|and? the? the_direct_and_also_the_indirect|the_directs_and_the_indirects|directs_and_indirects|direct_and_indirect|directly_or_indirectly|direct_or_indirect|indirect|indirect_ones|indirect_reports|their_reports|all_the_way_down|at_any_level|at_every_level|at_all_levels|all_levels|every_level|recursively';

export const indirectReportsRule: Rule = {
  name: 'indirect-reports',
  apply(s) {
    const index = s.filters.findIndex((f) => f.condition.kind === 'reportsTo' || f.condition.kind === 'orgOf');
    const filter = s.filters[index];
    if (filter === undefined) return;
    for (let i = 0; i < s.tokens.length; i++) {
      const end = matchAt(s, i, WIDENING);
      if (end <= i || s.tokens.slice(i, end).every((t) => t.kind === 'comma' || t.norm === 'both')) continue;
      claim(s, i, end, filter.rule);
      if (filter.condition.kind === 'reportsTo') filter.condition = { kind: 'orgOf', person: filter.condition.person };
      filter.text = `${filter.text} ${s.tokens.slice(i, end).map((t) => t.raw).join(' ')}`.replace(/ ,/g, ',');
      return;
    }
  },
};
