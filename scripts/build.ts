// The one build: validate content, build the static site, then the search
// index into the built site. Used by `npm run build` and by `npm start`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from './lib/search-index-file.ts';
import { formatContentError, loadContent } from './lib/content-files.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DIST = path.join(ROOT, 'dist');

export async function buildAll(): Promise<void> {
  const { errors } = await loadContent(path.join(ROOT, 'content'));
  if (errors.length > 0) {
    for (const e of errors) console.error(formatContentError(e));
    throw new Error(`${errors.length} fel i innehållet; bygget avbryts.`);
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: ROOT, logLevel: 'warn' });
  const stats = await buildSearchIndex({ contentDir: path.join(ROOT, 'content'), outDir: path.join(DIST, 'search'), siteDir: DIST });
  console.log(`Sökindex: ${stats.records} poster, ${(stats.bytes / 1024).toFixed(0)} kB (${(stats.gzipBytes / 1024).toFixed(0)} kB gzip).`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildAll().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
