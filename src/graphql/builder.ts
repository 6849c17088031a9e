// The Pothos builder: plugins, context type and scalars. Types live in ./types, one per file.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    // No `node(id:)` root field: every read goes through askEmployees, where the question is
    // interpreted and access is checked in one place.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => value,
  parseValue: (value) => String(value),
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with time zone.',
  serialize: (value) => value,
  parseValue: (value) => String(value),
});

builder.queryType({});
