// People asked for by name, only in explicit slots ("named X", "called X", "find X", "whose last
// name is X", "who is X?"). Any other unknown word stays unknown, so "sales people in Madrid" is
// refused rather than read as a person called Madrid.
import { FILLERS } from '../fillers.js';
import { fold } from '../normalise.js';
import { isKnownName, readPerson } from '../person.js';
import type { Filter, PersonName } from '../plan.js';
import { personPossessive } from '../slots.js';
import { addFilter, claim, isFree, matchAt, type ParseState, type Rule } from '../state.js';

type Part = NonNullable<PersonName['part']>;

/** `looksLikeName`: the slot's cue is a common verb ("find"), so only what looks like a name is one ("find the guitarist" is not). */
const SLOTS: readonly { cue: string; part: Part; maxWords: number; looksLikeName?: true }[] = [
  { cue: 'with|whose|having|by the|a? last|family|sur name|names is|of|=?', part: 'last', maxWords: 1 },
  { cue: 'last_name|family_name|surname|lastname|surnamed is|of?', part: 'last', maxWords: 1 },
  { cue: 'goes|go|going by the? first|given name', part: 'first', maxWords: 1 },
  { cue: 'with|whose|having|by the|a? first|given name|names is|of|=?', part: 'first', maxWords: 1 },
  { cue: 'first_name|given_name|firstname is|of?', part: 'first', maxWords: 1 },
  { cue: 'with|whose|which|having|by|her|his|their the|a? full? name|names is|of|=?', part: 'any', maxWords: 2 },
  { cue: 'named|called|christened|going_by_the_name|goes_by_the_name|goes_by|going_by|go_by|known_as', part: 'any', maxWords: 2 },
  // "look up the employee Wei Chen": the noun before the name only says it is a person; "find me Lucia"
  { cue: 'find|lookup|look_up|looks_up|look_for|looking_for|search_for|searching_for|search|locate|reach|contact|track_down|hunt_down|about me|for_me? the|a|an? employee|person|colleague|coworker|staffer?', part: 'any', maxWords: 2, looksLikeName: true },
  // "search the directory for Liam O'Brien", "look X up in the directory" is the record rule's
  { cue: 'search|searching|check|look_in|looking_in the? directory|roster|system|database for', part: 'any', maxWords: 2, looksLikeName: true },
  // "info on X", "the details for X", "X's profile": a record asked for by its owner's name
  { cue: 'the? info|information|details|profile|record|entry|listing|file|contact_details|contact_info on|about|for|of', part: 'any', maxWords: 2 },
];

/** The parts of a name, as people write their keys: "first name", "surname". */
const NAME_PARTS = [['first', 'first_name|given_name|firstname'], ['last', 'last_name|surname|family_name|lastname']] as const;

const RECORD = 'info|information|details|profile|record|contact_details|contact_info|entry|directory_entry|listing';

function addName(s: ParseState, rule: string, person: PersonName, part: Part, start: number, end: number): Filter {
  return addFilter(s, rule, { kind: 'name', name: part === 'any' ? person : { ...person, part } }, start, end);
}

/**
 * Questions that are only a cue and a capitalised name: "Who is Wei Chen?", "show me Jane Smith",
 * "is there a Mohammed?". Without a cue word of their own ("named", "find") these need the capitals
 * and nothing after the name but fillers and vocabulary, so an unknown word is still refused, not read as a name.
 */
const WHOLE_QUESTION: readonly { cue: string; minWords: number; noVocabulary: boolean }[] = [
  // "who", not "what": "What Is Love" asks about a thing, not a person
  { cue: 'who is|was', minWords: 1, noVocabulary: false },
  { cue: 'is|are there|is_there_anyone|is_there_someone a|an|any|anyone|someone|somebody|anybody? called|named?', minWords: 1, noVocabulary: false },
  { cue: 'do|does we|you have|employ a|an|any|anyone|someone|somebody? called|named?', minWords: 1, noVocabulary: false },
  // a request verb alone is a weaker cue than "who is": the full name, first and last, and no word
  // of it a place or department ("show me New Delhi")
  { cue: 'show|display|get|pull_up|bring_up me|us?', minWords: 2, noVocabulary: true },
];

/** Capitalised as a name is written ("Wei Chen"), or folded to a name somebody in the data has. */
function looksLikeAName(s: ParseState, person: PersonName): boolean {
  return person.words.every((w) => /^\p{Lu}/u.test(w)) || isKnownName(s.lexicon, person);
}

/**
 * A name set beside a noun for a person, as in "former employee Lisa Smith", "ex-employee Okafor",
 * "our colleague Wei Chen". The noun may already be read (by the scope rule, as "former employee"),
 * so only the name must be free; it must look like a name, so "employee satisfaction" stays unknown.
 */
const PERSON_NOUN = /^(employee|person|colleague|coworker|co-worker|staffer|worker|teammate|hire|leaver)$/;

function nameBesideNoun(s: ParseState, rule: string): void {
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    if (!PERSON_NOUN.test(s.tokens[i]?.norm ?? '')) continue;
    const read = readPerson(s, i + 1);
    if (read !== null && looksLikeAName(s, read.person)) addName(s, rule, read.person, 'any', isFree(s, i) ? i : i + 1, read.end);
  }
}

/**
 * A last name in the plural, for everyone who has it: "how many Mensahs work here?", "all the
 * Okafors". Only a last name somebody has, after a word that counts or gathers people.
 */
function familyName(s: ParseState, rule: string): void {
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t === undefined || t.kind !== 'word' || !isFree(s, i) || !/^(many|the|all|any|every|our)$/.test(s.tokens[i - 1]?.norm ?? '')) continue;
    const base = [t.norm.slice(0, -1), t.norm.slice(0, -2)].find((b) => t.norm.endsWith('s') && s.lexicon.lastNames.has(b));
    if (base === undefined || s.lexicon.lastNames.has(t.norm) || s.lexicon.vocabularyWords.has(t.norm)) continue;
    addName(s, rule, { words: [t.raw.slice(0, base.length)] }, 'last', i, i + 1);
  }
}

/**
 * A yes-or-no question about somebody, the full name right after its verb: "has Zoë Tanaka ever
 * taken a sabbatical?", "is John Doe on leave?", "does Wei Chen work in Berlin?". The answer lists
 * that person if the rest holds. Only a first and last name somebody in the data has.
 */
function yesNoAboutPerson(s: ParseState, rule: string): void {
  const cueEnd = matchAt(s, 0, 'has|have|had|is|was|does|did');
  const read = cueEnd > 0 ? readPerson(s, cueEnd) : null;
  if (read === null || read.person.words.length < 2 || !isKnownName(s.lexicon, read.person)) return;
  addName(s, rule, read.person, 'any', 0, read.end);
}

/** "look Liam O'Brien up", "pull Wei Chen up": the name inside a verb and its particle. */
function nameInsideLookUp(s: ParseState, rule: string): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const cueEnd = matchAt(s, i, 'look|pull|bring|dig');
    const read = cueEnd > i ? readPerson(s, cueEnd) : null;
    if (read === null || !looksLikeAName(s, read.person)) continue;
    const end = matchAt(s, read.end, 'up|out');
    if (end > read.end) addName(s, rule, read.person, 'any', i, end);
  }
}

/** Words that take somebody out of the answer: "designers other than Zoë Müller", "everyone but Wei Chen". */
const EXCLUDING = 'except|except_for|excluding|other_than|apart_from|besides|aside_from|minus|but|but_not|not_including|bar|barring|leaving_out';

/**
 * A person named after a word that excludes: the name alone is read here, as a name condition the
 * negation rule then negates with its cue. Only a name somebody in the data has, or one written
 * with capitals, so "everyone except temps" is not read as a person called Temps.
 */
function excludedPerson(s: ParseState, rule: string): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const cueEnd = matchAt(s, i, EXCLUDING);
    if (cueEnd <= i) continue;
    const read = readPerson(s, cueEnd);
    if (read === null || !(isKnownName(s.lexicon, read.person) && looksLikeAName(s, read.person))) continue;
    addName(s, rule, read.person, 'any', cueEnd, read.end);
  }
}

/**
 * After the name only fillers and vocabulary may follow, to the end of its sentence: "is there a
 * Mohammed in the company?", "… in Sales?" (a sentence after it is the context rule's to read).
 */
function restIsPlain(s: ParseState, from: number): boolean {
  const sentenceEnd = s.tokens.findIndex((t, i) => i >= from && t.kind === 'comma' && t.raw === ';');
  const rest = s.tokens.slice(from, sentenceEnd < 0 ? undefined : sentenceEnd);
  return rest.every((t) => t.kind === 'comma' || (t.kind === 'word' && (FILLERS.has(t.norm) || s.lexicon.vocabularyWords.has(t.norm))));
}

function wholeQuestion(s: ParseState, rule: string): void {
  for (const { cue, minWords, noVocabulary } of WHOLE_QUESTION) {
    const cueEnd = matchAt(s, 0, cue);
    if (cueEnd <= 0) continue;
    const read = readPerson(s, cueEnd);
    if (read === null || !restIsPlain(s, read.end) || read.person.words.length < minWords) continue;
    // "Is there a Procurement team?" asks about a group, not a person called Procurement
    if (/^(team|department|dept|office|group|division|unit|org)$/.test(s.tokens[read.end]?.norm ?? '')) continue;
    if (noVocabulary && s.tokens.slice(cueEnd, read.end).some((t) => s.lexicon.vocabularyWords.has(t.norm))) continue;
    if (!looksLikeAName(s, read.person)) continue;
    addName(s, rule, read.person, 'any', 0, read.end);
    return;
  }
  bareName(s, rule);
}

/**
 * A question that is nothing but a name, typed as into a search box: "ZOE MULLER", "liam o'brien?",
 * perhaps with a place or department ("zoe muller in berlin").
 * With no cue at all, only a name somebody in the data has is read (first and last, or one of
 * them that is not also a place or department), so "Performance Ratings" or "Paris" is still
 * refused as unknown.
 */
function bareName(s: ParseState, rule: string): void {
  if (s.filters.length > 0) return;
  const read = readPerson(s, 0);
  if (read === null || !isKnownName(s.lexicon, read.person)) return;
  // "Austin Chen" is a person if somebody is called that; "Austin" alone is the place
  if (read.person.words.length === 1 && s.lexicon.vocabularyWords.has(fold(read.person.words[0] ?? ''))) return;
  // "ZOË MÜLLER IN BERLIN": a place or department may narrow a full name; one word followed by more
  // is no name typed alone ("young people in the Sales team", though somebody is called Young)
  const onlyFillersAfter = s.tokens.slice(read.end).every((t) => t.kind === 'comma' || (t.kind === 'word' && FILLERS.has(t.norm)));
  if (!onlyFillersAfter && !(read.person.words.length === 2 && restIsPlain(s, read.end))) return;
  addName(s, rule, read.person, 'any', 0, read.end);
}

export const namesRule: Rule = {
  name: 'names',
  apply(s) {
    excludedPerson(s, this.name);
    nameInsideLookUp(s, this.name);
    yesNoAboutPerson(s, this.name);
    for (const slot of SLOTS) {
      for (let i = 0; i < s.tokens.length; i++) {
        const cueEnd = matchAt(s, i, slot.cue);
        if (cueEnd <= i) continue;
        // "whose last name isn't Williams": the slot's own negation
        const nameAt = s.tokens[cueEnd]?.norm === 'not' ? cueEnd + 1 : cueEnd;
        const read = readPerson(s, nameAt, slot.maxWords);
        if (read !== null && slot.looksLikeName === true && !looksLikeAName(s, read.person)) continue;
        if (read === null) continue;
        const filter = addName(s, this.name, read.person, read.person.words.length === 2 ? 'any' : slot.part, i, read.end);
        if (nameAt > cueEnd) filter.negated = true;
      }
    }
    // "last name: Haddad", as a form is filled in: the part, then the name, as the whole question
    for (const [part, key] of NAME_PARTS) {
      const cueEnd = matchAt(s, 0, `${key} ,`);
      const read = cueEnd > 0 ? readPerson(s, cueEnd, 1) : null;
      if (read !== null && read.end === s.tokens.length) addName(s, this.name, read.person, part, 0, read.end);
    }
    // "everyone with Thomas as their first name": the name before the part it names
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, 'with|having|who_have|who_has');
      const read = cueEnd > i ? readPerson(s, cueEnd, 1) : null;
      if (read === null) continue;
      for (const [part, key] of NAME_PARTS) {
        const end = matchAt(s, read.end, `as their|his|her|a? ${key}`);
        if (end > read.end) addName(s, this.name, read.person, part, i, end);
      }
    }
    // "every Liam we've ever employed": a first or last name somebody has, after "every"
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, 'every|each|any|all_the');
      // "find every Michael Moore": the full name when somebody has it, else one name
      const full = cueEnd > i ? readPerson(s, cueEnd, 2) : null;
      const read = full !== null && isKnownName(s.lexicon, full.person) ? full : cueEnd > i ? readPerson(s, cueEnd, 1) : null;
      if (read !== null && isKnownName(s.lexicon, read.person)) addName(s, this.name, read.person, 'any', i, read.end);
    }
    personPossessive(s, this.name, RECORD, (name) => ({ kind: 'name', name }));
    nameBesideNoun(s, this.name);
    familyName(s, this.name);
    wholeQuestion(s, this.name);
    // "her name is Amara Okafor, can you find her?": once a name is read, the pronoun is that person
    if (s.filters.some((f) => f.condition.kind === 'name')) {
      for (let i = 0; i < s.tokens.length; i++) {
        const end = matchAt(s, i, 'find|locate|get|show|pull_up|look_up her|him');
        if (end > i) claim(s, i, end, this.name);
      }
    }
  },
};
