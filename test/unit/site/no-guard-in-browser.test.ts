// The guard and its name lists (hundreds of kB) belong on the server: the
// server enforces them. No module the workspace loads in the browser may
// import them, through any chain of value imports (type imports are erased).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const IMPORT = /^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.(tsx?|astro)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** Every module reachable from `start` by value imports, with the chain that reached it. */
function reachable(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      if (seen.has(target) || !/\.tsx?$/.test(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      queue.push(target);
    }
  }
  return seen;
}

describe('the browser bundle', () => {
  it('never reaches the guard or the name lists from a workspace page', () => {
    const forbidden = [path.join(ROOT, 'api/domain/deidentify.ts'), path.join(ROOT, 'api/domain/names/index.ts')];
    const pages = filesUnder(path.join(ROOT, 'site/components/workspace'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const graph = reachable(page);
      for (const target of forbidden) {
        const chain = graph.get(target)?.map((f) => path.relative(ROOT, f));
        expect(chain, `${path.relative(ROOT, page)} reaches ${path.relative(ROOT, target)}`).toBeUndefined();
      }
    }
  });
});
