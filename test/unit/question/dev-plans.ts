// Self-check: parses every question of the development set and prints the plan (compactly) or the
// refusal next to the expected kind. Run: npx tsx test/unit/question/dev-plans.ts [file.jsonl|-]
import { readFileSync } from 'node:fs';
import { interpret, parseQuestion } from '../../../src/question/index.js';
import type { Condition } from '../../../src/question/plan.js';
import { FIXTURE_LEXICON } from './lexicon-fixture.js';

function conditionText(c: Condition): string {
  const { kind, ...rest } = c;
  return `${kind}${JSON.stringify(rest)}`;
}

const file = process.argv[2] ?? '/work/shared/eval/dev.jsonl';
const lines = file === '-' ? readFileSync(0, 'utf8').split('\n') : readFileSync(file, 'utf8').split('\n');
for (const line of lines.filter((l) => l.trim().length > 0)) {
  const item = line.trim().startsWith('{') ? (JSON.parse(line) as { id: string; question: string; kind: string; expect_code?: string }) : { id: '-', question: line, kind: '?' };
  const r = parseQuestion(item.question, FIXTURE_LEXICON);
  const head = `${item.id} [${item.kind}${item.expect_code ? ` ${item.expect_code}` : ''}] ${item.question}`;
  if (r.ok) {
    const p = r.plan;
    const filters = p.filters.map((f) => `${f.negated ? 'NOT ' : ''}${conditionText(f.condition)}`).join(' & ');
    const extra = [p.scope !== 'active' ? `scope=${p.scope}` : '', p.order ? `order=${p.order.field} ${p.order.direction}` : '', p.limit !== null ? `limit=${p.limit}` : '', p.intent === 'count' ? 'COUNT' : ''].filter(Boolean).join(' ');
    console.log(`${head}\n    ✓ ${filters} ${extra}\n    » ${interpret(p)}`);
  } else {
    console.log(`${head}\n    ✗ ${r.refusal.code} ${JSON.stringify(r.refusal.unknownWords)}`);
  }
}
