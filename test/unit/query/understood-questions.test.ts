// Questions asked again are answered from memory: the same parse, interpretation and statement,
// frozen so no request can change them for another; a new vocabulary starts afresh.
import { describe, expect, it } from 'vitest';
import { compileLexicon, interpret, parseQuestion } from '../../../src/question/index.js';
import { compileAnswerQuery } from '../../../src/query/compile-answer.js';
import { NOTHING_NESTED, type EmployeeSelection } from '../../../src/query/employee-selection.js';
import { questionFingerprint } from '../../../src/query/cursor.js';
import { REMEMBERED_QUESTIONS, understood } from '../../../src/query/understood-questions.js';
import { FIXTURE_DATA, FIXTURE_LEXICON } from '../question/lexicon-fixture.js';

const NESTED: EmployeeSelection = { ...NOTHING_NESTED, department: true, manager: NOTHING_NESTED, currentLeave: true };
const PROJECTED: EmployeeSelection = { ...NESTED, columns: ['email'], manager: { ...NOTHING_NESTED, columns: ['last_name'] } };
const DEEP: EmployeeSelection = { ...PROJECTED, manager: { ...NOTHING_NESTED, columns: ['last_name'], directReports: { ...NOTHING_NESTED, columns: ['email'] } } };

describe('understood', () => {
  it('matches a fresh parse, interpretation, fingerprint and compilation', () => {
    const question = 'List Engineering employees with salary > 120K';
    const remembered = understood(question, FIXTURE_LEXICON);
    const fresh = parseQuestion(question, FIXTURE_LEXICON);
    expect(remembered.parsed).toEqual(fresh);
    if (!remembered.parsed.ok || !fresh.ok) throw new Error('expected a plan');
    expect(remembered.interpretation()).toBe(interpret(fresh.plan));
    expect(remembered.fingerprint).toBe(questionFingerprint(question));
    for (const [page, nested] of [[{ offset: 0, limit: 100 }, NESTED], [{ offset: 100, limit: 50 }, NOTHING_NESTED]] as const) {
      expect(remembered.answerQuery(page, nested)).toEqual(compileAnswerQuery(fresh.plan, page, nested));
    }
  });

  it('returns the same frozen entry the second time', () => {
    const first = understood('Who is on parental leave?', FIXTURE_LEXICON);
    expect(understood('Who is on parental leave?', FIXTURE_LEXICON)).toBe(first);
    if (!first.parsed.ok) throw new Error('expected a plan');
    expect(Object.isFrozen(first.parsed.plan.filters)).toBe(true);
    const statement = first.answerQuery({ offset: 0, limit: 10 }, NESTED);
    expect(first.answerQuery({ offset: 0, limit: 10 }, NESTED)).toBe(statement);
    expect(() => (statement.values as unknown[]).push('x')).toThrow(TypeError);
  });

  it('tells page windows and selections apart', () => {
    const entry = understood('Show employees managed by John Doe', FIXTURE_LEXICON);
    if (!entry.parsed.ok) throw new Error('expected a plan');
    const a = entry.answerQuery({ offset: 0, limit: 10 }, NESTED);
    const b = entry.answerQuery({ offset: 0, limit: 10 }, NOTHING_NESTED);
    const c = entry.answerQuery({ offset: 10, limit: 10 }, NESTED);
    const d = entry.answerQuery({ offset: 0, limit: 10 }, PROJECTED);
    const e = entry.answerQuery({ offset: 0, limit: 10 }, DEEP);
    expect(new Set([a, b, c, d, e]).size).toBe(5);
    expect(d.text).not.toBe(a.text);
    expect(e.text).not.toBe(d.text);
    expect(a.text).not.toBe(b.text);
  });

  it('remembers refusals too, and starts afresh with a new vocabulary', () => {
    const refused = understood('List Quantum employees', FIXTURE_LEXICON);
    expect(refused.parsed.ok).toBe(false);
    const withQuantum = compileLexicon({ ...FIXTURE_DATA, departments: [...FIXTURE_DATA.departments, 'Quantum'] });
    expect(understood('List Quantum employees', withQuantum).parsed.ok).toBe(true);
    expect(understood('List Quantum employees', FIXTURE_LEXICON)).toBe(refused);
  });

  it('keeps at most REMEMBERED_QUESTIONS questions per vocabulary', () => {
    const lexicon = compileLexicon(FIXTURE_DATA);
    const first = understood('employees hired after 2001', lexicon);
    for (let year = 0; year < REMEMBERED_QUESTIONS; year++) understood(`employees earning over ${1000 + year}`, lexicon);
    expect(understood('employees hired after 2001', lexicon)).not.toBe(first);
  });
});
