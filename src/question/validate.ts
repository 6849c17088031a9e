// A structural check of a QueryPlan, used by the property tests and available to the compiler as a
// last guard: returns the problems found, empty when the plan is well-formed.
import type { Condition, HireDateRange, QueryPlan } from './plan.js';

const isPositive = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n > 0;
const isIso = (d: unknown): boolean => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
const isNonEmptyStrings = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0);

function rangeProblems(r: HireDateRange): string[] {
  switch (r.kind) {
    case 'within':
    case 'tenureOver':
    case 'tenureUnder': {
      const inclusiveKnown = r.kind === 'within' || typeof r.inclusive === 'boolean';
      return Number.isInteger(r.amount) && r.amount > 0 && ['day', 'week', 'month', 'year'].includes(r.unit) && inclusiveKnown ? [] : [`bad ${r.kind} range`];
    }
    case 'between':
      if (r.from === null && r.to === null) return ['between with no bound'];
      if ((r.from !== null && !isIso(r.from)) || (r.to !== null && !isIso(r.to))) return ['between with a bad date'];
      return r.from !== null && r.to !== null && r.from >= r.to ? ['between with from >= to'] : [];
    case 'calendarYear':
      return Number.isInteger(r.yearsAgo) && r.yearsAgo >= 0 && (r.month === undefined || (Number.isInteger(r.month) && r.month >= 1 && r.month <= 12)) ? [] : ['bad calendarYear'];
    case 'calendarMonth':
      return Number.isInteger(r.monthsAgo) && r.monthsAgo >= 1 ? [] : ['bad calendarMonth'];
    default:
      return [`unknown hire-date range ${JSON.stringify(r)}`];
  }
}

function conditionProblems(c: Condition): string[] {
  switch (c.kind) {
    case 'department':
      return isNonEmptyStrings(c.names) ? [] : ['department without names'];
    case 'title':
      return isNonEmptyStrings(c.titles) ? [] : ['title without titles'];
    case 'location':
      return isNonEmptyStrings(c.locations) ? [] : ['location without locations'];
    case 'senior':
    case 'isManager':
    case 'noManager':
      return [];
    case 'salary':
      return isPositive(c.amount) && ['gt', 'gte', 'lt', 'lte'].includes(c.op) ? [] : ['bad salary'];
    case 'salaryBetween':
      return isPositive(c.min) && isPositive(c.max) && c.min <= c.max ? [] : ['bad salary range'];
    case 'hireDate':
      return rangeProblems(c.range);
    case 'leave':
      return (c.leaveTypes === null || (Array.isArray(c.leaveTypes) && c.leaveTypes.length > 0 && c.leaveTypes.every((t) => typeof t === 'string'))) && (c.when === 'current' || c.when === 'ever') ? [] : ['bad leave'];
    case 'reportsTo':
    case 'orgOf':
    case 'managerOf':
      return isNonEmptyStrings(c.person.words) && c.person.words.length <= 2 ? [] : [`bad person in ${c.kind}`];
    case 'name':
      return isNonEmptyStrings(c.name.words) && c.name.words.length <= 2 ? [] : ['bad name'];
    case 'allOf':
      return Array.isArray(c.conditions) && c.conditions.length >= 2 ? c.conditions.flatMap(conditionProblems) : ['allOf with fewer than two conditions'];
    default:
      return [`unknown condition ${JSON.stringify(c)}`];
  }
}

export function validatePlan(plan: QueryPlan): string[] {
  const problems: string[] = [];
  if (!['active', 'terminated', 'all'].includes(plan.scope)) problems.push('bad scope');
  if (plan.intent !== 'list' && plan.intent !== 'count') problems.push('bad intent');
  if (plan.limit !== null && !(Number.isInteger(plan.limit) && plan.limit > 0)) problems.push('bad limit');
  if (plan.order !== null && !(['salary', 'hireDate', 'lastName', 'firstName'].includes(plan.order.field) && ['asc', 'desc'].includes(plan.order.direction))) {
    problems.push('bad order');
  }
  for (const f of plan.filters) {
    if (typeof f.negated !== 'boolean' || typeof f.rule !== 'string' || f.rule === '' || typeof f.text !== 'string') problems.push('bad filter');
    problems.push(...conditionProblems(f.condition));
  }
  return problems;
}
