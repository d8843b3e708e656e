// MiniSearch counterpart of buildSearchBundle + SearchEngine, for the
// benchmark only: the same records, fields, boosts, Swedish terms and compound
// parts, and the same response shape (top hits with snippets, filter counts),
// so the two engines are compared on equal work.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { compoundParts, docRows, FIELD_BOOSTS, type DocRow } from '../../site/lib/search/build-index.ts';
import { snippet, type SearchHit, type SearchOptions, type SearchResponse } from '../../site/lib/search/query.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { indexTerm, isStopWord, queryTerm, words } from '../../site/lib/search/swedish.ts';

interface MiniDoc {
  id: number;
  title: string;
  keywords: string;
  headings: string;
  body: string;
  parts: string;
}

const PREFIX_MIN = 3;
const FUZZY_MIN = 5;

/** Index and search options; loadJSON needs the same ones the index was built with. */
export function miniSearchOptions(): Options<MiniDoc> {
  return {
    fields: Object.keys(FIELD_BOOSTS),
    tokenize: (text) => words(text),
    processTerm: (term) => indexTerm(term) || null,
    searchOptions: {
      tokenize: (text) => words(text),
      // Stop words are not indexed; like SearchEngine, do not let them prefix- or fuzzy-match.
      processTerm: (term) => (isStopWord(term) ? null : queryTerm(term)),
      // These see the stem, not the typed word as SearchEngine does, and MiniSearch's
      // edit distance has no swaps: "samverkanfsorum" is 2 edits here, 1 in lunr.
      prefix: (term) => term.length >= PREFIX_MIN,
      fuzzy: (term) => (term.length >= FUZZY_MIN ? 1 : 0),
      combineWith: 'OR',
      boost: { ...FIELD_BOOSTS },
    },
  };
}

export interface MiniBundle {
  index: MiniSearch<MiniDoc>;
  docs: DocRow[];
}

/** Mirrors buildSearchBundle, including the compound "parts" field. */
export function buildMiniBundle(records: SearchRecord[]): MiniBundle {
  const parts = compoundParts(records);
  const index = new MiniSearch<MiniDoc>(miniSearchOptions());
  index.addAll(
    records.map((r, i) => ({ id: i, title: r.title, keywords: r.keywords, headings: r.headings, body: r.body, parts: parts[i] })),
  );
  return { index, docs: docRows(records) };
}

export class MiniSearchEngine {
  private constructor(
    private readonly index: MiniSearch<MiniDoc>,
    private readonly docs: DocRow[],
  ) {}

  static load(indexJson: string, docsJson: string): MiniSearchEngine {
    return new MiniSearchEngine(MiniSearch.loadJSON<MiniDoc>(indexJson, miniSearchOptions()), JSON.parse(docsJson) as DocRow[]);
  }

  search(text: string, options: SearchOptions = {}): SearchResponse {
    const results = this.index.search(text);
    const kindCounts: Record<string, number> = {};
    const milieuCounts: Record<string, number> = {};
    for (const r of results) {
      const [, kind, milieu] = this.docs[r.id as number];
      kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
      if (milieu) milieuCounts[milieu] = (milieuCounts[milieu] ?? 0) + 1;
    }
    const terms = queryTerms(text);
    const hits: SearchHit[] = [];
    for (const r of results) {
      const hit = this.hit(r, terms);
      if (options.kind && hit.kind !== options.kind) continue;
      if (options.milieu && hit.milieu !== options.milieu) continue;
      hits.push(hit);
      if (hits.length >= (options.limit ?? 20)) break;
    }
    return { hits, total: results.length, kindCounts, milieuCounts };
  }

  get termCount(): number {
    return this.index.termCount;
  }

  private hit(r: SearchResult, terms: SnippetTerms): SearchHit {
    const [url, kind, milieu, title, body] = this.docs[r.id as number];
    return { url, kind, milieu, title, score: r.score, snippet: snippet(body, terms, r.terms) };
  }
}

type SnippetTerms = Parameters<typeof snippet>[1];

// The query words in the shape snippet() marks hits with.
function queryTerms(text: string): SnippetTerms {
  return [...new Set(words(text))]
    .filter((w) => !isStopWord(w))
    .map((word) => ({ word, stem: queryTerm(word), prefix: word.length >= PREFIX_MIN, fuzzy: false }));
}
