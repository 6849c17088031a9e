// The two pieces of pg that a custom submitted query needs and @types/pg does not declare: the
// value serialiser pg's own Query binds parameters with, and the row parser it reads rows with.
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): unknown;
}

declare module 'pg/lib/result.js' {
  import type { FieldDef } from 'pg';
  export default class Result {
    constructor(rowMode?: 'array', types?: unknown);
    addFields(fields: FieldDef[]): void;
    parseRow(values: (string | null)[]): Record<string, unknown>;
  }
}
