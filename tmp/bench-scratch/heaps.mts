import { syntheticRecords } from '../../scripts/bench/synthetic-corpus.ts';
import { words, isStopWord } from '../../site/lib/search/swedish.ts';
for (const [c, s] of [[40000, 1.07], [30000, 1.0], [60000, 1.1]] as const) {
  const t = performance.now();
  const recs = syntheticRecords({ documents: 20000, compounds: c, zipfExponent: s });
  const gen = performance.now() - t;
  for (const n of [2000, 20000]) {
    const types = new Set<string>(); let tokens = 0, stops = 0;
    for (const r of recs.slice(0, n)) { const ws = words(`${r.title} ${r.keywords} ${r.headings} ${r.body}`); tokens += ws.length; for (const w of ws) types.add(w); }
    console.log(c, s, n, 'gen ms', gen.toFixed(0), 'tokens', tokens, 'types', types.size);
  }
}
const recs = syntheticRecords({ documents: 3 });
console.log(recs[0], recs[1]);
const ws = recs.flatMap(r => words(r.body)); console.log('stop share', ws.filter(isStopWord).length / ws.length);
