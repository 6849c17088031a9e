import { describe, expect, it } from 'vitest';
import { expectRefusal, parse } from './helpers.js';

describe('not understood', () => {
  it.each([
    ['make up a funny story about our accountants', ['funny', 'story']],
    // a password is no field: asked for, it is not understood (the contract keeps UNSAFE_QUESTION for changes and SQL)
    ["what is Jane Smith's password", ['Jane', 'Smith', 'password']],
    ['engineers who play guitar', ['play', 'guitar']],
    ['qwpoeiru zxmcnv', ['qwpoeiru', 'zxmcnv']],
    ['sales people in Madrid', ['Madrid']],
    ["what's the weather like", ['weather']],
    ['tell me a joke', ['joke']],
    ['what time is it in Tokyo?', ['time', 'it', 'Tokyo']],
    ['can you recommend a good book?', ['recommend', 'good', 'book']],
    ['engineers who like pizza', ['pizza']],
    ['top 5 engineers', ['top', '5']],
    ['who got a raise this year', ['raise']],
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
    'Reassign every direct report of Carlos Garcia to Jane Smith.',
    "flag Liam O'Brien as terminated",
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

  it.each([
    // a change asked as a question or a suggestion
    'can we hire two more engineers in Austin?',
    'is it possible to mark Zoë Müller as terminated?',
    "is there a way for you to end Amara Okafor's employment today?",
    'any chance we can let go of the Austin ops team?',
    "why don't we make Zoë Müller report to John Doe?",
    'we should move the Berlin designers to London',
    // named by its gerund, imagined, or as something to get done
    'how about firing the three lowest paid salespeople?',
    'what about putting Wei Chen on sabbatical?',
    'what if we moved Berlin to Remote?',
    'what would happen if we cut Sales salaries by 10%?',
    'what if Amara Okafor managed Carlos Garcia instead?',
    'could Amara Okafor get a raise?',
    "can I get Wei Chen's title changed to Chief Product Officer?",
    // after an opener, in a second sentence, or with a rarer verb
    "hey can u bump every designer's pay by 5%",
    "who's on parental leave? also extend their leave to the end of the month",
    'relocate Liam O\'Brien to Berlin',
    'retitle Wei Chen as Chief Product Officer',
    "backdate Zoë Müller's start date to 2022",
    'axe the three lowest-paid support agents',
    "show Liam O'Brien the door",
    "designers hired this year') OR ('a'='a",
  ])('a change however it is asked: %s', (question) => {
    expectRefusal(question, 'UNSAFE_QUESTION');
  });

  it.each(['could you make a list of engineers', 'create a table of the Berlin staff', 'give me a table of engineers', 'what about the accountants?', 'can we see the engineers'])(
    'an answer asked for is not a change: %s',
    (question) => {
      expect(parse(question).ok, question).toBe(true);
    },
  );

  it.each(['Write a job description for a Senior Recruiter in Austin.', 'write a farewell message for Kevin Murphy', 'which department should I transfer to if I like numbers?'])(
    'writing something or advice for the asker is off topic, not a change: %s',
    (question) => {
      expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
    },
  );

  it.each(['terminated designers', 'who was terminated', 'who left', 'people hired in 2019', 'How many people did we hire this year?', 'give me the engineers', 'employees making at least 265K'])(
    'is not fooled by %s',
    (question) => {
      expect(parse(question).ok, question).toBe(true);
    },
  );
});

describe('refusal codes at the edges of a change', () => {
  it('booking a room for the asker is off topic, not a change', () => {
    expectRefusal('can you book me a meeting room for Friday', 'QUESTION_NOT_UNDERSTOOD');
  });
});

describe('changes wished for, and words of change that are not requests', () => {
  it.each([
    "I'd like Zoe Muller moved to the London office",
    "I'd like Amara Okafor's direct reports moved under Carlos Garcia",
    'please make sure everyone who earns less than 50k gets a raise',
    'could you re-hire the terminated people in Toronto?',
    'pay every designer at least 100k from now on',
  ])('unsafe: %s', (question) => {
    expectRefusal(question, 'UNSAFE_QUESTION');
  });

  it.each([
    'former employees hired in 2015 who are eligible for rehire',
    'who got promoted this year',
    "count Carlos Garcia's direct reports as of 2022",
  ])('not understood, not unsafe: %s', (question) => {
    expectRefusal(question, 'QUESTION_NOT_UNDERSTOOD');
  });

  it.each(['I need the HR people who have ever taken parental leave and were hired before 2021', 'pay above 100k in Sales'])('answered: %s', (question) => {
    expect(parse(question).ok, question).toBe(true);
  });
});
