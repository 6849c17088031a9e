// Requests to change data, and raw SQL. Runs first and on the raw text too, because SQL can hide in
// punctuation that the tokenizer drops ("'; DROP TABLE …--"). Past participles are left alone:
// "terminated designers" and "who was fired" are questions about scope, not requests.
import { PURPOSE_NOUNS } from '../purpose-nouns.js';
import { matchAt, matchEndingAt, type ParseState, type Rule } from '../state.js';

const SQL: readonly RegExp[] = [
  /\bselect\b[\s\S]{0,200}?\bfrom\b/i,
  /\b(delete|truncate)\s+(from|table)\b/i,
  /\binsert\s+into\b/i,
  /\bupdate\s+\S+\s+set\b/i,
  /\b(drop|alter|create)\s+(table|database|schema|view|index|user|role|function)\b/i,
  /\bunion\s+(all\s+)?select\b/i,
  /--/,
  /\/\*/,
  /;\s*(select|insert|update|delete|drop|truncate|alter|create|grant|revoke|exec|union|shutdown)\b/i,
  /'\s*\)?\s*;/,
  /'\s*\)?\s*(or|and)\s+\(?\s*'?\w+'?\s*=\s*'?\w+/i,
  /\b(or|and)\s+1\s*=\s*1\b/i,
  /\bgrant\s+\w+\s+(on|to)\b/i,
  /\bexec(ute)?\s*\(|\bxp_\w+|\bpg_sleep\b|\bpg_read_file\b/i,
];

/** Verbs that change data wherever they stand ("please delete …", "can you terminate …"). */
const MUTATING = new Set([
  'delete', 'remove', 'erase', 'wipe', 'purge', 'destroy', 'drop', 'truncate', 'alter', 'insert', 'update',
  'terminate', 'fire', 'grant', 'revoke', 'deactivate', 'demote', 'promote', 'modify', 'edit', 'rename',
  'reassign', 'transfer', 'overwrite', 'sack', 'dismiss', 'layoff', 'onboard', 'offboard', 'reactivate', 'rehire', 'reinstate', 'archive',
  'relocate', 'retitle', 'backdate', 'eliminate', 'axe', 'elevate', 'restore',
]);

/** Verbs that change data only as a command at the start ("hire someone", but "did we hire"). */
const IMPERATIVE = new Set([
  'add', 'hire', 'raise', 'create', 'make', 'move', 'assign', 'put', 'register', 'enroll', 'change', 'increase',
  'decrease', 'cut', 'reduce', 'lower', 'double', 'halve', 'set', 'give', 'lay', 'let', 'mark', 'record', 'book',
  'approve', 'cancel', 'reset', 'replace', 'merge', 'swap', 'adjust', 'correct', 'fix', 'save', 'store', 'write',
  'bump', 'boost', 'upgrade', 'downgrade', 'log', 'end', 'extend', 'close', 'pay', 'augment', 'switch', 'flip',
]);

/** Openers and politeness that may come before a command ("hey can you …", "also …"). */
const COMMAND_LEAD =
  "hey|hi|ok|okay|so|also|and? please? can|could|would|will? you? can|could|would|will? please? i_want_to|i_need_to|i_would_like_to|go_ahead_and|let_'s|let_us|now|just|kindly|also?";

/** A change put as a question or a suggestion: the verb that follows is read as a command. */
const SUGGESTION_LEAD =
  'can_we|could_we|should_we|shall_we|can_someone|could_someone|is_it_possible_to|would_it_be_possible_to|is_there_a_way_to|is_there_a_way_for_you_to|' +
  'any_chance_we_can|any_chance_we_could|any_chance_you_can|any_chance_you_could|why_do_not_we|why_do_not_you|why_not|' +
  'we_should|we_need_to|we_have_to|we_must|i_need_you_to|i_want_you_to|i_would_like_you_to please|just?';

/** Words after which a change is named by its gerund ("how about firing …", "would you mind moving …"). */
const GERUND_LEAD = 'mind|how_about|what_about|consider|suggest|recommend|try';

/** A change imagined rather than asked for is still one ("what if we moved Berlin to Remote?"). */
const HYPOTHETICAL = 'what_if|what_would_happen_if|suppose|supposing|imagine|hypothetically';

/** Verbs that, imagined, change who is where: "what if Amara managed Carlos instead?" */
const IMAGINED_CHANGE = new Set(['manage', 'report', 'earn', 'pay', 'lead', 'head', 'join', 'leave', 'quit']);

const MODALS = new Set(['can', 'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'want', 'need', 'like']);

/** What a pay change is called: "could Amara get a raise?" */
const PAY_RISE = 'get|gets|receive|receives a|an|another? raise|promotion|bonus|pay_rise|payrise|pay_increase|salary_increase|salary_bump|pay_bump';

/** The base forms a verb as written may have: "moving" → move, "moved" → move, "cut" → cut, "gets" → get. */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    forms.push(stem, `${stem}e`, stem.slice(0, -1));
  }
  return forms;
}

function isChangeVerb(word: string | undefined, extra?: ReadonlySet<string>): boolean {
  if (word === undefined) return false;
  return baseForms(word).some((verb) => IMPERATIVE.has(verb) || MUTATING.has(verb) || (extra?.has(verb) ?? false));
}

/** "which department should I transfer to?": the asker moving is advice, not a change to the data. */
function movesTheAsker(norms: readonly (string | undefined)[], verbAt: number): boolean {
  return norms[verbAt - 1] === 'i' && ['to', 'into', 'from', 'out'].includes(norms[verbAt + 1] ?? '');
}

/** "who did we onboard in 2024?", "how many did we fire": a question about what was done, not a request to do it. */
function askedInThePast(norms: readonly (string | undefined)[], verbAt: number): boolean {
  return /^(we|you|they|i)$/.test(norms[verbAt - 1] ?? '') && norms[verbAt - 2] === 'did' && norms.slice(0, verbAt - 2).some((n) => /^(who|whom|which|how|what)$/.test(n ?? ''));
}

/** Nouns a change word can name a thing with: "edit rights", "update request". */
const NOUN_AFTER = /^(rights|access|permissions?|mode|history|log|logs|requests?|button|form|window|deadline|process|policy|cycle|notes?)$/;

/**
 * "eligible for rehire", "the board update", "a portfolio archive", "edit rights": the word as a
 * noun names no change asked for.
 */
function usedAsNoun(norms: readonly string[], verbAt: number): boolean {
  const determiner = /^(for|of|a|an|the|no|any|their|his|her|our|my|this|that)$/;
  if (determiner.test(norms[verbAt - 1] ?? '') || determiner.test(norms[verbAt - 2] ?? '') || NOUN_AFTER.test(norms[verbAt + 1] ?? '')) return true;
  // "Expense policy update goes out Monday", "portfolio archive": after another noun, before a verb or nothing
  return NOUN_COMPOUND_HEAD.test(norms[verbAt - 1] ?? '') && (verbAt === norms.length - 1 || /^(goes|is|was|are|coming|due|landed|planned|ready|,)$/.test(norms[verbAt + 1] ?? ''));
}

/** Nouns that make a compound with a change word after them: "policy update", "portfolio archive". */
const NOUN_COMPOUND_HEAD = /^(policy|portfolio|board|system|status|project|data|software|website|wiki|handbook|page|expense|benefits|payroll|quarterly|weekly|monthly|annual|product|team|company|records?)$/;

/** Things the asker works on that are not the directory: "reassign a couple of tickets", "edit the alumni newsletter". */
const THINGS = new Set([
  ...PURPOSE_NOUNS, 'ticket', 'tickets', 'file', 'files', 'documents', 'docs', 'decks', 'calendar',
  'laptop', 'laptops', 'desk', 'desks', 'room', 'rooms', 'page', 'wiki', 'post', 'posts', 'blog', 'article', 'contract', 'contracts',
  'template', 'templates', 'notes', 'minutes', 'tasks', 'task', 'issues', 'bugs', 'shifts', 'seats', 'equipment', 'badges',
]);
/** What a change to the directory is done to: people, their records and their fields. */
const DIRECTORY_OBJECT = /^(employees?|people|staff|him|her|them|everyone|everybody|anyone|records?|data|database|table|tables|rows?|salary|salaries|pay|title|titles|manager|department|location|status|leave|name|names|account|accounts|profile|profiles)$/;

/** "I need to reassign a couple of tickets", "I edit the alumni newsletter": the first noun after the verb is a thing of the asker's. */
function changesAThing(s: ParseState, verbAt: number): boolean {
  for (let j = verbAt + 1; j < Math.min(s.tokens.length, verbAt + 6); j++) {
    const t = s.tokens[j];
    // a name ("reassign Jane Smith's tickets") touches a person: still a change asked for, as do direct reports
    if (t === undefined || t.kind !== 'word' || DIRECTORY_OBJECT.test(t.norm) || /^\p{Lu}/u.test(t.raw) || t.norm === 'direct') return false;
    if (THINGS.has(t.norm) && t.norm !== 'list') return true;
  }
  return false;
}

/** Verbs that change data wherever they stand, unless the asker moves or the question asks what was done. */
function mutatingVerbs(s: ParseState, norms: readonly string[]): string[] {
  return s.tokens
    .filter((t, i) => {
      // "re-hire": the prefix written apart
      const verb = t.norm === 're' && s.tokens[i + 1]?.joined === true ? `re${norms[i + 1] ?? ''}` : t.norm;
      return t.kind === 'word' && MUTATING.has(verb) && !movesTheAsker(norms, i) && !askedInThePast(norms, i) && !usedAsNoun(norms, i) && !changesAThing(s, i);
    })
    .map((t) => t.raw);
}

/** A change named as a noun and done: "do the termination of Carlos Garcia", "process the removal of …". */
const NAMED_CHANGE = 'do|perform|process|execute|carry_out|make the|a termination|deletion|removal|firing|dismissal|promotion|demotion|transfer|reassignment|erasure of';

/** Changes named by a phrase anywhere: "set … to …", "give … a raise", "show Liam O'Brien the door". */
function changePhrases(norms: readonly string[]): string[] {
  const setAt = norms.indexOf('set');
  if (setAt >= 0 && norms.slice(setAt + 1).some((n) => n === 'to' || n === '=')) return ['set'];
  const giveAt = norms.indexOf('give');
  if (giveAt >= 0 && norms[giveAt + 1] !== 'me' && norms[giveAt + 1] !== 'us' && norms.slice(giveAt + 1).some((n) => /^(raise|bonus|bonuses|promotion|increase|pay|salary)$/.test(n))) return ['give'];
  // "take Liam O'Brien out of the employee directory"
  const takeAt = norms.indexOf('take');
  const outAt = takeAt >= 0 ? norms.findIndex((n, i) => i > takeAt && (n === 'out' || n === 'off') && norms[i + 1] === 'of') : -1;
  if (outAt > 0 && norms.slice(outAt + 2, outAt + 6).some((n) => /^(directory|system|database|records|record|payroll|roster)$/.test(n))) return ['take … out of'];
  // "flag Liam O'Brien as terminated" sets a status; "flag anyone whose manager left" only points them out
  const flagAt = norms.indexOf('flag');
  if (flagAt >= 0 && norms.slice(flagAt + 1, flagAt + 6).some((n, k, after) => n === 'as' && /^(terminated|fired|former|inactive|active|left|departed|deleted|a|an)$/.test(after[k + 1] ?? ''))) return ['flag'];
  const doorAt = norms.indexOf('door');
  if (doorAt > 1 && norms[doorAt - 1] === 'the' && norms.slice(0, doorAt - 1).includes('show')) return ['show … the door'];
  return [];
}

/** Words before a participle that make it a state, not a wish: "who got promoted", "were hired", "has been moved". */
const STATE_BEFORE_PARTICIPLE = /^(was|were|been|be|being|is|are|got|gets|get|have|has|had|who|that|which|recently|already|just|newly)$/;

/**
 * Participles that, wished for, are a change: not "hired" or "assigned", which also describe people
 * as they are ("I need people hired in the last 6 months", "no manager assigned").
 */
const WISHED_CHANGES = /^(moved|changed|transferred|promoted|demoted|reassigned|relocated|updated|raised|removed|deleted|fired|terminated|renamed|retitled|switched|increased|decreased|reduced|bumped)$/;

/**
 * "I'd like Zoe Muller moved to the London office", "can I get Wei Chen's title changed to …": a
 * participle of a change, after a wish and its object, then where to or nothing more.
 */
function wishedChange(norms: readonly string[], i: number): boolean {
  if (!WISHED_CHANGES.test(norms[i] ?? '') || STATE_BEFORE_PARTICIPLE.test(norms[i - 1] ?? '')) return false;
  const wish = norms.slice(0, i - 1).findIndex((w) => /^(like|want|need|get|have|please)$/.test(w));
  return wish >= 0 && (i === norms.length - 1 || /^(to|into|under|over|onto|from|as)$/.test(norms[i + 1] ?? ''));
}

/**
 * "Amara Okafor should be deleted from the directory", "I need Carlos Garcia to be fired": a change's
 * participle after "should be", "must be", "to be": what ought to happen, asked for ("who was fired" is
 * what did).
 */
function changeThatShouldHappen(s: ParseState, norms: readonly string[], i: number): boolean {
  return WISHED_CHANGES.test(norms[i] ?? '') && matchEndingAt(s, i, 'should|must|shall|needs_to|need_to|has_to|have_to|ought_to|to|will be|get', 3) >= 0;
}

/** Changes asked for without a command: a raise someone could get, a gerund, something imagined, something to get done. */
function changesAskedIndirectly(s: ParseState, norms: readonly string[]): string[] {
  for (let i = 0; i < norms.length; i++) {
    const word = s.tokens[i]?.raw ?? '';
    if (changeThatShouldHappen(s, norms, i)) return [word];
    // "take out Amara Okafor from the directory", "do the termination of Carlos Garcia"
    if (i === 0 && matchAt(s, i, 'take|kick|throw out|off') > i) return [word];
    const named = matchAt(s, i, NAMED_CHANGE);
    if (named > i) return [s.tokens[named - 2]?.raw ?? word];
    const asked = norms.slice(0, i).some((n) => MODALS.has(n) || n === 'please' || n === 'sure');
    // "could Amara Okafor get a raise?", "please make sure Jane Smith's direct reports get a raise"
    if (asked && matchAt(s, i, PAY_RISE) >= 0) return [word];
    if (wishedChange(norms, i)) return [word];
    // "would you mind moving …", "how about firing …"
    const gerundAt = matchAt(s, i, GERUND_LEAD);
    if (gerundAt >= 0 && /ing$/.test(norms[gerundAt] ?? '') && isChangeVerb(norms[gerundAt])) return [s.tokens[gerundAt]?.raw ?? word];
    // "what if we moved …", "what if Amara managed Carlos instead?"
    const imaginedAt = matchAt(s, i, HYPOTHETICAL);
    const imagined = imaginedAt >= 0 ? s.tokens.slice(imaginedAt).find((t) => t.kind === 'word' && isChangeVerb(t.norm, IMAGINED_CHANGE)) : undefined;
    if (imagined !== undefined) return [imagined.raw];
  }
  return [];
}

/** A command at the start of any clause, or after a suggestion ("can we hire …", "is it possible to mark …"). */
function commands(s: ParseState, norms: readonly string[]): string[] {
  const starts = [0, ...norms.flatMap((n, i) => (n === 'and' || n === 'then' || n === ',' || n === 'if' ? [i + 1] : []))];
  const verbs = [
    ...starts.map((start) => Math.max(start, matchAt(s, start, COMMAND_LEAD))),
    ...norms.flatMap((_, i) => {
      const end = matchAt(s, i, SUGGESTION_LEAD);
      return end >= 0 ? [end] : [];
    }),
  ];
  const verbAt = verbs.find((at) => isCommandAt(s, norms, at));
  return verbAt === undefined ? [] : [s.tokens[verbAt]?.raw ?? ''];
}

function unsafeWords(s: ParseState): string[] {
  const sql = SQL.map((re) => re.exec(s.question)?.[0]).find((m) => m !== undefined);
  if (sql !== undefined) return [sql.trim()];
  const norms = s.tokens.map((t) => t.norm);
  for (const found of [mutatingVerbs, (_: ParseState, n: readonly string[]) => changePhrases(n), changesAskedIndirectly, commands]) {
    const words = found(s, norms);
    if (words.length > 0) return words;
  }
  return [];
}

function isCommandAt(s: ParseState, norms: readonly string[], verbAt: number): boolean {
  const verb = s.tokens[verbAt];
  // "double-check", "cut-off": the first half of a word written with a hyphen is no command
  const compound = s.tokens[verbAt + 1]?.joined === true;
  return verb !== undefined && verb.kind === 'word' && IMPERATIVE.has(verb.norm) && !compound && startsCommand(norms, verbAt);
}

const COMPARISON_START = new Set(['more', 'over', 'above', 'under', 'below', 'less', 'at', 'no', 'between', 'greater', 'upwards', 'the', '>', '<', '>=', '<=']);

/** What people ask to have written that is not a record: off topic, not a change to the data. */
const WRITINGS = /^(poem|haiku|story|stories|song|essay|joke|limerick|sonnet|rap|riddle|message|description|letter|email|speech|toast|bio|announcement|card|tweet|post|ad|advert)s?$/;

/** What "make" a list of is: an answer, not a record. */
const LISTS = /^(list|table|roster|rundown|summary|overview|spreadsheet)s?$/;

/** What the asker adds people to that is not the directory: "add him to an invite", "set up coffee chats". */
const ERRANDS = /^(invite|invites|invitation|meeting|meetings|call|calls|calendar|channel|chat|chats|thread|email|dl|list|slack|coffee|lunch|session|sessions|interview|interviews|sync|workshop|training|rights|access|permissions?|reminders?|alarms?|timers?|appointments?|alerts?)$/;

/** "give me …", "let me see …", "write me a poem" and "make … a list" ask for answers, not changes. */
function startsCommand(norms: readonly (string | undefined)[], verbAt: number): boolean {
  const verb = norms[verbAt];
  const next = norms[verbAt + 1];
  // "add him to an invite", "set up coffee chats": an errand of the asker's, not a change to the data
  if ((verb === 'add' || verb === 'set' || verb === 'give') && norms.slice(verbAt + 1, verbAt + 6).some((n) => n !== undefined && ERRANDS.test(n))) return false;
  if ((verb === 'give' || verb === 'let' || verb === 'get' || verb === 'write' || verb === 'make' || verb === 'book') && (next === 'me' || next === 'us')) return false;
  // "book them a meeting room" is an errand; "book a sick day for Carlos" changes the leave records
  if (verb === 'book' && !norms.slice(verbAt + 1, verbAt + 5).some((n) => n !== undefined && /^(leave|sick|vacation|sabbatical|day|days|holiday|time)$/.test(n))) return false;
  // "make a list of …" asks for an answer too
  if ((verb === 'make' || verb === 'create') && norms.slice(verbAt + 1, verbAt + 3).some((n) => n !== undefined && LISTS.test(n))) return false;
  if (verb === 'write' && norms.slice(verbAt + 1, verbAt + 4).some((n) => n !== undefined && WRITINGS.test(n))) return false;
  if (verb === 'hire' && (next === 'date' || next === 'dates')) return false;
  // "pay every designer at least 100k" is a command; "pay above 100k in Sales" is a question about pay
  if (verb === 'pay' && !/^(every|each|all|everyone|everybody|them|him|her)$/.test(next ?? '')) return false;
  // "I want to make sure they get the memo": making sure changes nothing; "make up a story" is a writing
  if (verb === 'make' && (next === 'sure' || next === 'certain' || next === 'up')) return false;
  // "put together a list of …" asks for an answer; "add up everyone in Sales" counts them
  if (verb === 'put' && next === 'together') return false;
  if (verb === 'add' && next === 'up') return false;
  // "just double checking payroll": checking twice changes nothing
  if (verb === 'double' && /^(check|checking|checked|checks)$/.test(next ?? '')) return false;
  // "make under 45K", "make more than 100k": a salary question in imperative shape
  if (verb === 'make' && next !== undefined && (/^\d/.test(next) || COMPARISON_START.has(next))) return false;
  return true;
}

export const unsafeRule: Rule = {
  name: 'unsafe',
  apply(s) {
    const words = unsafeWords(s);
    if (words.length > 0) s.unsafe = words;
  },
};
