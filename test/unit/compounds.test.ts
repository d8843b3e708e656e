import { describe, expect, it } from 'vitest';
import { compoundSplitter } from '../../site/lib/search/compounds.ts';

// A small corpus vocabulary: the words a splitter may use as parts.
const vocabulary = [
  'extremist',
  'extremisten',
  'miljöer',
  'miljö',
  'handling',
  'plan',
  'planerna',
  'samverkan',
  'forum',
  'forumet',
  'skola',
  'och',
  'att',
  'det',
  '88',
  'extremistmiljöer',
  'handlingsplanerna',
  'samverkansforumet',
];

describe('compoundSplitter', () => {
  const splitter = compoundSplitter(vocabulary);

  it('splits extremistmiljöer into extremist + miljöer', () => {
    expect(splitter.split('extremistmiljöer')).toEqual(['extremist', 'miljöer']);
  });

  it('drops the linking s: handlingsplanerna → handling + planerna', () => {
    expect(splitter.split('handlingsplanerna')).toEqual(['handling', 'planerna']);
  });

  it('drops the linking s: samverkansforumet → samverkan + forumet', () => {
    expect(splitter.split('samverkansforumet')).toEqual(['samverkan', 'forumet']);
  });

  it('accepts an inflected tail the vocabulary only knows by stem', () => {
    // "miljön" is not in the vocabulary, but its stem "miljö" is.
    expect(splitter.split('extremistmiljön')).toEqual(['extremist', 'miljön']);
  });

  it('returns [] for words that are not compounds', () => {
    expect(splitter.split('samverkan')).toEqual([]);
    expect(splitter.split('religionen')).toEqual([]);
    expect(splitter.split('lägesbilden')).toEqual([]);
  });

  it('returns [] for short words', () => {
    expect(splitter.split('plan')).toEqual([]);
    expect(splitter.split('miljö')).toEqual([]);
    expect(splitter.split('forumet')).toEqual([]); // 7 letters but forum + "et" is no split
  });

  it('does not split "extremisten" into extremist + a bogus tail', () => {
    expect(splitter.split('extremisten')).toEqual([]);
  });

  it('does not use stop words as parts', () => {
    // "det" + "forum" would be a split if stop words counted.
    expect(splitter.split('detforum')).toEqual([]);
  });

  it('returns [] for words with digits', () => {
    expect(splitter.split('extremist88')).toEqual([]);
  });

  it('knows nothing with an empty vocabulary', () => {
    expect(compoundSplitter([]).split('extremistmiljöer')).toEqual([]);
  });
});
