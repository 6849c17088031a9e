// Property: nothing typed in a question reaches the SQL text. Questions are built from templates
// around random "marker" values (department, location and title names made up for each run, person
// names, amounts); whatever the parser makes of them, the compiled text holds none of the markers,
// and every value travels as a bound parameter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, parseQuestion, type LexiconData } from '../../../src/question/index.js';
import type { PersonName } from '../../../src/question/plan.js';
import { compileAnswerQuery } from '../../../src/query/compile-answer.js';
import { NOTHING_NESTED } from '../../../src/query/employee-selection.js';
import { compileCountQuery, compilePageQuery } from '../../../src/query/compile.js';
import { personReferences } from '../../../src/query/resolve-people.js';

const word = fc.stringMatching(/^[A-Z][a-z]{5,9}$/);
const amount = fc.integer({ min: 10_000, max: 999_999 });
const year = fc.integer({ min: 1990, max: 2030 });

const templates = [
  (m: Markers) => `${m.department} employees in ${m.location} earning more than $${m.amount.toLocaleString('en-US')}`,
  (m: Markers) => `who reports to ${m.first} ${m.last}?`,
  (m: Markers) => `everyone under ${m.first} ${m.last} hired after ${m.year}`,
  (m: Markers) => `people named ${m.first} ${m.last}`,
  (m: Markers) => `${m.first} ${m.last}`,
  (m: Markers) => `employees with last name ${m.last} in ${m.department}`,
  (m: Markers) => `${m.title}s not in ${m.location}`,
  (m: Markers) => `how many ${m.department} people make between ${m.amount} and ${m.amount + 1000}`,
  (m: Markers) => `top 7 highest paid ${m.title}s hired in ${m.year}`,
  (m: Markers) => `who does ${m.first} ${m.last} report to`,
  (m: Markers) => `${m.department} or ${m.department2} staff on ${m.leave} since ${m.year}`,
];

interface Markers {
  department: string;
  department2: string;
  location: string;
  title: string;
  leave: string;
  first: string;
  last: string;
  amount: number;
  year: number;
}

const markers = fc.record({
  department: word,
  department2: word,
  location: word,
  title: fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  leave: word.map((w) => `${w} Leave`),
  first: word,
  last: word,
  amount,
  year,
});

describe('compiled SQL never contains question text', () => {
  it('holds for 2,000 questions built around made-up vocabulary, names and numbers', () => {
    let compiled = 0;
    fc.assert(
      fc.property(markers, fc.integer({ min: 0, max: templates.length - 1 }), (m, t) => {
        const data: LexiconData = {
          departments: [m.department, m.department2, 'Engineering'],
          locations: [m.location, 'London'],
          jobTitles: [m.title, 'Software Engineer'],
          leaveTypes: [m.leave, 'Vacation'],
          firstNames: ['john', m.first.toLowerCase()],
          lastNames: ['doe', m.last.toLowerCase()],
        };
        const question = templates[t]!(m);
        const result = parseQuestion(question, compileLexicon(data));
        if (!result.ok) return;
        const people = new Map<PersonName, number | null>(personReferences(result.plan).map((p) => [p, 1]));
        const leaf = { ...NOTHING_NESTED, department: true, currentLeave: true };
        const everything = { ...leaf, manager: { ...leaf, manager: leaf, directReports: leaf }, directReports: { ...leaf, manager: leaf } };
        for (const query of [
          compilePageQuery(result.plan, people, { offset: 0, limit: 10 }),
          compileCountQuery(result.plan, people),
          compileAnswerQuery(result.plan, { offset: 0, limit: 10 }, everything),
        ]) {
          const text = query.text.toLowerCase();
          for (const marker of [m.department, m.department2, m.location, m.title, m.leave, m.first, m.last]) {
            expect(text).not.toContain(marker.toLowerCase());
          }
          for (const number of [m.amount, m.year, m.year + 1]) expect(text).not.toContain(String(number));
          // every placeholder has a value, and nothing else is interpolated
          const placeholders = new Set([...query.text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
          expect(placeholders.size).toBe(query.values.length);
        }
        compiled++;
      }),
      { numRuns: 2000, seed: 20261123 },
    );
    // The property is only worth something if most questions were understood and compiled.
    expect(compiled).toBeGreaterThan(1000);
  }, 30_000);
});
