// Rewriting the question's text before it is split into tokens: each form is a pattern and what it
// is written out as (shorthand.ts, search-box.ts).

export type TextForm = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

export function rewrite(text: string, forms: readonly TextForm[]): string {
  return forms.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement as (match: string, ...groups: string[]) => string), text);
}
