// Salaries are read not only through the salaryUsd field but through questions: filtering or
// sorting by salary reveals it too, so such a plan needs salary:read before it runs.
import { simpleConditions, type QueryPlan } from '../question/plan.js';
import { requireScope, type Principal } from './principal.js';

export function usesSalary(plan: QueryPlan): boolean {
  return (
    plan.order?.field === 'salary' ||
    plan.filters.some(({ condition }) => simpleConditions(condition).some((c) => c.kind === 'salary' || c.kind === 'salaryBetween'))
  );
}

export function requirePlanAccess(principal: Principal | null, plan: QueryPlan): void {
  if (usesSalary(plan)) requireScope(principal, 'salary:read', 'Filtering or sorting by salary');
}
