// Refusals: what the parser says when it will not answer, with example questions made from the
// loaded vocabulary so they always name real departments and places.
import type { Lexicon } from './lexicon.js';

export type RefusalCode = 'QUESTION_NOT_UNDERSTOOD' | 'UNSAFE_QUESTION';

export interface Refusal {
  code: RefusalCode;
  message: string;
  unknownWords: string[];
  examples: string[];
}

const pick = (values: readonly string[], index: number, fallback: string): string =>
  values.length === 0 ? fallback : (values[index % values.length] ?? fallback);

/** Three questions the parser answers, built from the data. */
export function exampleQuestions(lexicon: Lexicon): string[] {
  const { departments, locations, leaveTypes } = lexicon.data;
  const leave = pick(leaveTypes, 0, 'leave');
  return [
    `Who in ${pick(departments, 0, 'Engineering')} works in ${pick(locations, 0, 'London')}?`,
    `How many people in ${pick(departments, 1, 'Sales')} earn more than $100,000?`,
    `Who is on ${leave.toLowerCase()} right now?`,
  ];
}

const quoteList = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(', ');

function withExamples(message: string, examples: readonly string[]): string {
  return `${message} You could ask, for example: ${examples.map((e) => `"${e}"`).join(' or ')}`;
}

export function notUnderstood(lexicon: Lexicon, unknownWords: string[]): Refusal {
  const examples = exampleQuestions(lexicon);
  const message =
    unknownWords.length > 0
      ? `I couldn't place ${quoteList(unknownWords)} in a question about employees.`
      : "I couldn't find a question about employees in that.";
  return { code: 'QUESTION_NOT_UNDERSTOOD', message: withExamples(message, examples), unknownWords, examples };
}

export function unsafe(lexicon: Lexicon, words: string[]): Refusal {
  const examples = exampleQuestions(lexicon);
  const message = `I can only look employees up; I won't change data or run SQL (${quoteList(words)}).`;
  return { code: 'UNSAFE_QUESTION', message: withExamples(message, examples), unknownWords: words, examples };
}

