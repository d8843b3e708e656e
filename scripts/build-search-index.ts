// Builds only the search index: into dist/search (after `astro build`), or
// with --dev into site/public/search so `astro dev` serves it.
import path from 'node:path';
import { buildSearchIndex } from './lib/search-index-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = process.argv.includes('--dev') ? path.join(root, 'site', 'public', 'search') : path.join(root, 'dist', 'search');
const stats = await buildSearchIndex({ contentDir: path.join(root, 'content'), outDir: out });
console.log(`Sökindex: ${stats.records} poster, ${stats.bytes} byte (${stats.gzipBytes} byte gzip) i ${path.relative(root, out)}.`);
