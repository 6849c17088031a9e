// Search-box forms: keys, signs and hyphenated places as power users type them into a command bar
// ("dept=finance location=remote", "reports:john doe", "product location != san francisco",
// "hired>2022 support", "us-based"), rewritten as the words the rules read ("department finance based
// in remote", "reporting to john doe", "location is not san francisco", "hired after 2022").

import { rewrite, type TextForm } from './text-forms.js';

/** A comparison sign before a year, as the words for that bound ("hired>2022" is "hired after 2022"). */
const YEAR_BOUND: Readonly<Record<string, string>> = { '>': 'after', '>=': 'since', '<': 'before', '<=': 'in or before', '=': 'in' };

const FORMS: readonly TextForm[] = [
  // "location != san francisco", "dept <> finance"
  [/\s*(?:!=|≠|<>)\s*/g, ' is not '],
  // key=value and key: value, as typed into a search box ("dept=finance", "reports:john doe", "org: priya
  // patel"); not after a possessive, where the colon sets a topic apart ("Wei Chen's manager: who is it?")
  [/\b(?:dept|department|team)\s*[:=]\s*/gi, 'department '],
  [/\b(?:location|loc|city|office|site)\s*[:=]\s*/gi, 'based in '],
  [/\b(?:job title|title|role|position)\s*[:=]\s*/gi, 'titled '],
  [/(?<!(?:first|last|family|given|sur)\s*)\b(?:full name|name)\s*[:=]\s*/gi, 'named '],
  [/\b(?:lookup|look up|find|search)\s*[:=]\s*/gi, 'find '],
  [/(?<!'s\s?(?:direct\s)?)\b(?:direct reports|reports|reports to|manager)\s*[:=]\s*/gi, 'reporting to '],
  [/(?<!'s\s?(?:whole\s)?)\b(?:org|org of|whole org|under)\s*[:=]\s*/gi, 'everyone under '],
  [/\b(?:first name|firstname|last name|lastname|surname)\s*=\s*/gi, (m) => `${m.replace(/\s*=\s*$/, '')}: `],
  // "hired>2022", "hire date < 2015": a comparison of years is a hire-date bound
  [/\b(hired|hire date|joined|started)\s*(>=|<=|>|<|=)\s*(?=\d{4}\b)/gi, (_m, verb, op) => `${verb} ${YEAR_BOUND[op] ?? 'in'} `],
  [/\b(us|uk)-based\b/gi, (_m, country) => `based in the ${country.toUpperCase()}`],
  [/#\s*of\b/g, 'number of'],
];

export function expandSearchBoxForms(text: string): string {
  return rewrite(text, FORMS);
}
