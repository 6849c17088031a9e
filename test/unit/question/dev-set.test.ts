// Regression check against the shared development set (skipped where it is not checked out): every
// answerable question gets a plan and every refusal has the expected code. The plans themselves are
// compared with the gold SQL by eye (dev-plans.ts) and pinned, family by family, in the other tests.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

const DEV_SET = '/work/shared/eval/dev.jsonl';
interface Item { id: string; question: string; kind: string; expect_code?: string }
const items: Item[] = existsSync(DEV_SET)
  ? readFileSync(DEV_SET, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item)
  : [];

describe.skipIf(items.length === 0)('development set', () => {
  it.each(items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    const r = parse(item.question);
    if (item.kind !== 'refuse') expect(r.ok, item.question).toBe(true);
    else if (item.expect_code === 'BAD_USER_INPUT') expect(r.ok).toBe(false); // the API rejects it before parsing
    else expect(!r.ok && r.refusal.code, item.question).toBe(item.expect_code);
  });
});
