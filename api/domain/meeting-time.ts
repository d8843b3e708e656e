// A meeting's length and end. Guard-free, so the workspace reads ends the
// same way the server and the calendar files do.
import type { Cadence, Meeting } from './types.ts';

/** A forum meeting's usual length when the forum's rhythm does not say. */
export const DEFAULT_MEETING_MINUTES = 120;
/** A meeting longer than this is a typing error. */
export const MAX_MEETING_MINUTES = 12 * 60;
const MINUTE_MS = 60_000;

/** The forum's usual length in minutes. */
export function usualMinutes(cadence: Pick<Cadence, 'durationMinutes'> | undefined): number {
  return cadence?.durationMinutes ?? DEFAULT_MEETING_MINUTES;
}

/** The start plus the forum's usual length. */
export function defaultEnd(startsAt: string, cadence?: Pick<Cadence, 'durationMinutes'>): string {
  return new Date(Date.parse(startsAt) + usualMinutes(cadence) * MINUTE_MS).toISOString();
}

/** When the meeting ends: as stored, or (older meetings) its start plus the forum's usual length. */
export function meetingEnd(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, cadence?: Pick<Cadence, 'durationMinutes'>): string {
  return meeting.endsAt ?? defaultEnd(meeting.startsAt, cadence);
}

/** Minutes from start to end (see meetingEnd). */
export function meetingMinutes(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, cadence?: Pick<Cadence, 'durationMinutes'>): number {
  return Math.round((Date.parse(meetingEnd(meeting, cadence)) - Date.parse(meeting.startsAt)) / MINUTE_MS);
}
