// Splits Swedish compounds against the corpus's own vocabulary, so that a
// search for a part ("miljö", "plan") finds the whole ("extremistmiljöer",
// "handlingsplan"). Runs at index build time only.
import { indexTerm } from './swedish.ts';

const MIN_WORD = 7;
const MIN_PART = 3;
const MIN_STEM_PART = 4;
// Linking letters between compound parts ("handling-s-plan", "skol-a-gård").
const LINKS = ['s', 'e', 'a', 'o', 'u'];

export interface CompoundSplitter {
  /** The parts of a compound (surface forms, linking letters dropped), or [] if it is not one. */
  split(word: string): string[];
}

export function compoundSplitter(vocabulary: Iterable<string>): CompoundSplitter {
  const surface = new Set<string>();
  const stems = new Set<string>();
  for (const word of vocabulary) {
    if (word.length < MIN_PART || /\d/.test(word)) continue;
    const term = indexTerm(word);
    if (term === '') continue; // stop words never make a compound part
    surface.add(word);
    if (term.length >= MIN_STEM_PART) stems.add(term);
  }

  const stemOf = memo((w: string) => indexTerm(w));
  const knownHead = (seg: string): string | undefined => {
    if (isKnown(seg)) return seg;
    for (const link of LINKS) {
      if (seg.endsWith(link) && isKnown(seg.slice(0, -1))) return seg.slice(0, -1);
    }
    return undefined;
  };
  const isKnown = (seg: string) =>
    seg.length >= MIN_PART && (surface.has(seg) || (seg.length >= MIN_STEM_PART && stems.has(seg)));
  const knownTail = (seg: string) => seg.length >= MIN_PART && (isKnown(seg) || stems.has(stemOf(seg)));

  const split = memo((word: string): string[] => {
    if (word.length < MIN_WORD || /\d/.test(word)) return [];
    // best[i]: fewest parts covering word[0, i) with known heads; ties go to the longer shortest part.
    type Path = { parts: string[]; shortest: number };
    const best: (Path | undefined)[] = new Array(word.length + 1);
    best[0] = { parts: [], shortest: Infinity };
    const better = (a: Path, b: Path | undefined) =>
      !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.shortest > b.shortest);

    for (let end = MIN_PART; end <= word.length; end++) {
      const last = end === word.length;
      for (let start = 0; start <= end - MIN_PART; start++) {
        const prev = best[start];
        if (!prev) continue;
        if (start === 0 && last) continue; // the whole word is not a split
        const seg = word.slice(start, end);
        const part = last ? (knownTail(seg) ? seg : undefined) : knownHead(seg);
        if (!part) continue;
        const candidate = { parts: [...prev.parts, part], shortest: Math.min(prev.shortest, part.length) };
        if (better(candidate, best[end])) best[end] = candidate;
      }
    }
    return best[word.length]?.parts ?? [];
  });

  return { split };
}

function memo<T>(fn: (w: string) => T): (w: string) => T {
  const cache = new Map<string, T>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      v = fn(w);
      cache.set(w, v);
    }
    return v;
  };
}
