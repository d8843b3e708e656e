// The text as the detectors read it. People disguise data, on purpose or by
// pasting: full-width digits, decomposed letters, invisible format characters,
// any kind of dash, tabs and line breaks between the halves of a number,
// "%40" or "&#64;" for "@". One linear pass turns all of that into plain
// characters, and keeps for every unit where it came from, so a finding can be
// reported in the original text.

export interface CanonicalText {
  text: string;
  /** Original offset where each unit's source starts, and one past where it ends. */
  start: Int32Array;
  end: Int32Array;
}

/** What a format character (U+200B, soft hyphen, …) becomes: nothing, or a space. */
export type FormatMode = 'strip' | 'space';

const FORMAT_CHAR = /\p{Cf}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small and full-width hyphen-minus.
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

// Encodings of "@", "." and "-" seen in pasted or disguised addresses; matched case-insensitively.
const ENTITIES: [string, string][] = [
  ['%40', '@'],
  ['&#64;', '@'],
  ['&#064;', '@'],
  ['&#x40;', '@'],
  ['&commat;', '@'],
  ['%2e', '.'],
  ['&#46;', '.'],
  ['&#x2e;', '.'],
  ['&period;', '.'],
  ['&#45;', '-'],
  ['&nbsp;', ' '],
];
const LONGEST_ENTITY = Math.max(...ENTITIES.map(([e]) => e.length));

function entityAt(text: string, i: number): [length: number, replacement: number] | null {
  const head = text.slice(i, i + LONGEST_ENTITY).toLowerCase();
  for (const [entity, replacement] of ENTITIES) {
    if (head.startsWith(entity)) return [entity.length, replacement.charCodeAt(0)];
  }
  return null;
}

export function hasFormatCharacters(text: string): boolean {
  return FORMAT_CHAR.test(text);
}

/** Dashes become "-", every kind of white space " ". */
function canonicalUnit(code: number): number {
  if (code < 128) return code === 9 || code === 10 || code === 11 || code === 12 || code === 13 ? 32 : code;
  if (DASHES.has(code)) return 45;
  return SPACE.test(String.fromCharCode(code)) ? 32 : code;
}

// The NFKC form of single non-ASCII characters, which repeat (å, ä, ö): normalising each one anew costs more than the rest of the pass.
const NFKC_CACHE = new Map<string, string>();
const NFKC_CACHE_SIZE = 4096;

function nfkc(cluster: string): string {
  const cached = NFKC_CACHE.get(cluster);
  if (cached !== undefined) return cached;
  const normal = cluster.normalize('NFKC');
  if (cluster.length <= 2 && NFKC_CACHE.size < NFKC_CACHE_SIZE) NFKC_CACHE.set(cluster, normal);
  return normal;
}

/** Growable arrays of output units and their origins; typed arrays keep a 100 KB text cheap. */
class Builder {
  units: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  push(unit: number, from: number, to: number): void {
    const code = canonicalUnit(unit);
    // A run of white space reads as one space; the run's span grows instead.
    if (code === 32 && this.length > 0 && this.units[this.length - 1] === 32) {
      this.end[this.length - 1] = to;
      return;
    }
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = code;
    this.start[this.length] = from;
    this.end[this.length] = to;
    this.length++;
  }

  private grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    units.set(this.units);
    start.set(this.start);
    end.set(this.end);
    [this.units, this.start, this.end] = [units, start, end];
  }

  result(): CanonicalText {
    const chunks: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      chunks.push(String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192))));
    }
    return { text: chunks.join(''), start: this.start.subarray(0, this.length), end: this.end.subarray(0, this.length) };
  }
}

export function canonicalise(text: string, mode: FormatMode): CanonicalText {
  const out = new Builder(text.length + 16);
  // The pending cluster: a base character and the marks after it, normalised together.
  let base = -1;
  let baseEnd = -1;
  let skipped = false;
  const flush = () => {
    if (base === -1) return;
    const code = text.charCodeAt(base);
    if (baseEnd - base === 1 && code < 128) {
      out.push(code, base, baseEnd);
    } else {
      let cluster = text.slice(base, baseEnd);
      if (skipped) cluster = cluster.replace(/\p{Cf}/gu, '');
      const normal = nfkc(cluster);
      for (let k = 0; k < normal.length; k++) out.push(normal.charCodeAt(k), base, baseEnd);
    }
    base = -1;
    skipped = false;
  };

  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const entity = code === 0x25 || code === 0x26 ? entityAt(text, i) : null;
      flush();
      if (entity) {
        out.push(entity[1], i, i + entity[0]);
        i += entity[0];
      } else {
        base = i;
        baseEnd = ++i;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const char = String.fromCodePoint(cp);
    if (FORMAT_CHAR.test(char)) {
      if (mode === 'space') {
        flush();
        out.push(32, i, next);
      } else if (base !== -1) {
        // Stripped; a mark after it still joins the cluster before it.
        skipped = true;
      }
    } else if (base !== -1 && MARK.test(char)) {
      baseEnd = next;
    } else {
      flush();
      base = i;
      baseEnd = next;
    }
    i = next;
  }
  flush();
  return out.result();
}

/** A span of the canonical text as a span of the original. */
export function originalSpan(canon: CanonicalText, index: number, length: number): { index: number; length: number } {
  const from = canon.start[index]!;
  return { index: from, length: canon.end[index + length - 1]! - from };
}
