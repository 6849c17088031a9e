// The parser's public surface: compile the vocabulary once, parse questions, read plans back.
export { compileLexicon, type Lexicon, type LexiconData } from './lexicon.js';
export { parseQuestion, type ParseResult, type Refusal, type RefusalCode } from './parse.js';
export { interpret } from './interpret.js';
export { validatePlan } from './validate.js';
export type * from './plan.js';
export { UnreachableCaseError } from './plan.js';
