// The parser's entry: tokens → rules → either a complete plan or a refusal. A question is
// understood completely or not at all: every word must be claimed by a rule or be a filler.
import { FILLERS, SUBJECT_WORDS } from './fillers.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from './normalise.js';
import { PIPELINE } from './pipeline.js';
import type { QueryPlan } from './plan.js';
import { contradictory, notUnderstood, unsafe, type Refusal } from './refusal.js';
import { createState, type ParseState } from './state.js';
import { correctTypos } from './typos.js';

export type { Refusal, RefusalCode } from './refusal.js';

export type ParseResult = { ok: true; plan: QueryPlan } | { ok: false; refusal: Refusal };

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

/**
 * Two conditions on the same one-valued field with nothing in common ("engineers in London and
 * designers in Berlin": Engineering and Design, London and Berlin) can only be a question about two
 * groups, which a plan cannot hold. Their texts, or null when the conditions can all hold together.
 */
function clash(s: ParseState): [string, string] | null {
  const seen = new Map<string, { values: string[]; text: string }>();
  for (const f of s.filters) {
    const c = f.condition;
    const values = c.kind === 'department' ? c.names : c.kind === 'location' ? c.locations : c.kind === 'title' ? c.titles : null;
    if (values === null || f.negated) continue;
    const earlier = seen.get(c.kind);
    if (earlier !== undefined && !values.some((v) => earlier.values.includes(v))) return [earlier.text, f.text];
    seen.set(c.kind, { values: earlier === undefined ? values : values.filter((v) => earlier.values.includes(v)), text: f.text });
  }
  return null;
}

/** A plan with no condition at all must at least name the people ("show me all employees"). */
function asksAboutEmployees(s: ParseState): boolean {
  const changed = s.filters.length > 0 || s.order !== null || s.intent === 'count' || s.scope !== 'active';
  return changed || s.tokens.some((t, i) => s.claimedBy[i] !== null || SUBJECT_WORDS.has(t.norm));
}

function parse(question: string, lexicon: Lexicon): ParseResult {
  const s = createState(question, correctTypos(tokenize(question), lexicon), lexicon);
  for (const rule of PIPELINE) {
    rule.apply(s);
    if (s.unsafe !== null) return { ok: false, refusal: unsafe(lexicon, s.unsafe) };
  }
  const unknown = unplacedWords(s);
  if (unknown.length > 0 || !asksAboutEmployees(s)) return { ok: false, refusal: notUnderstood(lexicon, unknown) };
  const both = clash(s);
  if (both !== null) return { ok: false, refusal: contradictory(lexicon, ...both) };
  return { ok: true, plan: { scope: s.scope, filters: s.filters, order: s.order, limit: s.limit, intent: s.intent } };
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
