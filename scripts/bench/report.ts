// Plain-text tables for the search benchmark.

export interface Row {
  metric: string;
  lunr: number;
  mini: number;
  format: (n: number) => string;
}

export function table(rows: Row[]): string {
  const header = ['metric', 'lunr', 'MiniSearch', 'lunr/MiniSearch'];
  const cells = rows.map((r) => [r.metric, r.format(r.lunr), r.format(r.mini), ratio(r.lunr, r.mini)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  return [rule, line(header), rule, ...cells.map(line), rule].join('\n');
}

function ratio(a: number, b: number): string {
  if (b === 0) return a === 0 ? '–' : '∞';
  return `${(a / b).toFixed(2)}×`;
}

export const fmt = {
  ms: (n: number) => `${n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : n.toFixed(0)} ms`,
  bytes: (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`),
  count: (n: number) => Math.round(n).toLocaleString('en-US'),
};
