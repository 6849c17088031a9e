// Leave: "on parental leave" / "out on sick leave" / "on sabbatical" / "taking vacation" / "out
// sick" is leave in effect today;
// "took", "has ever taken", "have had" is leave at any time. Leave types come from the data;
// "leave" alone means any type.
import { leavePhraseAt } from '../lexicon.js';
import { fold } from '../normalise.js';
import { addFilter, extendFilter, freeFn, matchAt, type ParseState, type Rule } from '../state.js';

// "on any kind of leave": the kind left open is leave of any type
const CURRENT_CUE = 'currently|presently|now? out|away|off|laid_up? on|in a|an|their? any_kind_of|any_type_of|any_sort_of|any_form_of|some_kind_of|some_form_of|some_sort_of|any?';
/** "taking vacation", "out sick", "off sick": leave in effect without "on" */
const CURRENT_VERB = 'currently|presently|now? taking|using|out|off|away a|an|their?';
const CURRENT_TAIL = 'right_now|today|currently|now|at_the_moment|at_present|this_week|in_this_moment|in_the_moment|at_this_moment|right_this_minute|as_we_speak|at_this_very_moment';
const EVER_CUE = 'who|that? have|has|had? ever|once? taken|took|taked|take|had|used|gone_on|went_on|been_on|go_on|requested|used_up|ever_on|ever_been_on|been_away_on|ever_been_away_on|had_a_stint_on|had_a_spell_on ever|already? a|an|any|some|their? any_kind_of|any_type_of|any_sort_of|any_form_of|some_kind_of|some_form_of|some_sort_of|kind_of|type_of|sort_of?';
const EVER_TAIL = ',? ever|before|at_some_point|in_the_past|at_any_point|at_any_time|any_time|anytime|some_time|sometime|at_some_time|previously';

/** A leave phrase at i, followed by "leave" when the phrase is a type's short form ("parental"). */
function leaveAt(s: ParseState, i: number): { value: string | null; end: number } | null {
  const m = leavePhraseAt(s.lexicon, s.tokens, i, freeFn(s));
  if (m === null) return null;
  const lastWord = s.tokens[m.end - 1]?.norm;
  const isShortForm = m.value !== null && lastWord !== 'leave' && lastWord !== 'leaves' && s.tokens[m.end]?.norm === 'leave' && s.claimedBy[m.end] === null;
  return isShortForm ? { value: m.value, end: m.end + 1 } : m;
}

/**
 * A leave type named with no verb at all, as typed into a search box ("parental leave engineering"):
 * leave in effect today, as "on parental leave" would be. Only a named type: "leave" alone is too
 * often another word ("leave out anyone in London").
 */
function bareLeaveType(s: ParseState, rule: string): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const leave = leaveAt(s, i);
    if (leave === null || leave.value === null) continue;
    // the whole name ("sick leave", "vacation"), never a short form that is an adjective ("sick engineers")
    const written = s.tokens.slice(i, leave.end).map((t) => t.norm);
    const last = written[written.length - 1] ?? '';
    const name = fold(leave.value);
    if (last !== 'leave' && last !== 'leaves' && written.join(' ') !== name && written.join(' ') !== `${name}s`) continue;
    // "sick leave (ever)", "parental leave at any point": the type named bare, then when
    const everEnd = matchAt(s, leave.end, EVER_TAIL);
    // "parental leave: who's out currently?": who is away on it, asked after the type
    const awayEnd = matchAt(s, leave.end, ',? who is? out|away|off currently|now|today|right_now|at_the_moment?');
    const end = Math.max(leave.end, everEnd, awayEnd);
    addFilter(s, rule, { kind: 'leave', leaveTypes: [leave.value], when: everEnd > leave.end ? 'ever' : 'current' }, i, end);
    i = end - 1;
  }
}

/** "employees with no leave records at all": no leave of any type, ever ("with no leave" alone could mean today). */
const NO_LEAVE = 'who|that? have|has|with? no leave|leaves records|record|history|on_record|on_file|at_all|ever';

export const leaveRule: Rule = {
  name: 'leave',
  apply(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const end = matchAt(s, i, NO_LEAVE);
      if (end > i) addFilter(s, this.name, { kind: 'leave', leaveTypes: null, when: 'ever' }, i, end).negated = true;
    }
    for (let i = 0; i < s.tokens.length; i++) {
      for (const [cue, tail, when] of [[EVER_CUE, EVER_TAIL, 'ever'], [CURRENT_CUE, CURRENT_TAIL, 'current'], [CURRENT_VERB, CURRENT_TAIL, 'current']] as const) {
        const cueEnd = matchAt(s, i, cue);
        if (cueEnd <= i) continue;
        const leave = leaveAt(s, cueEnd);
        if (leave === null) continue;
        // the current-leave cue must contain "on"/"in", else "parental leave" alone is not placed
        if (when === 'current' && !s.tokens.slice(i, cueEnd).some((t) => /^(on|in|taking|using|out|off|away)$/.test(t.norm))) continue;
        let end = leave.end;
        const tailEnd = matchAt(s, end, tail);
        if (tailEnd > end) end = tailEnd;
        const everLater = when === 'current' && matchAt(s, i - 1, 'ever_been|ever') === i;
        addFilter(s, this.name, { kind: 'leave', leaveTypes: leave.value === null ? null : [leave.value], when: everLater ? 'ever' : when }, i, end);
        i = end - 1;
        break;
      }
    }
    bareLeaveType(s, this.name);
    joinLeaveTypes(s);
  },
};

/**
 * "on sick leave or on medical leave", "on sick or medical leave": leaves of either type, one
 * condition. Two leave conditions of the same tense (or the second a bare type) with only "or" (and
 * "on", "either") between.
 */
function joinLeaveTypes(s: ParseState): void {
  for (let a = 0; a < s.filters.length; a++) {
    for (let b = a + 1; b < s.filters.length; b++) {
      const first = s.filters[a]?.condition;
      const second = s.filters[b]?.condition;
      const gapStart = s.spans[a]?.end ?? -1;
      const gapEnd = s.spans[b]?.start ?? -1;
      if (first?.kind !== 'leave' || second?.kind !== 'leave' || first.leaveTypes === null || second.leaveTypes === null) continue;
      // "ever taken sick or medical leave": a bare type after "or" takes the tense of the first
      const secondHasCue = s.tokens.slice(gapEnd, s.spans[b]?.end ?? gapEnd).some((t) => /^(on|in|taken|took|taking|had|ever|using|out|off|away)$/.test(t.norm));
      if (first.when !== second.when && secondHasCue) continue;
      const gap = s.tokens.slice(gapStart, gapEnd).map((t) => t.norm);
      if (!gap.includes('or') || !gap.every((w) => /^(or|on|either|,)$/.test(w)) || gap.some((_, k) => s.claimedBy[gapStart + k] !== null)) continue;
      first.leaveTypes = [...new Set([...first.leaveTypes, ...second.leaveTypes])];
      extendFilter(s, a, gapStart, s.spans[b]?.end ?? gapEnd);
      s.filters.splice(b, 1);
      s.spans.splice(b, 1);
      b--;
    }
  }
}
