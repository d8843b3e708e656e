// A meeting's end as the forms and the header show it: Stockholm wall time,
// the same day as the start. Pure, so the unit tests run it without a browser.
import { formatDateTime, formatTime, stockholmInputValues, stockholmInstant } from '../../../api/domain/swedish-format.ts';

/**
 * The server's DEFAULT_MEETING_MINUTES (api/domain/meeting-lifecycle.ts). Copied
 * because that module brings the guard into the bundle; a unit test keeps them equal.
 */
export const USUAL_MEETING_MINUTES = 120;
/** The lengths the rhythm editor offers, in minutes. */
export const MEETING_LENGTHS = [30, 45, 60, 90, 120, 150, 180, 240] as const;
const MINUTE_MS = 60_000;

/** The forum's usual length in minutes. */
export function usualMinutes(cadence: { durationMinutes?: number } | undefined): number {
  return cadence?.durationMinutes ?? USUAL_MEETING_MINUTES;
}

/** "HH:MM" in Stockholm, `minutes` after the wall time `date` `time`; '' when the start is incomplete. */
export function endTimeAfter(date: string, time: string, minutes: number): string {
  if (!date || !time) return '';
  return stockholmInputValues(new Date(Date.parse(stockholmInstant(date, time)) + minutes * MINUTE_MS)).time;
}

/** Minutes from start to end (the stored end, or the forum's usual length for meetings from before end times). */
export function lengthOf(meeting: { startsAt: string; endsAt?: string }, cadence?: { durationMinutes?: number }): number {
  if (!meeting.endsAt) return usualMinutes(cadence);
  return Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / MINUTE_MS);
}

/** The meeting's end: the stored one, or start + the forum's usual length (as the server reads it, meetingEnd). */
export function endOf(meeting: { startsAt: string; endsAt?: string }, cadence?: { durationMinutes?: number }): string {
  return meeting.endsAt ?? new Date(Date.parse(meeting.startsAt) + usualMinutes(cadence) * MINUTE_MS).toISOString();
}

/** The end instant for the form's values, or a Swedish problem with the end time. */
export function endInstant(date: string, time: string, endTime: string): { endsAt: string } | { problem: string } {
  if (!endTime) return { problem: 'Ange när mötet slutar.' };
  const startsAt = stockholmInstant(date, time);
  const endsAt = stockholmInstant(date, endTime);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) return { problem: `Sluttiden måste vara efter starttiden (${time.replace(':', '.')}).` };
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
