// Roster's Apollo server answers operations through the compiled executor, and a compiled result's
// errors reach the client exactly as Apollo's own execution would have sent them, logged the same.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ANONYMOUS_PRINCIPAL, type Principal } from '../../../src/auth/principal.js';
import { loadConfig } from '../../../src/config.js';
import { createApolloServer } from '../../../src/graphql/apollo.js';
import { CompiledExecutor } from '../../../src/graphql/compiled-executor.js';
import { GraphQLContext, type GraphQLContextParts } from '../../../src/graphql/context.js';
import { schema } from '../../../src/graphql/schema.js';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

/** Leaves every operation to Apollo's own execution (graphql-js): the reference. */
class InterpretingExecutor extends CompiledExecutor {
  override async execute(): Promise<null> {
    return null;
  }
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function serverWith(executor: CompiledExecutor) {
  const apollo = createApolloServer(config, executor);
  await apollo.start();
  stops.push(() => apollo.stop());
  return apollo;
}

/**
 * A context with no lexicon: askEmployees fails on it as it would on a bug (unexpected, masked and
 * logged at error level); without `employees:read` it refuses first (expected, not logged).
 */
function context(principal: Principal | null, logged: { level: number; msg: string }[]): GraphQLContext {
  const log = pino({ level: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
  const lexicon = { current: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'terms')")) };
  const parts = { requestId: 'test', principal, rootLog: log, config, lexicon, metrics: { countAsk() {} }, health: { recordAcquireTimeout() {} } };
  return new GraphQLContext(parts as unknown as GraphQLContextParts);
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function answer(executor: CompiledExecutor, operation: Operation, principal: Principal | null) {
  const logged: { level: number; msg: string }[] = [];
  const response = await (await serverWith(executor)).executeOperation(operation, { contextValue: context(principal, logged) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: JSON.parse(JSON.stringify(response.body.singleResult)), logged: logged.map(({ level, msg }) => ({ level, msg })) };
}

describe('compiled execution inside Apollo', () => {
  it('runs each operation through the function compiled for its document, compiled once', async () => {
    const executor = new CompiledExecutor(schema);
    const apollo = await serverWith(executor);
    for (let i = 0; i < 3; i++) {
      const response = await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: context(ANONYMOUS_PRINCIPAL, []) });
      expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ __typename: 'Query' });
    }
    expect(executor.compilations).toBe(1);
  });

  const ask = '{ askEmployees(question: "engineers") { totalCount } }';
  const cases: [string, Operation, Principal | null][] = [
    ['an unexpected resolver error', { query: ask }, ANONYMOUS_PRINCIPAL],
    ['an expected refusal', { query: ask }, null],
    ['a wrong variable', { query: 'query Q($q: String!) { askEmployees(question: $q) { totalCount } }', variables: { q: 7 } }, ANONYMOUS_PRINCIPAL],
    ['an operation name that is not there', { query: 'query Q { __typename }', operationName: 'Missing' }, ANONYMOUS_PRINCIPAL],
  ];
  it.each(cases)('answers %s as Apollo executing it itself does', async (_name, operation, principal) => {
    const compiled = await answer(new CompiledExecutor(schema), operation, principal);
    const reference = await answer(new InterpretingExecutor(schema), operation, principal);
    expect(compiled).toEqual(reference);
    expect(compiled.result.errors?.length).toBeGreaterThan(0);
  });

  it('masks the unexpected error and logs it; the expected refusal is neither masked nor logged', async () => {
    const unexpected = await answer(new CompiledExecutor(schema), { query: ask }, ANONYMOUS_PRINCIPAL);
    expect(unexpected.result.errors).toEqual([
      { message: 'Something went wrong on our side. The error has been logged.', path: ['askEmployees'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(unexpected.logged).toEqual([{ level: 50, msg: 'resolver failed' }]);
    const refused = await answer(new CompiledExecutor(schema), { query: ask }, null);
    expect(refused.result.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(refused.logged).toEqual([]);
  });
});
