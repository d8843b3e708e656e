// Writes the prebuilt search bundle as static files for the search worker.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchBundle } from '../../site/lib/search/build-index.ts';
import { recordsFor } from '../../site/lib/search/records.ts';
import { loadContent } from './content-files.ts';

export const INDEX_FILE = 'index.json';

export async function buildSearchIndex(contentDir: string, outDir: string) {
  const { entries } = await loadContent(contentDir);
  const records = entries.flatMap(recordsFor);
  const json = JSON.stringify(buildSearchBundle(records));
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, INDEX_FILE), json);
  // Precompressed copy: the server sends it to browsers that accept gzip.
  const gz = gzipSync(json, { level: 9 });
  await writeFile(path.join(outDir, `${INDEX_FILE}.gz`), gz);
  return { records: records.length, bytes: Buffer.byteLength(json), gzipBytes: gz.length };
}
