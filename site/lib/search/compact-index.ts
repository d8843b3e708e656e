// A compact wire format for our lunr index. lunr's own JSON spells out every
// field of every term and ships a decimal BM25 score for every (document,
// field, term); this ships only the term frequencies and field lengths, as
// small delta-coded integers, and recomputes lunr's field vectors on load
// with lunr's own formula. About half the bytes and much less to parse.
import lunr from 'lunr';
import { swedishLunr, swedishPipeline } from './swedish.ts';

export interface CompactIndex {
  fields: string[];
  boosts: number[];
  pipeline: string[];
  docCount: number;
  /** Sorted; a term's position is its index in the field vectors. */
  terms: string[];
  /**
   * Per term, for each field holding it: field, number of docs, then per doc
   * the gap from the previous doc (the first counted from -1). A gap stored
   * negative is followed by the term frequency; a positive one means 1.
   */
  postings: number[][];
  /** Per field, per doc: number of terms after the pipeline. */
  lengths: number[][];
}

export interface IndexDocument {
  [field: string]: string;
}

// lunr's BM25 parameters (lunr.Builder defaults).
const K1 = 1.2;
const B = 0.75;

// Refs are never integer-like strings: V8 would store such keys as sparse
// array elements, which tripled the loaded index's memory.
export const docRef = (doc: number) => `d${doc}`;
export const docNumber = (ref: string) => Number(ref.slice(1));

// What lunr.Builder keeps after add(); lunr 2.3.9 has no public accessor.
interface BuilderState {
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/** Runs documents through the Swedish pipeline and encodes what the index needs. */
export function buildCompactIndex(boosts: Record<string, number>, docs: IndexDocument[]): CompactIndex {
  swedishLunr();
  const builder = new lunr.Builder();
  builder.use(swedishPipeline);
  builder.ref('ref');
  const fields = Object.keys(boosts);
  for (const field of fields) builder.field(field);
  docs.forEach((doc, i) => builder.add({ ...doc, ref: docRef(i) }));

  const state = builder as unknown as BuilderState;
  const lengths = fields.map(() => new Array<number>(docs.length).fill(0));
  const byTerm = new Map<string, [number, number][][]>();
  for (const [fieldRef, frequencies] of Object.entries(state.fieldTermFrequencies)) {
    const slash = fieldRef.indexOf('/');
    const f = fields.indexOf(fieldRef.slice(0, slash));
    const doc = docNumber(fieldRef.slice(slash + 1));
    lengths[f][doc] = state.fieldLengths[fieldRef];
    for (const [term, tf] of Object.entries(frequencies)) {
      let perField = byTerm.get(term);
      if (!perField) byTerm.set(term, (perField = fields.map(() => [])));
      perField[f].push([doc, tf]);
    }
  }

  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => {
    const out: number[] = [];
    byTerm.get(term)!.forEach((entries, f) => {
      if (entries.length === 0) return;
      entries.sort((a, b) => a[0] - b[0]);
      out.push(f, entries.length);
      let prev = -1;
      for (const [doc, tf] of entries) {
        const gap = doc - prev;
        prev = doc;
        if (tf === 1) out.push(gap);
        else out.push(-gap, tf);
      }
    });
    return out;
  });

  return {
    fields,
    boosts: fields.map((f) => boosts[f]),
    pipeline: builder.searchPipeline.toJSON() as unknown as string[],
    docCount: docs.length,
    terms,
    postings,
    lengths,
  };
}

// Every posting carries the same (empty) metadata; lunr only reads it.
const NO_METADATA = Object.freeze({});

export function loadCompactIndex(c: CompactIndex): { index: lunr.Index; dictionary: TermDictionary } {
  const l = swedishLunr();
  const n = c.docCount;
  const refs = Array.from({ length: n }, (_, doc) => docRef(doc));
  const averageLength = c.lengths.map((ls) => ls.reduce((a, b) => a + b, 0) / n);
  const vectorElements = c.fields.map(() => Array.from({ length: n }, () => [] as number[]));

  // Field vectors are needed whole for scoring, so they are built up front.
  c.terms.forEach((_, i) => {
    const p = c.postings[i];
    const idf = idfOf(p, n);
    forEachPosting(p, (f, doc, tf) => {
      // The same expression, in the same order, as lunr.Builder#createFieldVectors.
      let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (c.lengths[f][doc] / averageLength[f])) + tf);
      score *= c.boosts[f];
      vectorElements[f][doc].push(i, Math.round(score * 1000) / 1000);
    });
  });
  const fieldVectors: Record<string, lunr.Vector> = {};
  vectorElements.forEach((docs, f) => {
    docs.forEach((elements, doc) => {
      fieldVectors[`${c.fields[f]}/${refs[doc]}`] = new l.Vector(elements);
    });
  });

  // lunr reads the inverted index only for the terms a query names, so each
  // term's posting object is made on first use rather than all at load.
  const termIndex = new Map(c.terms.map((t, i) => [t, i]));
  const postings: Record<string, unknown> = Object.create(null);
  const invertedIndex = new Proxy(postings, {
    get(target, term) {
      if (typeof term !== 'string') return undefined;
      if (term in target) return target[term];
      const i = termIndex.get(term);
      if (i === undefined) return undefined;
      const posting: Record<string, unknown> = { _index: i };
      for (const field of c.fields) posting[field] = {};
      forEachPosting(c.postings[i], (f, doc) => {
        (posting[c.fields[f]] as Record<string, object>)[refs[doc]] = NO_METADATA;
      });
      return (target[term] = posting);
    },
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

function forEachPosting(p: number[], visit: (field: number, doc: number, tf: number) => void): void {
  for (let k = 0; k < p.length; ) {
    const f = p[k];
    let left = p[k + 1];
    k += 2;
    let doc = -1;
    for (; left > 0; left--) {
      if (p[k] < 0) {
        doc -= p[k];
        visit(f, doc, p[k + 1]);
        k += 2;
      } else {
        doc += p[k];
        visit(f, doc, 1);
        k += 1;
      }
    }
  }
}

// lunr.idf, which counts a document once per field that holds the term.
function idfOf(p: number[], n: number): number {
  let documentsWithTerm = 0;
  forEachPosting(p, () => documentsWithTerm++);
  const x = (n - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * The index's sorted terms. It stands in for lunr's TokenSet, whose build
 * (a minimised automaton over every term) was most of the load time: the
 * search engine expands prefixes and typos itself, so lunr only ever asks
 * about exact terms, which a binary search answers.
 */
export class TermDictionary {
  private byLength: Map<number, string[]> | undefined;

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
    if (!this.byLength) {
      this.byLength = new Map();
      for (const t of this.terms) {
        const list = this.byLength.get(t.length);
        if (list) list.push(t);
        else this.byLength.set(t.length, [t]);
      }
    }
    const out: string[] = [];
    for (const len of [term.length - 1, term.length, term.length + 1]) {
      for (const t of this.byLength.get(len) ?? []) if (withinOneEdit(term, t)) out.push(t);
    }
    return out;
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
