// The API benchmark's table: each figure, its target, PASS/FAIL.

export interface ReportRow {
  metric: string;
  value: string;
  /** The 1-year figure, for comparison; '' when not measured. */
  oneYear?: string;
  target?: string;
  /** undefined: a figure without a target. */
  pass?: boolean;
}

export function table(rows: ReportRow[]): string {
  const header = ['Metric', '10 years', '1 year', 'Target', 'Result'];
  const cells = rows.map((r) => [r.metric, r.value, r.oneYear ?? '', r.target ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 3 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ').trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  return [rule, line(header), rule, ...cells.map(line), rule].join('\n');
}

const num = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));

export const fmt = {
  ms: (n: number) => (Number.isNaN(n) ? '–' : n < 1000 ? `${num(n)} ms` : `${(n / 1000).toFixed(2)} s`),
  /** p50 / p95 */
  pair: (a: number, b: number) => `${num(a)} / ${num(b)} ms`,
  rate: (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`,
  bytes: (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} kB`),
  ratio: (n: number) => `${n.toFixed(2)}×`,
  count: (n: number) => Math.round(n).toLocaleString('en-US'),
};
