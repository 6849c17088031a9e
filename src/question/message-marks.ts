// What a message carries around the question itself, taken off before it is read: a "Q:" in front,
// a signature at the end ("Sent from my iPhone", "— thx, Dana"), and the fillers a voice assistant
// transcribes ("um", "uh", ", like,"). Left in, a signature's name would be an unknown word and a
// filler between commas would split "who makes, like, over 290 thousand" into pieces.
import { PURPOSE_NOUNS } from './purpose-nouns.js';
import { rewrite, type TextForm } from './text-forms.js';

/** Who the message is addressed to, after a greeting: "Hi team", "Hey HR bot", "Hello assistant". */
const ADDRESSEE = String.raw`(?:there|all|everyone|folks|team|again|(?:hr\s+)?(?:bot|assistant|helper))`;

/** "Hi!", "G'day", "Hey HR bot", "Good morning team", "Oh hi": a greeting, with or without its punctuation. */
const GREETINGS = [
  // "Hello People team,", "Hi Roster,", "Dear People Analytics,": whom it is written to, then its comma
  String.raw`(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\s+(?:[\p{L}]+\s+){0,2}?(?:team|analytics|operations|ops|colleagues|roster|desk|helpdesk|hr|people)(?=\s*[,:!.])`,
  // "Hi HR who is in Sales", "hey roster how many…": with no comma, only the service or HR itself, and
  // only before a question's first word; "hey engineering team who…" may still be asking about them
  String.raw`(?:hi|hello|hey)\s+(?:hr|roster|people\s+(?:team|ops)|helpdesk)(?=\s+(?:who|who's|what|which|how|can|could|would|please|pls|plz)\b)`,
  String.raw`(?:oh\s+)?(?:hi+|hello+|hey+|heya|heyo|hiya|howdy|yo|sup|ahoy|g'?day|greetings|hallo|hola|bonjour|ciao|salut)(?:\s+hey)?(?:\s+(?:${ADDRESSEE}|friend|friends|pal|mate))?`,
  String.raw`mornin'?|evenin'?`,
  String.raw`(?:guten\s+(?:morgen|tag|abend)|buenos\s+d[ií]as|bom\s+dia|what'?s\s+up|sup)`,
  String.raw`(?:good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening)(?:\s+${ADDRESSEE})?`,
  // "Dear HR team,", "Dear Sir or Madam,", "Dear Priya:" up to the greeting's comma
  String.raw`dear\s+[^,:;.!?\n]{1,40}?(?=\s*[,:;.!\n])`,
  String.raw`to\s+whom\s+it\s+may\s+concern`,
];

/**
 * What follows a greeting before the question, each closed by its punctuation: "hope you're well.",
 * "sorry for the ping.", "got a sec?", "me again.", and the announcement of a question ("Quick
 * question:", "quick ask.", "a quick one for you:").
 */
const PLEASANTRIES = [
  String.raw`(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|all(?:'s|\s+is)|your\s+(?:day|week)(?:'s|\s+is))\s+(?:well|good|going\s+well|ok|okay|having\s+a\s+(?:good|great|nice)\s+(?:one|day|week))`,
  String.raw`(?:so\s+)?sorry\s+(?:for|about)\s+the\s+(?:ping|bother|interruption)`,
  String.raw`(?:so\s+)?(?:sorry|sory|sry|soz)\s+to\s+(?:bother|bug|ping|trouble)\s+(?:you|u)(?:\s+again)?`,
  String.raw`(?:it's\s+)?me\s+again`,
  String.raw`(?:have\s+you\s+)?got\s+a\s+(?:sec|second|minute|moment)`,
  // a word between ("Quick Engineering question:") may be a condition: the context rule reads those
  String.raw`(?:a\s+)?(?:quick|short|small|simple)\s+(?:question|one|q|ask|favour|favor|request)(?:\s+for\s+you)?`,
  // "quick: hires within the last 2 weeks?"
  String.raw`quick(?=\s*:)`,
  String.raw`(?:a\s+)?question\s+for\s+you`,
];
/** ":)", ";-)", ":D": a face, whose colon is not the greeting's punctuation. */
const FACE = String.raw`[:;]-?[()DPp](?!\p{L})`;
const PUNCTUATION = String.raw`(?:(?!${FACE})[,.!?:;—–-])`;
const OPENING = new RegExp(
  String.raw`^(?:\s*(?:${FACE}|(?:${GREETINGS.join('|')})\b\s*${PUNCTUATION}*|(?:${PLEASANTRIES.join('|')})\s*${PUNCTUATION}+))+\s*(?=\S)`,
  'iu',
);

/**
 * The pleasantries a chat message ends with, after its question: "Owe you one.", "Lifesaver, thanks.",
 * "You're a star.", "Talk soon.", "No rush.", "Have a good one!". Each is a whole sentence of thanks or
 * goodbye, so only taken off after a sentence's end or a comma.
 */
const CLOSINGS = [
  String.raw`(?:thanks|thank\s+you|thx|thnx|thanx|thnks|tks|ty|tysm|tyvm|ta|cheers)(?:\s+(?:so|very)\s+much|\s+(?:kindly|heaps|loads|a\s+(?:bunch|million|lot|ton)|in\s+advance|again|for\s+(?:your|the|all\s+the|any)\s+help))?`,
  String.raw`(?:many|big|huge|much)\s+(?:thanks|appreciated|obliged)`,
  // thanks in the asker's first language: "Danke!", "Vielen Dank", "Merci beaucoup", "Gracias"
  String.raw`danke(?:\s+sch[öo]n)?|vielen\s+dank|merci(?:\s+beaucoup)?|gracias|grazie(?:\s+mille)?|obrigad[oa]|dank\s+je(?:\s+wel)?|tack`,
  String.raw`(?:i\s+)?(?:really\s+)?(?:appreciate|apreciate|appriciate)\s+(?:it|that|this|you|the\s+help|your\s+help)`,
  String.raw`(?:i'm\s+|i\s+am\s+)?(?:grateful|thankful)\s+for\s+(?:the|your|any)\s+help`,
  String.raw`(?:i\s+)?owe\s+you(?:\s+one)?`,
  String.raw`you(?:'re|\s+are)\s+(?:a\s+)?(?:star|legend|lifesaver|life\s+saver|the\s+best|great)`,
  String.raw`(?:lifesaver|life\s+saver|legend|you\s+rock)`,
  String.raw`talk\s+(?:soon|later)|speak\s+soon|ttyl|catch\s+you\s+later`,
  String.raw`have\s+a\s+(?:good|great|nice|lovely)\s+(?:one|day|week|weekend|afternoon|evening)`,
  String.raw`no\s+(?:rush|hurry)|whenever\s+you\s+(?:can|get\s+a\s+(?:chance|sec|moment))`,
  String.raw`(?:just\s+)?(?:a\s+)?quick\s+(?:lookup|look-up|check|one|q|question|favou?r)`,
  String.raw`lol|lmao|rofl|haha+|hehe+|xd`,
  String.raw`(?:so\s+)?(?:sorry|sory|sry|soz)(?:\s+to\s+(?:bother|bug|ping|trouble)\s+(?:you|u)(?:\s+again)?)?`,
  // a letter's last courtesies: "Thank you very much in advance for your help with this.", "Please do
  // not hesitate to contact me.", "Please let me know if you need any further information."
  String.raw`(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?(?:\s+in\s+advance)?\s+for\s+(?:your|the|all\s+your)\s+(?:help|time|assistance|support)(?:\s+with\s+(?:this|that))?`,
  String.raw`(?:if\s+[^.?!\n]{0,60}\s+(?:unclear|questions?)[^.?!\n]{0,20},\s*)?(?:please\s+)?(?:do\s+not|don'?t)\s+hesitate\s+to\s+(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:me|us)`,
  String.raw`(?:please\s+)?(?:do\s+)?let\s+me\s+know\s+if\s+you\s+(?:need|require)\s+(?:any\s+)?(?:further|more|additional|other)?\s*(?:information|details|clarification|context)(?:\s+from\s+me)?(?:\s+(?:in\s+order\s+)?to\s+process\s+(?:this|the|my)\s+request)?`,
  String.raw`(?:i\s+)?(?:would\s+)?appreciate\s+it\s+if\s+this\s+(?:could|can)\s+be\s+(?:treated|kept|handled)\s+(?:confidentially|in\s+confidence|as\s+confidential)`,
];
const CLOSING = new RegExp(String.raw`([.!?,;:—–-])(?:\s*(?:${CLOSINGS.join('|')})\s*[,.!]*)+\s*$`, 'iu');

/** How a letter is signed: "Kind regards,", "Yours faithfully,", "Best wishes," and the name after it. */
const SIGN_OFFS = [
  'kind regards', 'best regards', 'warm regards', 'warmest regards', 'many thanks', 'with thanks', 'thanks in advance', 'best wishes',
  'all the best', 'yours faithfully', 'yours sincerely', 'yours truly', 'sincerely', 'respectfully', 'regards', 'thank you', 'thanks',
  'best', 'cheers', 'warmly', 'take care', 'thanks so much', 'thank you so much', 'thank you very much', 'thanks a lot', 'thanks again',
  'thanks a million', 'much appreciated', 'ta', 'ty', 'tia',
];
/**
 * A word of a signature block's lines: a capitalised word of a name or job title, a pronoun line
 * ("he/him", "Pronouns: she/her"), a phone or extension ("Tel. 555-0148", "ext. 7710", "+1 555 0163").
 */
const SIGNATURE_WORD = String.raw`(?:\p{Lu}[\p{L}'’&.,/-]*|&|\||of|and|the|for|de|van|von|der|den|da|di|du|del|la|le|bin|al|\(?(?:he|she|they)/(?:him|his|her|hers|them|theirs|he|she|they)\)?|[Pp]ronouns?:|[Tt]el\.?:?|[Pp]hone:?|[Mm]obile:?|[Mm]ob\.?:?|[Ee]xt\.?:?|x|\+?[\d(][\d() .-]{2,20})`;
const SIGNATURE_LINE = String.raw`${SIGNATURE_WORD}(?:[ \t]+${SIGNATURE_WORD}){0,7}`;

/** "kind regards" → "[kK][iI][nN][dD] [rR]…": the sign-off in any case, while the name after it must be capitalised. */
function anyCase(phrase: string): string {
  return [...phrase].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : c)).join('');
}

/**
 * A sign-off and up to five short lines after it (name, job title, pronouns, phone), at the end, after a
 * sentence, a comma or a dash: "… Best regards.", "…? Kind regards, Ana", "… ta!", a letter's signature
 * block. Case-sensitive, so the name lines are capitalised: ", best first" is an order, not a signature.
 */
const SIGNATURE = new RegExp(
  String.raw`([.!?,;:—–\n-])\s*(?:${SIGN_OFFS.map(anyCase).join('|')})\s*[,.!]*(?:(?:[ \t]*\n|[ \t]+)[ \t]*${SIGNATURE_LINE}[ \t]*){0,5}\s*[.!]*\s*$`,
  'u',
);

/** Slack's emoji codes: ":wave:", ":sweat_smile:", ":+1:" (a letter in them: "10:30:" is a time). */
const EMOJI_CODE = String.raw`:(?:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}|[+-]1|100):`;
/** "🎄", "👍🏽", "🗂️", "👨‍👩‍👧": an emoji with its skin tone, variation selector or joined parts. */
const EMOJI = String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\p{Extended_Pictographic}]*`;

/** The words a question or request starts with, after a heading or a dash that sets a reason apart. */
const ASKING = String.raw`(?:who|who's|whos|which|what|what's|how|can|could|would|will|please|pls|plz|list|show|give|find|pull|get|send|any|anyone|anybody|is|are|do|does|did|count|top|every|everyone|everybody|all|need|i|i'm|we|we're|it's|this|that's)`;

/** What follows a dash or a heading's colon when a question or request starts there. */
const ASKS = new RegExp(String.raw`^${ASKING}\b`, 'iu');

/** A heading at the start of a line, up to its colon: "long-service awards: …". */
const HEADING = String.raw`^([^:\n?!.]{3,60}?)[ \t]*:[ \t]+`;

/** Whether a fragment's last word names what an answer is for: "… quick list for the orientation recap". */
function endsInPurpose(fragment: string): boolean {
  const last = /([\p{L}-]+)\W*$/u.exec(fragment)?.[1]?.toLowerCase();
  return last !== undefined && PURPOSE_NOUNS.has(last);
}

/**
 * Whether the dash at `at` sets a sentence apart: the question starts after it ("comp committee prep —
 * who earns over 300K?"), or the fragment just before or after it names what the answer is for.
 */
function dashEndsSentence(text: string, at: number, length: number): boolean {
  const rest = text.slice(at + length);
  if (ASKS.test(rest)) return true;
  const before = /[^—–.?!;\n]*$/u.exec(text.slice(0, at))?.[0] ?? '';
  const after = /^[^—–.?!;\n]*/u.exec(rest)?.[0] ?? '';
  return endsInPurpose(before) || endsInPurpose(after);
}

/** ":)", ":/", ";-)" inside a message or at its end; FACE, which a greeting may stand before, leaves out ":/". */
const FACE_ANYWHERE = String.raw`[:;]-?[()DPp/\\]`;

const MESSAGE_MARKS: readonly TextForm[] = [
  // an emoji code at the end is dropped, one inside ends a sentence as a face would
  [new RegExp(String.raw`\s*${EMOJI_CODE}\s*$`, 'gi'), ''],
  [new RegExp(String.raw`\s*${EMOJI_CODE}\s*`, 'gi'), '. '],
  // an emoji likewise: "ordering office snacks 🥨 who's in San Francisco?", "welcome drinks 🍻"
  [new RegExp(String.raw`\s*${EMOJI}(?:\s*${EMOJI})*\s*$`, 'gu'), ''],
  [new RegExp(String.raw`^\s*${EMOJI}(?:\s*${EMOJI})*\s*`, 'gu'), ''],
  [new RegExp(String.raw`\s*${EMOJI}(?:\s*${EMOJI})*\s*`, 'gu'), '. '],
  // "^^", "^_^", "xD" faces
  [/\s*\^_*\^\s*/g, ' '],
  // a face at the very end: "… ty :)"
  [new RegExp(String.raw`\s*${FACE_ANYWHERE}\s*$`, 'u'), ''],
  // "Q: who's in Legal?"
  [/^\s*(?:q|question|query)\s*[:.)]\s*/i, ''],
  // "Subject: Finance staff list", "[Ticket #50412] Directory export", "Ticket: Building access review" on
  // its own line above the letter, which says it again
  [/^\s*(?:\[[^\]\n]{1,40}\][^\n]*|(?:subject|subj|re|ticket|ref)\b\s*[:#][^\n]*)\n+(?=\s*\S)/i, ''],
  // … or the label alone, when the subject is all there is
  [/^\s*(?:subject|subj|re)\s*:\s*/i, ''],
  // a question reported from a meeting: "Someone on the call asked who our VP of Engineering is.", "On the
  // comp call we wondered which support staff earn …": who asked, and where, is no condition
  [/^[^?!.;\n]{0,80}?\b(?:asked|wondered|wanted to know|was wondering|were wondering|would like to know|needs? to know)\s+(?=(?:who|which|what|how many|how much)\b)/i, ''],
  // a heading before the question on its line: "long-service awards: who did we hire in 2012?", "calibration prep: top 3 …"
  [new RegExp(String.raw`${HEADING}(?=${ASKING}\b)`, 'iu'), '$1 ; '],
  // … or a heading that names what the answer is for: "retention bonus shortlist: San Francisco engineers …"
  [new RegExp(String.raw`${HEADING}(?=\S)`, 'u'), (heading: string, words: string) => (endsInPurpose(words) ? `${words} ; ` : heading)],
  [SIGNATURE, '$1'],
  [OPENING, ''],
  [CLOSING, '$1'],
  // ":)", ":/", ";-)" inside a message end a sentence, as a full stop would: "offsite planning :) list the managers"
  [new RegExp(String.raw`\s+${FACE_ANYWHERE}(?![\p{L}\d])\s*(?=\S)`, 'gu'), '. '],
  // "Sent from my iPhone"
  [/\s*\bsent from my \w+(?: \w+)?\s*$/i, ''],
  // "— thx, Dana", "Thanks, Priya!": a sign-off and the name that signs it, at the very end
  [/([\s\p{P}]*)\b(thx|thanks|thank you|cheers|regards|best|br|ty)[,!.]?\s+\p{Lu}[\p{L}'-]*[.!]?\s*$/u, (_m, before: string, signOff: string) => `${before}${signOff}`],
  // "… please — I'm scheduling a training", "comp committee prep — who earns over 300K?": a dash before the
  // asker speaking or before the question ends a sentence, as a full stop would
  [/\s+[—–-]+\s+(?=(?:i|i'm|i am|i've|we|we're|we are|it's|this is|that's)\b)/giu, ' ; '],
  // … and so does a dash beside a fragment that names what the answer is for ("travel budget planning —
  // every engineer …", "… over 150K — relocation stats"); the context rule then decides whether it is only that
  [/\s+[—–]+\s+/gu, (dash: string, at: string, text: string) => (dashEndsSentence(text, Number(at), dash.length) ? ' ; ' : dash)],
  // ", like,", ", you know,", ", I mean,": a spoken filler between commas
  [/,\s*(?:like|you know|i mean|kind of|sort of)\s*,/gi, ' '],
  // "um", "uh", "erm", "hmm" anywhere, with the comma a pause left
  [/(?:,\s*)?\b(?:um+|uh+|erm+|er|hmm+|uhm+)\b\s*,?/gi, ' '],
];

export function takeOffMessageMarks(text: string): string {
  return rewrite(text, MESSAGE_MARKS);
}
