// npm run bench:search — the site's lunr search against MiniSearch on the
// real content and on synthetic Swedish corpora (BENCH_SIZES, default
// "2000,20000" documents): build time, index size, load time, memory and
// query latency, then a check of the 2,000-document targets. Reports only:
// exits 0 whether or not the targets are met.
import os from 'node:os';
import { BUNDLE_VERSION } from '../site/lib/search/build-index.ts';
import { recordsFor, type SearchRecord } from '../site/lib/search/records.ts';
import { words } from '../site/lib/search/swedish.ts';
import { lunrEngine, miniSearchEngine, type Engine, type Searcher, type Serialised } from './bench/engines.ts';
import { gcAvailable, collectGarbage, median, percentile, settledHeap, sizes, timed, type Sizes } from './bench/measure.ts';
import { buildQueries, QUERY_TYPES, type QuerySets, type QueryType } from './bench/queries.ts';
import { fmt, table, type Row } from './bench/report.ts';
import { syntheticRecords } from './bench/synthetic-corpus.ts';
import { baseWordCount } from './bench/swedish-lexicon.ts';
import { loadContent } from './lib/content-files.ts';

const QUERIES_PER_TYPE = 200;
// 200 keystrokes are only ~12 typed phrases, too few for a steady median; the
// targets are checked at 2,000 documents, where 1,000 keystrokes cost seconds.
const KEYSTROKES_SMALL = 1000;
const SMALL_CORPUS = 5000;
const LOAD_RUNS = 3;
// Past this, one load is steady enough and three would cost the 20,000-doc run ~10 s.
const SINGLE_LOAD_MS = 1000;
const TARGET_DOCS = 2000;
const TARGETS = { bundleGzip: 1_000_000, loadMs: 250, typeaheadMedian: 5, typeaheadP95: 16 };

interface Latency {
  median: number;
  p95: number;
  meanMatches: number;
  /** Queries that found nothing: cheap, and a sign the engines differ in what matches. */
  noMatch: number;
}

interface EngineResult {
  terms: number;
  buildMs: number;
  index: Sizes;
  bundle: Sizes;
  loadMs: number;
  heapAfterLoad: number;
  heapGrowth: number;
  latency: Record<QueryType, Latency>;
}

interface CorpusResult {
  lunr: EngineResult;
  mini: EngineResult;
}

const started = performance.now();

function progress(message: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}

function syntheticSizes(): number[] {
  const spec = process.env.BENCH_SIZES ?? '2000,20000';
  const out = spec.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (out.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`BENCH_SIZES: expected e.g. "2000,20000", got "${spec}"`);
  return out;
}

async function realRecords(): Promise<SearchRecord[]> {
  const { entries, errors } = await loadContent('content');
  if (errors.length > 0) progress(`content/: ${errors.length} entries with errors left out`);
  return entries.flatMap(recordsFor);
}

function printEnvironment(): void {
  const cpus = os.cpus();
  console.log(`Search benchmark: lunr (site/lib/search, bundle version ${BUNDLE_VERSION}) vs MiniSearch`);
  console.log(`Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${fmt.bytes(os.totalmem())} RAM`);
  console.log(`gc for heap readings: ${gcAvailable ? 'yes' : 'no (heap figures include garbage)'}`);
  console.log(`Synthetic vocabulary: ${baseWordCount()} base words with inflections and compounds, fixed seed`);
  console.log(`Timings: performance.now(); 20 warm-up queries per engine; load = median of ${LOAD_RUNS} (1 if over ${SINGLE_LOAD_MS} ms); 1 MB = 10^6 bytes\n`);
}

function corpusStats(records: SearchRecord[]): string {
  let tokens = 0;
  const vocabulary = new Set<string>();
  for (const r of records) {
    const ws = words(`${r.title} ${r.keywords} ${r.headings} ${r.body}`);
    tokens += ws.length;
    for (const w of ws) vocabulary.add(w);
  }
  const avg = records.length > 0 ? tokens / records.length : 0;
  return `${fmt.count(records.length)} documents, ${fmt.count(tokens)} words (${avg.toFixed(0)} per document), ${fmt.count(vocabulary.size)} distinct words`;
}

function runCorpus(name: string, records: SearchRecord[]): CorpusResult {
  const keystrokes = records.length <= SMALL_CORPUS ? KEYSTROKES_SMALL : QUERIES_PER_TYPE;
  const { sets, warmup } = buildQueries(records, QUERIES_PER_TYPE, keystrokes);
  console.log(`== ${name}: ${corpusStats(records)}`);
  console.log(`   queries: ${QUERY_TYPES.map((t) => `${sets[t].length} ${t}`).join(', ')} (typeahead: one query per keystroke)`);
  const lunr = measureEngine(lunrEngine, name, records, sets, warmup);
  const mini = measureEngine(miniSearchEngine, name, records, sets, warmup);
  console.log(table(rows(lunr, mini)));
  console.log();
  return { lunr, mini };
}

function measureEngine(engine: Engine, corpus: string, records: SearchRecord[], sets: QuerySets, warmup: string[]): EngineResult {
  progress(`${corpus}: ${engine.name} build`);
  const built = engine.build(records);
  const index = sizes(built.indexJson);
  const bundle = sizes(built.bundleJson);
  progress(`${corpus}: ${engine.name} load`);
  const load = measureLoad(built);
  progress(`${corpus}: ${engine.name} queries`);
  for (const q of warmup) load.searcher.search(q);
  const latency = Object.fromEntries(QUERY_TYPES.map((t) => [t, measureQueries(load.searcher, sets[t])])) as Record<QueryType, Latency>;
  const { loadMs, heapAfterLoad, heapGrowth } = load;
  return { terms: built.terms, buildMs: built.buildMs, index, bundle, loadMs, heapAfterLoad, heapGrowth, latency };
}

function measureLoad(built: Serialised): { loadMs: number; heapAfterLoad: number; heapGrowth: number; searcher: Searcher } {
  const before = settledHeap();
  const times: number[] = [];
  let searcher: Searcher | undefined;
  for (let run = 0; run < LOAD_RUNS; run++) {
    searcher = undefined;
    collectGarbage(); // the previous run's engine is not this run's cost
    const { value, ms } = timed(() => built.load());
    searcher = value;
    times.push(ms);
    if (ms > SINGLE_LOAD_MS) break;
  }
  const after = settledHeap();
  return { loadMs: median(times), heapAfterLoad: after, heapGrowth: after - before, searcher: searcher as Searcher };
}

function measureQueries(searcher: Searcher, queries: string[]): Latency {
  let matches = 0;
  let noMatch = 0;
  const times = queries.map((q) => {
    const { value, ms } = timed(() => searcher.search(q));
    matches += value.total;
    if (value.total === 0) noMatch++;
    return ms;
  });
  return { median: median(times), p95: percentile(times, 95), meanMatches: matches / queries.length, noMatch };
}

function rows(l: EngineResult, m: EngineResult): Row[] {
  const row = (metric: string, pick: (r: EngineResult) => number, format: (n: number) => string): Row => ({
    metric,
    lunr: pick(l),
    mini: pick(m),
    format,
  });
  return [
    row('index terms', (r) => r.terms, fmt.count),
    row('build + serialise', (r) => r.buildMs, fmt.ms),
    row('index JSON', (r) => r.index.raw, fmt.bytes),
    row('index JSON gzip', (r) => r.index.gzip, fmt.bytes),
    row('bundle JSON (index + doc rows)', (r) => r.bundle.raw, fmt.bytes),
    row('bundle JSON gzip', (r) => r.bundle.gzip, fmt.bytes),
    row('load (JSON.parse + engine)', (r) => r.loadMs, fmt.ms),
    row('heap used after load', (r) => r.heapAfterLoad, fmt.bytes),
    row('heap growth from load', (r) => r.heapGrowth, fmt.bytes),
    ...QUERY_TYPES.flatMap((t) => [
      row(`${t}: median`, (r) => r.latency[t].median, fmt.ms),
      row(`${t}: p95`, (r) => r.latency[t].p95, fmt.ms),
      row(`${t}: mean matches`, (r) => r.latency[t].meanMatches, fmt.count),
      row(`${t}: queries with no match`, (r) => r.latency[t].noMatch, fmt.count),
    ]),
  ];
}

function printTargets(result: CorpusResult | undefined): void {
  console.log(`== Targets at ${fmt.count(TARGET_DOCS)} documents (lunr, the site's engine; MiniSearch for comparison)`);
  if (!result) {
    console.log(`   not run: BENCH_SIZES does not include ${TARGET_DOCS}`);
    return;
  }
  const { lunr, mini } = result;
  const checks: [string, number, number, number, (n: number) => string][] = [
    ['gzipped bundle ≤ 1 MB', lunr.bundle.gzip, mini.bundle.gzip, TARGETS.bundleGzip, fmt.bytes],
    ['load ≤ 250 ms', lunr.loadMs, mini.loadMs, TARGETS.loadMs, fmt.ms],
    ['typeahead median ≤ 5 ms', lunr.latency.typeahead.median, mini.latency.typeahead.median, TARGETS.typeaheadMedian, fmt.ms],
    ['typeahead p95 ≤ 16 ms', lunr.latency.typeahead.p95, mini.latency.typeahead.p95, TARGETS.typeaheadP95, fmt.ms],
  ];
  const width = Math.max(...checks.map((c) => c[0].length));
  for (const [label, value, other, limit, format] of checks) {
    const verdict = value <= limit ? 'PASS' : 'FAIL';
    console.log(`   ${label.padEnd(width)}  ${verdict}  ${format(value).padStart(10)}   (MiniSearch ${format(other)}: ${other <= limit ? 'pass' : 'fail'})`);
  }
}

async function main(): Promise<void> {
  printEnvironment();
  const real = await realRecords();
  runCorpus(`Real content (content/, ${real.length} records)`, real);
  let atTarget: CorpusResult | undefined;
  for (const documents of syntheticSizes()) {
    progress(`generating ${fmt.count(documents)} synthetic documents`);
    const result = runCorpus(`Synthetic, ${fmt.count(documents)} documents`, syntheticRecords({ documents }));
    if (documents === TARGET_DOCS) atTarget = result;
  }
  printTargets(atTarget);
  progress('done');
}

await main();
