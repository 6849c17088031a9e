// Direct reports of a person ("managed by X", "reporting to X", "X's team", "X's direct reports").
import { readPerson } from '../person.js';
import type { PersonName } from '../plan.js';
import { cueThenPerson, personPossessive, personThenNoun } from '../slots.js';
import { addFilter, matchAt, type ParseState, type Rule } from '../state.js';

/** "the people Jane Smith manages": a name then a managing verb ("who manages X" is taken by now). */
function personThenVerb(s: ParseState, rule: string, build: (person: PersonName) => { kind: 'reportsTo'; person: PersonName }): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const read = readPerson(s, i);
    if (read === null) continue;
    const end = Math.max(
      matchAt(s, read.end, 'directly? manages|supervises|oversees|leads|line_manages|line-manages|is_the_boss_of|is_responsible_for|is_in_charge_of directly?'),
      // "Niamh Gómez has which people reporting to her?"
      matchAt(s, read.end, 'has|have which|what|any people|employees|staff|folks directly? reporting_to_her|reporting_to_him|reporting_to_them|under_her|under_him|under_them'),
    );
    if (end > read.end) addFilter(s, rule, build(read.person), i, end);
  }
}

/** What a person has that are their direct reports: "Jane Smith's team", "on John Doe's team". */
const POSSESSED = 'direct? reports|direct_report|team|group|directs|subordinates|underlings|staff|people|employees|team_members|reportees|crew|squad';
/** "part of X's team", "the people making up Carlos Garcia's team" */
const POSSESSIVE_LEAD = 'part_of|a_part_of|members_of|a_member_of|making_up|who_make_up|that_make_up|on|in|from|of?';

const reportsTo = (person: PersonName) => ({ kind: 'reportsTo' as const, person });

export const reportsToRule: Rule = {
  name: 'reports-to',
  apply(s) {
    cueThenPerson(s, this.name, 'directly|line? managed|supervised|led|run|overseen|headed by|from', reportsTo);
    // "whom does John Doe manage?"
    cueThenPerson(s, this.name, 'who|whom does|do|did', reportsTo, 'manage|line_manage|supervise|oversee|lead directly?');
    cueThenPerson(s, this.name, 'reporting|reports|report|reported|answers|answer|answering directly|straight? to|into|at', reportsTo, 'directly?');
    cueThenPerson(s, this.name, 'line_managed|line-managed by', reportsTo);
    cueThenPerson(s, this.name, 'working|work|works|worked directly? for|directly_under|directly_below', reportsTo);
    cueThenPerson(s, this.name, 'whose|with|having|their direct|line? manager|boss|supervisor|lead is|as?', reportsTo);
    // "people which manager is Lisa Smith": "which" for "whose", after the people it is about
    cueThenPerson(s, this.name, 'people|employees|persons|staff|those|ones which direct|line? manager|boss|supervisor is', reportsTo);
    cueThenPerson(s, this.name, 'direct? reports|team|subordinates|directs of|for', reportsTo);
    cueThenPerson(s, this.name, 'direct_report of', reportsTo);
    // "Olivia Kelly's reports, just the direct ones": said again that they are the direct ones
    personPossessive(s, this.name, 'reports|team|people ,? just|only the? direct ones|reports|only', reportsTo, POSSESSIVE_LEAD);
    personPossessive(s, this.name, POSSESSED, reportsTo, POSSESSIVE_LEAD);
    cueThenPerson(s, this.name, 'with|has|have|having|had', reportsTo, 'as their|a|the? direct|line? manager|boss|supervisor');
    // "how many people does X manage", "how many direct reports does X have"
    cueThenPerson(s, this.name, 'people|employees|reports|direct_reports|subordinates? does|do|did', reportsTo, 'manage|supervise|oversee|lead directly?');
    // "how many people does Jane Smith have?", "… still have reporting to her?", "… has Siobhan Kim got?":
    // companies have employees too ("how many employees does Google have?"), so only a name somebody has
    cueThenPerson(
      s, this.name, 'people|employees|reports|direct_reports|directs|subordinates? does|do|did|has|have', reportsTo,
      'still|currently|now? have|has|got directly? reporting_to_him|reporting_to_her|reporting_to_them|under_him|under_her|under_them|in_his_team|in_her_team|in_their_team|on_his_team|on_her_team|on_their_team?',
      { knownNamesOnly: true },
    );
    // "how many people Jane Smith have in her team", with no "does"
    cueThenPerson(s, this.name, 'people|employees|reports|direct_reports|directs', reportsTo, 'has|have in_his_team|in_her_team|in_their_team|on_his_team|on_her_team|on_their_team', { knownNamesOnly: true });
    // "the number of direct reports Carlos Garcia has", "the direct reports that Wei Chen has"
    cueThenPerson(s, this.name, 'direct? reports|directs|subordinates|people|employees that|whom?', reportsTo, 'has|have|has_got|manages|supervises directly?', { knownNamesOnly: true });
    // "who is Carlos Garcia the manager of?"
    cueThenPerson(s, this.name, 'who|whom is|was', reportsTo, 'the|a? direct|line? manager|boss|supervisor|lead of|for');
    personThenVerb(s, this.name, reportsTo);
    // "Wei Chen direct report list"
    personThenNoun(s, this.name, 'direct? reports|team|directs|subordinates|direct_report list|roster?', reportsTo);
  },
};

/**
 * Read again once the order is known, for an order between the possessive and its noun: "Joseph
 * Johnson's 4 highest paid reports" (the first reading found "'s 4", not "'s reports").
 */
export const reportsToAfterOrderRule: Rule = {
  name: 'reports-to',
  apply(s) {
    if (s.order !== null) personPossessive(s, this.name, POSSESSED, reportsTo, POSSESSIVE_LEAD);
  },
};
