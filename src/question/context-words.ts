// The words the context rule decides by: who speaks ("I", "we"), what narrows an answer ("only",
// "except"), what names a condition ("salary", "hired"), what points at or describes people ("those",
// "with", "speakers"), and what opens a request ("tell", "book"). Kept apart from the rule so that
// its decisions read as sentences and its vocabulary can be read, and extended, in one place.

/** Words a sentence of the asker's own opens with: "I want to check them …", "Thanks in advance!". */
export const ASKER_OPENS = /^(i|we|my|our|sorry|thanks|thank|cheers|appreciate|appreciated|much|many|hope|hoping|it|this|that)$/;
/** Words that lead into a sentence without changing who speaks: "Also, I'd like …", "Oh and we need …". */
export const LEAD = /^(also|and|oh|so|just|again|anyway|btw|ps)$/;
/** Words that narrow an answer: a sentence holding one is never set aside ("We don't want contractors"). */
export const NARROWS = /^(only|not|no|never|none|nobody|except|excluding|exclude|without|but|just|solely|exclusively|unless|besides|other|instead)$/;

/**
 * A gerund of what the asker is doing ("sorting seating", "prepping for a review"), but not one that
 * adds or takes out people: "…, including contractors" is a condition no rule knows, never a reason.
 */
export function isDoingWord(norm: string): boolean {
  return /ing$/.test(norm) && !/^(including|excluding|counting|missing|during|being|something|anything|nothing|everything|morning|evening)$/.test(norm);
}

/** Words that name a condition or an order: a sentence holding one may narrow the answer, even where no rule read it. */
export const CONDITION_WORD =
  /^(salary|salaries|pay|paid|earn|earns|earning|making|makes|hired?|hires|hiring|joined|started|managers?|manages|managed|reports?|reporting|leave|title|titled|department|senior|former|terminated|sort|sorted|sorting|order|ordered|rank|ranked|highest|lowest|newest|oldest|top|only|except|excluding|without|not)$/;

/** Words of the asker's, inside a sentence: "Facilities asked me for a figure." */
export const ASKER_WORD = /^(i|me|my|we|us|our)$/;
/**
 * Words that point at the people asked about, ask something, or speak to the assistant: a sentence
 * holding one may be the question itself or a second request ("Then tell me a joke.").
 */
export const NOT_ONLY_TELLING = /^(they|them|their|those|these|ones|people|employees|staff|folks|anyone|anybody|everyone|everybody|someone|somebody|who|whom|whose|which|what|how|where|when|why|you|your|u|ur)$/;
/**
 * Words that may describe people by something the tables do not hold ("with a company car", "based
 * in Paris", "full-time", "Spanish speakers"): a note holding one is never set aside.
 */
export const DESCRIBES_PEOPLE = /^(with|without|having|has|have|in|at|from|near|outside|inside|within|across|office|offices|site|branch|hub|city|country|team|teams|department|dept|group|division|location|based|located|living|speaking|speak|speaks|whose|full|part|time|contract|permanent|temporary|temp|temps|junior|juniors|intern|interns|staff|folks|guys|women|men|parents|kids|children|age|aged|older|younger|male|female|gender|born|married|certified|qualified|only|also|too|plus|include|includes|including)$/;
/** Verbs a note is said with: "The organisation chart needs checking.", "the works council thing came up again". */
export const NOTE_VERB = /^(is|are|was|were|be|been|need|needs|needed|came|comes|come|goes|went|asked|wants|wanted|looks|seems|feels|keeps|kept|got|due|pending|overdue|stuck|broken|curious)$/;
/** Plural nouns for people ("contractors", "speakers", "consultants", "trainees"), unless they name what the answer is for. */
export const PEOPLE_PLURAL = /(ers|ors|ists|ees|ians|ants|ents|ives)$/;

/** Verbs that open a request: "Then tell me a joke.", "Write me a poem." */
export const REQUEST_OPENER = /^(tell|write|show|give|find|list|help|recommend|suggest|draft|compose|explain|translate|summarise|summarize|let|make|do|send|book|get)$/;

/** Verbs that open a second request to the assistant: "Book them a room.", "Send them the deck." */
export const ERRAND_VERB = /^(book|send|email|schedule|arrange|order|invite|notify|tell|ask|call|remind|print|share|forward|create|make|add|set|move|update|delete|remove|cancel|buy|get|put|give)$/;

/** What a question is announced as: "quick stat", "benchmarking question", "eligibility check". */
export const ANNOUNCED_AS = /^(question|questions|stat|stats|count|check|ask|favour|favor|request|query|q|one)$/;
