// askEmployees: a question in English → a page of the matching employees, with how it was read.
import { requirePlanAccess } from '../../auth/plan-access.js';
import { requireScope } from '../../auth/principal.js';
import { ErrorCode } from '../../errors.js';
import { askEmployees } from '../../query/ask.js';
import { toRosterError } from '../../query/database-errors.js';
import { builder } from '../builder.js';
import { nodeSelection } from '../node-selection.js';
import { EmployeeType } from './employee.js';

interface AskConnectionShape {
  totalCount: number;
  truncated: boolean;
  interpretation: string;
  message: string | null;
  warnings: string[];
}

const AskEmployeesConnection = builder.connectionObject(
  {
    type: EmployeeType,
    name: 'AskEmployeesConnection',
    description: 'The employees matching a question, a page at a time.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'Every match, even past MAX_RESULT_ROWS. For "how many" questions this is the answer.',
        resolve: (parent) => (parent as unknown as AskConnectionShape).totalCount,
      }),
      truncated: t.boolean({
        description: 'True when totalCount exceeds MAX_RESULT_ROWS; paging then walks only the first MAX_RESULT_ROWS rows.',
        resolve: (parent) => (parent as unknown as AskConnectionShape).truncated,
      }),
      interpretation: t.string({
        description: 'One plain sentence saying how the question was understood.',
        resolve: (parent) => (parent as unknown as AskConnectionShape).interpretation,
      }),
      message: t.string({
        nullable: true,
        description: '"No results found" when nothing matches.',
        resolve: (parent) => (parent as unknown as AskConnectionShape).message,
      }),
      warnings: t.stringList({
        description: 'Things worth knowing about this answer, e.g. that it was cut to MAX_RESULT_ROWS.',
        resolve: (parent) => (parent as unknown as AskConnectionShape).warnings,
      }),
    }),
  },
  { name: 'AskEmployeesEdge' },
);

builder.queryField('askEmployees', (t) =>
  t.field({
    type: AskEmployeesConnection,
    description: 'Answers a plain-English question about employees, e.g. "List Engineering employees with salary > 120K".',
    args: {
      question: t.arg.string({ required: true, description: '1 to 500 characters.' }),
      first: t.arg.int({ defaultValue: 50, description: '1 to 1000 rows per page.' }),
      after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
    },
    resolve: async (_root, args, context, info) => {
      try {
        requireScope(context.principal, 'employees:read', 'Asking about employees');
        const lexicon = await context.lexicon.current();
        // Everything the query reads below its nodes comes with the answer: no look-up of its own.
        const selection = nodeSelection(info);
        const answer = await askEmployees(
          { question: args.question, first: args.first ?? 50, after: args.after ?? null, selection },
          {
            session: context.session,
            lexicon,
            maxResultRows: context.config.maxResultRows,
            authorize: (plan) => requirePlanAccess(context.principal, plan),
          },
        );
        context.metrics.countAsk('ok');
        if (answer.truncated) {
          // A broad question is not a fault: the answer says so and roster_ask_truncated_answers_total
          // counts it. At warn level this was one log line per request for every broad question.
          context.metrics.askTruncatedAnswers.inc();
          if (context.logs('debug')) context.log.debug({ totalCount: answer.totalCount, cap: context.config.maxResultRows }, 'answer truncated at MAX_RESULT_ROWS');
        }
        return answer;
      } catch (error) {
        context.metrics.countAsk(toRosterError(error, context.config.statementTimeoutMs)?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
        throw error;
      }
    },
  }),
);
