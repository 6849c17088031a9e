// "Who left in 2023?" asks when people left, and "who took parental leave in 2024?" when they were
// away; no condition expresses either (the contract only gives dates a meaning as hire dates). When
// the question speaks of leaving or of leave and never of hiring, its dates are left unread, so
// they are refused by name instead of being answered as hire dates.
import type { ParseState } from './state.js';

/** Words for leaving the company, as the scope rule reads them: "left", "leavers", "let go", "laid off". */
export const LEAVING = /^(left|leave|leaving|leavers|departed|departures|exits|exited|quit|resigned|fired|terminated|let|go|laid|off)$/;
const HIRING = /^(hired|hire|hires|hiring|joined|join|joining|joiners|started|start|starting|onboarded|tenure)$/;

export function datesAreNotAboutHiring(s: ParseState): boolean {
  const leaving = s.tokens.some((t, i) => s.claimedBy[i] === 'scope' && LEAVING.test(t.norm));
  const onLeave = s.claimedBy.includes('leave');
  // "sick leave started in 2026", "who started a sabbatical this year": the leave started, nobody was hired
  const leaveStarted = (i: number): boolean => {
    if (!/^(started|start|starting|starts|began|begin|begins)$/.test(s.tokens[i]?.norm ?? '')) return false;
    const next = /^(a|an|their|his|her|the)$/.test(s.tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    return s.claimedBy[i - 1] === 'leave' || s.claimedBy[next] === 'leave';
  };
  return (leaving || onLeave) && !s.tokens.some((t, i) => HIRING.test(t.norm) && !leaveStarted(i));
}
