import { printSchema } from 'graphql';
import { schema } from './schema.js';

export const SCHEMA_FILE_HEADER = '# Printed from the Pothos schema by `npm run schema:print`. Do not edit by hand.\n\n';

export function printSchemaFile(): string {
  return SCHEMA_FILE_HEADER + printSchema(schema) + '\n';
}
