// Questions whose every word was read, but whose reading the plan cannot express. A plan ANDs its
// conditions, negates one of them or one group of them ("except New York paralegals") and counts its
// whole answer; answered anyway, each of these
// would be another question answered without a word of warning ("people in Legal or hired this
// year" as people in Legal hired this year). They are refused, naming the words that make them so.
import { matchAt, type ParseState } from './state.js';

/** "or" between two different conditions: a list of one kind ("Sales or Marketing") is one condition. */
function orAcrossConditions(s: ParseState): string[] {
  const words: string[] = [];
  s.tokens.forEach((token, i) => {
    if (token.norm !== 'or' || s.claimedBy[i] !== null) return;
    const before = s.spans.some((span) => span.end <= i);
    const after = s.spans.some((span) => span.start > i);
    if (before && after) words.push(token.raw);
  });
  return words;
}

/** "how many of the 20 best paid people work in Engineering": a count taken inside a top N. */
function countOfTopN(s: ParseState): string[] {
  if (s.intent !== 'count' || s.limit === null) return [];
  return s.tokens.filter((_, i) => s.claimedBy[i] === 'ordering').map((t) => t.raw);
}

/**
 * A second request after the first has its conditions: "list the engineers in Berlin, and also tell
 * me who the highest paid person in Sales is" asks two questions, which one list cannot answer.
 */
function secondRequest(s: ParseState): string[] {
  for (let i = 1; i < s.tokens.length; i++) {
    const end = matchAt(s, i, ',? and|then also? tell|show|list|give|find|get');
    if (end <= i || !s.spans.some((span) => span.end <= i) || !s.spans.some((span) => span.start >= end)) continue;
    if (s.tokens.slice(i, end).some((_, k) => s.claimedBy[i + k] !== null && s.tokens[i + k]?.kind === 'word')) continue;
    return s.tokens.slice(i, end).filter((t) => t.kind === 'word').map((t) => t.raw);
  }
  return [];
}

export function inexpressibleWords(s: ParseState): string[] {
  return [...orAcrossConditions(s), ...countOfTopN(s), ...secondRequest(s)];
}
