/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AskEmployees($question: String!, $first: Int = 50, $after: String) {\n  askEmployees(question: $question, first: $first, after: $after) {\n    totalCount\n    truncated\n    interpretation\n    message\n    warnings\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        email\n        fullName\n        firstName\n        lastName\n        jobTitle\n        hireDate\n        salaryUsd\n        location\n        employmentStatus\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          fullName\n        }\n        currentLeave {\n          type\n          startDate\n          endDate\n        }\n        directReports {\n          id\n          fullName\n        }\n      }\n    }\n  }\n}": typeof types.AskEmployeesDocument,
    "query SystemHealth {\n  systemHealth {\n    status\n    checkedAt\n    uptimeSeconds\n    version\n    database {\n      reachable\n      latencyMs\n      serverVersion\n      error\n    }\n    pool {\n      min\n      max\n      size\n      used\n      idle\n      pendingAcquires\n      utilization\n      acquireTimeouts\n    }\n    migrations {\n      applied\n      pending\n      latest\n    }\n    checks {\n      name\n      status\n      observedValue\n      observedUnit\n      message\n    }\n  }\n}": typeof types.SystemHealthDocument,
};
const documents: Documents = {
    "query AskEmployees($question: String!, $first: Int = 50, $after: String) {\n  askEmployees(question: $question, first: $first, after: $after) {\n    totalCount\n    truncated\n    interpretation\n    message\n    warnings\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        email\n        fullName\n        firstName\n        lastName\n        jobTitle\n        hireDate\n        salaryUsd\n        location\n        employmentStatus\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          fullName\n        }\n        currentLeave {\n          type\n          startDate\n          endDate\n        }\n        directReports {\n          id\n          fullName\n        }\n      }\n    }\n  }\n}": types.AskEmployeesDocument,
    "query SystemHealth {\n  systemHealth {\n    status\n    checkedAt\n    uptimeSeconds\n    version\n    database {\n      reachable\n      latencyMs\n      serverVersion\n      error\n    }\n    pool {\n      min\n      max\n      size\n      used\n      idle\n      pendingAcquires\n      utilization\n      acquireTimeouts\n    }\n    migrations {\n      applied\n      pending\n      latest\n    }\n    checks {\n      name\n      status\n      observedValue\n      observedUnit\n      message\n    }\n  }\n}": types.SystemHealthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskEmployees($question: String!, $first: Int = 50, $after: String) {\n  askEmployees(question: $question, first: $first, after: $after) {\n    totalCount\n    truncated\n    interpretation\n    message\n    warnings\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        email\n        fullName\n        firstName\n        lastName\n        jobTitle\n        hireDate\n        salaryUsd\n        location\n        employmentStatus\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          fullName\n        }\n        currentLeave {\n          type\n          startDate\n          endDate\n        }\n        directReports {\n          id\n          fullName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AskEmployees($question: String!, $first: Int = 50, $after: String) {\n  askEmployees(question: $question, first: $first, after: $after) {\n    totalCount\n    truncated\n    interpretation\n    message\n    warnings\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        email\n        fullName\n        firstName\n        lastName\n        jobTitle\n        hireDate\n        salaryUsd\n        location\n        employmentStatus\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          fullName\n        }\n        currentLeave {\n          type\n          startDate\n          endDate\n        }\n        directReports {\n          id\n          fullName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SystemHealth {\n  systemHealth {\n    status\n    checkedAt\n    uptimeSeconds\n    version\n    database {\n      reachable\n      latencyMs\n      serverVersion\n      error\n    }\n    pool {\n      min\n      max\n      size\n      used\n      idle\n      pendingAcquires\n      utilization\n      acquireTimeouts\n    }\n    migrations {\n      applied\n      pending\n      latest\n    }\n    checks {\n      name\n      status\n      observedValue\n      observedUnit\n      message\n    }\n  }\n}"): (typeof documents)["query SystemHealth {\n  systemHealth {\n    status\n    checkedAt\n    uptimeSeconds\n    version\n    database {\n      reachable\n      latencyMs\n      serverVersion\n      error\n    }\n    pool {\n      min\n      max\n      size\n      used\n      idle\n      pendingAcquires\n      utilization\n      acquireTimeouts\n    }\n    migrations {\n      applied\n      pending\n      latest\n    }\n    checks {\n      name\n      status\n      observedValue\n      observedUnit\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;