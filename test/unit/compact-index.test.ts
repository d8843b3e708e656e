import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildCompactIndex, docRef, loadCompactIndex, TermDictionary } from '../../site/lib/search/compact-index.ts';
import { swedishLunr, swedishPipeline } from '../../site/lib/search/swedish.ts';

const boosts = { title: 10, body: 1 };
const docs = [
  { title: 'Lokal lägesbild', body: 'Lägesbilden sammanställs varje år av samordnaren. Lägesbild och handlingsplan hör ihop.' },
  { title: 'Handlingsplan', body: 'Handlingsplanen revideras vid tertialrapport 1 och bygger på lägesbilden.' },
  { title: 'Symboler', body: '' },
  { title: 'Samverkansforum', body: 'Samverkansforumet tar upp våldsbejakande extremism vid varje möte. Mötet skriver protokoll.' },
];

describe('compact index', () => {
  it('scores every term exactly as lunr does with its own serialisation', () => {
    swedishLunr();
    const reference = lunr.Index.load(
      JSON.parse(
        JSON.stringify(
          lunr(function () {
            this.use(swedishPipeline);
            this.ref('ref');
            for (const [field, boost] of Object.entries(boosts)) this.field(field, { boost });
            docs.forEach((d, i) => this.add({ ...d, ref: docRef(i) }));
          }),
        ),
      ),
    );
    const compact = JSON.parse(JSON.stringify(buildCompactIndex(boosts, docs)));
    const { index } = loadCompactIndex(compact);

    expect(compact.terms).toEqual([...compact.terms].sort());
    const terms = compact.terms as string[];
    expect(terms.length).toBeGreaterThan(10);
    for (const term of terms) {
      const run = (idx: lunr.Index) =>
        idx.query((q) => q.term(term, { usePipeline: false })).map((r) => [r.ref, r.score.toFixed(9)]);
      expect(run(index), term).toEqual(run(reference));
    }
    const multi = (idx: lunr.Index) =>
      idx.query((q) => q.term(['lägesbild', 'handlingspl', 'möt'], { usePipeline: false })).map((r) => [r.ref, r.score]);
    expect(multi(index)).toEqual(multi(reference));
  });

  it('stores term frequencies above one and field lengths', () => {
    const compact = buildCompactIndex(boosts, docs);
    const i = compact.terms.indexOf('lägesbild');
    // body field (1): doc 0 holds "lägesbild" twice (gap -1 then tf 2), doc 1 once (gap 1).
    expect(compact.postings[i]).toEqual([0, 1, 1, 1, 2, -1, 2, 1]);
    expect(compact.lengths[1][2]).toBe(0);
  });
});

describe('term dictionary', () => {
  const dict = new TermDictionary(['lag', 'lägesbild', 'lägesbilder', 'lägg', 'plan', 'planer'].sort());
  it('answers membership, prefixes (bounded) and one-edit neighbours', () => {
    expect(dict.has('plan')).toBe(true);
    expect(dict.has('pla')).toBe(false);
    expect(dict.withPrefix('läg', 10)).toEqual(['lägesbild', 'lägesbilder', 'lägg']);
    expect(dict.withPrefix('läg', 2)).toEqual(['lägesbild', 'lägesbilder']);
    expect(dict.withPrefix('x', 10)).toEqual([]);
    expect(dict.withinOneEdit('lägesbld').sort()).toEqual(['lägesbild']);
    expect(dict.withinOneEdit('palner')).toEqual(['planer']);
  });
});
