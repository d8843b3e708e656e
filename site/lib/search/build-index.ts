// Builds the prebuilt search bundle: a lunr index with the Swedish pipeline
// plus the few fields the result list shows.
import { buildCompactIndex, type CompactIndex } from './compact-index.ts';
import { compoundSplitter } from './compounds.ts';
import type { SearchRecord } from './records.ts';
import { swedishLunr, words } from './swedish.ts';

export const BUNDLE_VERSION = 3;

/** [url, kind, milieu or '', title, text for snippets] */
export type DocRow = [string, string, string, string, string];

export interface SearchBundle {
  version: typeof BUNDLE_VERSION;
  index: CompactIndex;
  docs: DocRow[];
}

export const FIELD_BOOSTS = { title: 10, keywords: 8, headings: 4, body: 1, parts: 0.5 } as const;
// Covers 90 % of the real records whole; longer ones show a snippet from their start.
const SNIPPET_SOURCE_MAX = 800;

export function buildSearchBundle(records: SearchRecord[]): SearchBundle {
  swedishLunr();
  const parts = compoundParts(records);
  // Split as queries are split (lunr's own tokenizer keeps "14/88" whole).
  const text = (t: string) => words(t).join(' ');
  const index = buildCompactIndex(
    FIELD_BOOSTS,
    records.map((r, i) => ({
      title: text(r.title),
      keywords: text(r.keywords),
      headings: text(r.headings),
      body: text(r.body),
      parts: parts[i],
    })),
  );
  return { version: BUNDLE_VERSION, index, docs: docRows(records) };
}

/** Per record, the parts of its compounds, split against the whole corpus's vocabulary. */
export function compoundParts(records: SearchRecord[]): string[] {
  const recordWords = records.map((r) => new Set(words(`${r.title} ${r.keywords} ${r.headings} ${r.body}`)));
  const splitter = compoundSplitter(new Set(recordWords.flatMap((ws) => [...ws])));
  return recordWords.map((ws) => {
    const parts = new Set<string>();
    for (const w of ws) for (const p of splitter.split(w)) parts.add(p);
    return [...parts].join(' ');
  });
}

/** What the result list shows of each record. */
export function docRows(records: SearchRecord[]): DocRow[] {
  return records.map((r) => [r.url, r.kind, r.milieu ?? '', r.title, r.body.slice(0, SNIPPET_SOURCE_MAX)]);
}
