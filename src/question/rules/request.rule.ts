// Ways of asking that span several words and say nothing about who is asked for ("pull up",
// "looking for", "what does … look like", "the full list of"). Single words of this kind are fillers; these are
// phrases because their words alone ("up", "for", "like") could carry meaning elsewhere. Runs last,
// so it only ever takes words that no condition wanted.
import { PURPOSE_NOUNS } from '../purpose-nouns.js';
import { claim, isFree, matchAt, type ParseState, type Rule } from '../state.js';

const REQUEST = [
  'pull|bring|dig|put them|those|that|these|it|this? up|out|together', 'look|looks|looking up', 'looking|look|searching|search for', 'look|looks like', 'interested in',
  'full|complete|whole list|listing|rundown|membership|roster|directory|lineup', 'make|draw_up|compile|prepare|produce|create|generate|build me|us? a|the? list|table|rundown|summary|overview|spreadsheet', 'a|the? table|spreadsheet|overview of', 'did|have we|you|they make|made', ',? if_any|if_there_are_any|if_so|and_if_so|if_she_has_one|if_he_has_one|if_they_have_one|if_there_is_one ,?', 'is_there? any|a? chance that|we|you?', 'specifically|in_particular',
  // "one combined list of …", "across all offices", "in terms of pay, who …", "hired at some point after 2025"
  'one|a|the? combined|single|merged list|table|roster of?', 'across|in all|every the? offices|locations|sites|teams', 'in_terms_of pay|salary|compensation ,?', 'at_some_point|at_any_point', 'in_a_rush|in_a_hurry|in_a_bit_of_a_rush|no_rush|when_you_can|when_you_get_a_chance|urgently|asap', 'i_mean|i_meant|that_is|that_is_to_say|i_e|in_other_words|namely', "let_'s|let_us? look|looking at", 'whatever|regardless_of|irrespective_of the? type|kind', 'of? any|all type|types|kind|kinds|sort|sorts', 'have|has we|you|they got', 'roster|directory|lineup for|of', 'right_now|at_the_moment|at_present|as_of_now|as_of_today', 'for me|us',
  // asking around the question: "do you know if", "any idea who", "I'd love to know", "I'm after", "quick question"
  'know|wonder|wondering|curious|asking|checking|check|see|tell_me|advise|confirm if|whether', 'any idea|ideas if|whether?', 'happen|happens to', 'would? love|like to know|see|find|get',
  'am|are after', 'quick question|one|q for? you?', 'out_of_curiosity|just_out_of_curiosity|purely_out_of_curiosity',
  'just curious|wondering|asking|checking|wanted_to_know', 'i_am|i_was just? curious|wondering', ', exactly', 'remind|reminding me|us', 'do me a favour|favor',
  // a letter's courtesy: "I would be grateful if you could …", "I am writing to request …"
  'i|we? would|will|should|shall|am|are? be? most|very? grateful|thankful|obliged|glad if|for?', 'i_am|we_are? writing to request|ask|enquire|inquire|obtain',
  'would|could|will you be able|able_to', 'i|we require|request', 'we_would|i_would like', 'be_so_kind_as_to|be_kind_enough_to',
  // "I need the name of Zoe Muller's manager", "the names and email addresses of all employees in …"
  'the? name|names|details of', 'the? names? and? email_addresses|emails|email|contact_details of?',
  // "Show Zoë Müller's manager if they earn more than 250K": the condition is asked of the same person
  'if|only_if they|he|she|that_person|this_person',
  // courtesy: "sorry to bother you", "if that's not too much trouble", "would you mind sharing"
  'sorry|apologies to? bother|bothering|interrupt|trouble you?', 'sorry|apologies for the|this|a basic|dumb|silly|quick|stupid|simple? question',
  'if that|it is|would_be not? too_much_trouble|too_much_to_ask|possible|ok|okay|alright|fine', 'if you can|could|do_not_mind',
  'would|do you mind sharing|sending|giving|listing|showing|pulling|pulling_up|finding', 'send|email|forward|share me|us|over?',
  'need|want it|them|this|these today|now|asap|by_tomorrow|by_monday|by_eod',
  // what the answer should look like: "just the number is fine", "a plain list is fine", "all told"
  'just|only? the? number|count|total|figure is|would_be fine|enough|ok|okay', 'a? plain|simple|quick|short|basic list is|would_be perfectly|totally|absolutely? fine|ok|okay|enough',
  'all_told|in_all|in_total|altogether', 'in terms_of headcount|numbers|people?', 'wise', 'all of them', 'every last one of', 'every single',
  // the whole company or a group of it, said the long way: "across the whole company", "the Design side of the house"
  'across|throughout the? whole|entire? company|organisation|organization|business|firm', 'on the payroll|books', 'on file|record',
  'side|part of the house', 'make|makes up', 'round|rounds up', 'limited|restricted|narrowed|filtered down? to',
  'by us|the_company|the_firm', 'to join|start the? company|firm|team|us?', 'under their|his|her belt',
  'these_days|nowadays|at_this_point|so_far|to_date|up_to_now|until_now', 'at|in|for this company|firm|organisation|organization',
  // "the 10 most recent hires we made"
  'that? we|you|they made|have_made', 'of any type|kind|sort', 'thanks|thank_you so_much|a_lot|a_ton|heaps|again', 'i think|guess|believe|reckon',
];

/**
 * Words that only lead into a group the question names: a preposition ("for the Sales team in London",
 * "among the support agents", "across the United States") or a spare adverb before "in" ("everyone over
 * in Operations"). Taken only when what follows is a department, place or title another rule read.
 */
const LEAD_INS = new Set(['for', 'among', 'amongst', 'across', 'throughout', 'within', 'over', 'out', 'down', 'up', 'back', 'by', 'anywhere', 'into']);
const GROUP_RULES = new Set(['department', 'location', 'title', 'managers', 'org']);

function leadsIntoGroup(s: ParseState, i: number): boolean {
  let j = i + 1;
  while (j < s.tokens.length && /^(in|at|the|our|all|of)$/.test(s.tokens[j]?.norm ?? '')) j++;
  // "hired back in 2016": a date, too, may be gone back to
  if (s.tokens[i]?.norm === 'back' && s.claimedBy[j] === 'hire-date-calendar') return true;
  return GROUP_RULES.has(s.claimedBy[j] ?? '');
}

/**
 * What may lead into a purpose: "for" with a determiner ("what's for lunch" is no purpose),
 * "because of", or a time before or after an event ("Before Monday's offsite, …").
 */
const PURPOSE_LEADS = [
  'asking|asked? for a|an|my|our|the|this|next|some|an_upcoming|the_upcoming',
  'asking? because_of|due_to a|an|my|our|the|this|some?',
  'before|ahead_of|after a|an|my|our|the|this|next|the_next?',
  // "Regarding the support rota: …", "From the staffing discussion: …"
  'regarding|concerning|re|from|following|following_up_on a|an|my|our|the|this|last|yesterday_s?',
];
const PURPOSE_TAIL = 'i|we am|are doing|putting_together|preparing|writing|working_on|planning|building|running|organizing|organising|making|sending|drafting|compiling';

/** The end of a purpose phrase starting at i, or -1. */
function purposeAt(s: ParseState, i: number): number {
  const lead = Math.max(...PURPOSE_LEADS.map((pattern) => matchAt(s, i, pattern)));
  if (lead <= i) return -1;
  // "who left because of relocation": why they left, not why the asker asks
  if (s.claimedBy[i - 1] === 'scope') return -1;
  // the last purpose noun of the phrase: "an offsite invite list", "next week's workshop"
  let nounEnd = -1;
  for (let end = lead + 1; end <= lead + 4 && end <= s.tokens.length; end++) {
    const word = s.tokens[end - 1];
    if (word === undefined || (word.kind !== 'word' && word.kind !== 'possessive') || !isFree(s, end - 1)) break;
    if (PURPOSE_NOUNS.has(word.norm)) nounEnd = end;
  }
  return nounEnd < 0 ? -1 : Math.max(nounEnd, matchAt(s, nounEnd, PURPOSE_TAIL));
}

/**
 * Claims each free `word` whose neighbours are as given (`after` null: anything or nothing), whichever
 * rules read the neighbours: a word of asking that only its place in the question makes one.
 */
function claimBetween(s: ParseState, rule: string, word: string, before: RegExp, after: RegExp | null): void {
  for (let i = 1; i < s.tokens.length; i++) {
    if (s.tokens[i]?.norm !== word || !isFree(s, i) || !before.test(s.tokens[i - 1]?.norm ?? '')) continue;
    if (after === null || after.test(s.tokens[i + 1]?.norm ?? '')) claim(s, i, i + 1, rule);
  }
}

/** Sounds that open a sentence and say nothing ("Well, …", "Hmm, …"); only first or after a comma. */
const OPENERS = 'well|hmm|hm|um|uh|er|okay|ok|alright|yo';

export const requestRule: Rule = {
  name: 'request',
  apply(s) {
    // "the best paid engineer ever, including those who left": "ever" once everyone ever is asked for
    for (let i = 0; i < s.tokens.length && s.scope === 'all'; i++) {
      if (s.tokens[i]?.norm === 'ever' && isFree(s, i)) claim(s, i, i + 1, this.name);
    }
    for (let i = 0; i < s.tokens.length; i++) {
      const end = purposeAt(s, i);
      if (end > i) claim(s, i, end, this.name);
    }
    for (let i = 0; i < s.tokens.length; i++) {
      if (i > 0 && s.tokens[i - 1]?.kind !== 'comma') continue;
      const end = matchAt(s, i, OPENERS);
      if (end > i) claim(s, i, end, this.name);
      // "name the manager of Liam O'Brien": "name" asking for an answer, at the start of a clause
      const asks = matchAt(s, i, 'name|identify|enumerate') > i && /^(the|all|every|each|our|any)$/.test(s.tokens[i + 1]?.norm ?? '');
      if (asks) claim(s, i, i + 1, this.name);
    }
    for (let i = 0; i < s.tokens.length; i++) {
      for (const pattern of REQUEST) {
        const end = matchAt(s, i, pattern);
        if (end <= i) continue;
        claim(s, i, end, this.name);
        i = end - 1;
        break;
      }
    }
    // "I'd like Carlos Garcia's whole org listed": the wish said with a participle at the end
    const last = s.tokens.length - 1;
    if (isFree(s, last) && /^(listed|shown|displayed|sent|shared)$/.test(s.tokens[last]?.norm ?? '') && s.tokens.slice(0, last).some((t) => /^(like|want|need|have|get)$/.test(t.norm))) claim(s, last, last + 1, this.name);
    // "who is it that manages John Doe": the cleft's "it"; "so who exactly is the manager of …": emphasis
    // on the question word
    claimBetween(s, this.name, 'it', /^(is|was)$/, /^(that|who)$/);
    claimBetween(s, this.name, 'exactly', /^(who|whom|what|which|where|how)$/, null);
    // "Wei Chen's manager: who is it?": the question asked again after the clause that says it
    const tail = s.tokens.findLastIndex((t) => t.kind === 'comma') + 1;
    if (tail > 0 && matchAt(s, tail, 'who|what is|was|has|have it|that|he|she|they|those|these|them') === s.tokens.length) claim(s, tail, s.tokens.length, this.name);
    for (let i = 0; i < s.tokens.length; i++) {
      if (isFree(s, i) && LEAD_INS.has(s.tokens[i]?.norm ?? '') && leadsIntoGroup(s, i)) claim(s, i, i + 1, this.name);
    }
  },
};
