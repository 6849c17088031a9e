import { execute, getIntrospectionQuery, getOperationAST, getVariableValues, GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledExecutor } from '../../../src/graphql/compiled-executor.js';
import { schema } from '../../../src/graphql/schema.js';

function run(executor: CompiledExecutor, query: string, variables: Record<string, unknown> = {}, contextValue: unknown = {}, operationName: string | null = null) {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error(`no operation ${operationName ?? ''} in the test's document`);
  const answer = async () => {
    const result = await executor.execute(document, operation, contextValue, variables);
    if (result === null) throw new Error('the executor left the operation to graphql-js');
    return result;
  };
  return { document, operation, result: answer() };
}

describe('CompiledExecutor', () => {
  it('answers as graphql-js does, compiling a document once', async () => {
    const executor = new CompiledExecutor(schema);
    const { document, operation, result } = run(executor, '{ __typename }');
    const first = await result;
    const again = await executor.execute(document, operation, {}, {});
    expect(first).toEqual({ data: { __typename: 'Query' } });
    expect(again).toEqual(await execute({ schema, document }));
    expect(executor.compilations).toBe(1);
    await run(executor, '{ alias: __typename }').result;
    expect(executor.compilations).toBe(2);
  });

  it('answers the introspection query (Apollo Sandbox, codegen) exactly as graphql-js does', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
    const { document, result } = run(new CompiledExecutor(schema), query);
    const compiled = await result;
    expect(compiled.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(await execute({ schema, document }))));
  });

  it('honours @include and @skip from variables, fragments and aliases as graphql-js does', async () => {
    const query = 'query Q($yes: Boolean!) { a: __typename @include(if: $yes) b: __typename @skip(if: $yes) ...F } fragment F on Query { c: __typename }';
    for (const yes of [true, false]) {
      const { document, result } = run(new CompiledExecutor(schema), query, { yes }, {}, 'Q');
      const expected = await execute({ schema, document, variableValues: { yes } });
      // Compared as sent: graphql-jit leaves a skipped field as `undefined`, which JSON drops.
      const sent = JSON.stringify(await result);
      expect(sent).toBe(JSON.stringify(expected));
      expect(Object.keys(JSON.parse(sent).data)).toEqual(yes ? ['a', 'c'] : ['b', 'c']);
    }
  });

  it('leaves wrong variables to graphql-js, which names their definitions (Apollo: BAD_USER_INPUT, 400)', async () => {
    const executor = new CompiledExecutor(schema);
    const document = parse('query Ask($q: String!) { askEmployees(question: $q) { totalCount } }');
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    expect(await executor.execute(document, operation, {}, {})).toBeNull();
    expect(await executor.execute(document, operation, {}, { q: 42 })).toBeNull();
    // Compiled all the same: a request with the right variables runs the compiled function.
    expect(executor.compilations).toBe(1);
  });

  // The executor leaves coercion to the compiled function: it must refuse exactly what graphql-js
  // refuses, or a wrong variable would run instead of answering BAD_USER_INPUT.
  const ASK_DOCUMENT = parse('query Ask($q: String!, $first: Int, $after: String) { askEmployees(question: $q, first: $first, after: $after) { totalCount } }');
  it.each<[string, Record<string, unknown>]>([
    ['a string for an Int', { q: 'x', first: '5' }],
    ['a fraction for an Int', { q: 'x', first: 1.5 }],
    ['an Int past 32 bits', { q: 'x', first: 2 ** 31 }],
    ['NaN for an Int', { q: 'x', first: Number.NaN }],
    ['a boolean for an Int', { q: 'x', first: true }],
    ['null for a String!', { q: null }],
    ['a list for a String', { q: ['x'] }],
    ['an object for a String', { q: { a: 1 } }],
    ['a number for a String', { q: 'x', after: 5 }],
    ['the question alone', { q: 'x' }],
    ['an Int', { q: 'x', first: 5 }],
    ['null for a nullable Int', { q: 'x', first: null }],
  ])('coerces %s as graphql-js does', async (_case, variables) => {
    const operation = getOperationAST(ASK_DOCUMENT);
    if (!operation) throw new Error('no operation');
    const refusedByGraphQLJs = getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors !== undefined;
    const result = await new CompiledExecutor(schema).execute(ASK_DOCUMENT, operation, {}, variables);
    expect(result === null).toBe(refusedByGraphQLJs);
  });

  it('gives a resolver error back as a graphql-js GraphQLError carrying what was thrown, its path and location', async () => {
    // An empty context makes the askEmployees resolver fail on its first use of it.
    const { result } = run(new CompiledExecutor(schema), '{\n  askEmployees(question: "engineers") { totalCount } }');
    const { errors } = await result;
    const error = errors?.[0];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.originalError).toBeInstanceOf(TypeError);
    expect(error?.path).toEqual(['askEmployees']);
    expect(error?.locations).toEqual([{ line: 2, column: 3 }]);
    // Apollo's error formatting reads `extensions`; graphql-jit's own errors have none.
    expect(error?.extensions).toEqual({});
  });
});
