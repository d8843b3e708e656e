import { describe, expect, it } from 'vitest';
import { indexTerm, isStopWord, queryTerm, stripDefinite, words } from '../../site/lib/search/swedish.ts';

// Both sides of the search must land on the same term for a form to match.
function expectSameTerm(a: string, b: string) {
  const ta = indexTerm(a);
  expect(ta, `indexTerm(${a})`).not.toBe('');
  expect(ta, `indexTerm(${a}) vs indexTerm(${b})`).toBe(indexTerm(b));
  expect(queryTerm(a), `queryTerm(${a})`).toBe(ta);
  expect(queryTerm(b), `queryTerm(${b})`).toBe(ta);
}

describe('trimmer keeps å, ä and ö at word edges', () => {
  it.each([
    ['återvändare', 'å'],
    ['åtgärd', 'å'],
    ['ärende', 'ä'],
    ['öppen', 'ö'],
  ])('%s keeps its leading %s', (word, first) => {
    expect(indexTerm(word).startsWith(first)).toBe(true);
    expect(queryTerm(word).startsWith(first)).toBe(true);
  });

  it('does not cut "återvändare" to "tervändare"', () => {
    expect(indexTerm('återvändare')).not.toMatch(/^t/);
    expect(indexTerm('återvändare')).toMatch(/^återvänd/);
  });

  it('keeps the one-letter word "ö"', () => {
    expect(indexTerm('ö')).toBe('ö');
    expect(queryTerm('ö')).toBe('ö');
  });

  it('keeps a trailing ö ("miljö")', () => {
    expect(indexTerm('miljö')).toBe('miljö');
    expect(queryTerm('miljö')).toBe('miljö');
  });

  it('keeps å/ä/ö inside "åtgärd"', () => {
    expect(indexTerm('åtgärd')).toBe('åtgärd');
  });
});

describe('inflected forms meet their base form', () => {
  it('lägesbilden → lägesbild', () => {
    expect(indexTerm('lägesbilden')).toBe('lägesbild');
    expect(queryTerm('lägesbilden')).toBe('lägesbild');
    expectSameTerm('lägesbilden', 'lägesbild');
  });

  it('handlingsplanerna and handlingsplaner meet handlingsplan', () => {
    expectSameTerm('handlingsplanerna', 'handlingsplan');
    expectSameTerm('handlingsplaner', 'handlingsplan');
  });

  it('symbolerna → symbol', () => {
    expect(indexTerm('symbolerna')).toBe('symbol');
    expectSameTerm('symboler', 'symbol');
  });

  it('återvändarna meets återvändare', () => {
    expectSameTerm('återvändarna', 'återvändare');
  });

  it.each([
    ['samverkansforumet', 'samverkansforum'],
    ['arbetet', 'arbete'],
    ['samhället', 'samhälle'],
  ])('definite -et: %s = %s', (definite, base) => {
    expectSameTerm(definite, base);
  });

  it('planen meets plan (strip -n, then Snowball strips -e)', () => {
    expectSameTerm('planen', 'plan');
  });

  it('samverkansforumet ends on the bare noun', () => {
    expect(indexTerm('samverkansforumet')).toBe('samverkansforum');
  });

  it.each([
    ['miljön', 'miljö'],
    ['skolan', 'skola'],
    ['religionen', 'religion'],
  ])('definite -n after a vowel: %s = %s', (definite, base) => {
    expectSameTerm(definite, base);
  });

  it('is case-insensitive', () => {
    expect(indexTerm('Lägesbilden')).toBe('lägesbild');
    expect(queryTerm('ÅTERVÄNDARNA')).toBe(indexTerm('återvändare'));
  });
});

describe('stripDefinite', () => {
  const identity = (w: string) => w;

  it('strips -et and -n after a vowel, and stems again', () => {
    expect(stripDefinite('forumet', identity)).toBe('forum');
    expect(stripDefinite('miljön', identity)).toBe('miljö');
    const calls: string[] = [];
    const stem = (w: string) => (calls.push(w), w);
    stripDefinite('samverkansforumet', stem);
    expect(calls).toEqual(['samverkansforum']);
  });

  it('leaves short words and other endings alone', () => {
    expect(stripDefinite('året', identity)).toBe('året'); // shorter than 5
    // One -n only: the identity "stem" does not remove the -e it exposes.
    expect(stripDefinite('planen', identity)).toBe('plane');
    expect(stripDefinite('handling', identity)).toBe('handling'); // -ng: n after a consonant
    expect(stripDefinite('symbol', identity)).toBe('symbol');
  });
});

describe('stop words', () => {
  it.each(['och', 'att', 'det'])('"%s" gives no index term and is flagged', (w) => {
    expect(indexTerm(w)).toBe('');
    expect(isStopWord(w)).toBe(true);
  });

  it('queryTerm does not filter stop words (like lunr’s search pipeline)', () => {
    expect(queryTerm('och')).toBe('och');
  });

  it.each(['lägesbild', 'miljö', 'ö', '88'])('"%s" is not a stop word', (w) => {
    expect(isStopWord(w)).toBe(false);
    expect(indexTerm(w)).not.toBe('');
  });
});

describe('digits', () => {
  it.each(['88', '1312', '1488'])('keeps %s as a term', (n) => {
    expect(indexTerm(n)).toBe(n);
    expect(queryTerm(n)).toBe(n);
  });
});

describe('words', () => {
  it('splits on everything but letters and digits, lower-cased', () => {
    expect(words('Återvändare, ö & 14/88 – Lägesbilden!')).toEqual(['återvändare', 'ö', '14', '88', 'lägesbilden']);
  });

  it('returns [] for text without words', () => {
    expect(words(' – … ')).toEqual([]);
  });
});
