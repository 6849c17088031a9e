// The typed client code is generated from schema.graphql and the operations in client/operations;
// this fails when either changed without `npm run codegen`.
import { readFileSync } from 'node:fs';
import { executeCodegen } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

describe('client/generated', () => {
  it('is what codegen produces from the current schema and operations', async () => {
    const root = new URL('../../', import.meta.url);
    const previous = process.cwd();
    process.chdir(root.pathname);
    try {
      const { result } = await executeCodegen({ ...config, silent: true });
      expect(result.length).toBeGreaterThan(0);
      for (const file of result) {
        expect(readFileSync(new URL(file.filename, root), 'utf8'), file.filename).toBe(file.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
