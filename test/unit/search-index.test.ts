import GithubSlugger from 'github-slugger';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentEntry } from '../../scripts/lib/content-files.ts';
import { buildSearchBundle, type SearchBundle } from '../../site/lib/search/build-index.ts';
import { withinOneEdit } from '../../site/lib/search/compact-index.ts';
import { SearchEngine, type SearchHit } from '../../site/lib/search/query.ts';
import { recordsFor, type SearchRecord } from '../../site/lib/search/records.ts';
import { words } from '../../site/lib/search/swedish.ts';

const FIXTURES = 'test/fixtures/content';

const LAGESBILD = '/vagledning/lokal-lagesbild/';
const HANDLINGSPLAN = '/vagledning/skriva-handlingsplan/';
const EXTREMISTMILJOER = '/vagledning/mota-extremistmiljoer/';
const ROUTINE = '/rutiner/orosanmalan/';
const ACAB = '/symboler/acab-1312/';
const SIFFRAN_88 = '/symboler/siffran-88/';
const PLAN = '/planer/fixturby-2024/';
const CONTACT = '/kontakter/lokal-samordnare-fixturby/';

let entries: ContentEntry[];
let records: SearchRecord[];
let bundle: SearchBundle;
let engine: SearchEngine;

beforeAll(async () => {
  const load = await loadContent(FIXTURES);
  expect(load.errors).toEqual([]);
  entries = load.entries;
  records = entries.flatMap(recordsFor);
  // Round-trip through JSON, as the site ships the bundle.
  bundle = JSON.parse(JSON.stringify(buildSearchBundle(records)));
  engine = new SearchEngine(bundle);
});

const urls = (hits: SearchHit[]) => hits.map((h) => h.url);
const search = (q: string, opts = {}) => engine.search(q, { limit: 50, ...opts });
const pageUrl = (url: string) => url.split('#')[0];
/** The full text of a record, lower-cased words. */
const recordWords = (url: string) => {
  const r = records.find((x) => x.url === url)!;
  return words(`${r.title} ${r.keywords} ${r.headings} ${r.body}`);
};

describe('fixture content', () => {
  it('loads one entry per kind as expected', () => {
    const byKind = Object.fromEntries(
      ['guidance', 'routines', 'symbols', 'plans', 'contacts'].map((k) => [k, entries.filter((e) => e.kind === k).length]),
    );
    expect(byKind).toEqual({ guidance: 3, routines: 1, symbols: 2, plans: 1, contacts: 1 });
  });

  it('bundle has one doc row per record', () => {
    expect(bundle.docs).toHaveLength(records.length);
    expect(bundle.docs.map((d) => d[0])).toEqual(records.map((r) => r.url));
  });

  it('rejects a bundle of another version', () => {
    expect(() => new SearchEngine({ ...bundle, version: 99 as SearchBundle['version'] })).toThrow(/version 99/);
  });
});

describe('inflected forms find the base page', () => {
  it('"lägesbilden" finds the lägesbild page first', () => {
    expect(urls(search('lägesbilden').hits)[0]).toBe(LAGESBILD);
  });

  it('"handlingsplanerna" finds the page that says only "handlingsplan"', () => {
    const words_ = recordWords(HANDLINGSPLAN);
    expect(words_).toContain('handlingsplan');
    expect(words_).not.toContain('handlingsplanerna');
    expect(urls(search('handlingsplanerna').hits)).toContain(HANDLINGSPLAN);
  });

  it('"symbolerna" finds the page that says only "symbol"', () => {
    expect(recordWords(EXTREMISTMILJOER)).toContain('symbol');
    expect(urls(search('symbolerna').hits)).toEqual([EXTREMISTMILJOER]);
  });

  it('"återvändarna" finds the page about återvändare first', () => {
    expect(recordWords(ROUTINE)).toContain('återvändare');
    expect(urls(search('återvändarna').hits)[0]).toBe(ROUTINE);
  });

  it('"samverkansforumet" finds the section headed "Samverkansforum" first', () => {
    const hits = urls(search('samverkansforumet').hits);
    expect(hits[0]).toBe(`${LAGESBILD}#samverkansforum`);
    expect(hits).toContain(LAGESBILD);
    expect(hits).toContain(`${PLAN}#preventive`); // the plan activity mentions "samverkansforum"
  });

  it('"miljön" finds the routine that says only "miljö"', () => {
    const routineSection = `${ROUTINE}#gör-så-här`;
    expect(recordWords(routineSection)).toContain('miljö');
    expect(recordWords(routineSection)).not.toContain('miljön');
    expect(urls(search('miljön').hits)).toContain(routineSection);
  });
});

describe('compound parts', () => {
  it('"miljö" finds a page that has only "extremistmiljöer"', () => {
    const w = recordWords(EXTREMISTMILJOER);
    expect(w).toContain('extremistmiljöer');
    expect(w.filter((x) => x.startsWith('miljö'))).toEqual([]);
    expect(urls(search('miljö').hits)).toContain(EXTREMISTMILJOER);
  });

  it('"plan" finds a page that has only "handlingsplan"', () => {
    const w = recordWords(HANDLINGSPLAN);
    expect(w.filter((x) => x.startsWith('plan'))).toEqual([]);
    expect(urls(search('plan').hits)).toContain(HANDLINGSPLAN);
  });

  it('a compound part ranks below a page that has the word itself', () => {
    const hits = urls(search('plan').hits);
    // The plan page's summary says "Fixturbys plan för 2024".
    expect(hits[0]).toBe(PLAN);
  });
});

describe('as-you-type prefixes', () => {
  const word = 'lägesbilden';
  const prefixes = Array.from({ length: word.length - 2 }, (_, i) => word.slice(0, i + 3));

  it('covers läg … lägesbilden', () => {
    expect(prefixes[0]).toBe('läg');
    expect(prefixes.at(-1)).toBe('lägesbilden');
    expect(prefixes).toHaveLength(9);
  });

  it.each(prefixes)('"%s" returns the lägesbild page first', (prefix) => {
    const hits = urls(search(prefix).hits);
    expect(hits[0]).toBe(LAGESBILD);
  });

  it('a two-letter start does not prefix-match', () => {
    // Prefixes need 3 letters; "lä" is no term of its own.
    expect(search('lä').hits).toEqual([]);
  });

  it('a prefix narrows: "förkort" only finds ACAB', () => {
    expect([...new Set(urls(search('förkort').hits).map(pageUrl))]).toEqual([ACAB]);
  });
});

describe('typos (one edit) when nothing matches exactly', () => {
  it('"lägesbld" (letter dropped) finds the lägesbild page first', () => {
    expect(urls(search('lägesbld').hits)[0]).toBe(LAGESBILD);
  });

  it('"orosanmälna" (letters swapped) finds the routine first', () => {
    expect(urls(search('orosanmälna').hits)[0]).toBe(ROUTINE);
  });

  it('"symbolr" (letter dropped in "symboler") finds the page with "symbol"', () => {
    expect(urls(search('symbolr').hits)).toContain(EXTREMISTMILJOER);
  });

  it('two edits find nothing', () => {
    expect(search('lägsbld').hits).toEqual([]);
  });
});

describe('stop words', () => {
  it('a stop-word-only query returns an empty response without throwing', () => {
    const r = search('och att det');
    expect(r.hits).toEqual([]);
    expect(r.total).toBe(0);
    expect(r.kindCounts).toEqual({});
  });

  it('stop words next to a real word are ignored', () => {
    expect(urls(search('och lägesbilden att').hits)).toEqual(urls(search('lägesbilden').hits));
  });

  it('an empty or punctuation-only query returns nothing', () => {
    expect(search('').hits).toEqual([]);
    expect(search(' – ! ').total).toBe(0);
  });
});

describe('several terms', () => {
  it('prefers records that match every term', () => {
    const hits = urls(search('lägesbild samverkansforum').hits);
    expect(hits[0]).toBe(`${LAGESBILD}#samverkansforum`);
    // Records matching only one of the terms are dropped when some match both.
    expect(hits).not.toContain(CONTACT);
  });

  it('falls back to any term when no record has all', () => {
    const hits = urls(search('återvändare webbutbildning').hits);
    expect(hits).toContain(ROUTINE);
    expect(hits).toContain(`${PLAN}#skills`);
  });
});

describe('digits', () => {
  it('"88" finds Siffran 88 and "1312" finds ACAB', () => {
    expect(urls(search('88').hits)[0]).toBe(SIFFRAN_88);
    expect(urls(search('1312').hits)[0]).toBe(ACAB);
    expect(urls(search('88').hits).map(pageUrl)).not.toContain(ACAB);
  });
});

describe('filters', () => {
  it('kind narrows hits but not total or counts', () => {
    const all = search('lägesbild');
    const plans = search('lägesbild', { kind: 'plans' });
    expect(new Set(all.hits.map((h) => h.kind)).size).toBeGreaterThan(1);
    expect(plans.hits.length).toBeGreaterThan(0);
    expect(plans.hits.every((h) => h.kind === 'plans')).toBe(true);
    expect(plans.hits.length).toBeLessThan(all.hits.length);
    expect(plans.total).toBe(all.total);
    expect(plans.kindCounts).toEqual(all.kindCounts);
    expect(all.kindCounts.plans).toBe(plans.hits.length);
  });

  it('milieu narrows to one milieu', () => {
    const all = search('siffror');
    expect(new Set(all.hits.map((h) => h.milieu))).toEqual(new Set(['autonoma', 'vit-makt']));
    const vit = search('siffror', { milieu: 'vit-makt' });
    expect(vit.hits.length).toBeGreaterThan(0);
    expect(vit.hits.every((h) => h.milieu === 'vit-makt')).toBe(true);
    expect(urls(vit.hits).map(pageUrl)).not.toContain(ACAB);
    expect(vit.milieuCounts).toEqual(all.milieuCounts);
    expect(all.milieuCounts['autonoma']).toBeGreaterThan(0);
  });

  it('kind and milieu combine', () => {
    expect(search('siffror', { kind: 'guidance', milieu: 'vit-makt' }).hits).toEqual([]);
    expect(search('siffror', { kind: 'symbols', milieu: 'autonoma' }).hits.map((h) => h.url)).toEqual([ACAB]);
  });

  it('limit caps the hits', () => {
    expect(engine.search('lägesbild', { limit: 2 }).hits).toHaveLength(2);
    expect(engine.search('lägesbild', { limit: 2 }).total).toBeGreaterThan(2);
  });
});

describe('section records', () => {
  const headingOf = (url: string) => records.find((r) => r.url === url)!.headings;

  it('every section url has an anchor that is github-slugger of its heading', () => {
    let checked = 0;
    for (const entry of entries) {
      if (entry.kind === 'plans') continue; // plan anchors are section ids, checked below
      const slugger = new GithubSlugger();
      const sections = records.filter((r) => r.url.startsWith(`${recordsFor(entry)[0].url}#`));
      for (const s of sections) {
        expect(s.url.split('#')[1]).toBe(slugger.slug(s.headings));
        checked++;
      }
    }
    expect(checked).toBe(9);
  });

  it('links to the section where the word is', () => {
    const hits = search('sammanställs').hits;
    const sectionHit = hits.find((h) => h.url.startsWith(LAGESBILD));
    expect(sectionHit?.url).toBe(`${LAGESBILD}#så-tas-lägesbilden-fram`);
    expect(sectionHit?.url).toBe(`${LAGESBILD}#${new GithubSlugger().slug('Så tas lägesbilden fram')}`);
    expect(sectionHit?.title).toBe('Lokal lägesbild › Så tas lägesbilden fram');
  });

  it('includes ### headings', () => {
    expect(headingOf(`${LAGESBILD}#samverkansforum`)).toBe('Samverkansforum');
  });

  it('numbers repeated headings like github-slugger', () => {
    expect(urls(search('fritidsgård').hits)).toContain(`${LAGESBILD}#exempel`);
    expect(urls(search('hot mot personal').hits)).toContain(`${LAGESBILD}#exempel-1`);
  });

  it('plan activities are found under their plan section id', () => {
    const hits = search('webbutbildning').hits;
    expect(urls(hits)).toEqual([`${PLAN}#skills`]);
    expect(hits[0].title).toBe('Handlingsplan för Fixturby 2024 › Kompetenshöjande insatser');
  });
});

describe('snippets', () => {
  const hitTexts = (h: SearchHit) => h.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());

  it('mark the matched word, including other inflections of it', () => {
    const page = search('lägesbilden').hits.find((h) => h.url === LAGESBILD)!;
    expect(hitTexts(page)).toContain('lägesbild');
    expect(page.snippet.filter((p) => !p.hit).length).toBeGreaterThan(0);
    expect(page.snippet.map((p) => p.text).join('')).toContain('en lokal lägesbild över');
  });

  it('mark prefix matches as you type', () => {
    const hits = search('sammanst').hits;
    const section = hits.find((h) => h.url === `${LAGESBILD}#så-tas-lägesbilden-fram`)!;
    expect(hitTexts(section)).toEqual(['sammanställs']);
    const example = hits.find((h) => h.url === `${LAGESBILD}#exempel-1`)!;
    expect(hitTexts(example)).toEqual(['sammanställning']);
  });

  it('do not mark words that did not match', () => {
    const r = search('återvändarna').hits.find((h) => h.url === ROUTINE)!;
    const marked = hitTexts(r);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((t) => t.startsWith('återvän'))).toBe(true);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['lägesbild', 'lägesbild'],
    ['lägesbild', 'lägesbld'], // deletion
    ['lägesbld', 'lägesbild'], // insertion
    ['miljö', 'milja'], // substitution
    ['orosanmälan', 'orosanmälna'], // transposition
    ['ab', 'ba'],
    ['', 'a'],
  ])('%s ~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['lägesbild', 'lägesbilden'],
    ['lägsbld', 'lägesbild'],
    ['abc', 'cba'],
    ['miljö', 'mjlji'],
    ['forum', 'farum1'],
  ])('%s !~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

describe('documents are split into words as queries are', () => {
  it('finds "13/12" and "a.c.a.b" although the index never holds them as one term', () => {
    expect(urls(search('13/12').hits)[0]).toBe(ACAB);
    expect(urls(search('a.c.a.b').hits)[0]).toBe(ACAB);
  });
});
