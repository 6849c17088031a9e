import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../../src/graphql/schema-file.js';

describe('schema.graphql', () => {
  it('is the schema printed from Pothos (run `npm run schema:print` after changing a type)', () => {
    expect(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')).toBe(printSchemaFile());
  });
});
