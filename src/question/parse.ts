// The parser's entry: tokens → rules → either a complete plan or a refusal. A question is
// understood completely or not at all: every word must be claimed by a rule or be a filler.
import { FILLERS, SUBJECT_WORDS } from './fillers.js';
import { inexpressibleWords } from './inexpressible.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from './normalise.js';
import { PIPELINE } from './pipeline.js';
import type { QueryPlan } from './plan.js';
import { notUnderstood, unsafe, type Refusal } from './refusal.js';
import { createState, type ParseState } from './state.js';
import { restoreSeparators } from './separators.js';
import { resolveTopic } from './topic.js';
import { applySelfCorrections } from './self-corrections.js';
import type { Token } from './token.js';
import { correctTypos, slipReadings } from './typos.js';

export type { Refusal, RefusalCode } from './refusal.js';

export type ParseResult = { ok: true; plan: QueryPlan } | { ok: false; refusal: Refusal };

/** Where the tokens are that no rule claimed and no filler explains. */
function unplacedIndices(s: ParseState): number[] {
  return s.tokens.flatMap((t, i) => (s.claimedBy[i] === null && t.kind === 'word' && !FILLERS.has(t.norm) ? [i] : []));
}

/** Words no rule claimed and no filler explains, as written, each once. */
function unplacedWords(s: ParseState): string[] {
  const words: string[] = [];
  s.tokens.forEach((t, i) => {
    if (s.claimedBy[i] !== null || t.kind === 'comma' || t.kind === 'possessive') return;
    if (t.kind === 'word' && FILLERS.has(t.norm)) return;
    const word = t.joined && words.length > 0 && s.tokens[i - 1]?.kind === 'word' && s.claimedBy[i - 1] === null ? `${words.pop() ?? ''}-${t.raw}` : t.raw;
    if (!words.includes(word)) words.push(word);
  });
  return words;
}

/** A plan with no condition at all must at least name the people ("show me all employees"). */
function asksAboutEmployees(s: ParseState): boolean {
  const changed = s.filters.length > 0 || s.order !== null || s.intent === 'count' || s.scope !== 'active';
  // words set aside as context, about the asker, or only of asking ("please") ask about nobody
  const aside = (i: number): boolean => s.claimedBy[i] === 'context' || s.claimedBy[i] === 'asker' || s.claimedBy[i] === 'request';
  return changed || s.tokens.some((t, i) => !aside(i) && (s.claimedBy[i] !== null || SUBJECT_WORDS.has(t.norm)));
}

/** One reading of the tokens; `unplaced` holds where the words were that made it a refusal, if they did. */
function read(question: string, tokens: Token[], lexicon: Lexicon): { result: ParseResult; unplaced: number[] } {
  const s = createState(question, resolveTopic(tokens, lexicon), lexicon);
  for (const rule of PIPELINE) {
    rule.apply(s);
    if (s.unsafe !== null) return { result: { ok: false, refusal: unsafe(lexicon, s.unsafe) }, unplaced: [] };
  }
  const inexpressible = inexpressibleWords(s);
  // a slip may be why it reads as inexpressible ("who was hried in …" has no word of hiring)
  if (inexpressible.length > 0) return { result: { ok: false, refusal: notUnderstood(lexicon, inexpressible) }, unplaced: unplacedIndices(s) };
  const unknown = unplacedWords(s);
  if (unknown.length > 0 || !asksAboutEmployees(s)) return { result: { ok: false, refusal: notUnderstood(lexicon, unknown) }, unplaced: unplacedIndices(s) };
  const plan: QueryPlan = { scope: s.scope, filters: s.filters, order: s.order, limit: s.limit, intent: s.intent };
  if (s.context.length > 0) plan.context = s.context;
  return { result: { ok: true, plan }, unplaced: [] };
}

function parse(question: string, lexicon: Lexicon): ParseResult {
  const tokens = applySelfCorrections(correctTypos(restoreSeparators(tokenize(question), lexicon), lexicon), lexicon);
  const first = read(question, tokens, lexicon);
  // second readings with slips corrected in the words the first left unplaced ("show teh ops team"),
  // kept only if one understands the whole question or finds the change it asks for ("upadte …");
  // otherwise the refusal names the words as they were written
  for (const corrected of first.unplaced.length > 0 ? slipReadings(tokens, first.unplaced, lexicon) : []) {
    const second = read(question, corrected, lexicon).result;
    if (second.ok || second.refusal.code === 'UNSAFE_QUESTION') return second;
  }
  return first.result;
}

/** Parses one question against the compiled vocabulary. Never throws. */
export function parseQuestion(question: string, lexicon: Lexicon): ParseResult {
  try {
    return parse(typeof question === 'string' ? question : '', lexicon);
  } catch {
    // A bug in a rule must surface as a refusal, never as a failed request or a guessed answer.
    return { ok: false, refusal: notUnderstood(lexicon, []) };
  }
}
