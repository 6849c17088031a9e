// Name matching folds case and the diacritics below, in JavaScript for the values we bind and in
// SQL through the fold_name() function a migration creates. The two letter lists must stay equal.
export const FOLD_FROM = 'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿ';
export const FOLD_TO = 'aaaaaaceeeeiiiinoooooouuuuyy';

const FOLD_MAP = new Map([...FOLD_FROM].map((letter, i) => [letter, FOLD_TO[i] as string]));

export function foldName(name: string): string {
  let folded = '';
  for (const letter of name.toLowerCase()) folded += FOLD_MAP.get(letter) ?? letter;
  return folded;
}
