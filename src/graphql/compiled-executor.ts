// Executes each validated operation through a function compiled for its document (graphql-jit),
// instead of graphql-js's interpreter, which walks the document for every object of every answer.
//
// Why: graphql-js allocates two null-prototype dictionaries for every field it executes (the
// arguments, with or without any) and one per object; a 100-row answer with department, manager and
// leave executes ~1,700 fields and allocated ~1.5 of its ~2 MB per request there, and its
// dictionary-mode results made Apollo's JSON.stringify twice as slow. The compiled function builds
// ordinary objects and calls resolvers directly (bench/results/NOTES.md, session 4, has the figures).
//
// Apollo Server has no executor option in schema mode; its plugin hook `responseForOperation` lets
// a plugin answer a resolved, validated operation instead: Apollo still parses, validates (our
// limits included), runs every plugin and answers malformed requests; only execution is ours.
// Not Apollo's gateway interface, which this used first: for every request Apollo builds the
// gateway's view of it as an object literal with a getter and a setter closing over the whole
// request, and V8 keeps each such literal's accessors, and with them the request and its answer,
// alive through young-generation collections until the next full one. Measured on W3 at 800
// requests/s: 2.4 MB survived every scavenge (5.7 ms pauses, p99 13-20 ms); through this hook 0.8 MB
// (3.3 ms, p99 6-6.5 ms), the rest Pothos's loaders (src/loaders/request-loaders.ts says why).
// bench/results/NOTES.md, session 5.
// Compiled queries are kept per parsed document, which Apollo caches in a bounded LRU: when a
// document leaves that cache its compiled query goes with it (WeakMap).
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { locatedError, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery | 'interpret';

/**
 * graphql-jit reports an execution error with its own GraphQLError function: it passes
 * `instanceof GraphQLError` but has no `extensions`, which error formatting (Apollo's and ours)
 * reads. Rebuild each as graphql-js does (`locatedError`): the thrown error becomes
 * `originalError`, which is how a database failure becomes QUERY_TIMEOUT or DATABASE_BUSY.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = locatedError(error.originalError ?? new Error(error.message), undefined, error.path);
  if (rebuilt.locations === undefined && error.locations !== undefined) {
    (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
  }
  return rebuilt;
}

function withGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
}

export class CompiledExecutor {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  /** how many documents were compiled: tests check that a document is compiled once */
  compilations = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  private compiledFor(document: DocumentNode, operationName: string | null): Compiled {
    let byOperation = this.compiled.get(document);
    if (!byOperation) this.compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      this.compilations++;
      const result = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      // What graphql-jit cannot compile, graphql-js still executes (and reports in its own words).
      compiled = isCompiledQuery(result) ? result : 'interpret';
      byOperation.set(key, compiled);
    }
    return compiled;
  }

  /**
   * The operation's result, or null when graphql-js is to execute it: nothing could be compiled, or
   * the variables are wrong, which graphql-js reports against their definitions (Apollo's
   * BAD_USER_INPUT, status 400) before anything runs.
   *
   * The compiled function coerces the variables itself and, when they are wrong, answers errors
   * without `data` before executing anything; every result of an execution has `data`. So the
   * variables are coerced once per request, not first by graphql-js as well (1.2 % of the busy main
   * thread in a CPU profile of W3).
   */
  async execute(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult | null> {
    const compiled = this.compiledFor(document, operation.name?.value ?? null);
    if (compiled === 'interpret') return null;
    const result = await compiled.query(undefined, contextValue, variables ?? {});
    if (!('data' in result)) return null;
    return withGraphQLJsErrors(result);
  }
}

/** What Apollo would send for a resolver's errors: each reported, then formatted as `formatError` says. */
export type ExecutionErrorFormatter<TContext> = (errors: readonly GraphQLError[], context: TContext) => GraphQLFormattedError[];

/**
 * The headers of every compiled response: none. Apollo only reads them (copying each into the
 * response it sends), so one empty map serves every request; a HeaderMap per request would also
 * cost a Symbol, which V8 allocates in the old generation.
 */
const NO_HEADERS = new HeaderMap();

/**
 * The plugin that answers every operation it can with its compiled function. Apollo formats and
 * reports errors only for results it executed itself, so those of a compiled result go through
 * `formatErrors`, which must do what Apollo's `didEncounterErrors` hooks and `formatError` do.
 * Apollo calls no execution hooks (`executionDidStart`, `willResolveField`) for an operation a
 * plugin answered: none of Roster's plugins has any (cache control, which would, is disabled).
 */
export function compiledExecution<TContext extends object>(executor: CompiledExecutor, formatErrors: ExecutionErrorFormatter<TContext>): ApolloServerPlugin<TContext> {
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<TContext> = {
    async responseForOperation({ document, operation, contextValue, request }) {
      // No operation resolved (several and none named, or a name that is not there): graphql-js
      // says so, and Apollo answers OPERATION_RESOLUTION_FAILURE from its words.
      if (!operation) return null;
      const result = await executor.execute(document, operation, contextValue, request.variables);
      if (result === null) return null;
      const singleResult = result.errors ? { ...result, errors: formatErrors(result.errors, contextValue) } : result;
      return { http: { status: undefined, headers: NO_HEADERS }, body: { kind: 'single', singleResult } };
    },
  };
  return { requestDidStart: async () => listener };
}
