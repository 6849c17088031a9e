// Requests to change data, and raw SQL. Runs first and on the raw text too, because SQL can hide in
// punctuation that the tokenizer drops ("'; DROP TABLE …--"). Past participles are left alone:
// "terminated designers" and "who was fired" are questions about scope, not requests.
import { matchAt, type ParseState, type Rule } from '../state.js';

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
  /'\s*(or|and)\s+'?\w+'?\s*=\s*'?\w+/i,
  /\b(or|and)\s+1\s*=\s*1\b/i,
  /\bgrant\s+\w+\s+(on|to)\b/i,
  /\bexec(ute)?\s*\(|\bxp_\w+|\bpg_sleep\b|\bpg_read_file\b/i,
];

/** Verbs that change data wherever they stand ("please delete …", "can you terminate …"). */
const MUTATING = new Set([
  'delete', 'remove', 'erase', 'wipe', 'purge', 'destroy', 'drop', 'truncate', 'alter', 'insert', 'update',
  'terminate', 'fire', 'grant', 'revoke', 'deactivate', 'demote', 'promote', 'modify', 'edit', 'rename',
  'reassign', 'transfer', 'overwrite', 'sack', 'dismiss', 'layoff', 'onboard', 'offboard', 'reactivate', 'rehire', 'reinstate', 'archive',
]);

/** Verbs that change data only as a command at the start ("hire someone", but "did we hire"). */
const IMPERATIVE = new Set([
  'add', 'hire', 'raise', 'create', 'make', 'move', 'assign', 'put', 'register', 'enroll', 'change', 'increase',
  'decrease', 'cut', 'reduce', 'lower', 'double', 'halve', 'set', 'give', 'lay', 'let', 'mark', 'record', 'book',
  'approve', 'cancel', 'reset', 'replace', 'merge', 'swap', 'adjust', 'correct', 'fix', 'save', 'store', 'write',
  'bump', 'boost', 'upgrade', 'downgrade', 'log', 'end', 'extend',
]);

/** Politeness that may come before a command. */
const COMMAND_LEAD = "please? can|could|would|will? you? can|could|would|will? please? i_want_to|i_need_to|i_would_like_to|go_ahead_and|let_'s|let_us|now|just|kindly?";

function unsafeWords(s: ParseState): string[] {
  const sql = SQL.map((re) => re.exec(s.question)?.[0]).find((m) => m !== undefined);
  if (sql !== undefined) return [sql.trim()];
  const found = s.tokens.filter((t) => t.kind === 'word' && MUTATING.has(t.norm)).map((t) => t.raw);
  if (found.length > 0) return found;

  // "set … to …" anywhere; "give … a raise / bonus"
  const norms = s.tokens.map((t) => t.norm);
  const setAt = norms.indexOf('set');
  if (setAt >= 0 && norms.slice(setAt + 1).some((n) => n === 'to' || n === '=')) return ['set'];
  const giveAt = norms.indexOf('give');
  if (giveAt >= 0 && norms[giveAt + 1] !== 'me' && norms[giveAt + 1] !== 'us' && norms.slice(giveAt + 1).some((n) => /^(raise|bonus|bonuses|promotion|increase|pay|salary)$/.test(n))) return ['give'];

  // "would you mind moving …": a command as a gerund after "mind"
  const mindAt = norms.indexOf('mind');
  const gerund = mindAt >= 0 ? norms[mindAt + 1] : undefined;
  if (gerund !== undefined && /ing$/.test(gerund)) {
    const stem = gerund.slice(0, -3);
    if ([stem, `${stem}e`, stem.slice(0, -1)].some((verb) => IMPERATIVE.has(verb) || MUTATING.has(verb))) return [s.tokens[mindAt + 1]?.raw ?? gerund];
  }

  // a command at the start of any clause
  const starts = [0, ...norms.flatMap((n, i) => (n === 'and' || n === 'then' || n === ',' || n === 'if' ? [i + 1] : []))];
  for (const start of starts) {
    const verbAt = Math.max(start, matchAt(s, start, COMMAND_LEAD));
    const verb = s.tokens[verbAt];
    if (verb !== undefined && verb.kind === 'word' && IMPERATIVE.has(verb.norm) && startsCommand(norms, verbAt)) return [verb.raw];
  }
  return [];
}

const COMPARISON_START = new Set(['more', 'over', 'above', 'under', 'below', 'less', 'at', 'no', 'between', 'greater', 'upwards', 'the', '>', '<', '>=', '<=']);

/** What people ask to have written that is not a record: off topic, not a change to the data. */
const WRITINGS = /^(poem|poems|haiku|story|stories|song|songs|essay|joke|jokes|limerick|sonnet|rap|riddle)$/;

/** "give me …", "let me see …", "write me a poem" and "make … a list" ask for answers, not changes. */
function startsCommand(norms: readonly (string | undefined)[], verbAt: number): boolean {
  const verb = norms[verbAt];
  const next = norms[verbAt + 1];
  if ((verb === 'give' || verb === 'let' || verb === 'get' || verb === 'write') && (next === 'me' || next === 'us')) return false;
  if (verb === 'write' && norms.slice(verbAt + 1, verbAt + 4).some((n) => n !== undefined && WRITINGS.test(n))) return false;
  if (verb === 'hire' && (next === 'date' || next === 'dates')) return false;
  // "I want to make sure they get the memo": making sure changes nothing
  if (verb === 'make' && (next === 'sure' || next === 'certain')) return false;
  // "put together a list of …" asks for an answer
  if (verb === 'put' && next === 'together') return false;
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
