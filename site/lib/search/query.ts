// Query side of the search: runs in the browser's search worker (and in the
// tests and benchmark). Pure: bundle in, results out.
import lunr from 'lunr';
import type { DocRow, SearchBundle } from './build-index.ts';
import { BUNDLE_VERSION } from './build-index.ts';
import { docNumber, loadCompactIndex, TermDictionary, withinOneEdit } from './compact-index.ts';
import { isStopWord, queryTerm, swedishLunr, words } from './swedish.ts';

export interface SearchOptions {
  kind?: string;
  milieu?: string;
  limit?: number;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  url: string;
  kind: string;
  milieu: string;
  title: string;
  snippet: SnippetPart[];
  score: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matches before the kind/milieu filters, for the filter labels. */
  total: number;
  kindCounts: Record<string, number>;
  milieuCounts: Record<string, number>;
}

const PREFIX_MIN = 3;
const FUZZY_MIN = 5;
const EXACT_BOOST = 10;
// Bounds the work of a short prefix such as "för" on a large index; the list
// narrows as the user types on.
const PREFIX_EXPANSION_MAX = 24;
const SNIPPET_WORDS = 28;
// A pasted paragraph is not a query; its first words are.
const MAX_TERMS = 8;

interface QueryTerm {
  word: string;
  stem: string;
  prefix: boolean;
  fuzzy: boolean;
}

export class SearchEngine {
  private readonly index: lunr.Index;
  private readonly docs: DocRow[];
  private readonly dictionary: TermDictionary;

  constructor(bundle: SearchBundle) {
    if (bundle.version !== BUNDLE_VERSION) throw new Error(`Sökindexet har version ${bundle.version}, väntade ${BUNDLE_VERSION}.`);
    swedishLunr();
    ({ index: this.index, dictionary: this.dictionary } = loadCompactIndex(bundle.index));
    this.docs = bundle.docs;
  }

  search(text: string, options: SearchOptions = {}): SearchResponse {
    const terms = this.parse(text);
    const empty: SearchResponse = { hits: [], total: 0, kindCounts: {}, milieuCounts: {} };
    if (terms.length === 0) return empty;

    // lunr sees only exact terms: the raw typed prefix (matched against stems,
    // as a trailing wildcard would be) and one-edit typos are expanded here.
    const results = this.index.query((q) => {
      for (const t of terms) {
        q.term(t.stem, { usePipeline: false, boost: EXACT_BOOST });
        if (t.prefix) q.term(this.dictionary.withPrefix(t.word, PREFIX_EXPANSION_MAX), { usePipeline: false });
        if (t.fuzzy) q.term(this.dictionary.withinOneEdit(t.stem), { usePipeline: false });
      }
    });

    // Prefer results that match every term; fall back to any term.
    const scored = results.map((r) => ({ r, matched: Object.keys(r.matchData.metadata), covered: 0 }));
    for (const s of scored) s.covered = terms.filter((t) => s.matched.some((m) => termMatches(t, m))).length;
    const full = scored.filter((s) => s.covered === terms.length);
    const pool = (full.length > 0 ? full : scored).sort((a, b) => b.covered - a.covered || b.r.score - a.r.score);

    const kindCounts: Record<string, number> = {};
    const milieuCounts: Record<string, number> = {};
    for (const s of pool) {
      const [, kind, milieu] = this.docs[docNumber(s.r.ref)];
      kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
      if (milieu) milieuCounts[milieu] = (milieuCounts[milieu] ?? 0) + 1;
    }

    const hits: SearchHit[] = [];
    for (const s of pool) {
      const [url, kind, milieu, title, body] = this.docs[docNumber(s.r.ref)];
      if (options.kind && kind !== options.kind) continue;
      if (options.milieu && milieu !== options.milieu) continue;
      hits.push({ url, kind, milieu, title, score: s.r.score, snippet: snippet(body, terms, s.matched) });
      if (hits.length >= (options.limit ?? 20)) break;
    }
    return { hits, total: pool.length, kindCounts, milieuCounts };
  }

  private parse(text: string): QueryTerm[] {
    const all = [...new Set(words(text))];
    const meaningful = all.filter((w) => !isStopWord(w));
    return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TERMS).map((word) => {
      const stem = queryTerm(word);
      const prefix = word.length >= PREFIX_MIN;
      const known = this.dictionary.has(stem) || (prefix && this.dictionary.withPrefix(word, 1).length > 0);
      // Gate on the stem: one edit on a short stem ("tidi") would match half the index.
      return { word, stem, prefix, fuzzy: !known && stem.length >= FUZZY_MIN };
    });
  }
}

function termMatches(t: QueryTerm, indexTerm: string): boolean {
  if (indexTerm === t.stem) return true;
  if (t.prefix && indexTerm.startsWith(t.word)) return true;
  return t.fuzzy && withinOneEdit(t.stem, indexTerm);
}

// A window of the text around the first matched word, matched words marked.
export function snippet(text: string, terms: QueryTerm[], matched: string[]): SnippetPart[] {
  const tokens = text.split(/([\p{L}\p{N}]+)/u);
  const isHit = (token: string) => {
    const w = token.toLowerCase();
    // A stem is always a prefix of its word, so most words are ruled out without stemming.
    if (!matched.some((m) => w.includes(m)) && !terms.some((t) => t.prefix && w.startsWith(t.word))) return false;
    const stem = queryTerm(w);
    return (
      matched.some((m) => m === stem || (m.length >= 4 && stem.includes(m))) ||
      terms.some((t) => t.prefix && w.startsWith(t.word))
    );
  };
  // tokens alternate: separator, word, separator, word, ...
  const wordIdx: number[] = [];
  for (let i = 1; i < tokens.length; i += 2) wordIdx.push(i);
  const first = wordIdx.findIndex((i) => isHit(tokens[i]));
  const startWord = first <= 5 ? 0 : first - 5;
  const from = startWord === 0 ? 0 : wordIdx[startWord];
  const endWord = Math.min(wordIdx.length, startWord + SNIPPET_WORDS);
  const to = endWord >= wordIdx.length ? tokens.length : wordIdx[endWord];

  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', hit: false });
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token === '') continue;
    const hit = i % 2 === 1 && isHit(token);
    const last = parts[parts.length - 1];
    if (last && last.hit === hit && !hit) last.text += token;
    else parts.push({ text: token, hit });
  }
  if (to < tokens.length) parts.push({ text: ' …', hit: false });
  return parts;
}
