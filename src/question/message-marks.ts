// What a message carries around the question itself, taken off before it is read: a "Q:" in front,
// a signature at the end ("Sent from my iPhone", "— thx, Dana"), and the fillers a voice assistant
// transcribes ("um", "uh", ", like,"). Left in, a signature's name would be an unknown word and a
// filler between commas would split "who makes, like, over 290 thousand" into pieces.
import { rewrite, type TextForm } from './text-forms.js';

const MESSAGE_MARKS: readonly TextForm[] = [
  // "Q: who's in Legal?"
  [/^\s*(?:q|question|query)\s*[:.)]\s*/i, ''],
  // "Quick question:", "Quick headcount question —" in front
  [/^\s*(?:a\s+)?(?:quick|short|small|simple)\s+(?:[\p{L}]+\s+)?(?:question|one|q)\s*[:!,.—–-]\s*/iu, ''],
  // "Good morning.", "Hi there!", "Hello team," in front
  [/^\s*(?:good (?:morning|afternoon|evening|day)|morning|afternoon|evening|hi there|hello there|hey there|hi all|hello all|hi team|hello team|hi bot|hey bot|hello bot|hiya|howdy|greetings|dear [\p{L}]+)\s*[,.!:;—–-]*\s*/iu, ''],
  // "… Best regards.", "…? Kind regards, Ana", "… Many thanks!", "… ta!" at the end, after a sentence or a
  // comma ("the 3 best paid" keeps its "best"); a name after it only when written with a capital
  [
    /([.!?,;:—–-])\s*(?:best regards|kind regards|warm regards|warmest regards|many thanks|thanks a million|thanks so much|thanks a lot|thanks in advance|much appreciated|regards|best|ta|ty|tia)\b[,.!]*(\s+[\p{L}][\p{L}'-]*)?[.!]*\s*$/iu,
    (match: string, before: string, name: string | undefined) => (name === undefined || /^\s+\p{Lu}/u.test(name) ? before : match),
  ],
  // "Sent from my iPhone"
  [/\s*\bsent from my \w+(?: \w+)?\s*$/i, ''],
  // "— thx, Dana", "Thanks, Priya!": a sign-off and the name that signs it, at the very end
  [/([\s\p{P}]*)\b(thx|thanks|thank you|cheers|regards|best|br|ty)[,!.]?\s+\p{Lu}[\p{L}'-]*[.!]?\s*$/u, (_m, before: string, signOff: string) => `${before}${signOff}`],
  // "… please — I'm scheduling a training": a dash before the asker speaking ends a sentence, as a full stop would
  [/\s+[—–-]+\s+(?=(?:i|i'm|i am|i've|we|we're|we are|it's|this is|that's)\b)/giu, ' ; '],
  // ", like,", ", you know,", ", I mean,": a spoken filler between commas
  [/,\s*(?:like|you know|i mean|kind of|sort of)\s*,/gi, ' '],
  // "um", "uh", "erm", "hmm" anywhere, with the comma a pause left
  [/(?:,\s*)?\b(?:um+|uh+|erm+|er|hmm+|uhm+)\b\s*,?/gi, ' '],
];

export function takeOffMessageMarks(text: string): string {
  return rewrite(text, MESSAGE_MARKS);
}
