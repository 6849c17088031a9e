// Direct reports of a person ("managed by X", "reporting to X", "X's team", "X's direct reports").
import { cueThenPerson, personPossessive } from '../slots.js';
import type { Rule } from '../state.js';

export const reportsToRule: Rule = {
  name: 'reports-to',
  apply(s) {
    const reportsTo = (person: { words: string[] }) => ({ kind: 'reportsTo' as const, person });
    cueThenPerson(s, this.name, 'managed|supervised|led|run|overseen|headed by', reportsTo);
    cueThenPerson(s, this.name, 'reporting|reports|report|reported directly? to', reportsTo);
    cueThenPerson(s, this.name, 'working|work|works for|directly_under|directly_below', reportsTo);
    cueThenPerson(s, this.name, 'whose|with|having|their direct|line? manager|boss|supervisor|lead is|as?', reportsTo);
    cueThenPerson(s, this.name, 'direct? reports|team|subordinates|directs of', reportsTo);
    personPossessive(
      s, this.name, 'direct? reports|team|directs|subordinates|underlings|staff|people|employees|team_members|reportees',
      reportsTo, 'on|in|from|of?',
    );
    cueThenPerson(s, this.name, 'with', reportsTo, 'as their|a? manager|boss|supervisor');
  },
};
