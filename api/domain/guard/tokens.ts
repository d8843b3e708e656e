// The canonical text as a flat list of tokens: words (letters, with inner
// hyphens and apostrophes), digit runs, single spaces and single other
// characters. Built in one pass; the detectors then look a bounded number of
// tokens around each candidate, which keeps the whole guard linear.

export type TokenKind = 'word' | 'number' | 'space' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the canonical text. */
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes ("Anna-Karin", "ut-Tahrir", "O'Brien"); everything else is one character.
const TOKEN = /(\d+)|([\p{L}\p{M}]+(?:[-'\u2019][\p{L}\p{M}]+)*)|( )|[\s\S]/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'space' : 'other';
    tokens.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The index of the token after `i` that is not a space, or -1. */
export function nextSolid(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space') j++;
  return j < tokens.length ? j : -1;
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
