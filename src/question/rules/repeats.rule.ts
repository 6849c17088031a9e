// Conditions said more than once. The same condition twice ("sit at the top, with no manager above
// them") is one condition. Two departments, places or titles joined by "and" ("every designer + every
// engineer", "Chicago staff and Austin staff") can only mean either: each employee has one of each,
// so requiring both would answer every such question with nobody. One set inside the other
// ("engineers in Sales") is left as asked. Runs after negation, so only positive conditions are joined.
import { isGroupCondition, type Condition, type Filter, type GroupCondition } from '../plan.js';
import { FILLERS } from '../fillers.js';
import { phraseAt } from '../lexicon.js';
import type { ParseState, Rule } from '../state.js';

function listOf(condition: GroupCondition): string[] {
  return condition.kind === 'department' ? condition.names : condition.kind === 'location' ? condition.locations : condition.titles;
}

function withList(condition: GroupCondition, values: string[]): GroupCondition {
  if (condition.kind === 'department') return { kind: 'department', names: values };
  return condition.kind === 'location' ? { kind: 'location', locations: values } : { kind: 'title', titles: values };
}

const SIDE_BY_SIDE = new Set(['and', 'plus', 'also', 'every', 'all', 'the', 'both', 'as', 'well']);
const INSIDE = new Set(['in', 'at', 'from', 'of', 'within', 'who', 'that', 'with', 'on', 'based', 'located', 'among']);

/** Where the words between two filters are, in order. */
function gapBetween(s: ParseState, one: number, other: number): { start: number; end: number } {
  const a = s.spans[one] ?? { start: 0, end: 0 };
  const b = s.spans[other] ?? { start: 0, end: 0 };
  return a.start <= b.start ? { start: a.end, end: b.start } : { start: b.end, end: a.start };
}

/**
 * Only "and", "or", "plus", commas and words like "every" or "staff" between the two, or nothing at
 * all: side by side, not one inside the other.
 */
function joinedSideBySide(s: ParseState, one: number, other: number): boolean {
  const gap = gapBetween(s, one, other);
  const between = s.tokens.slice(gap.start, gap.end);
  // "the operations legal and h r teams": a list spoken with no comma, two names right next to each other
  if (between.length === 0) return true;
  const join = between.findIndex((t) => t.kind === 'comma' || /^(and|or|plus)$/.test(t.norm));
  // a preposition after the "and" repeats the first one ("of the Sales and of the Marketing", "for
  // Engineering or for Product"); before it, one group is inside the other
  const sideBySide = (t: (typeof between)[number], k: number): boolean =>
    t.kind === 'comma' || SIDE_BY_SIDE.has(t.norm) || FILLERS.has(t.norm) || t.norm === 'or' || (k > join && (INSIDE.has(t.norm) || t.norm === 'for'));
  return join >= 0 && between.every(sideBySide) && !between.slice(0, join).some((t) => INSIDE.has(t.norm));
}

/** Folds filter `later` into `earlier`, which keeps its place; `later`'s words become `earlier`'s. */
function absorb(s: ParseState, earlier: number, later: number, condition: Condition): void {
  const kept = s.filters[earlier] as Filter;
  const gone = s.filters[later] as Filter;
  const keptSpan = s.spans[earlier] ?? { start: 0, end: 0 };
  const goneSpan = s.spans[later] ?? { start: 0, end: 0 };
  for (let k = goneSpan.start; k < goneSpan.end; k++) if (s.claimedBy[k] === gone.rule) s.claimedBy[k] = kept.rule;
  s.filters[earlier] = { ...kept, condition, text: `${kept.text} ${gone.text}` };
  s.spans[earlier] = { start: Math.min(keptSpan.start, goneSpan.start), end: Math.max(keptSpan.end, goneSpan.end) };
  s.filters.splice(later, 1);
  s.spans.splice(later, 1);
}

/**
 * "Product people aside from Product Managers": taking a whole department out of itself would leave
 * nobody, so words that name both the department (the contract's "product managers") and a title
 * are read as the title there.
 */
function excludedTitleNotDepartment(s: ParseState): void {
  s.filters.forEach((filter, index) => {
    if (!filter.negated || filter.condition.kind !== 'department') return;
    const names = JSON.stringify(filter.condition.names);
    if (!s.filters.some((other) => !other.negated && other.condition.kind === 'department' && JSON.stringify(other.condition.names) === names)) return;
    const span = s.spans[index] ?? { start: 0, end: 0 };
    for (let k = span.start; k < span.end; k++) {
      const title = phraseAt(s.lexicon, s.tokens, k, () => true, 'title');
      if (title !== null && title.end <= span.end) {
        s.filters[index] = { ...filter, condition: { kind: 'title', titles: title.phrase.values } };
        return;
      }
    }
  });
}

export const repeatsRule: Rule = {
  name: 'repeats',
  apply(s) {
    excludedTitleNotDepartment(s);
    for (let later = s.filters.length - 1; later > 0; later--) {
      const filter = s.filters[later] as Filter;
      for (let earlier = 0; earlier < later; earlier++) {
        const other = s.filters[earlier] as Filter;
        if (other.negated !== filter.negated) continue;
        if (JSON.stringify(other.condition) === JSON.stringify(filter.condition)) {
          absorb(s, earlier, later, other.condition);
          break;
        }
        if (!filter.negated && joinedSideBySide(s, earlier, later) && isGroupCondition(other.condition) && isGroupCondition(filter.condition) && other.condition.kind === filter.condition.kind) {
          const values = [...new Set([...listOf(other.condition), ...listOf(filter.condition)])];
          // the "or" that joined them is theirs, or it would read as an "or" between two conditions
          const gap = gapBetween(s, earlier, later);
          for (let k = gap.start; k < gap.end; k++) if (s.claimedBy[k] === null && s.tokens[k]?.norm === 'or') s.claimedBy[k] = other.rule;
          absorb(s, earlier, later, withList(other.condition, values));
          break;
        }
      }
    }
  },
};
