// A meeting's end as the forms and the header show it: Stockholm wall time.
// Pure, so the unit tests run it without a browser; how an end is read is
// the domain's (api/domain/meeting-time.ts).
import { formatDateTime, formatTime, stockholmInputValues, stockholmInstant } from '../../../api/domain/swedish-format.ts';
import { MAX_MEETING_MINUTES } from '../../../api/domain/meeting-time.ts';
import { addDays } from '../../../api/domain/periods.ts';

/** The lengths the rhythm editor offers, in minutes. */
export const MEETING_LENGTHS = [30, 45, 60, 90, 120, 150, 180, 240] as const;
const MINUTE_MS = 60_000;

/** "HH:MM" in Stockholm, `minutes` after the wall time `date` `time`; '' when the start is incomplete. */
export function endTimeAfter(date: string, time: string, minutes: number): string {
  if (!date || !time) return '';
  return stockholmInputValues(new Date(Date.parse(stockholmInstant(date, time)) + minutes * MINUTE_MS)).time;
}

/** The end instant for the form's values, or a Swedish problem with the end time. */
export function endInstant(date: string, time: string, endTime: string): { endsAt: string } | { problem: string } {
  if (!endTime) return { problem: 'Ange när mötet slutar.' };
  const startsAt = stockholmInstant(date, time);
  let endsAt = stockholmInstant(date, endTime);
  // An end at or before the start is read as the next day (22.30–00.30), within a meeting's longest length.
  if (Date.parse(endsAt) <= Date.parse(startsAt)) endsAt = stockholmInstant(addDays(date, 1), endTime);
  if (Date.parse(endsAt) - Date.parse(startsAt) > MAX_MEETING_MINUTES * 60_000) {
    return { problem: `Sluttiden måste vara efter starttiden (${time.replace(':', '.')}), och ett möte kan vara högst ${MAX_MEETING_MINUTES / 60} timmar.` };
  }
  return { endsAt };
}

/** "tis 8 december 2026 kl. 14.00–16.00"; a meeting that ends another day shows both days. */
export function formatMeetingSpan(startsAt: string, endsAt: string): string {
  if (stockholmInputValues(startsAt).date !== stockholmInputValues(endsAt).date) return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`;
  return `${formatDateTime(startsAt)}–${formatTime(endsAt)}`;
}

/** "45 minuter", "1 timme", "1,5 timmar", "2 timmar". */
export function formatLength(minutes: number): string {
  if (minutes < 60) return `${minutes} minuter`;
  const hours = minutes / 60;
  if (minutes % 30 !== 0) return `${Math.floor(hours)} tim ${minutes % 60} min`;
  return hours === 1 ? '1 timme' : `${String(hours).replace('.', ',')} timmar`;
}
