// Numbers and quarters as the overview shows them, in Swedish.
import type { Outputs } from '../../../lib/workspace/api.ts';

export type Lagesbild = Outputs['lagesbild']['compile'];
export type PeriodFigures = Lagesbild['current'];
export type MeetingSummary = Outputs['meetings']['list'][number];

const integer = new Intl.NumberFormat('sv-SE');
// sv-SE puts a no-break space before the sign: "83 %".
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export const formatCount = (n: number): string => integer.format(n);
export const formatShare = (share: number): string => percent.format(share);

/** "2026-Q1" → "2026 kv. 1" */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? `${Number(match[1])} kv. ${match[2]}` : quarter;
}
