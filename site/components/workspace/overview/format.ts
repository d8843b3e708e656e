// Numbers and quarters as the overview shows them, in Swedish.
import { VBE_STATUSES, VBE_STATUS_LABELS } from '../../../../api/domain/codes.ts';
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

export interface VbeMark {
  text: string;
  /** Badge class; the colour only repeats the text. */
  tone: string;
}

const NO_MINUTES: VbeMark = { text: 'Inget protokoll', tone: '' };
const CANCELLED: VbeMark = { text: 'Inställt', tone: '' };

/** A meeting's VBE status in words. Only approved minutes count: a held meeting's status may still change. */
export function vbeOf(m: Pick<MeetingSummary, 'status' | 'vbeStatus'>): VbeMark {
  if (m.status === 'cancelled') return CANCELLED;
  if (m.status !== 'approved' || !m.vbeStatus) return NO_MINUTES;
  return { text: VBE_STATUS_LABELS[m.vbeStatus], tone: m.vbeStatus === 'not-discussed' ? 'ws-badge-warn' : 'ws-badge-ok' };
}

/**
 * A forum's meetings summed by VBE status, in a fixed order and without
 * zeros: a few lines per forum however many meetings the period holds.
 */
export function vbeSummary(meetings: readonly Pick<MeetingSummary, 'status' | 'vbeStatus'>[]): (VbeMark & { count: number })[] {
  const order = [...VBE_STATUSES.map((s) => VBE_STATUS_LABELS[s]), NO_MINUTES.text, CANCELLED.text];
  const counts = new Map<string, VbeMark & { count: number }>();
  for (const m of meetings) {
    const mark = vbeOf(m);
    const seen = counts.get(mark.text);
    if (seen) seen.count++;
    else counts.set(mark.text, { ...mark, count: 1 });
  }
  return [...counts.values()].sort((a, b) => order.indexOf(a.text) - order.indexOf(b.text));
}
