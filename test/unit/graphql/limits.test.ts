import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { batchLimitError, graphqlLimitRules, parseGraphQLLimitsConfig, type GraphQLLimitsConfig } from '../../../src/graphql/limits.js';

const typeDefs = `
  type Query {
    hello: String
    employee(id: ID!): Employee
    employees(first: Int): EmployeeConnection!
  }
  type EmployeeConnection { totalCount: Int! edges: [EmployeeEdge!]! }
  type EmployeeEdge { node: Employee! }
  type Employee { id: ID! name: String! manager: Employee }
`;
const schema = buildSchema(typeDefs);
const defaults = parseGraphQLLimitsConfig({});

function errorsFor(query: string, config: GraphQLLimitsConfig = defaults, hideSuggestions = true): readonly GraphQLError[] {
  const limits = graphqlLimitRules(config, { hideSuggestions });
  const document = parse(query, limits.parseOptions);
  return validate(schema, document, [...specifiedRules, ...limits.validationRules], limits.validationOptions);
}

/** depth d: employee → manager × (d − 2) → id */
const deep = (depth: number) => `{ employee(id: "1") { ${'manager { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: hello`).join(' ')} }`;
const directed = (count: number) => `{ ${'__typename @include(if: true) '.repeat(count)}}`;
/** `{` + n fields + `}`: n + 2 tokens */
const tokens = (count: number) => `{ ${'hello '.repeat(count - 2)}}`;

describe('parseGraphQLLimitsConfig', () => {
  it('has the documented defaults', () => {
    expect(defaults).toEqual({ maxDepth: 8, maxAliases: 15, maxDirectives: 10, maxTokens: 1000, maxCost: 100_000, maxBodyBytes: 102_400, maxBatch: 1 });
  });

  it('reads each variable and names a bad one', () => {
    expect(parseGraphQLLimitsConfig({ GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_BATCH: '5', MAX_BODY_BYTES: '2048' })).toMatchObject({ maxDepth: 12, maxBatch: 5, maxBodyBytes: 2048 });
    expect(() => parseGraphQLLimitsConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(ConfigError);
    expect(() => parseGraphQLLimitsConfig({ GRAPHQL_MAX_BATCH: '0' })).toThrow('GRAPHQL_MAX_BATCH must be a whole number between 1 and 100, got "0"');
  });
});

describe('graphqlLimitRules with validate()', () => {
  it('accepts depth 8 and refuses depth 9', () => {
    expect(errorsFor(deep(8))).toEqual([]);
    const errors = errorsFor(deep(9));
    expect(errors.map((e) => e.message)).toEqual(['Query depth limit of 8 exceeded, found 9.']);
    expect(errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('accepts 15 aliases and refuses 16', () => {
    expect(errorsFor(aliased(15))).toEqual([]);
    expect(errorsFor(aliased(16)).map((e) => e.message)).toEqual(['Aliases limit of 15 exceeded, found 16.']);
  });

  it('accepts 10 directives and refuses 11', () => {
    expect(errorsFor(directed(10))).toEqual([]);
    expect(errorsFor(directed(11)).map((e) => e.message)).toEqual(['Directives limit of 10 exceeded, found 11.']);
  });

  it('accepts 1000 tokens and stops parsing at 1001', () => {
    expect(() => errorsFor(tokens(1000))).not.toThrow();
    expect(() => errorsFor(tokens(1001))).toThrow(/Document contains more tha[nt] 1000 tokens/) // graphql 16 spells it "that";
  });

  it('accepts a query at the cost limit and refuses one just over it', () => {
    // employees(first: 10) { totalCount } costs (2 + 1.5 × 1) × 10 = 35; a top-level scalar adds 1
    const config = { ...defaults, maxCost: 35 };
    expect(errorsFor('{ employees(first: 10) { totalCount } }', config)).toEqual([]);
    expect(errorsFor('{ hello employees(first: 10) { totalCount } }', config).map((e) => e.message)).toEqual([
      'Query Cost limit of 35 exceeded, found 36.',
    ]);
  });

  it('measures depth through fragments as if they were written inline', () => {
    const viaFragment = (managers: number) =>
      `{ employee(id: "1") { ...M } } fragment M on Employee { ${'manager { '.repeat(managers)}id${' }'.repeat(managers)} }`;
    expect(errorsFor(viaFragment(6))).toEqual([]);
    expect(errorsFor(viaFragment(7)).map((e) => e.message)).toEqual(['Query depth limit of 8 exceeded, found 9.']);
    const inline = `{ employee(id: "1") { ... on Employee { ${'manager { '.repeat(7)}id${' }'.repeat(7)} } } }`;
    expect(errorsFor(inline).map((e) => e.message)).toEqual(['Query depth limit of 8 exceeded, found 9.']);
  });

  it('hides field suggestions when asked, so a schema without introspection is not leaked', () => {
    expect(errorsFor('{ helo }', defaults, false)[0]?.message).toContain('Did you mean "hello"?');
    const hidden = errorsFor('{ helo }', defaults, true);
    expect(hidden.map((e) => e.message)).toEqual(['Cannot query field "helo" on type "Query".']);
  });

  it('lets a full introspection query through at the defaults, for development tools', () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(errorsFor(query)).toEqual([]);
  });
});

describe('batchLimitError', () => {
  const op = { query: '{ hello }' };
  it('allows a single operation and a batch up to GRAPHQL_MAX_BATCH', () => {
    expect(batchLimitError(op, defaults)).toBeNull();
    expect(batchLimitError([op, op, op], { ...defaults, maxBatch: 3 })).toBeNull();
  });

  it('refuses a longer batch as BAD_USER_INPUT', () => {
    const error = batchLimitError([op, op, op, op], { ...defaults, maxBatch: 3 });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('A request may batch at most 3 operations; this one has 4.');
  });
});

describe('graphqlLimitRules in Apollo Server 5', () => {
  async function server(config: GraphQLLimitsConfig, hideSuggestions = true) {
    const apollo = new ApolloServer({ typeDefs, resolvers: { Query: { hello: () => 'hi' } }, ...graphqlLimitRules(config, { hideSuggestions }) });
    await apollo.start();
    return apollo;
  }

  async function run(apollo: ApolloServer, query: string) {
    const response = await apollo.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, errors: response.body.singleResult.errors ?? [] };
  }

  it('answers an over-limit query with 400 and a validation code, not a 500', async () => {
    const apollo = await server(defaults);
    for (const query of [deep(9), aliased(16), directed(11)]) {
      const { status, errors } = await run(apollo, query);
      expect(status).toBe(400);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    expect((await run(apollo, deep(8))).errors).toEqual([]);
    await apollo.stop();
  });

  it('answers a query over the token limit with 400 and a parse-failure code', async () => {
    const apollo = await server(defaults);
    const { status, errors } = await run(apollo, tokens(1001));
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]?.message).toMatch(/more tha[nt] 1000 tokens/);
    await apollo.stop();
  });

  it('hides suggestions in Apollo too', async () => {
    const apollo = await server(defaults, true);
    expect((await run(apollo, '{ helo }')).errors[0]?.message).toBe('Cannot query field "helo" on type "Query".');
    await apollo.stop();
  });

  it('refuses batches when GRAPHQL_MAX_BATCH is 1, and serves them when it is higher', async () => {
    const post = (apollo: ApolloServer, body: unknown) =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
        context: async () => ({}),
      });
    const batch = [{ query: '{ hello }' }, { query: '{ hello }' }];
    const single = await server(defaults);
    expect((await post(single, batch)).status).toBe(400);
    await single.stop();
    const batching = await server({ ...defaults, maxBatch: 2 });
    const response = await post(batching, batch);
    expect(response.status ?? 200).toBe(200);
    await batching.stop();
  });
});
