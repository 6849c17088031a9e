// A plan read back as one plain sentence, returned with every answer as `interpretation`, so the
// person asking can see what was understood: "Active employees in Engineering earning more than
// $120,000, highest paid first, top 5."
import { MONTHS } from './numbers.js';
import { UnreachableCaseError, type Comparator, type Condition, type Filter, type HireDateRange, type PersonName, type QueryPlan, type TimeUnit } from './plan.js';

const money = (n: number): string => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const person = (p: PersonName): string => p.words.join(' ');
const units = (n: number, unit: TimeUnit): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "New York, Austin or Chicago" */
function anyOf(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}

/** "march" → "March" */
const monthName = (month: number): string => {
  const name = MONTHS[month - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
};

/** "2017-01-01" → "January 1, 2017" */
function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${monthName(m ?? 1)} ${d ?? 1}, ${y ?? ''}`;
}

/** The last day a half-open range includes. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A half-open range that is exactly one calendar year or month reads as "in 2019" / "in June 2023". */
function calendarPeriod(from: string, to: string): string | null {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fd !== 1 || td !== 1 || fy === undefined || fm === undefined || ty === undefined || tm === undefined) return null;
  if (fm === 1 && tm === 1 && ty === fy + 1) return `${fy}`;
  if ((ty === fy && tm === fm + 1) || (fm === 12 && tm === 1 && ty === fy + 1)) return `${monthName(fm)} ${fy}`;
  return null;
}

function hireDate(r: HireDateRange): string {
  switch (r.kind) {
    case 'within':
      return `hired in the last ${units(r.amount, r.unit)}`;
    case 'between': {
      if (r.from !== null && r.to !== null) {
        const period = calendarPeriod(r.from, r.to);
        if (period !== null) return `hired in ${period}`;
        const last = dayBefore(r.to);
        return last === r.from ? `hired on ${readableDate(r.from)}` : `hired between ${readableDate(r.from)} and ${readableDate(last)}`;
      }
      if (r.from !== null) return `hired on or after ${readableDate(r.from)}`;
      return `hired before ${readableDate(r.to ?? '')}`;
    }
    case 'calendarYear': {
      const year = r.yearsAgo === 0 ? 'this year' : r.yearsAgo === 1 ? 'last year' : `${r.yearsAgo} calendar years ago`;
      return r.month === undefined ? `hired ${year}` : `hired in ${monthName(r.month)} of ${year}`;
    }
    case 'calendarMonth':
      return r.monthsAgo === 1 ? 'hired last month (the calendar month)' : `hired ${r.monthsAgo} calendar months ago`;
    case 'tenureOver':
      return `with ${r.inclusive ? 'at least' : 'more than'} ${units(r.amount, r.unit)} at the company`;
    case 'tenureUnder':
      return `with ${r.inclusive ? 'at most' : 'less than'} ${units(r.amount, r.unit)} at the company`;
    default:
      throw new UnreachableCaseError(r);
  }
}

const COMPARISON: Readonly<Record<Comparator, string>> = { gt: 'more than', gte: 'at least', lt: 'less than', lte: 'at most' };

/** The condition as a phrase after "employees", and the phrase for its negation. */
function phrase(c: Condition): [string, string] {
  switch (c.kind) {
    case 'department':
      return [`in ${anyOf(c.names)}`, `not in ${anyOf(c.names)}`];
    case 'title':
      return [`titled ${anyOf(c.titles)}`, `not titled ${anyOf(c.titles)}`];
    case 'senior':
      return ['with a senior title', 'without a senior title'];
    case 'isManager':
      return ['who manage at least one active employee', 'who manage no active employee'];
    case 'location': {
      // "Remote" is a location value but reads as a way of working.
      const places = c.locations.filter((l) => l !== 'Remote');
      const remote = places.length < c.locations.length;
      const where = [places.length ? `based in ${anyOf(places)}` : '', remote ? 'working remotely' : ''].filter(Boolean).join(' or ');
      return [where, `not ${where}`];
    }
    case 'salary':
      return [`earning ${COMPARISON[c.op]} ${money(c.amount)}`, `not earning ${COMPARISON[c.op]} ${money(c.amount)}`];
    case 'salaryBetween':
      // an exact salary is the range from the amount to itself
      if (c.min === c.max) return [`earning exactly ${money(c.min)}`, `not earning exactly ${money(c.min)}`];
      return [`earning between ${money(c.min)} and ${money(c.max)}`, `not earning between ${money(c.min)} and ${money(c.max)}`];
    case 'hireDate': {
      const text = hireDate(c.range);
      return [text, text.startsWith('hired') ? `not ${text}` : `without ${text.replace(/^with /, '')}`];
    }
    case 'leave': {
      const type = c.leaveTypes?.join(' or ') ?? 'leave';
      return c.when === 'current'
        ? [`currently on ${type}`, `not currently on ${type}`]
        : [`who have ever taken ${type}`, `who have never taken ${type}`];
    }
    case 'reportsTo':
      return [`who report directly to ${person(c.person)}`, `who do not report directly to ${person(c.person)}`];
    case 'orgOf':
      return [`anywhere under ${person(c.person)} (direct and indirect reports)`, `not under ${person(c.person)}`];
    case 'managerOf':
      return [`who manage ${person(c.person)}`, `who do not manage ${person(c.person)}`];
    case 'noManager':
      return ['with no manager', 'with a manager'];
    case 'name': {
      const part = c.name.words.length === 1 && c.name.part === 'last' ? 'with last name' : c.name.words.length === 1 && c.name.part === 'first' ? 'with first name' : 'named';
      return [`${part} ${person(c.name)}`, `not ${part} ${person(c.name)}`];
    }
    case 'allOf': {
      const both = c.conditions.map((part) => phrase(part)[0]).join(' and ');
      return [both, `except those ${both}`];
    }
    default:
      throw new UnreachableCaseError(c);
  }
}

function filterPhrase(f: Filter): string {
  const [positive, negative] = phrase(f.condition);
  return f.negated ? negative : positive;
}

const SUBJECT: Readonly<Record<QueryPlan['scope'], string>> = {
  active: 'active employees',
  terminated: 'former employees',
  all: 'current and former employees',
};

const ORDER: Readonly<Record<string, string>> = {
  'salary desc': 'highest paid first',
  'salary asc': 'lowest paid first',
  'hireDate desc': 'most recently hired first',
  'hireDate asc': 'longest-serving first',
  'lastName asc': 'by last name, A to Z',
  'lastName desc': 'by last name, Z to A',
  'firstName asc': 'by first name, A to Z',
  'firstName desc': 'by first name, Z to A',
};

/** Who they are, then where, then what they earn and when they joined: the order a person would say it. */
const READING_ORDER: readonly Condition['kind'][] = [
  'department', 'title', 'senior', 'location', 'isManager', 'noManager', 'reportsTo', 'orgOf', 'managerOf', 'name',
  'salary', 'salaryBetween', 'hireDate', 'leave', 'allOf',
];

/** "earning at least $1 earning at most $2" → "earning at least $1 and at most $2" */
function joinPhrases(phrases: readonly string[]): string {
  const out: string[] = [];
  for (const phrase of phrases) {
    const previous = out[out.length - 1];
    if (previous?.startsWith('earning ') && phrase.startsWith('earning ')) out[out.length - 1] = `${previous} and ${phrase.slice('earning '.length)}`;
    else out.push(phrase);
  }
  return out.join(' ');
}

export function interpret(plan: QueryPlan): string {
  const filters = [...plan.filters].sort((a, b) => READING_ORDER.indexOf(a.condition.kind) - READING_ORDER.indexOf(b.condition.kind));
  const body = joinPhrases([SUBJECT[plan.scope], ...filters.map(filterPhrase)]);
  const parts = [plan.intent === 'count' ? `Counting ${body}` : body.charAt(0).toUpperCase() + body.slice(1)];
  if (plan.order !== null) parts.push(ORDER[`${plan.order.field} ${plan.order.direction}`] ?? '');
  if (plan.limit !== null) parts.push(`top ${plan.limit}`);
  return `${parts.join(', ')}.`;
}
