// `npm start`: build the site if the sources are newer than the build, then
// serve it (and the API) from one process on HOST:PORT.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { configFromEnv } from '../api/config.ts';
import { startApp } from '../api/app.ts';
import { ROLE_LABELS } from '../api/domain/codes.ts';
import type { DemoAccount } from '../api/seed/demo-data.ts';
import { buildAll, DIST, ROOT } from './build.ts';
import { INDEX_FILE } from './lib/search-index-file.ts';

// Everything the build reads; not the dev server's own copy of the index.
const SOURCES = ['content', 'site', 'scripts/build.ts', 'scripts/lib', 'astro.config.mjs', 'package-lock.json'];
const NOT_SOURCES = new Set([path.join(ROOT, 'site', 'public', 'search')]);

async function newestMtime(p: string): Promise<number> {
  const info = NOT_SOURCES.has(p) ? undefined : await stat(p).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of await readdir(p)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(path.join(p, name)));
  }
  return newest;
}

async function buildIfNeeded(): Promise<void> {
  // The search index is written last, so its time marks a finished build.
  const built = (await stat(path.join(DIST, 'search', INDEX_FILE)).catch(() => undefined))?.mtimeMs ?? 0;
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))))));
  if (built >= sources) return;
  console.log(built === 0 ? 'Bygger webbplatsen …' : 'Källorna har ändrats; bygger om webbplatsen …');
  await buildAll();
}

function printDemoAccounts(accounts: DemoAccount[]): void {
  if (accounts.length === 0) return;
  console.log('\nDatamappen var tom, så den har fyllts med påhittade demodata. Demokonton (lösenorden visas bara nu):');
  for (const a of accounts) console.log(`  ${a.username.padEnd(22)} ${a.password}   ${ROLE_LABELS[a.role]}, ${a.displayName}`);
  console.log('');
}

try {
  const config = configFromEnv();
  await buildIfNeeded();
  const app = await startApp(config, DIST);
  app.server.on('error', (err: NodeJS.ErrnoException) => {
    console.error(err.code === 'EADDRINUSE' ? `Porten ${config.port} används redan. Välj en annan med PORT=….` : err.message);
    app.close().finally(() => process.exit(1));
  });
  app.server.listen(config.port, config.host, () => {
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    printDemoAccounts(app.demoAccounts);
    console.log(`Datamapp: ${config.dataDir}`);
    console.log(`Kunskapsbanken och API:t körs på http://${config.host}:${port}/`);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
