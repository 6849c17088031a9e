// Test helpers: parse against the fixture vocabulary and compare plans without the bookkeeping
// (rule names, consumed words), with conditions in a stable order.
import { expect } from 'vitest';
import { parseQuestion, validatePlan, type ParseResult } from '../../../src/question/index.js';
import type { Condition, Ordering, QueryPlan, Scope } from '../../../src/question/plan.js';
import { FIXTURE_LEXICON } from './lexicon-fixture.js';

export interface PlanShape {
  scope?: Scope;
  conditions?: (Condition & { negated?: true })[];
  order?: Ordering | null;
  limit?: number | null;
  intent?: 'list' | 'count';
}

export function parse(question: string): ParseResult {
  return parseQuestion(question, FIXTURE_LEXICON);
}

export function planOf(question: string): QueryPlan {
  const r = parse(question);
  if (!r.ok) throw new Error(`refused "${question}": ${r.refusal.code} ${JSON.stringify(r.refusal.unknownWords)}`);
  expect(validatePlan(r.plan)).toEqual([]);
  return r.plan;
}

const sortKey = (c: unknown): string => JSON.stringify(c);

export function shapeOf(plan: QueryPlan): Required<PlanShape> {
  return {
    scope: plan.scope,
    conditions: plan.filters
      .map((f) => (f.negated ? { ...f.condition, negated: true as const } : f.condition))
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    order: plan.order,
    limit: plan.limit,
    intent: plan.intent,
  };
}

/** The question parses to exactly this plan (defaults: active, no order, no limit, list). */
export function expectPlan(question: string, expected: PlanShape): void {
  const want: Required<PlanShape> = {
    scope: expected.scope ?? 'active',
    conditions: [...(expected.conditions ?? [])].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    order: expected.order ?? null,
    limit: expected.limit ?? null,
    intent: expected.intent ?? 'list',
  };
  expect(shapeOf(planOf(question)), question).toEqual(want);
}

export function expectRefusal(question: string, code: 'QUESTION_NOT_UNDERSTOOD' | 'UNSAFE_QUESTION', unknownWords?: string[]): void {
  const r = parse(question);
  expect(r.ok, `"${question}" should be refused`).toBe(false);
  if (r.ok) return;
  expect(r.refusal.code, question).toBe(code);
  if (unknownWords !== undefined) expect(r.refusal.unknownWords, question).toEqual(unknownWords);
  expect(r.refusal.examples.length).toBeGreaterThanOrEqual(2);
}

export const dept = (...names: string[]): Condition => ({ kind: 'department', names });
export const loc = (...locations: string[]): Condition => ({ kind: 'location', locations });
export const title = (...titles: string[]): Condition => ({ kind: 'title', titles });
export const not = <C extends Condition>(c: C): C & { negated: true } => ({ ...c, negated: true });
export const US = ['New York', 'San Francisco', 'Austin', 'Chicago'];
