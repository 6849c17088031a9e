// Executes each validated operation through a function compiled for its document (graphql-jit),
// instead of graphql-js's interpreter, which walks the document for every object of every answer.
//
// Why: graphql-js allocates two null-prototype dictionaries for every field it executes (the
// arguments, with or without any) and one per object; a 100-row answer with department, manager and
// leave executes ~1,700 fields and allocated ~1.5 of its ~2 MB per request there, and its
// dictionary-mode results made Apollo's JSON.stringify twice as slow. The compiled function builds
// ordinary objects and calls resolvers directly (bench/results/NOTES.md, session 4, has the figures).
//
// Apollo Server's hook for another executor is its gateway interface: Apollo still parses,
// validates (our limits included), runs every plugin and formats errors; only execution is ours.
// Compiled queries are kept per parsed document, which Apollo caches in a bounded LRU: when a
// document leaves that cache its compiled query goes with it (WeakMap).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, locatedError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery | 'interpret';

/**
 * graphql-jit reports an execution error with its own GraphQLError function: it passes
 * `instanceof GraphQLError` but has no `extensions`, on which Apollo's error formatting fails before
 * ours is called. Rebuild each as graphql-js does (`locatedError`): the thrown error becomes
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

  async execute(
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
    requestedName: string | null = null,
  ): Promise<ExecutionResult> {
    // No operation resolved (several and none named, or a name that is not there): graphql-js
    // says so, and Apollo answers OPERATION_RESOLUTION_FAILURE from its words.
    const compiled = operation ? this.compiledFor(document, operation.name?.value ?? null) : 'interpret';
    if (compiled === 'interpret' || !operation) {
      return execute({ schema: this.schema, document, operationName: requestedName, contextValue, variableValues: variables });
    }
    // Variables are checked by graphql-js, whose errors name the variable definition, so Apollo
    // answers them as BAD_USER_INPUT exactly as before; graphql-jit's would be anonymous.
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    return withGraphQLJsErrors(await compiled.query(undefined, contextValue, coerced.coerced));
  }

  /** The executor as Apollo Server's gateway interface, with a schema that never changes. */
  asGateway(): GatewayInterface {
    const executor: GatewayExecutor = (requestContext) =>
      this.execute(requestContext.document, requestContext.operation, requestContext.context, requestContext.request.variables, requestContext.request.operationName ?? null);
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
        return () => undefined;
      },
      load: async () => ({ executor }),
      stop: async () => undefined,
    };
  }
}
