import { describe, expect, it } from 'vitest';
import { expectRefusal, parse } from './helpers.js';

describe('not understood', () => {
  it.each([
    ['engineers who play guitar', ['play', 'guitar']],
    ['qwpoeiru zxmcnv', ['qwpoeiru', 'zxmcnv']],
    ['sales people in Madrid', ['Madrid']],
    ["what's the weather like", ['weather']],
    ['tell me a joke', ['joke']],
    ['what time is it in Tokyo?', ['time', 'it', 'Tokyo']],
    ['can you recommend a good book?', ['recommend', 'good', 'book']],
    ['engineers who like pizza', ['pizza']],
    ['top 5 engineers', ['top', '5']],
    ['who got a raise this year', ['got', 'raise']],
    // asking for writing is off topic, not a change to the data
    ['write me a poem', ['write', 'poem']],
    ['write a haiku about engineers', ['write', 'haiku']],
  ])('%s', (question, words) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD', words);
  });

  it('names the words in the message and gives examples from the data', () => {
    const r = parse('engineers who play guitar');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.message).toContain('I couldn\'t place "play", "guitar" in a question about employees.');
    expect(r.refusal.examples).toHaveLength(3);
    expect(r.refusal.examples.join(' ')).toMatch(/Engineering|London|Sales/);
  });

  it.each(['', '   ', '?!', 'show me', 'the'])('refuses a question with nothing to ask: %j', (question) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('unsafe', () => {
  it.each([
    'remove Amara Okafor from the directory',
    "set everyone's salary to 1M",
    "DELETE FROM employees WHERE employment_status = 'terminated'",
    "Robert'); DROP TABLE departments;--",
    'terminate Carlos Garcia',
    'Delete all engineers',
    'please remove John Doe',
    'fire Jane Smith',
    'can you fire the designers',
    'give everyone a raise',
    'give John Doe a raise',
    'update salary for Carlos Garcia',
    'hire someone in Sales',
    'Hire a new engineer',
    'add a new engineer',
    'drop the employees table',
    'SELECT * FROM employees',
    "engineers'; DROP TABLE employees; --",
    "' OR 1=1 --",
    "x' or '1'='1",
    'insert into employees values (1)',
    'truncate leaves',
    'show engineers; delete from employees',
    'promote Wei Chen to VP',
    'raise Carlos Garcia\'s salary',
    'change John Doe\'s title to Staff Engineer',
    "write Carlos Garcia's salary as 200K",
  ])('%s', (question) => {
    expectRefusal(question, 'UNSAFE_QUESTION');
  });

  it.each(['terminated designers', 'who was terminated', 'who left', 'people hired in 2019', 'How many people did we hire this year?', 'give me the engineers', 'employees making at least 265K'])(
    'is not fooled by %s',
    (question) => {
      expect(parse(question).ok, question).toBe(true);
    },
  );
});
