// Dates and times as Swedish readers expect them, in Stockholm's time zone:
// "tis 3 mars 2026 kl. 14.00". Shared by the workspace and the exports.

const ZONE = 'Europe/Stockholm';
const WEEKDAYS = ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export interface StockholmParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

export function stockholmParts(instant: string | Date): StockholmParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAY_INDEX[parts.weekday],
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "14.00" */
export function formatTime(instant: string | Date): string {
  const p = stockholmParts(instant);
  return `${two(p.hour)}.${two(p.minute)}`;
}

/** "tis 3 mars 2026 kl. 14.00" */
export function formatDateTime(instant: string | Date): string {
  const p = stockholmParts(instant);
  return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} ${p.year} kl. ${two(p.hour)}.${two(p.minute)}`;
}

/** "tis 3 mars 2026" for an instant. */
export function formatMeetingDate(instant: string | Date): string {
  const p = stockholmParts(instant);
  return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "3 mars" for a calendar day `YYYY-MM-DD`. */
export function formatDayMonth(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}`;
}

/** "3 mars 2026" for a calendar day `YYYY-MM-DD`. */
export function formatDay(date: string): string {
  return `${formatDayMonth(date)} ${date.slice(0, 4)}`;
}

/** `YYYY-MM-DD` and `HH:MM` in Stockholm, for date and time inputs. */
export function stockholmInputValues(instant: string | Date): { date: string; time: string } {
  const p = stockholmParts(instant);
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** The instant of a Stockholm wall-clock date and time, with its offset: "2026-03-03T14:00:00+01:00". */
export function stockholmInstant(date: string, time: string): string {
  // Try both offsets Sweden uses; keep the one that reads back as the same wall clock.
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = `${date}T${time}:00${offset}`;
    const back = stockholmInputValues(candidate);
    if (back.date === date && back.time === time) return candidate;
  }
  // A time skipped by the spring change: take it in winter time.
  return `${date}T${time}:00+01:00`;
}
