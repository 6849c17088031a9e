// Search-box forms: keys, signs and hyphenated places as power users type them into a command bar
// ("dept=finance location=remote", "reports:john doe", "product location != san francisco",
// "hired>2022 support", "us-based"), rewritten as the words the rules read ("department finance based
// in remote", "reporting to john doe", "location is not san francisco", "hired after 2022").

import { rewrite, type TextForm } from './text-forms.js';

/** A comparison sign before a year, as the words for that bound ("hired>2022" is "hired after 2022"). */
const YEAR_BOUND: Readonly<Record<string, string>> = { '>': 'after', '>=': 'since', '<': 'before', '<=': 'in or before', '=': 'in' };

/** "key=value" anywhere, "key: value" only as the question's first word; "first name=" is left to its own form. */
function keyForms(key: string, words: string): TextForm[] {
  return [
    [new RegExp(`(?<!(?:first|last|family|given|sur)\\s*)\\b${key}\\s*=\\s*`, 'gi'), words],
    [new RegExp(`^\\s*${key}\\s*:\\s*`, 'i'), words],
  ];
}

const FORMS: readonly TextForm[] = [
  // "location != san francisco", "dept <> finance"
  [/\s*(?:!=|≠|<>)\s*/g, ' is not '],
  // key=value and key: value, as typed into a search box ("dept=finance", "reports:john doe", "org: priya
  // patel"). A colon only at the very start: elsewhere it sets a topic apart ("Legal team: who's in it?",
  // "Wei Chen's manager: who is it?").
  ...keyForms('(?:dept|department|team)', 'department '),
  ...keyForms('(?:location|loc|city|office|site)', 'based in '),
  ...keyForms('(?:job title|title|role|position)', 'titled '),
  ...keyForms('(?:full name|name)', 'named '),
  ...keyForms('(?:lookup|look up|find|search)', 'find '),
  ...keyForms('(?:direct reports|reports to|reports|manager)', 'reporting to '),
  ...keyForms('(?:whole org|org of|org|under)', 'everyone under '),
  [/\b(?:first name|firstname|last name|lastname|surname)\s*=\s*/gi, (m) => `${m.replace(/\s*=\s*$/, '')}: `],
  // "hired>2022", "hire date < 2015": a comparison of years is a hire-date bound
  [/\b(hired|hire date|joined|started)\s*(>=|<=|>|<|=)\s*(?=\d{4}\b)/gi, (_m, verb, op) => `${verb} ${YEAR_BOUND[op] ?? 'in'} `],
  [/\b(us|uk)-based\b/gi, (_m, country) => `based in the ${country.toUpperCase()}`],
  [/#\s*of\b/g, 'number of'],
];

export function expandSearchBoxForms(text: string): string {
  return rewrite(text, FORMS);
}
