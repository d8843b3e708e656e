// Reads content/**/*.md with gray-matter and validates the front matter,
// outside Astro. Used by check:content, the search index build and the bench.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { CONTENT_KINDS, schemas, type ContentKind } from '../../site/lib/content/schemas.ts';
import { swedishErrorMap } from '../../site/lib/content/swedish-errors.ts';

export interface ContentEntry {
  kind: ContentKind;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentError {
  file: string;
  field: string;
  problem: string;
}

export interface ContentLoad {
  entries: ContentEntry[];
  errors: ContentError[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loadContent(contentDir: string): Promise<ContentLoad> {
  const entries: ContentEntry[] = [];
  const errors: ContentError[] = [];
  const rel = (f: string) => path.relative(process.cwd(), f) || f;

  for (const kind of CONTENT_KINDS) {
    const dir = path.join(contentDir, kind);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const file = path.join(dir, name);
      const slug = name.slice(0, -3);
      if (!SLUG.test(slug)) {
        errors.push({ file: rel(file), field: '(filnamn)', problem: 'ska vara små bokstäver a–z, siffror och bindestreck' });
      }
      let parsed: matter.GrayMatterFile<string>;
      try {
        // A fresh options object stops gray-matter from serving a cached parse.
        parsed = matter(await readFile(file, 'utf8'), {});
      } catch (err) {
        errors.push({ file: rel(file), field: '(front matter)', problem: `ogiltig YAML: ${(err as Error).message.split('\n')[0]}` });
        continue;
      }
      const result = schemas[kind].safeParse(parsed.data, { errorMap: swedishErrorMap });
      if (!result.success) {
        for (const issue of result.error.issues) {
          errors.push({ file: rel(file), field: issue.path.join('.') || '(front matter)', problem: issue.message });
        }
        continue;
      }
      if (parsed.content.trim() === '') {
        errors.push({ file: rel(file), field: '(brödtext)', problem: 'saknas' });
        continue;
      }
      entries.push({ kind, slug, file: rel(file), data: result.data as Record<string, unknown>, body: parsed.content });
    }
  }
  return { entries, errors };
}

export function formatContentError(e: ContentError): string {
  return `${e.file}: ${e.field}: ${e.problem}`;
}
