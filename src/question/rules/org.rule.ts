// Everyone below a person, recursively ("everyone under X", "X's whole org", "all of X's reports,
// direct and indirect"). Runs before the direct-report rule, which would otherwise read
// "X's reports" and leave "direct and indirect" behind.
import { cueThenPerson, personPossessive, personThenNoun } from '../slots.js';
import type { Rule } from '../state.js';

const INDIRECT = ',? both|also? the_direct_and_the_indirect_ones|the_direct_and_indirect_ones|direct_and_the_indirect_ones|indirectly|also_indirectly|indirectly_too|indirectly_as_well|direct_and_indirect_ones_too|direct_and_indirect_ones|direct_and_indirect_too|direct_and_indirect|directly_or_indirectly|directly_and_indirectly|whether_directly_or_indirectly|whether_directly_or_through_someone_else|directly_or_through_someone_else|direct_or_indirect|including_indirectly|including_indirect|including_indirect_reports|including_indirect_ones|and_their_reports|all_the_way_down|at_any_level|indirect_reports_included|indirect_ones_included|indirect_included|direct_+_indirect|direct_plus_indirect|all_levels|at_all_levels|every_level|at_every_level|indirect_reports_too|indirect_ones_too|indirect_too|every_level_down|all_levels_down|all_the_levels_down';
const ORG = 'whole|entire|full|extended? org|organization|organisation|orgs|tree|hierarchy|reporting_line|reporting_chain|reporting_tree|chain|downline|subtree';

export const orgRule: Rule = {
  name: 'org',
  apply(s) {
    const orgOf = (person: { words: string[] }) => ({ kind: 'orgOf' as const, person });
    // "directly under X" is X's direct reports, read here before "under X" takes the whole org
    const reportsTo = (person: { words: string[] }) => ({ kind: 'reportsTo' as const, person });
    cueThenPerson(s, 'reports-to', 'directly|immediately under|below|beneath|underneath', reportsTo);
    // "who sits under Joseph Johnson directly": said after the name
    cueThenPerson(s, 'reports-to', 'under|below|beneath|underneath', reportsTo, 'directly|immediately');
    cueThenPerson(s, this.name, 'all? direct_and_indirect_reports|indirect_reports of', orgOf);
    // "all the reports of Priya Patel, the direct and the indirect ones"
    cueThenPerson(s, this.name, 'all? the? reports|people|team|subordinates of', orgOf, INDIRECT);
    // "the entire org that rolls up to X": the org named before the relation
    const orgThatRollsUp = `the? ${ORG} that|which roll|rolls|report|reports up_to|up_into|up_through|to`;
    cueThenPerson(s, this.name, orgThatRollsUp, orgOf, INDIRECT);
    cueThenPerson(s, this.name, orgThatRollsUp, orgOf);
    cueThenPerson(s, this.name, 'reporting|reports|report|who_report|who_reports|rolling|rolls|roll up? to', orgOf, INDIRECT);
    // "rolls up to X", "reporting up to X": up the chain, so anywhere below X
    cueThenPerson(s, this.name, 'roll|rolls|rolling|reporting|reports|report up_to|up_into|up_through|up_under', orgOf, 'directly_or_indirectly|,_directly_or_indirectly?');
    cueThenPerson(s, this.name, 'everyone|anyone? downstream_of|in_the_chain_of_command_below|in_the_chain_of_command_under', orgOf, 'in the org_chart|org|hierarchy?');
    // "all the org of Carlos Garcia, direct and indirect reports"
    cueThenPerson(s, this.name, 'in|within|across|all? the? whole|entire|full? org|organization|organisation|tree of', orgOf, `${INDIRECT} reports|ones`);
    cueThenPerson(s, this.name, 'in|within|across? the? whole|entire|full? org|organization|organisation|tree of', orgOf);
    // "everyone below Carlos Garcia in the hierarchy": the trailing place only repeats the relation
    const under = 'somewhere|anywhere? the? whole|entire|full? org|organization|organisation|tree|hierarchy|reporting_line|chain_of_command? under|beneath|below|underneath';
    cueThenPerson(s, this.name, under, orgOf, 'in|within|on the? org|organization|organisation|hierarchy|org_chart|tree|chart');
    // "everybody under Carlos Garcia, also indirectly": the widening said again
    cueThenPerson(s, this.name, under, orgOf, INDIRECT);
    cueThenPerson(s, this.name, under, orgOf);
    personPossessive(s, this.name, `whole|entire|full? direct? reports|team|people ${INDIRECT}`, orgOf, 'all_of|everyone_in|everyone_on|in|on|within?');
    // "Ravi Williams's full organisation, direct and indirect reports"
    // "which employees fall anywhere within Wei Chen's whole org"
    const inOrg = 'everyone|all|anyone|fall|falls|sit|sits? anywhere|somewhere? in|within|across|of|from';
    personPossessive(s, this.name, `${ORG} ${INDIRECT} reports|ones`, orgOf, inOrg);
    personPossessive(s, this.name, `${ORG} ${INDIRECT}?`, orgOf, inOrg);
    // "John Doe's direct and indirect reports": the widening before the noun
    personPossessive(s, this.name, 'direct_and_indirect|direct_+_indirect|direct_plus_indirect|direct_or_indirect|indirect_and_direct reports|people|team', orgOf, 'all_of|everyone_in|everyone_on?');
    // typed into a search box: "whole org wei chen all levels"
    cueThenPerson(s, this.name, 'whole|entire|full org|organization|organisation|tree', orgOf, INDIRECT);
    cueThenPerson(s, this.name, 'whole|entire|full org|organization|organisation|tree', orgOf);
    personThenNoun(s, this.name, 'whole|entire|full|extended? org|organization|organisation|tree|hierarchy|reporting_line|downline', orgOf);
  },
};
