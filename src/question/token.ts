// A token of a question, and the two kinds the parser makes itself: a word and a possessive "'s".

export type TokenKind = 'word' | 'number' | 'comma' | 'symbol' | 'possessive';

export interface Token {
  /** as written ("O'Brien", "$120,000") */
  raw: string;
  /** what rules compare against ("o'brien", "120000") */
  norm: string;
  kind: TokenKind;
  /** numbers only: the value with K / M applied ("120K" → 120000) */
  value: number | null;
  /** numbers only: written as money ("$", "K", "M" or thousands separators) */
  money: boolean;
  /** written glued to the previous word by a hyphen ("longest-serving", "Mary-Jane") */
  joined: boolean;
}

export function wordToken(raw: string, norm: string, joined = false): Token {
  return { raw, norm, kind: 'word', value: null, money: false, joined };
}

/** The possessive "'s" ("Jane Smith's team"), as its own token. */
export const POSSESSIVE: Token = { raw: "'s", norm: "'s", kind: 'possessive', value: null, money: false, joined: false };
