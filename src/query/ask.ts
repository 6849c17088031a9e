// Answering one question: validate → parse → one statement (named people looked up, page, total,
// the related rows the selection asks for) → connection.
import { badUserInput, ErrorCode, RosterError } from '../errors.js';
import type { Lexicon } from '../question/index.js';
import type { QueryPlan } from '../question/plan.js';
import { splitAnswerRows, type RawAnswerRow } from './answer-rows.js';
import { candidatesColumn } from './compile-answer.js';
import { compileCountQuery } from './compile.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { EmployeeRow } from './employee-row.js';
import { NOTHING_NESTED, type EmployeeSelection } from './employee-selection.js';
import type { ReadSession } from './read-session.js';
import { displayName, personReferences, resolvePeople } from './resolve-people.js';
import { understood } from './understood-questions.js';

export const MAX_QUESTION_LENGTH = 500;
export const MAX_PAGE_SIZE = 1000;

export interface AskRequest {
  question: string;
  first: number;
  after: string | null;
  /** what to fetch of each employee and the rows related to it, in the same statement (from the GraphQL selection) */
  selection?: EmployeeSelection;
}

export interface AskEdge {
  readonly cursor: string;
  readonly node: EmployeeRow;
}

/** An edge whose cursor is encoded only when a client asks for it (most ask for nodes only). */
class AnswerEdge implements AskEdge {
  constructor(
    private readonly fingerprint: string,
    private readonly position: number,
    readonly node: EmployeeRow,
  ) {}

  get cursor(): string {
    return encodeCursor(this.fingerprint, this.position);
  }
}

/** The page's bounds. Its cursors are encoded when read, and most queries never select them. */
class AnswerPageInfo {
  constructor(
    private readonly edges: readonly AnswerEdge[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

export interface AskAnswer {
  edges: AskEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  truncated: boolean;
  interpretation: string;
  message: string | null;
  warnings: string[];
  plan: QueryPlan;
}

export interface AskContext {
  session: ReadSession;
  lexicon: Lexicon;
  maxResultRows: number;
  /** throws when the asker may not run this plan (e.g. a salary filter without salary:read) */
  authorize(plan: QueryPlan): void;
}

const count = new Intl.NumberFormat('en-US');

export function validateAskRequest(request: AskRequest): string {
  const question = request.question.trim();
  if (question.length === 0) throw badUserInput('The question is empty. Ask something like "Who is on parental leave?"');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw badUserInput(`The question is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.`);
  }
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}, got ${request.first}.`);
  }
  return question;
}

export async function askEmployees(request: AskRequest, context: AskContext): Promise<AskAnswer> {
  const question = understood(validateAskRequest(request), context.lexicon);
  const { fingerprint, parsed } = question;
  const offset = request.after === null ? 0 : decodeCursor(request.after, fingerprint);

  if (!parsed.ok) {
    const { code, message, unknownWords, examples } = parsed.refusal;
    throw new RosterError(code === 'UNSAFE_QUESTION' ? ErrorCode.UNSAFE_QUESTION : ErrorCode.QUESTION_NOT_UNDERSTOOD, message, {
      unknownWords,
      examples,
    });
  }
  const plan = parsed.plan;
  context.authorize(plan);

  // The answer set: at most the plan's own limit and at most MAX_RESULT_ROWS rows.
  const cap = Math.min(context.maxResultRows, plan.limit ?? Number.POSITIVE_INFINITY);
  const pageSize = Math.max(0, Math.min(request.first, cap - offset));
  const selection = request.selection ?? NOTHING_NESTED;
  const named = personReferences(plan);

  let raw: RawAnswerRow[] = [];
  const unknown: string[] = [];
  if (pageSize > 0) {
    raw = await context.session.query<RawAnswerRow>(question.answerQuery({ offset, limit: pageSize }, selection));
    const candidates = named.map((_, i) => Number(raw[0]?.[candidatesColumn(i)] ?? 0));
    // A name several people carry: the look-up that lists them throws the error that says so.
    if (candidates.some((n) => n > 1)) await resolvePeople(plan, context.session);
    named.forEach((person, i) => {
      if (candidates[i] === 0) unknown.push(displayName(person));
    });
  }
  const rows = splitAnswerRows(raw, selection);
  let matches: number;
  if (rows.length > 0) {
    matches = Number(raw.find((r) => r.id !== null)?.total_count);
  } else if (offset === 0 && pageSize > 0) {
    matches = 0;
  } else {
    // Past the end of the answer set: count alone (the names looked up on their own first).
    const people = await resolvePeople(plan, context.session);
    if (pageSize === 0) unknown.push(...people.unknown);
    const [row] = await context.session.query<{ total_count: string }>(compileCountQuery(plan, people.ids));
    matches = Number(row?.total_count ?? 0);
  }

  const totalCount = Math.min(matches, plan.limit ?? Number.POSITIVE_INFINITY);
  const truncated = totalCount > context.maxResultRows;
  const warnings = unknown.map((name) => `No employee named "${name}" was found.`);
  for (const sentence of plan.context ?? []) warnings.push(`Read as context, not as a condition: "${sentence}".`);
  if (truncated) {
    warnings.push(`Showing the first ${count.format(context.maxResultRows)} of ${count.format(totalCount)} matching employees.`);
  }

  const edges = rows.map((node, i) => new AnswerEdge(fingerprint, offset + i, node));
  return {
    edges,
    pageInfo: new AnswerPageInfo(edges, offset + edges.length < Math.min(totalCount, cap), offset > 0),
    totalCount,
    truncated,
    interpretation: question.interpretation(),
    message: totalCount === 0 ? 'No results found' : null,
    warnings,
    plan,
  };
}
