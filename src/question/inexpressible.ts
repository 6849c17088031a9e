// Questions whose every word was read, but whose reading the plan cannot express. A plan ANDs its
// conditions, negates one of them or one group of them ("except New York paralegals") and counts its
// whole answer; answered anyway, each of these
// would be another question answered without a word of warning ("people in Legal or hired this
// year" as people in Legal hired this year). They are refused, naming the words that make them so.
import { LEAVING } from './departure.js';
import { isPersonRelation } from './plan.js';
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

/**
 * "how many of the 20 best paid people work in Engineering": a count taken inside a top N, said with
 * "of" or "among" before it. "count the 5 highest paid designers" counts the top N itself (5, or fewer).
 */
function countOfTopN(s: ParseState): string[] {
  if (s.intent !== 'count' || s.limit === null) return [];
  const orderingStart = s.claimedBy.indexOf('ordering');
  const partitive = s.tokens.slice(Math.max(0, orderingStart - 3), orderingStart).some((t) => /^(of|among|amongst)$/.test(t.norm));
  return partitive ? s.tokens.filter((_, i) => s.claimedBy[i] === 'ordering').map((t) => t.raw) : [];
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

/** Nouns for things other than people, which an answer of employees cannot list or count. */
const OTHER_THINGS = /^(departments|teams|offices|locations|cities|sites|titles|roles|positions)$/;
/** Words that ask for such things themselves: "how many departments", "which offices", "list all locations". */
const ASKS_FOR = /^(many|which|what|list|show|name|count|all|different|distinct)$/;

/**
 * A question about departments, offices or titles rather than people: "how many departments are
 * there?", "which departments are in Toronto?", "list all the locations". The nouns are fillers
 * elsewhere ("everyone in the Sales department"), so without this the answer would be everyone.
 */
function aboutOtherThings(s: ParseState): string[] {
  for (let i = 1; i < s.tokens.length; i++) {
    if (!OTHER_THINGS.test(s.tokens[i]?.norm ?? '') || s.claimedBy[i] !== null) continue;
    // back over "the" and a place or department that only narrows the things: "how many US offices"
    let k = i - 1;
    while (k > 0 && (s.tokens[k]?.norm === 'the' || s.claimedBy[k] === 'location' || s.claimedBy[k] === 'department')) k--;
    const asks = s.tokens[k]?.norm ?? '';
    // "everyone in all departments" is everyone
    const acrossAll = asks === 'all' && /^(in|across|from|throughout)$/.test(s.tokens[k - 1]?.norm ?? '');
    if (ASKS_FOR.test(asks) && !acrossAll) return [s.tokens[i]?.raw ?? ''];
  }
  return [];
}

/** A count or list for each group: "how many people report to each manager?", "headcount per department". */
function perGroup(s: ParseState): string[] {
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    // the group's noun right after "each" or "per", or after "broken down by", "grouped by"
    const by = matchAt(s, i, 'broken_down|grouped|split by');
    const group = /^(each|per)$/.test(s.tokens[i]?.norm ?? '') ? i + 1 : by > i ? by : -1;
    if (group > i && /^(manager|department|team|location|office|city|title|role)$/.test(s.tokens[group]?.norm ?? '')) {
      return s.tokens.slice(i, group + 1).map((t) => t.raw);
    }
  }
  return [];
}

/**
 * A relation of a relation: "Liam O'Brien's manager's team", "managers of managers". One step of
 * the manager links is all a plan holds; the second would be dropped without a word.
 */
function relationOfRelation(s: ParseState): string[] {
  for (const [index, filter] of s.filters.entries()) {
    const end = s.spans[index]?.end ?? 0;
    if (isPersonRelation(filter.condition) && s.tokens[end]?.kind === 'possessive' && s.tokens[end + 1]?.kind === 'word') return s.tokens.slice(end - 1, end + 2).map((t) => t.raw);
  }
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    if (s.claimedBy[i] === 'managers' && s.tokens[i + 1]?.norm === 'of' && s.claimedBy[i + 2] === 'managers') return s.tokens.slice(i, i + 3).map((t) => t.raw);
  }
  return [];
}

/**
 * An order by when people left: "who was terminated most recently?", "the latest leavers". The
 * only dates a plan orders by are hire dates; read so, it would name the most recent hire.
 */
function orderByLeaving(s: ParseState): string[] {
  if (s.order === null) return [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.claimedBy[i] !== 'scope' || !LEAVING.test(s.tokens[i]?.norm ?? '')) continue;
    if (s.claimedBy[i + 1] === 'ordering' || s.claimedBy[i - 1] === 'ordering') return [s.tokens[i]?.raw ?? ''];
  }
  return [];
}

/**
 * "what does a DevOps Engineer actually do?": what a job is, not who holds it; the directory has
 * titles, not what they involve. Read for its title, it would list the DevOps Engineers.
 */
function whatAJobIs(s: ParseState): string[] {
  const last = s.tokens.length - 1;
  if (matchAt(s, 0, 'what does|do') !== 2 || !/^(do|does)$/.test(s.tokens[last]?.norm ?? '')) return [];
  return [s.tokens[0]?.raw ?? '', s.tokens[last]?.raw ?? ''];
}

/** Verbs of how things were: "who was Jane Smith's manager in 2020?", "who reported to John Doe in 2019?". */
const PAST_STATE = /^(was|were|reported|worked|managed|belonged|led|headed|supervised|used)$/;
/** Words that make a date a hire date: "was hired in 2019", "the 2019 intake", "the newest hire". */
const ABOUT_HIRING = /^(hir\w*|join\w*|start\w*|onboard\w*|tenure|recruit\w*|intake|cohort|class|newcomers?|came|come|brought|signed|took|taken|began|begun|employed|new)$/;

/**
 * A date on how things were, with no word of hiring: the directory keeps no history, so "who was
 * Jane Smith's manager back in 2020?" read with 2020 as a hire date would name her manager today,
 * if hired in 2020. Refused, naming the verb.
 */
function pastState(s: ParseState): string[] {
  // a tenure is how things are now: "has worked here over 3 years"
  const dates = s.filters.filter((f) => f.condition.kind === 'hireDate' && f.condition.range.kind !== 'tenureOver' && f.condition.range.kind !== 'tenureUnder');
  // a verb the date's own phrase took is about hiring: "whose first day was in February 2026"
  const verbs = s.tokens.filter((t, i) => PAST_STATE.test(t.norm) && !s.claimedBy[i]?.startsWith('hire-date'));
  // "Carlos Garcia's direct reports as of 2022": how things stood then
  const asOf = dates.filter((f) => /^as of\b/i.test(f.text));
  if (asOf.length > 0 && !s.tokens.some((t) => ABOUT_HIRING.test(t.norm))) return asOf.map((f) => f.text);
  if (dates.length === 0 || verbs.length === 0 || s.tokens.some((t) => ABOUT_HIRING.test(t.norm))) return [];
  return [...verbs.map((t) => t.raw), ...dates.map((f) => f.text)];
}

/**
 * A time measured from someone's hire: "who left within a year of being hired?". The plan's dates
 * are counted from today; read so, it would answer who was hired in the last year.
 */
function sinceTheirHire(s: ParseState): string[] {
  if (!s.filters.some((f) => f.condition.kind === 'hireDate')) return [];
  const norms = s.tokens.map((t) => t.norm);
  // read on the words whoever claimed them: the hire-date rule took "hired" for its own
  for (let i = 1; i < norms.length; i++) {
    if (norms[i] !== 'of' && norms[i] !== 'after') continue;
    const verbAt = norms[i + 1] === 'being' || norms[i + 1] === 'their' || norms[i + 1] === 'they' ? i + 2 : i + 1;
    if (/^(hired|joining|starting|hire|start|joined|started)$/.test(norms[verbAt] ?? '')) return s.tokens.slice(i, verbAt + 1).map((t) => t.raw);
  }
  return [];
}

/**
 * "is anyone in Austin working from the office today?": where someone works on a given day (the
 * office, home) is no field; each word alone is a filler, so read so the question would be all of Austin.
 */
function workingFrom(s: ParseState): string[] {
  const norms = s.tokens.map((t) => t.norm);
  for (let i = 0; i + 1 < norms.length; i++) {
    if (!/^(working|work|works|worked)$/.test(norms[i] ?? '') || norms[i + 1] !== 'from') continue;
    const place = norms[i + 2] === 'the' ? i + 3 : i + 2;
    // "working from home" is read as remote, a place the data has
    if (/^(office|site|hq)$/.test(norms[place] ?? '')) return s.tokens.slice(i, place + 1).map((t) => t.raw);
  }
  return [];
}

export function inexpressibleWords(s: ParseState): string[] {
  return [
    ...orAcrossConditions(s), ...countOfTopN(s), ...secondRequest(s), ...aboutOtherThings(s), ...perGroup(s), ...relationOfRelation(s), ...orderByLeaving(s),
    ...whatAJobIs(s), ...pastState(s), ...sinceTheirHire(s), ...workingFrom(s),
  ];
}
