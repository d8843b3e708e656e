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
const KINDS: readonly TokenKind[] = ['number', 'word', 'space', 'other'];

/**
 * The tokens as typed arrays. A list of 100,000 live token objects costs the
 * garbage collector more than everything else the guard does, so a token
 * becomes an object only when a detector asks for it, and dies young.
 */
export class TokenList {
  readonly length: number;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(private readonly source: string) {
    const kinds = new Uint8Array(source.length);
    const starts = new Int32Array(source.length);
    const ends = new Int32Array(source.length);
    let n = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
      kinds[n] = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : m[3] !== undefined ? 2 : 3;
      starts[n] = m.index;
      ends[n] = TOKEN.lastIndex;
      n++;
    }
    this.length = n;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }

  /** The kind of token `i`, without making the token; undefined outside the list. */
  kindAt(i: number): TokenKind | undefined {
    return i >= 0 && i < this.length ? KINDS[this.kinds[i]!] : undefined;
  }

  /** Offsets of token `i` in the text (valid indices only). */
  startAt(i: number): number {
    return this.starts[i]!;
  }

  endAt(i: number): number {
    return this.ends[i]!;
  }

  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    return { kind: KINDS[this.kinds[i]!]!, text: this.source.slice(start, end), start, end };
  }
}

export function tokenise(text: string): TokenList {
  return new TokenList(text);
}

/** The index of the token after `i` that is not a space, or -1. */
export function nextSolid(tokens: TokenList, i: number): number {
  let j = i + 1;
  if (tokens.kindAt(j) === 'space') j++;
  return j < tokens.length ? j : -1;
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
