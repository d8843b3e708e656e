// `npm run bench:bundle`: the JavaScript each page type loads, raw and
// gzipped, following static imports between the built chunks. Run after
// `npm run build`. Knowledge pages must stay free of React.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './build.ts';

const PAGES: [string, string][] = [
  ['home (knowledge site)', 'index.html'],
  ['guidance page', 'vagledning/vbe-som-staende-punkt/index.html'],
  ['symbol gallery', 'symboler/index.html'],
  ['search', 'sok/index.html'],
  ['sign-in', 'logga-in/index.html'],
  ['Mina forum', 'arbetsyta/index.html'],
  ['forum', 'arbetsyta/forum/index.html'],
  ['new meeting', 'arbetsyta/nytt-mote/index.html'],
  ['meeting (agenda, minutes, approval)', 'arbetsyta/mote/index.html'],
  ['district overview', 'arbetsyta/oversikt/index.html'],
];

async function closure(entries: string[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop()!;
    if (files.has(url)) continue;
    const body = await readFile(path.join(DIST, url));
    files.set(url, body);
    // Static imports only: `import … from "./x.js"` and `import "./x.js"` (Vite's output).
    for (const m of body.toString('utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), m[1]));
    }
  }
  return files;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${'page'.padEnd(40)} ${'files'.padStart(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  React`);
for (const [name, file] of PAGES) {
  const html = await readFile(path.join(DIST, file), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = await closure(entries);
  const all = [...files.values()];
  const raw = all.reduce((n, b) => n + b.length, 0);
  const gzip = all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const react = all.some((b) => b.includes('react.transitional.element') || b.includes('__reactContainer'));
  console.log(`${name.padEnd(40)} ${String(files.size).padStart(5)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}  ${react ? 'yes' : 'no'}`);
}
console.log('\nThe search worker and its index are fetched on first use of the search box and are not counted here.');
