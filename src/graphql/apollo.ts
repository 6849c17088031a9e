// Apollo Server around the Pothos schema: CSRF prevention, the Sandbox landing page outside
// production, error masking, and a log line per request (the HTTP handler closes the read session).
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { ErrorCode, RosterError } from '../errors.js';
import { isPoolAcquireTimeout, toRosterError } from '../query/database-errors.js';
import type { GraphQLContext } from './context.js';
import { graphqlLimitRules } from './limits.js';
import { compiledExecution, CompiledExecutor } from './compiled-executor.js';
import { schema } from './schema.js';

/** Codes GraphQL and Apollo raise themselves for malformed requests; their messages are safe. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's own refusals of a malformed request that carry no code (a persisted query whose hash
 * does not match, an unknown persisted-query version) but a 4xx status: the client's mistake.
 */
function isCodelessRequestError(error: GraphQLError | null): boolean {
  const status = (error?.extensions?.http as { status?: number } | undefined)?.status;
  return !!error && !error.originalError && error.extensions?.code === undefined && status !== undefined && status >= 400 && status < 500;
}

/**
 * graphql 16 has no validation rule for an operation type the schema lacks, so `mutation { … }`
 * would fail during execution as an internal error; refuse it as a validation error instead.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; it answers queries only.`, { nodes: node }));
    }
  },
});

/** The error a client sees for one that a resolver threw. */
export function publicError(error: GraphQLError, statementTimeoutMs: number): RosterError | null {
  return toRosterError(error.originalError ?? error, statementTimeoutMs);
}

function formatError(statementTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const graphQLError = error instanceof GraphQLError ? error : null;
    const original = graphQLError?.originalError;
    const code = formatted.extensions?.code;
    // Parse and validation errors arrive wrapped too; their codes and messages are safe as they are.
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !(original instanceof RosterError)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    if (isCodelessRequestError(graphQLError)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    if (graphQLError && original) {
      const mapped = publicError(graphQLError, statementTimeoutMs);
      if (mapped) return { ...mapped.toJSON(), path: formatted.path, locations: formatted.locations };
    } else if (graphQLError instanceof RosterError) {
      return { message: graphQLError.message, extensions: graphQLError.extensions, path: formatted.path };
    }
    return {
      message: 'Something went wrong on our side. The error has been logged.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** The codes a response carries, for the request log line and metrics. */
function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  if (!errors?.length) return 'ok';
  return [...new Set(errors.map((error) => String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR)))].join(',');
}

/**
 * Resolver errors are logged here (SQL, stack traces and database messages live in the log, never
 * in the response); a pool that ran dry is told to the health report. Expected errors are not logged.
 */
function reportResolverErrors(errors: readonly GraphQLError[], context: GraphQLContext, statementTimeoutMs: number): void {
  for (const error of errors) {
    const original = error.originalError;
    if (isPoolAcquireTimeout(original)) context.health.recordAcquireTimeout();
    const code = error.extensions?.code;
    const expected = original instanceof RosterError || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) || isCodelessRequestError(error);
    if (expected) continue;
    const mapped = original ? toRosterError(original, statementTimeoutMs) : null;
    context.log[mapped ? 'warn' : 'error']({ err: original ?? error, path: error.path, code: mapped?.code }, 'resolver failed');
  }
}

/**
 * The errors of a result the compiled executor produced, reported and formatted as Apollo does for
 * the results it executes itself (`didEncounterErrors`, then its normalisation and `formatError`):
 * the code defaults to INTERNAL_SERVER_ERROR before `formatError` sees it.
 */
function formatExecutionErrors(statementTimeoutMs: number) {
  const format = formatError(statementTimeoutMs);
  return (errors: readonly GraphQLError[], context: GraphQLContext): GraphQLFormattedError[] => {
    reportResolverErrors(errors, context, statementTimeoutMs);
    return errors.map((error) => {
      const extensions = { ...error.extensions, code: error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR };
      return format({ ...error.toJSON(), extensions }, error);
    });
  };
}

const requestLifecycle = (statementTimeoutMs: number): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue, request }) {
    const started = performance.now();
    // Questions may hold personal data: only at debug level.
    if (contextValue.logs('debug')) contextValue.log.debug({ variables: request.variables }, 'graphql request');
    return {
      async didEncounterErrors({ errors, contextValue: context }) {
        reportResolverErrors(errors, context, statementTimeoutMs);
      },
      async willSendResponse({ response, operationName }) {
        if (!contextValue.logs('info')) return;
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        contextValue.log.info(
          { operationName: operationName ?? null, durationMs: Math.round((performance.now() - started) * 10) / 10, outcome: outcomeOf(errors) },
          'graphql request done',
        );
      },
    };
  },
});

/** `executor` is for tests that count its compilations; the service always makes its own. */
export function createApolloServer(config: Config, executor = new CompiledExecutor(schema)): ApolloServer<GraphQLContext> {
  const limits = graphqlLimitRules(config.graphqlLimits, { hideSuggestions: !config.introspection });
  return new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops Apollo itself after draining; Apollo's own handlers
    // would stop it a second time and re-raise the signal.
    stopOnTerminationSignals: false,
    // Depth, aliases, directives, tokens, cost and batching bounded before anything executes.
    ...limits,
    validationRules: [knownOperationTypes, ...limits.validationRules],
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(config.statementTimeoutMs),
    plugins: [
      // Apollo parses and validates; each operation runs as a function compiled for its document.
      compiledExecution(executor, formatExecutionErrors(config.statementTimeoutMs)),
      requestLifecycle(config.statementTimeoutMs),
      // Roster sets no cache hints; Apollo's cache-control plugin would still wrap every field
      // resolver (measured: +50% requests/s on 1,000-row pages without it).
      ApolloServerPluginCacheControlDisabled(),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
