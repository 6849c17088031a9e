// Chat shorthand ("w/", "b4", "any1", "mgr", "rn", "isnt", "who r the …") written out as the words it
// stands for, so that every rule reads "with", "before", "manager" however the question was typed.
// Forms made with signs or digits are rewritten in the text before it is split into tokens; forms
// that are whole words are rewritten token by token, keeping `raw` where one word stands for one.
import { wordToken, type Token } from './token.js';
import { rewrite, type TextForm } from './text-forms.js';

/** Abbreviations written with a full stop, which does not end a sentence after them. */
const DOTTED_ABBREVIATIONS = new Set(['sr', 'jr', 'snr', 'dr', 'mr', 'ms', 'mrs', 'st', 'vs', 'etc', 'no', 'dept', 'incl', 'excl', 'approx', 'inc', 'e.g', 'i.e']);

/** Two-digit years after an apostrophe ("in '22"): this century up to next year, the last before. */
function fullYear(twoDigits: string): string {
  const yy = Number(twoDigits);
  const nextYear = (new Date().getFullYear() + 1) % 100;
  return String(yy <= nextYear ? 2000 + yy : 1900 + yy);
}

const TEXT_FORMS: readonly TextForm[] = [
  [/\bw\/o\b/gi, ' without '],
  [/\bw\/in\b/gi, ' within '],
  [/\bw\/(?=\s|\p{L})/giu, ' with '],
  [/\bb4\b/gi, 'before'],
  [/\b(any|every|evry|some)1\b/gi, (_m, word) => `${word.replace(/^evry$/i, 'every')}one`],
  [/\b2day\b/gi, 'today'],
  // "any one in Sales", "every body", "evry one": one word written as two
  [/\b(any|every|evry|some)\s+(one|body)\b(?!\s+of\b)/gi, (_m, first: string, second: string) => `${first.replace(/^evry$/i, 'every')}${second}`],
  // "every one of Jane Smith's reports", "each one of the accountants", "each and every salesperson": all of them
  [/\b(?:every|each)\s+one\s+of\b/gi, 'all of'],
  [/\beach\s+and\s+every\b/gi, 'every'],
  [/\bwanna\b/gi, 'want to'],
  // "list out the people hired last year": the list asked for; "the Legal people and the Finance people
  // (taken) together" at the end: one list of both, as any list is
  [/\b(list|spell|print|read)\s+out\b/gi, '$1'],
  [/,?\s+(?:taken|all)?\s*together\s*([?.!]*)\s*$/i, '$1'],
  // letters a voice assistant writes apart: "h r people", "the u k office", "q a engineers"
  [/\b([hH])\s+([rR])\b/g, '$1$2'],
  [/\b([qQ])\s+([aA])\b/g, '$1$2'],
  [/\b(in|the)\s+u\s+(s|k|s\s+a)\b/gi, (_m, before: string, letters: string) => `${before} U${letters.replace(/\s+/g, '').toUpperCase()}`],
  // "4 most lowest paid", "7 most best paid", "most long tenure": a superlative said twice, as some write it
  [/\bmost\s+(lowest|highest|best|worst|newest|oldest|longest|latest|earliest|recent)\b/gi, (_m, word: string) => (word.toLowerCase() === 'recent' ? 'most recent' : word)],
  [/\bmost\s+long\s+(tenure|serving)\b/gi, 'longest $1'],
  // "give me 5 the most recent hires": the count before "the"
  [/\b(\d+)\s+the\s+(?=most|top|highest|lowest|best|worst|newest|oldest|longest|latest|earliest)/gi, 'the $1 '],
  // "sal > 260k", "sal between 190k and 205k": "sal" is salary only before a comparison (Sal is a name too)
  [/\bsal(?=\s*(?:[<>=≥≤]|between\b|btwn\b|betw\b|over\b|under\b|above\b|below\b|more\b|less\b|no\b|at\b|of\b|\$?\d))/gi, 'salary'],
  // "top 10 by sal": after "by", the key to order by
  [/\bby\s+sal\b/gi, 'by salary'],
  // "who reports 2 carlos garcia": "2" for "to" after reporting
  [/\b(report|reports|reporting|reported)\s+2\s+(?=\p{L})/giu, '$1 to '],
  // "rm amara okafor from directory": the command to remove, at the start
  [/^\s*rm\b/i, 'remove'],
  [/\bgonna\b/gi, 'going to'],
  [/(^|[\s(])'(\d{2})\b(?!')/g, (_m, before, yy) => `${before}${fullYear(yy)}`],
  [/\bat the mo\b/gi, 'at the moment'],
  // "more then 280k": the slip of "than" after a comparative
  [/\b(more|less|fewer|greater|higher|lower|other|rather|earlier|later|older|newer) then\b/gi, (_m, word) => `${word} than`],
  // "who's got the title …" asks who has it
  [/\bwho(?:'s|s| is| has) got\b/gi, 'who has'],
  // a sentence that ends before another begins is set apart as a clause ("jane smith. who reports to her?"),
  // marked as a semicolon, which also ends a sentence, so context sentences can be told apart
  [/([\p{L}\d.]+)[.!?]+\s+(?=\p{L})/gu, (_m, word) => (DOTTED_ABBREVIATIONS.has(word.toLowerCase()) ? `${word}. ` : `${word} ; `)],
];

export function expandShorthandText(text: string): string {
  return rewrite(text, TEXT_FORMS);
}

/** Whole words that stand for other words; several words where the shorthand stands for a phrase. */
const WORD_FORMS: Readonly<Record<string, string>> = {
  sr: 'senior', snr: 'senior', jr: 'junior', mgr: 'manager', mgrs: 'managers', mngr: 'manager', mngrs: 'managers',
  engs: 'engineers', emp: 'employee', emps: 'employees', hirings: 'hires', personal: 'personnel', thousands: 'thousand',
  btwn: 'between', betw: 'between', incl: 'including', excl: 'excluding', abt: 'about', cnt: 'count',
  yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', mos: 'months', fourty: 'forty',
  r: 'are', u: 'you', cn: 'can', n: 'and', w: 'with', em: 'them', thx: 'thanks', cheers: 'thanks',
  rn: 'right now', atm: 'at the moment', bc: 'because', cuz: 'because', coz: 'because', ppl: 'people',
  // spellings so common they are not slips of one word: "recieving less than 46k"
  recieve: 'receive', recieves: 'receives', recieving: 'receiving', recieved: 'received', managment: 'management',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', doesnt: 'does not', dont: 'do not',
  didnt: 'did not', hasnt: 'has not', havent: 'have not', cant: 'can not', whove: 'who have', weve: 'we have', theyve: 'they have',
  // "the 3 lowest payed people", "payed greater than $270,000": the common misspelling of "paid"
  payed: 'paid',
  hw: 'how', tdy: 'today', tmrw: 'tomorrow',
};


export function expandShorthand(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t, i) => {
    // "designers + engineers", "current + former": a plus between words is "and"; "10+ years" keeps it
    if (t.kind === 'symbol' && t.norm === '+' && tokens[i - 1]?.kind !== 'number') return [wordToken('and', 'and')];
    const expansion = t.kind === 'word' && !t.joined ? WORD_FORMS[t.norm] : undefined;
    if (expansion === undefined) return [t];
    const words = expansion.split(' ');
    return words.length === 1 ? [{ ...t, norm: expansion }] : words.map((w) => wordToken(w, w));
  });
}
