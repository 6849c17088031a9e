// Parse speed: compiles the fixture vocabulary once, parses every development question many times,
// and prints the median and p99 time per question. Run: npx tsx bench/parse.bench.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseQuestion } from '../src/question/index.js';
import { FIXTURE_LEXICON } from '../test/unit/question/lexicon-fixture.js';

const DEV_SET = new URL('../../shared/eval/dev.jsonl', import.meta.url);
const ROUNDS = 200;

const questions = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { question: string }).question);

for (let i = 0; i < 20; i++) for (const q of questions) parseQuestion(q, FIXTURE_LEXICON); // warm up the JIT and the pattern cache

const samples: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of questions) {
    const start = performance.now();
    parseQuestion(q, FIXTURE_LEXICON);
    samples.push((performance.now() - start) * 1000);
  }
}
samples.sort((a, b) => a - b);
const at = (p: number): number => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
console.log(`${questions.length} questions × ${ROUNDS} rounds = ${samples.length} parses`);
console.log(`median ${at(0.5).toFixed(1)} µs, p90 ${at(0.9).toFixed(1)} µs, p99 ${at(0.99).toFixed(1)} µs, max ${at(1).toFixed(1)} µs per question`);
