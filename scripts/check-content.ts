// Validates every content file's front matter; prints `file: field: problem`.
import path from 'node:path';
import { formatContentError, loadContent } from './lib/content-files.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const { entries, errors } = await loadContent(dir);
for (const e of errors) console.error(formatContentError(e));
if (errors.length > 0) {
  console.error(`\n${errors.length} fel i innehållet. Rätta filerna ovan.`);
  process.exit(1);
}
console.log(`Innehållet är giltigt: ${entries.length} filer.`);
