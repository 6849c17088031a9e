// A question that names its topic first and then points back at it: "Carlos Garcia: who reports to
// him?", "Legal, who's in it?", "Wei Chen - what about her team?". The pronoun is replaced by the
// topic's own words and the topic in front is dropped, so the rules read "who reports to Carlos
// Garcia". Only a topic that is certainly a person (a name somebody in the data has), a group (a
// department, a place, a kind of leave, a person's org or team) or a job title is resolved, and only when a pronoun
// for it follows; otherwise the question is left as written.
import { FILLERS } from './fillers.js';
import { phraseAt, type Lexicon } from './lexicon.js';
import { POSSESSIVE, wordToken, type Token } from './token.js';
import { isKnownName } from './person.js';

/** A person's pronouns as object or subject: "reports to him", "who does she report to". */
const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'she', 'he', 'they']);
/** Possessives before what the person has: "his team", "her direct reports". */
const PERSON_POSSESSIVES = new Set(['his', 'her', 'their']);
const GROUP_PRONOUNS = new Set(['it']);
/** What a person has that others are in: "Priya Patel org", "John Doe team". */
const PERSON_GROUPS = new Set(['org', 'organization', 'organisation', 'team']);

const NAMED = wordToken('named', 'named');

type Topic = 'person' | 'group' | 'title';

const TITLE = wordToken('title', 'title');

/** "that title", "this role": at i, a title named again by its noun. */
function isTitleReference(tokens: readonly Token[], i: number): boolean {
  return /^(that|this|the|said)$/.test(tokens[i]?.norm ?? '') && /^(title|role|position|job)$/.test(tokens[i + 1]?.norm ?? '');
}

/** Nouns after a group's name that only say it is a group: "Product dept", "the Legal team". */
const GROUP_NOUNS = new Set(['dept', 'department', 'team', 'office', 'people', 'staff', 'group']);

function topicOf(topicWords: readonly Token[], lexicon: Lexicon): Topic | null {
  // "Priya Patel org, how many are in it?": a person's org or team is a group one is in
  const owner = topicWords.slice(0, 2).map((t) => t.raw);
  if (topicWords.length === 3 && PERSON_GROUPS.has(topicWords[2]?.norm ?? '') && isKnownName(lexicon, { words: owner })) return 'group';
  const words = topicWords.length > 1 && GROUP_NOUNS.has(topicWords[topicWords.length - 1]?.norm ?? '') ? topicWords.slice(0, -1) : topicWords;
  if (words.length === 0 || words.length > 3 || words.some((t) => t.kind !== 'word')) return null;
  const group = phraseAt(lexicon, words, 0, () => true);
  if (group !== null && group.end === words.length) return group.phrase.kind === 'title' ? 'title' : 'group';
  // "parental leave - who's on it?": a kind of leave is a thing people are on, as a group is one they are in
  const norms = words.map((t) => t.norm).join(' ');
  if (words.length > 1 && lexicon.leavePhrases.some((p) => p.value !== null && p.words.join(' ') === norms)) return 'group';
  if (words.length <= 2 && !words.some((t) => FILLERS.has(t.norm) || lexicon.vocabularyWords.has(t.norm))) {
    if (isKnownName(lexicon, { words: words.map((t) => t.raw) })) return 'person';
  }
  return null;
}

/** A possessive "her" has a word after it that is not a filler ("her team") or a count ("her 3 best paid reports"); "to her?" does not. */
function isPossessive(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token === undefined || !PERSON_POSSESSIVES.has(token.norm)) return false;
  if (token.norm !== 'her') return true;
  return next !== undefined && ((next.kind === 'word' && !FILLERS.has(next.norm)) || (next.kind === 'number' && !next.money));
}

/** "by that name", "with this name": at i, "that" or "this" after "by", "with" or "of", before "name". */
function isNameReference(tokens: readonly Token[], i: number): boolean {
  return /^(that|this)$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'name' && /^(by|with|of)$/.test(tokens[i - 1]?.norm ?? '');
}

export function resolveTopic(tokens: Token[], lexicon: Lexicon): Token[] {
  const comma = tokens.findIndex((t) => t.kind === 'comma');
  if (comma < 1) return tokens;
  const start = /^(the|our)$/.test(tokens[0]?.norm ?? '') ? 1 : 0;
  const topicWords = tokens.slice(start, comma);
  const topic = topicOf(topicWords, lexicon);
  if (topic === null) return tokens;
  const rest = tokens.slice(comma + 1);
  const resolved: Token[] = [];
  let replaced = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as Token;
    const word = token.kind === 'word';
    if (topic === 'person' && isNameReference(rest, i)) {
      // "Oisin: any employees by that name?": "by that name" is "named Oisin"
      resolved.pop();
      resolved.push(NAMED, ...topicWords);
      i++;
    } else if (topic === 'title' && isTitleReference(rest, i)) {
      // "Staff Engineer - who holds that title?": the title named again, with its noun
      resolved.push(...topicWords, TITLE);
      i++;
    } else if (word && topic === 'title' && GROUP_PRONOUNS.has(token.norm)) {
      resolved.push(...topicWords, TITLE);
    } else if (word && topic === 'group' && GROUP_PRONOUNS.has(token.norm)) {
      resolved.push(...topicWords);
    } else if (word && topic === 'person' && isPossessive(rest, i)) {
      resolved.push(...topicWords, POSSESSIVE);
    } else if (word && topic === 'person' && PERSON_OBJECTS.has(token.norm)) {
      resolved.push(...topicWords);
    } else {
      resolved.push(token);
      continue;
    }
    replaced = true;
  }
  return replaced ? resolved : tokens;
}
