// Answering one question: validate → parse → resolve named people → one page query → connection.
import type { Logger } from 'pino';
import { badUserInput, ErrorCode, RosterError } from '../errors.js';
import { interpret, parseQuestion, type Lexicon } from '../question/index.js';
import type { QueryPlan } from '../question/plan.js';
import { compileCountQuery, compilePageQuery } from './compile.js';
import { decodeCursor, encodeCursor, questionFingerprint } from './cursor.js';
import { toEmployeeRow, type EmployeeRow, type RawEmployeeRow } from './employee-row.js';
import type { ReadSession } from './read-session.js';
import { resolvePeople } from './resolve-people.js';

export const MAX_QUESTION_LENGTH = 500;
export const MAX_PAGE_SIZE = 1000;

export interface AskRequest {
  question: string;
  first: number;
  after: string | null;
}

export interface AskEdge {
  cursor: string;
  node: EmployeeRow;
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
  log: Logger;
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
  const question = validateAskRequest(request);
  const fingerprint = questionFingerprint(question);
  const offset = request.after === null ? 0 : decodeCursor(request.after, fingerprint);

  const parsed = parseQuestion(question, context.lexicon);
  if (!parsed.ok) {
    const { code, message, unknownWords, examples } = parsed.refusal;
    throw new RosterError(code === 'UNSAFE_QUESTION' ? ErrorCode.UNSAFE_QUESTION : ErrorCode.QUESTION_NOT_UNDERSTOOD, message, {
      unknownWords,
      examples,
    });
  }
  const plan = parsed.plan;
  context.authorize(plan);
  const people = await resolvePeople(plan, context.session);

  // The answer set: at most the plan's own limit and at most MAX_RESULT_ROWS rows.
  const cap = Math.min(context.maxResultRows, plan.limit ?? Number.POSITIVE_INFINITY);
  const pageSize = Math.max(0, Math.min(request.first, cap - offset));

  let rows: (RawEmployeeRow & { total_count: string })[] = [];
  let matches: number;
  if (pageSize > 0) {
    rows = await context.session.query(compilePageQuery(plan, people.ids, { offset, limit: pageSize }));
  }
  if (rows.length > 0) {
    matches = Number(rows[0]?.total_count);
  } else if (offset === 0 && pageSize > 0) {
    matches = 0;
  } else {
    const [row] = await context.session.query<{ total_count: string }>(compileCountQuery(plan, people.ids));
    matches = Number(row?.total_count ?? 0);
  }

  const totalCount = Math.min(matches, plan.limit ?? Number.POSITIVE_INFINITY);
  const truncated = totalCount > context.maxResultRows;
  const warnings = people.unknown.map((name) => `No employee named "${name}" was found.`);
  if (truncated) {
    warnings.push(`Showing the first ${count.format(context.maxResultRows)} of ${count.format(totalCount)} matching employees.`);
    context.log.warn({ totalCount, cap: context.maxResultRows }, 'answer truncated at MAX_RESULT_ROWS');
  }

  const edges = rows.map((raw, i) => ({ cursor: encodeCursor(fingerprint, offset + i), node: toEmployeeRow(raw) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + edges.length < Math.min(totalCount, cap),
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
    truncated,
    interpretation: interpret(plan),
    message: totalCount === 0 ? 'No results found' : null,
    warnings,
    plan,
  };
}
