import { syntheticRecords } from '../../scripts/bench/synthetic-corpus.ts';
import { words, isStopWord } from '../../site/lib/search/swedish.ts';
const params = JSON.parse(process.argv[2]);
for (const [c, share, s] of params) {
  const t = performance.now();
  const recs = syntheticRecords({ documents: 20000, compounds: c, compoundShare: share, compoundExponent: s });
  const gen = performance.now() - t;
  const out = [];
  for (const n of [2000, 20000]) {
    const types = new Set<string>(); let tokens = 0, stops = 0;
    for (const r of recs.slice(0, n)) { const ws = words(`${r.title} ${r.keywords} ${r.headings} ${r.body}`); tokens += ws.length; for (const w of ws) types.add(w); }
    out.push(`${n}: tokens ${tokens} types ${types.size}`);
  }
  console.log(c, share, s, 'gen', gen.toFixed(0), out.join(' | '));
}
if (process.argv[3]) { const recs = syntheticRecords({ documents: 2 }); console.log(recs[0]);
const ws = syntheticRecords({ documents: 50 }).flatMap(r => words(r.body)); console.log('stop share', ws.filter(isStopWord).length / ws.length); }
