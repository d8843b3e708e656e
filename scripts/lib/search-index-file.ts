// Writes the prebuilt search bundle as static files for the search worker.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchBundle } from '../../site/lib/search/build-index.ts';
import { recordsFor, type SearchRecord } from '../../site/lib/search/records.ts';
import { loadContent } from './content-files.ts';

export const INDEX_FILE = 'index.json';

export interface IndexBuildOptions {
  contentDir: string;
  outDir: string;
  /** The built site: when given, every result link must land on a page and anchor that exist. */
  siteDir?: string;
}

export async function buildSearchIndex({ contentDir, outDir, siteDir }: IndexBuildOptions) {
  const { entries } = await loadContent(contentDir);
  const records = entries.flatMap(recordsFor);
  if (siteDir) await assertLinksExist(records, siteDir);
  const json = JSON.stringify(buildSearchBundle(records));
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, INDEX_FILE), json);
  // Precompressed copy: the server sends it to browsers that accept gzip.
  const gz = gzipSync(json, { level: 9 });
  await writeFile(path.join(outDir, `${INDEX_FILE}.gz`), gz);
  return { records: records.length, bytes: Buffer.byteLength(json), gzipBytes: gz.length };
}

// Section anchors are computed from the Markdown; Astro computes the page's
// heading ids. This catches the day the two disagree.
export async function assertLinksExist(records: SearchRecord[], siteDir: string): Promise<void> {
  const ids = new Map<string, Set<string> | undefined>();
  const missing: string[] = [];
  for (const { url } of records) {
    const [page, anchor] = url.split('#');
    if (!ids.has(page)) {
      const html = await readFile(path.join(siteDir, page, 'index.html'), 'utf8').catch(() => undefined);
      ids.set(page, html === undefined ? undefined : new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    const pageIds = ids.get(page);
    if (!pageIds) missing.push(`${url} (sidan saknas)`);
    else if (anchor && !pageIds.has(anchor)) missing.push(`${url} (ankaret saknas)`);
  }
  if (missing.length > 0) throw new Error(`Sökindexet länkar till mål som inte finns:\n${missing.join('\n')}`);
}
