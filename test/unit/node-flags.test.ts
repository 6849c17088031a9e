// `npm start` runs the service with the flags the benchmark, the load test and the process test use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_NODE_FLAGS, TYPESCRIPT_LOADER } from '../../src/node-flags.js';

describe('SERVICE_NODE_FLAGS', () => {
  it("are the flags and the loader of package.json's start script", () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe(`node ${[...SERVICE_NODE_FLAGS, ...TYPESCRIPT_LOADER].join(' ')} src/main.ts`);
  });
});
