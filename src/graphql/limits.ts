// Bounds on what one request may ask, enforced before anything executes: a query that is too deep,
// too wide (aliases), too costly, has too many directives or tokens, or arrives in too big a batch
// is refused with a message that names the limit. The GraphQL Armor rules do the counting; we set
// their numbers from the environment and make their rejections ordinary validation errors.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { integerSetting as integer, type Env } from '../env.js';
import { badUserInput, type RosterError } from '../errors.js';

export interface GraphQLLimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBodyBytes: number;
  /** operations in one HTTP request; 1 turns batching off */
  maxBatch: number;
}

export function parseGraphQLLimitsConfig(env: Env): GraphQLLimitsConfig {
  return {
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 8, 1, 100),
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
    maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 10, 0, 1000),
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 1000, 10, 1_000_000),
    // A full 1,000-row page with department, manager and leave costs about 35,000; leave room for that.
    maxCost: integer(env, 'GRAPHQL_MAX_COST', 100_000, 1, 100_000_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 102_400, 1024, 100 * 1024 * 1024),
    maxBatch: integer(env, 'GRAPHQL_MAX_BATCH', 1, 1, 100),
  };
}

/** The options to spread into `new ApolloServer({ ... })`. */
export interface GraphQLLimitOptions {
  validationRules: ValidationRule[];
  /** graphql-js stops parsing at the token limit, before building a large document */
  parseOptions: { maxTokens: number };
  validationOptions: { hideSuggestions: boolean };
  hideSchemaDetailsFromClientErrors: boolean;
  allowBatchedHttpRequests: boolean;
  /** Apollo's own guard against selection sets multiplied by nested fragment spreads */
  maxRecursiveSelections: true;
}

/**
 * Armor's rules throw by default, which graphql's validate() does not catch (Apollo would answer
 * 500). Reporting to the context makes the rejection an ordinary validation error (400).
 */
const rejectAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
  ],
};

export function graphqlLimitRules(config: GraphQLLimitsConfig, options: { hideSuggestions: boolean }): GraphQLLimitOptions {
  return {
    validationRules: [
      // Introspection (__schema) is deep and costly by nature; it is switched off in production instead.
      // Flattened fragments: a fragment adds the depth of its fields, not a level of its own, so
      // clients built on fragments (codegen's client preset) are measured like inline queries.
      maxDepthRule({ n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejectAsValidationError }),
      maxAliasesRule({ n: config.maxAliases, ...rejectAsValidationError }),
      maxDirectivesRule({ n: config.maxDirectives, ...rejectAsValidationError }),
      costLimitRule({ maxCost: config.maxCost, ignoreIntrospection: true, flattenFragments: true, ...rejectAsValidationError }),
    ],
    parseOptions: { maxTokens: config.maxTokens },
    // "Did you mean …?" would list field names to someone who cannot introspect.
    validationOptions: { hideSuggestions: options.hideSuggestions },
    hideSchemaDetailsFromClientErrors: options.hideSuggestions,
    allowBatchedHttpRequests: config.maxBatch > 1,
    maxRecursiveSelections: true,
  };
}

/**
 * Apollo bounds nothing once batching is on, so the HTTP handler asks this after parsing the JSON
 * body: a RosterError (BAD_USER_INPUT, answer 400) for a batch over GRAPHQL_MAX_BATCH, else null.
 * With GRAPHQL_MAX_BATCH=1 Apollo refuses every batch itself.
 */
export function batchLimitError(body: unknown, config: GraphQLLimitsConfig): RosterError | null {
  if (!Array.isArray(body) || body.length <= config.maxBatch) return null;
  return badUserInput(`A request may batch at most ${config.maxBatch} operations; this one has ${body.length}.`, {
    maxBatch: config.maxBatch,
  });
}
