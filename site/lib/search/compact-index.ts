// A compact wire format for a lunr index. lunr's own JSON spells out every
// field of every term ("title":{},"body":{"12":{}}…) and repeats "field/ref"
// keys; this keeps only numbers (delta-coded), which halves the transfer and
// the parse time, and builds the lunr.Index directly on load.
import lunr from 'lunr';
import { swedishLunr } from './swedish.ts';

export interface CompactIndex {
  fields: string[];
  pipeline: string[];
  /** Sorted; a term's position is its index in the field vectors. */
  terms: string[];
  /** Per term: [field, count, doc, doc delta, …] for each field holding it. */
  postings: number[][];
  /** Per field, per doc: [term delta, score, term delta, score, …]. */
  vectors: number[][][];
}

interface LunrJson {
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, number | Record<string, object>>][];
}

/** Encodes an index whose refs are the decimal numbers 0 … docCount-1. */
export function compactIndex(index: lunr.Index, docCount: number): CompactIndex {
  const json = index.toJSON() as unknown as LunrJson;
  const fields = json.fields;
  const terms = json.invertedIndex.map(([term]) => term);
  const newIndex = new Map<number, number>();
  json.invertedIndex.forEach(([, posting], i) => newIndex.set(posting._index as number, i));

  const postings = json.invertedIndex.map(([, posting]) => {
    const out: number[] = [];
    fields.forEach((field, f) => {
      const docs = Object.keys(posting[field] as object).map(Number).sort((a, b) => a - b);
      if (docs.length === 0) return;
      out.push(f, docs.length, ...docs.map((d, k) => (k === 0 ? d : d - docs[k - 1])));
    });
    return out;
  });

  const vectors = fields.map(() => Array.from({ length: docCount }, () => [] as number[]));
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const f = fields.indexOf(fieldRef.slice(0, slash));
    const doc = Number(fieldRef.slice(slash + 1));
    const pairs: [number, number][] = [];
    for (let k = 0; k < elements.length; k += 2) pairs.push([newIndex.get(elements[k])!, elements[k + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    let prev = 0;
    vectors[f][doc] = pairs.flatMap(([t, score]) => {
      const delta = t - prev;
      prev = t;
      return [delta, score];
    });
  }
  return { fields, pipeline: json.pipeline, terms, postings, vectors };
}

export function loadCompactIndex(c: CompactIndex): { index: lunr.Index; dictionary: TermDictionary } {
  const l = swedishLunr();
  const fieldVectors: Record<string, lunr.Vector> = {};
  c.vectors.forEach((docs, f) => {
    const field = c.fields[f];
    docs.forEach((encoded, doc) => {
      const elements = new Array<number>(encoded.length);
      let t = 0;
      for (let k = 0; k < encoded.length; k += 2) {
        t += encoded[k];
        elements[k] = t;
        elements[k + 1] = encoded[k + 1];
      }
      fieldVectors[`${field}/${doc}`] = new l.Vector(elements);
    });
  });

  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  c.terms.forEach((term, i) => {
    const posting: Record<string, unknown> = { _index: i };
    for (const field of c.fields) posting[field] = {};
    const p = c.postings[i];
    for (let k = 0; k < p.length; ) {
      const refs = posting[c.fields[p[k]]] as Record<string, object>;
      const count = p[k + 1];
      let doc = 0;
      for (let n = 0; n < count; n++) {
        doc = n === 0 ? p[k + 2] : doc + p[k + 2 + n];
        refs[doc] = {};
      }
      k += 2 + count;
    }
    invertedIndex[term] = posting;
  });

  const dictionary = new TermDictionary(c.terms);
  const index = new l.Index({
    fields: c.fields,
    fieldVectors,
    invertedIndex,
    tokenSet: dictionary,
    pipeline: l.Pipeline.load(c.pipeline),
  } as unknown as lunr.Index.Attributes);
  return { index, dictionary };
}

/**
 * The index's sorted terms. It stands in for lunr's TokenSet, whose build
 * (a minimised automaton over every term) was most of the load time: the
 * search engine expands prefixes and typos itself, so lunr only ever asks
 * about exact terms, which a binary search answers.
 */
export class TermDictionary {
  constructor(private readonly terms: string[]) {}

  has(term: string): boolean {
    return this.terms[this.lowerBound(term)] === term;
  }

  /** Terms starting with the prefix, in order, at most `max`. */
  withPrefix(prefix: string, max: number): string[] {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length && out.length < max; i++) {
      if (!this.terms[i].startsWith(prefix)) break;
      out.push(this.terms[i]);
    }
    return out;
  }

  /** Terms within one edit (insert, delete, substitute, swap) of the term. */
  withinOneEdit(term: string): string[] {
    return this.terms.filter((t) => Math.abs(t.length - term.length) <= 1 && withinOneEdit(term, t));
  }

  /** What lunr calls on its token set: the query term if the index has it. */
  intersect(other: lunr.TokenSet): { toArray(): string[] } {
    const found = other.toArray().filter((t) => this.has(t));
    return { toArray: () => found };
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
