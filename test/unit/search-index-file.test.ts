import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertLinksExist } from '../../scripts/lib/search-index-file.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';

const record = (url: string): SearchRecord => ({ url, kind: 'guidance', title: 't', keywords: '', headings: '', body: '' });

describe('result links are checked against the built site', () => {
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'vbe-site-'));
    await mkdir(path.join(site, 'vagledning', 'sida'), { recursive: true });
    await writeFile(path.join(site, 'vagledning', 'sida', 'index.html'), '<h2 id="finns">Finns</h2>');
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('accepts pages and anchors that exist', async () => {
    await expect(assertLinksExist([record('/vagledning/sida/'), record('/vagledning/sida/#finns')], site)).resolves.toBeUndefined();
  });

  it('names a missing anchor and a missing page', async () => {
    const check = assertLinksExist([record('/vagledning/sida/#saknas'), record('/vagledning/borta/')], site);
    await expect(check).rejects.toThrow(/\/vagledning\/sida\/#saknas \(ankaret saknas\)\n\/vagledning\/borta\/ \(sidan saknas\)/);
  });
});
