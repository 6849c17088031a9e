// What the rules share while a question is parsed: the tokens, which rule claimed each one, and the
// plan being built. A rule only ever claims free tokens, so every word is explained exactly once.
import type { Lexicon } from './lexicon.js';
import type { Token } from './normalise.js';
import type { Condition, Filter, Ordering, Scope } from './plan.js';

export interface ParseState {
  readonly question: string;
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  /** the rule that consumed each token, or null */
  readonly claimedBy: (string | null)[];
  readonly filters: Filter[];
  /** token range of each filter (same index), so negation can find the condition that follows it */
  readonly spans: { start: number; end: number }[];
  scope: Scope;
  order: Ordering | null;
  limit: number | null;
  intent: 'list' | 'count';
  /** set by the unsafe rule: the words that asked to change data or looked like SQL */
  unsafe: string[] | null;
  /** sentences set aside as the asker's context ("I want to check them against our pay bands") */
  context: string[];
}

export interface Rule {
  readonly name: string;
  apply(state: ParseState): void;
}

export function createState(question: string, tokens: readonly Token[], lexicon: Lexicon): ParseState {
  return {
    question, tokens, lexicon,
    claimedBy: tokens.map(() => null),
    filters: [], spans: [],
    scope: 'active', order: null, limit: null, intent: 'list', unsafe: null, context: [],
  };
}

export function isFree(s: ParseState, i: number): boolean {
  return i >= 0 && i < s.tokens.length && s.claimedBy[i] === null;
}

export function freeFn(s: ParseState): (i: number) => boolean {
  return (i) => isFree(s, i);
}

export function claim(s: ParseState, start: number, end: number, rule: string): void {
  for (let i = start; i < end; i++) if (s.claimedBy[i] === null) s.claimedBy[i] = rule;
}

/** Claims [start, end) for the rule and tells it back with the answer as context, as written. */
export function setAside(s: ParseState, start: number, end: number, rule: string): void {
  claim(s, start, end, rule);
  const text = s.tokens.slice(start, end).map((t) => t.raw).join(' ').replace(/ ([,'])/g, '$1');
  // a sentence set aside whole after a clause of it was ("Internal comms here, organising …") is told once
  const within = s.context.findIndex((earlier) => text.includes(earlier));
  if (within >= 0) s.context.splice(within, 1, text);
  else s.context.push(text);
}

/** The words a rule consumed in [start, end), as written. */
export function claimedText(s: ParseState, start: number, end: number, rule: string): string {
  const words: string[] = [];
  for (let i = start; i < end; i++) if (s.claimedBy[i] === rule) words.push(s.tokens[i]?.raw ?? '');
  return words.join(' ').replace(/ 's\b/g, "'s").replace(/ ,/g, ',');
}

export function addFilter(s: ParseState, rule: string, condition: Condition, start: number, end: number): Filter {
  claim(s, start, end, rule);
  const filter: Filter = { condition, negated: false, rule, text: claimedText(s, start, end, rule) };
  s.filters.push(filter);
  s.spans.push({ start, end });
  return filter;
}

/** Grows a filter's span to take in more words of the same rule (a list, a trailing modifier). */
export function extendFilter(s: ParseState, index: number, start: number, end: number): void {
  const filter = s.filters[index];
  const span = s.spans[index];
  if (filter === undefined || span === undefined) return;
  claim(s, start, end, filter.rule);
  span.start = Math.min(span.start, start);
  span.end = Math.max(span.end, end);
  filter.text = claimedText(s, span.start, span.end, filter.rule);
}

// ---- patterns -------------------------------------------------------------------------------------
// A pattern is a line of steps separated by spaces; a step lists alternatives with "|", each of
// which may be several words joined by "_"; a trailing "?" makes the step optional. Example:
//   "(in|within)? the? last|past"   — written without parentheses: "in|within? the? last|past"

interface Step {
  alternatives: string[][];
  optional: boolean;
}

interface Pattern {
  steps: Step[];
  /** words a match can start with; null when the pattern can match nothing at all */
  firstWords: Set<string> | null;
}

const compiled = new Map<string, Pattern>();

function compile(text: string): Pattern {
  let pattern = compiled.get(text);
  if (pattern === undefined) {
    const steps = text.split(' ').filter((p) => p.length > 0).map((part) => {
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      const alternatives = body.split('|').map((alt) => alt.split('_')).sort((a, b) => b.length - a.length);
      return { alternatives, optional };
    });
    // Most positions cannot start a given pattern: knowing its first words skips them cheaply.
    const firstRequired = steps.findIndex((step) => !step.optional);
    const firstWords = new Set<string>();
    for (const step of steps.slice(0, firstRequired + 1)) for (const alt of step.alternatives) firstWords.add(alt[0] ?? '');
    pattern = { steps, firstWords: firstRequired < 0 ? null : firstWords };
    compiled.set(text, pattern);
  }
  return pattern;
}

function altMatches(s: ParseState, alt: readonly string[], i: number, limit: number): boolean {
  if (i + alt.length > limit) return false;
  for (let j = 0; j < alt.length; j++) {
    if (s.claimedBy[i + j] !== null || s.tokens[i + j]?.norm !== alt[j]) return false;
  }
  return true;
}

function matchSteps(s: ParseState, steps: Step[], k: number, i: number, limit: number): number {
  const step = steps[k];
  if (step === undefined) return i;
  for (const alt of step.alternatives) {
    if (altMatches(s, alt, i, limit)) {
      const end = matchSteps(s, steps, k + 1, i + alt.length, limit);
      if (end >= 0) return end;
    }
  }
  return step.optional ? matchSteps(s, steps, k + 1, i, limit) : -1;
}

/** End (exclusive) of the pattern matched on free tokens from i (and before `limit`), or -1. */
export function matchAt(s: ParseState, i: number, text: string, limit = s.tokens.length): number {
  if (i < 0) return -1;
  const pattern = compile(text);
  const first = s.tokens[i];
  if (pattern.firstWords !== null && (first === undefined || !pattern.firstWords.has(first.norm))) return -1;
  return matchSteps(s, pattern.steps, 0, i, limit);
}

/** Start of the longest match of the pattern that ends exactly at `end`, or -1. */
export function matchEndingAt(s: ParseState, end: number, pattern: string, maxLength = 6): number {
  for (let start = Math.max(0, end - maxLength); start < end; start++) {
    if (matchAt(s, start, pattern, end) === end) return start;
  }
  return -1;
}

export function normAt(s: ParseState, i: number): string | undefined {
  return s.tokens[i]?.norm;
}
