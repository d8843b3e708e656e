// The observations of a district's approved minutes in a period, as a CSV
// file Swedish Excel opens directly: semicolons, UTF-8 with BOM, CRLF.
import { CATEGORY_LABELS, FORUM_TYPE_LABELS, MILIEU_LABELS, SOURCE_LABELS } from '../domain/codes.ts';
import { stockholmDate } from '../domain/periods.ts';
import type { Forum, Meeting } from '../domain/types.ts';
import { vbeRecordOf } from '../domain/minutes.ts';

export const OBSERVATIONS_CSV_HEADER = [
  'Mötesdatum',
  'Forum',
  'Forumtyp',
  'Miljö',
  'Kategori',
  'Källa',
  'Område',
  'Antal',
  'Observationsdatum',
  'Beskrivning',
] as const;

const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One cell: a leading =, +, -, @, tab or CR would make a spreadsheet read a
 * formula, so such a cell gets a leading apostrophe; then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(SEPARATOR) + '\r\n').join('');
}

export interface ObservationsQuery {
  districtId: string;
  /** First and last day, YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

/**
 * Rows in meeting order. The same rule as the lägesbild: approved meetings of
 * the district whose start falls within the period in Stockholm's calendar.
 */
export function observationRows(meetings: readonly Meeting[], forums: readonly Forum[], query: ObservationsQuery): string[][] {
  const forumById = new Map(forums.map((f) => [f.id, f]));
  const rows: string[][] = [];
  const dated = meetings
    .filter((m) => m.districtId === query.districtId && m.status === 'approved')
    .map((m) => ({ m, date: stockholmDate(m.startsAt), at: Date.parse(m.startsAt) }))
    .filter(({ date }) => date >= query.from && date <= query.to)
    .sort((a, b) => a.at - b.at || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  for (const { m, date } of dated) {
    const forum = forumById.get(m.forumId);
    for (const o of vbeRecordOf(m)?.observations ?? []) {
      rows.push([
        date,
        forum?.name ?? 'Okänt forum',
        forum ? FORUM_TYPE_LABELS[forum.type] : '',
        MILIEU_LABELS[o.milieu],
        CATEGORY_LABELS[o.category],
        SOURCE_LABELS[o.source],
        o.area,
        String(o.count),
        o.date,
        o.text,
      ]);
    }
  }
  return rows;
}

export function observationsCsv(meetings: readonly Meeting[], forums: readonly Forum[], query: ObservationsQuery): string {
  return csvDocument(OBSERVATIONS_CSV_HEADER, observationRows(meetings, forums, query));
}
