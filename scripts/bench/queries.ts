// Query sets drawn from a corpus's own text, so every corpus (synthetic or
// real) is searched for words it actually contains, mostly in proportion to
// how often they occur.
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { isStopWord, words } from '../../site/lib/search/swedish.ts';
import { Rng } from './random.ts';

export const QUERY_TYPES = ['single word', 'two words', 'prefix', 'fuzzy', 'typeahead'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

export type QuerySets = Record<QueryType, string[]>;

const WARMUP = 20;

/** `perType` queries of each type, but `keystrokes` typeahead queries. */
export function buildQueries(
  records: SearchRecord[],
  perType: number,
  keystrokes: number,
  seed = 7,
): { sets: QuerySets; warmup: string[] } {
  const sampler = new WordSampler(records, new Rng(seed));
  const sets: QuerySets = {
    'single word': repeat(perType, () => sampler.word(3)),
    'two words': repeat(perType, () => sampler.wordPair().join(' ')),
    prefix: repeat(perType, () => prefixOf(sampler.word(5), sampler.rng)),
    fuzzy: repeat(perType, () => retry(() => misspell(sampler.word(5), sampler.rng))),
    typeahead: typedPhrases(sampler, keystrokes),
  };
  const mixed = QUERY_TYPES.flatMap((t) => sets[t].slice(0, WARMUP));
  const warmup = repeat(WARMUP, () => sampler.rng.pick(mixed));
  return { sets, warmup };
}

// Most query words are picked from running text, where common domain words
// dominate (and match half of a large corpus); a quarter from the distinct
// words, mostly rare inflections and compounds. Real searches mix both.
const COMMON_SHARE = 0.75;

class WordSampler {
  private readonly texts: string[][];
  private readonly vocabulary: string[];

  constructor(
    records: SearchRecord[],
    readonly rng: Rng,
  ) {
    this.texts = records.map((r) => words(`${r.title} ${r.body}`));
    this.vocabulary = distinct(this.texts.flat()).filter((w) => isQueryWord(w, 3));
  }

  /** A content word of at least `min` letters. */
  word(min: number): string {
    for (;;) {
      const common = this.rng.chance(COMMON_SHARE);
      const w = (common ? this.rng.pick(this.rng.pick(this.texts)) : this.rng.pick(this.vocabulary)) ?? '';
      if (isQueryWord(w, min)) return w;
    }
  }

  /** Two different content words from the same record, so they co-occur somewhere. */
  wordPair(): [string, string] {
    for (;;) {
      const running = this.rng.pick(this.texts).filter((w) => isQueryWord(w, 3));
      const unique = distinct(running);
      if (unique.length < 2) continue;
      const pick = () => this.rng.pick(this.rng.chance(COMMON_SHARE) ? running : unique);
      const [a, b] = [pick(), pick()];
      if (a !== b) return [a, b];
    }
  }

  /** Two or three consecutive words starting at a content word, as someone types a phrase. */
  phrase(): string {
    for (;;) {
      const text = this.rng.pick(this.texts);
      const start = this.rng.int(0, Math.max(0, text.length - 3));
      if (!isQueryWord(text[start] ?? '', 3)) continue;
      return text.slice(start, start + this.rng.int(2, 3)).join(' ');
    }
  }
}

function distinct(ws: string[]): string[] {
  return [...new Set(ws)];
}

function isQueryWord(w: string, min: number): boolean {
  return w.length >= min && !/\d/.test(w) && !isStopWord(w);
}

/** The first 3–6 letters, always fewer than the whole word. */
function prefixOf(word: string, rng: Rng): string {
  return word.slice(0, rng.int(3, Math.min(6, word.length - 1)));
}

/** One letter deleted or two neighbours swapped, leaving at least 5 letters; undefined if neither changes the word. */
function misspell(word: string, rng: Rng): string | undefined {
  const i = rng.int(1, word.length - 2);
  const deleted = word.slice(0, i) + word.slice(i + 1);
  const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (word.length >= 6 && (rng.chance(0.5) || swapped === word)) return deleted;
  return swapped === word ? undefined : swapped;
}

/** Every prefix of typed phrases, one query per keystroke, until `count` keystrokes. */
function typedPhrases(sampler: WordSampler, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const phrase = sampler.phrase();
    for (let i = 1; i <= phrase.length; i++) out.push(phrase.slice(0, i));
  }
  return out;
}

function retry(make: () => string | undefined): string {
  for (;;) {
    const s = make();
    if (s !== undefined) return s;
  }
}

function repeat<T>(n: number, make: () => T): T[] {
  return Array.from({ length: n }, make);
}
