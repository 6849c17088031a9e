// Property tests: whatever arrives, the parser answers with a well-formed plan or a refusal with
// one of its two codes, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret, parseQuestion, validatePlan } from '../../../src/question/index.js';
import { FIXTURE_DATA, FIXTURE_LEXICON } from './lexicon-fixture.js';

function checkAnswer(question: string): void {
  const r = parseQuestion(question, FIXTURE_LEXICON);
  if (r.ok) {
    expect(validatePlan(r.plan), question).toEqual([]);
    expect(interpret(r.plan)).toMatch(/\.$/);
  } else {
    expect(['QUESTION_NOT_UNDERSTOOD', 'UNSAFE_QUESTION']).toContain(r.refusal.code);
    expect(r.refusal.message.length).toBeGreaterThan(0);
    expect(r.refusal.examples.length).toBeGreaterThanOrEqual(2);
  }
}

const vocabulary = [
  ...FIXTURE_DATA.departments, ...FIXTURE_DATA.locations, ...FIXTURE_DATA.jobTitles, ...FIXTURE_DATA.leaveTypes,
  'engineers', 'sales reps', 'HR', 'the US', 'UK', 'remote', 'senior', 'managers', 'who', 'in', 'not', 'except', 'outside',
  'earning', 'more than', 'at least', 'under', 'between', 'and', 'or', ',', 'hired', 'joined', 'in the last', 'since', 'before',
  'after', 'this year', 'last year', 'days', 'weeks', 'months', 'years', 'top', 'highest paid', 'lowest paid', 'newest',
  'longest-serving', 'how many', 'count', 'former', 'terminated', 'including former', 'on leave', 'on parental leave',
  'took sick leave', 'managed by', 'reports to', "'s", "'s team", "'s manager", 'under', 'named', 'called', 'find',
  'last name', 'John Doe', 'Zoë Müller', "Liam O'Brien", 'the', 'people', 'employees', '?', '!', 'been here', 'for',
];
const numbers = ['120K', '120k', '$120,000', '120 thousand', '1.2M', '2M', '120000', '> 120K', '>=', '<', '<=', '0', '-5',
  '1e309', '99999999999999999999', '0.0001', '$', 'NaN', '2019', '2024-02-30', '2021-03-15', 'ten', 'five', 'a', '100k+'];
const sql = ["'; DROP TABLE employees;--", 'SELECT * FROM employees', "' OR 1=1", 'DELETE FROM leaves', '/* x */', 'UNION SELECT 1', '--'];

const word = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(...numbers),
  fc.constantFrom(...sql),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.stringMatching(/^[a-zé'-]{1,12}$/),
);
const sentence = fc.array(word, { maxLength: 14 }).map((words) => words.join(' '));

describe('parseQuestion never throws and always answers in shape', () => {
  it('random strings (any unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), checkAnswer), { numRuns: 3000 });
  });

  it('mixes of real vocabulary, numbers in odd formats, SQL and junk', () => {
    fc.assert(fc.property(sentence, checkAnswer), { numRuns: 6000 });
  });

  it('very long words and repetitions', () => {
    const long = fc.tuple(fc.constantFrom('a', 'e', 'engineering', "'", '-', '1', 'é'), fc.integer({ min: 1, max: 500 })).map(([s, n]) => s.repeat(n));
    fc.assert(fc.property(fc.array(long, { maxLength: 3 }), (parts) => checkAnswer(parts.join(' '))), { numRuns: 1000 });
  });

  it('SQL fragments anywhere are refused as unsafe', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }), fc.constantFrom(...sql), fc.nat(6), (words, fragment, at) => {
        const question = [...words.slice(0, at), fragment, ...words.slice(at)].join(' ');
        const r = parseQuestion(question, FIXTURE_LEXICON);
        expect(r.ok, question).toBe(false);
        if (!r.ok) expect(r.refusal.code, question).toBe('UNSAFE_QUESTION');
      }),
      { numRuns: 1000 },
    );
  });
});
