// What a message carries around the question itself, taken off before it is read: a "Q:" in front,
// a signature at the end ("Sent from my iPhone", "— thx, Dana"), and the fillers a voice assistant
// transcribes ("um", "uh", ", like,"). Left in, a signature's name would be an unknown word and a
// filler between commas would split "who makes, like, over 290 thousand" into pieces.
import { rewrite, type TextForm } from './text-forms.js';

const MESSAGE_MARKS: readonly TextForm[] = [
  // "Q: who's in Legal?"
  [/^\s*(?:q|question|query)\s*[:.)]\s*/i, ''],
  // "Sent from my iPhone"
  [/\s*\bsent from my \w+(?: \w+)?\s*$/i, ''],
  // "— thx, Dana", "Thanks, Priya!": a sign-off and the name that signs it, at the very end
  [/([\s\p{P}]*)\b(thx|thanks|thank you|cheers|regards|best|br|ty)[,!.]?\s+\p{Lu}[\p{L}'-]*[.!]?\s*$/u, (_m, before: string, signOff: string) => `${before}${signOff}`],
  // ", like,", ", you know,", ", I mean,": a spoken filler between commas
  [/,\s*(?:like|you know|i mean|kind of|sort of)\s*,/gi, ' '],
  // "um", "uh", "erm", "hmm" anywhere, with the comma a pause left
  [/(?:,\s*)?\b(?:um+|uh+|erm+|er|hmm+|uhm+)\b\s*,?/gi, ' '],
];

export function takeOffMessageMarks(text: string): string {
  return rewrite(text, MESSAGE_MARKS);
}
