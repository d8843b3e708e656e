// The two engines behind one interface: build and serialise, then load from
// the serialised form, as the site does (build in Node, load in the worker).
import { buildSearchBundle } from '../../site/lib/search/build-index.ts';
import { SearchEngine, type SearchOptions, type SearchResponse } from '../../site/lib/search/query.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { timed } from './measure.ts';
import { buildMiniBundle, MiniSearchEngine } from './minisearch-engine.ts';

export interface Searcher {
  search(text: string, options?: SearchOptions): SearchResponse;
}

export interface Serialised {
  /** Building the index and serialising the bundle, as the site build does. */
  buildMs: number;
  /** The index alone. */
  indexJson: string;
  /** What the browser downloads: index plus the doc rows results are shown from. */
  bundleJson: string;
  /** Distinct index terms. */
  terms: number;
  load(): Searcher;
}

export interface Engine {
  name: string;
  build(records: SearchRecord[]): Serialised;
}

export const lunrEngine: Engine = {
  name: 'lunr',
  build(records) {
    const { value: bundle, ms: buildMs } = timed(() => buildSearchBundle(records));
    const { value: bundleJson, ms: serialiseMs } = timed(() => JSON.stringify(bundle));
    return {
      buildMs: buildMs + serialiseMs,
      indexJson: JSON.stringify(bundle.index),
      bundleJson,
      terms: bundle.index.terms.length,
      load: lunrLoader(bundleJson),
    };
  },
};

export const miniSearchEngine: Engine = {
  name: 'MiniSearch',
  build(records) {
    const { value, ms } = timed(() => {
      const { index, docs } = buildMiniBundle(records);
      return { index, indexJson: JSON.stringify(index), docsJson: JSON.stringify(docs) };
    });
    const { index, indexJson, docsJson } = value;
    return {
      buildMs: ms,
      indexJson,
      bundleJson: `{"index":${indexJson},"docs":${docsJson}}`,
      terms: index.termCount,
      load: miniSearchLoader(indexJson, docsJson),
    };
  },
};

// Loaders are made outside build(): a closure created there would share its
// scope and keep the whole in-memory index alive, skewing the heap readings.
function lunrLoader(bundleJson: string): () => Searcher {
  return () => new SearchEngine(JSON.parse(bundleJson));
}

function miniSearchLoader(indexJson: string, docsJson: string): () => Searcher {
  return () => MiniSearchEngine.load(indexJson, docsJson);
}
