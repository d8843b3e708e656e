// npm run bench:guard: the de-identification guard on ordinary minutes prose
// and on hostile inputs (long runs of digits and separators, floods of "@",
// street-like and name-like words), at 1, 10 and 100 KB. Targets (issue 8):
// hostile text within 3× the time of prose of the same length, and 100 KB in
// under 50 ms. Hostile inputs are near misses: they hold no finding, so every
// detector reads the whole text.
import { findPersonalData } from '../api/domain/deidentify.ts';
import { OBSERVATIONS } from '../api/seed/demo-texts.ts';
import { median } from './bench/measure.ts';

const SIZES_KB = [1, 10, 100];
const TARGET_RATIO = 3;
const TARGET_100KB_MS = 50;

const prose = OBSERVATIONS.map((o) => o.text).join(' ') + ' Polisen informerade om läget i Rinkeby och Husby den 2026-03-14 kl. 14.00. ';

const INPUTS: Record<string, string> = {
  'prosa (protokolltext)': prose,
  'siffror i en följd': '1234567890',
  'siffror och avdelare': '0800-1700 12.12.12-1213 2026-03-14 1400 08.00 ',
  'siffror en och en': '1 2 3 4 5 6 7 8 9 ',
  'nollor och bindestreck': '0-0 - 0.0/0 (0) ',
  'många @': '@',
  'a@ om och om igen': 'a@',
  '@ med mellanslag och punkter': 'namn @ Husby.Vi ses @ 14.00 . ',
  'at och punkt som ord': 'at punkt dot at ',
  'gatuliknande ord': 'Storgatan Kistagången Medborgarplatsen Handlingsplan 2 Rinkebytorget 5 ungdomar ',
  'namnliknande ord': 'Kalle sa Per capita Stiftelsen Fryshuset Tensta Konsthall ',
  'ett enda långt ord': 'a',
  'osynliga tecken': '8\u200b1\u200b2\u200b1\u200b',
  'kombinerande tecken': 'a\u0308',
};

function ofSize(unit: string, bytes: number): string {
  let s = unit;
  while (Buffer.byteLength(s) < bytes) s += s;
  // Cut on a code point, close to the size.
  return [...s.slice(0, bytes)].join('').slice(0, bytes);
}

function time(text: string): number {
  // Enough runs for a stable median on a busy machine, fewer for large inputs.
  const runs = text.length > 50_000 ? 15 : text.length > 5_000 ? 60 : 300;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const found = findPersonalData(text);
    samples.push(performance.now() - start);
    if (found) throw new Error(`Indata ska inte innehålla något fynd: ${found.kind} vid ${found.index}`);
  }
  return median(samples);
}

// Warm up the JIT on every shape before measuring.
for (const unit of Object.values(INPUTS)) findPersonalData(ofSize(unit, 10_000));

const results: { name: string; kb: number; ms: number; ratio: number }[] = [];
const proseMs = new Map<number, number>();
for (const [name, unit] of Object.entries(INPUTS)) {
  for (const kb of SIZES_KB) {
    const ms = time(ofSize(unit, kb * 1024));
    if (name.startsWith('prosa')) proseMs.set(kb, ms);
    results.push({ name, kb, ms, ratio: ms / proseMs.get(kb)! });
  }
}

const header = ['indata', 'storlek', 'median', 'per KB', 'mot prosa'];
const rows = results.map((r) => [r.name, `${r.kb} KB`, `${r.ms.toFixed(3)} ms`, `${(r.ms / r.kb).toFixed(4)} ms`, `${r.ratio.toFixed(2)}×`]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Node ${process.version}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const worstRatio = Math.max(...results.filter((r) => r.kb === 100).map((r) => r.ratio));
const worst100 = Math.max(...results.filter((r) => r.kb === 100).map((r) => r.ms));
const linear = results.filter((r) => r.kb === 100).every((r) => {
  const at10 = results.find((s) => s.name === r.name && s.kb === 10)!;
  return r.ms / at10.ms < 10 * 2;
});
console.log('');
console.log(`Fientlig indata mot prosa vid 100 KB, värsta: ${worstRatio.toFixed(2)}× (mål ≤ ${TARGET_RATIO}×): ${worstRatio <= TARGET_RATIO ? 'PASS' : 'FAIL'}`);
console.log(`Långsammast vid 100 KB: ${worst100.toFixed(1)} ms (mål < ${TARGET_100KB_MS} ms): ${worst100 < TARGET_100KB_MS ? 'PASS' : 'FAIL'}`);
console.log(`Tiden växer linjärt (100 KB / 10 KB < 20 för alla indata): ${linear ? 'PASS' : 'FAIL'}`);
