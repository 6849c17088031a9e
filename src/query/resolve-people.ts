// People named in manager relations ("managed by John Doe") are looked up by indexed, folded-name
// equality before the main query. A name that fits several employees is not guessed: the error
// lists them so the person asking can be precise.
import { ErrorCode, RosterError } from '../errors.js';
import { isPersonRelation, simpleConditions, type PersonName, type QueryPlan } from '../question/plan.js';
import { foldName } from './fold-name.js';
import type { PersonIds } from './conditions.js';
import type { ReadSession } from './read-session.js';

const MAX_CANDIDATES = 5;

interface Candidate {
  id: number;
  first_name: string;
  last_name: string;
  job_title: string;
  department: string;
  employment_status: string;
}

export function personReferences(plan: QueryPlan): PersonName[] {
  const people: PersonName[] = [];
  for (const condition of plan.filters.flatMap((filter) => simpleConditions(filter.condition))) {
    if (isPersonRelation(condition)) people.push(condition.person);
  }
  return people;
}

export function displayName(person: PersonName): string {
  return person.words.join(' ');
}

function lookupSql(person: PersonName): { text: string; values: unknown[] } {
  const words = person.words.map(foldName);
  const select =
    'SELECT e.id, e.first_name, e.last_name, e.job_title, d.name AS department, e.employment_status' +
    ' FROM employees e JOIN departments d ON d.id = e.department_id WHERE ';
  const limit = ` ORDER BY e.id LIMIT ${MAX_CANDIDATES + 1}`;
  if (words.length === 1) {
    const part = person.part ?? 'any';
    const where =
      part === 'first' ? 'fold_name(e.first_name) = $1'
      : part === 'last' ? 'fold_name(e.last_name) = $1'
      : '(fold_name(e.first_name) = $1 OR fold_name(e.last_name) = $1)';
    return { text: select + where + limit, values: [words[0]] };
  }
  return {
    text: select + 'fold_name(e.first_name) = $1 AND fold_name(e.last_name) = $2' + limit,
    values: [words.slice(0, -1).join(' '), words[words.length - 1]],
  };
}

function ambiguous(person: PersonName, candidates: Candidate[]): RosterError {
  const shown = candidates.slice(0, MAX_CANDIDATES);
  const list = shown
    .map((c) => `${c.first_name} ${c.last_name} (${c.job_title}, ${c.department}${c.employment_status === 'active' ? '' : ', former'})`)
    .join('; ');
  const more = candidates.length > MAX_CANDIDATES ? ' and others' : '';
  return new RosterError(
    ErrorCode.QUESTION_NOT_UNDERSTOOD,
    `"${displayName(person)}" matches several employees: ${list}${more}. Please use a full name that identifies one person.`,
    {
      reason: 'AMBIGUOUS_NAME',
      candidates: shown.map((c) => ({
        name: `${c.first_name} ${c.last_name}`,
        jobTitle: c.job_title,
        department: c.department,
      })),
    },
  );
}

export interface ResolvedPeople {
  ids: PersonIds;
  /** the names nobody has, for a warning */
  unknown: string[];
}

export async function resolvePeople(plan: QueryPlan, session: ReadSession): Promise<ResolvedPeople> {
  const ids = new Map<PersonName, number | null>();
  const unknown: string[] = [];
  for (const person of personReferences(plan)) {
    const candidates = await session.query<Candidate>(lookupSql(person));
    if (candidates.length > 1) throw ambiguous(person, candidates);
    const found = candidates[0];
    ids.set(person, found ? found.id : null);
    if (!found) unknown.push(displayName(person));
  }
  return { ids, unknown };
}
