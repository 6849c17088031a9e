// A person's manager ("who manages X", "X's manager", "who does X report to", "who does X work for").
import { cueThenPerson, personPossessive, personThenNoun } from '../slots.js';
import { claim, matchAt, type Rule } from '../state.js';
import { readPerson } from '../person.js';
import { addFilter } from '../state.js';

export const managerOfRule: Rule = {
  name: 'manager-of',
  apply(s) {
    const managerOf = (person: { words: string[] }) => ({ kind: 'managerOf' as const, person });
    // "who manage Zoe Muller", as some write it
    cueThenPerson(s, this.name, 'who|that? manages|supervises|oversees|manage|is_managing|is_supervising|is_overseeing', managerOf);
    // "whose team is John Doe on?": the team's owner is his manager
    cueThenPerson(s, this.name, 'whose team|group is|was', managerOf, 'on|in|part_of');
    // "the manager of Liam O'Brien", "manager above john doe"
    cueThenPerson(s, this.name, 'the? direct|line? manager|boss|supervisor of|from|for|above|over', managerOf);
    // "to whom is reporting Zoë Müller?": the verb before the name, as other languages put it
    cueThenPerson(s, this.name, 'to_whom|whom|who is|was|does reporting|report|reports', managerOf);
    // "By whom is Zoe Müller managed?"
    cueThenPerson(s, this.name, 'by_whom|by_who is|was', managerOf, 'managed|supervised|led|overseen');
    // "which employee serves as Liam O'Brien's manager?", "name John Doe's manager"
    personPossessive(s, this.name, 'direct|line|immediate? manager|boss|supervisor|superior', managerOf, 'who_is|who_s|who_was|serves_as|who_serves_as|acts_as|who_acts_as|name?');
    // "whos mohammed lewis manager": the possessive left out, after a name somebody has
    personThenNoun(s, this.name, 'direct|line|immediate? manager|boss|supervisor|superior', managerOf);
    // "who does X report to", "who is X reporting to", "to whom does X report"
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, 'who|whom|to_whom|which_employee|which_person|what_employee does|did|is|do');
      if (cueEnd <= i) continue;
      const read = readPerson(s, cueEnd);
      if (read === null) continue;
      // "who does John Doe work for?": working for someone is reporting to them
      const end = matchAt(s, read.end, 'report|reporting|answer|work|working to|for|under?');
      if (end <= read.end) continue;
      addFilter(s, this.name, managerOf(read.person), i, end);
    }
    // "who X reports to", "the person Zoë Müller reports to"
    for (let i = 0; i < s.tokens.length; i++) {
      const cueEnd = matchAt(s, i, 'who|whom|whoever|the_person|the_one|the_employee|the_manager|the_boss|the_supervisor');
      if (cueEnd <= i) continue;
      const read = readPerson(s, cueEnd);
      if (read === null) continue;
      const end = matchAt(s, read.end, 'reports|answers to');
      if (end <= read.end) continue;
      claim(s, i, cueEnd, this.name);
      addFilter(s, this.name, managerOf(read.person), i, end);
    }
    // "John Doe reports to who?", "Siobhan Hall reports to whom?": the question word last
    for (let i = 0; i < s.tokens.length; i++) {
      const read = readPerson(s, i);
      if (read === null) continue;
      // "Liam O'Brien is managed by whom?", and typed into a search box: "zoe muller reports to"
      const end = Math.max(
        matchAt(s, read.end, 'reports|answers|is_reporting to who|whom|which_manager|which_person|whom_exactly'),
        matchAt(s, read.end, 'is|was managed|supervised|overseen by who|whom'),
        matchAt(s, read.end, 'reports|answers to') === s.tokens.length ? s.tokens.length : -1,
      );
      if (end > read.end) addFilter(s, this.name, managerOf(read.person), i, end);
    }
  },
};
