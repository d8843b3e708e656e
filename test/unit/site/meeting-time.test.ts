// The end time as the workspace forms and header read it: Stockholm wall
// time, the forum's usual length, DST-safe. Fixed dates only (no clock).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_MINUTES, meetingEnd, meetingMinutes, usualMinutes } from '../../../api/domain/meeting-time.ts';
import { endInstant, endTimeAfter, formatLength, formatMeetingSpan } from '../../../site/lib/workspace/meeting-time.ts';

describe('meeting end times in the workspace', () => {
  it('uses the default when the forum sets no length, and reads an older meeting’s end from the usual length', () => {
    expect(usualMinutes(undefined)).toBe(DEFAULT_MEETING_MINUTES);
    expect(usualMinutes({ durationMinutes: 90 })).toBe(90);
    const old = { startsAt: '2026-03-03T13:00:00.000Z' };
    expect(meetingEnd(old, { durationMinutes: 45 })).toBe('2026-03-03T13:45:00.000Z');
    expect(meetingEnd({ ...old, endsAt: '2026-03-03T14:00:00.000Z' })).toBe('2026-03-03T14:00:00.000Z');
  });

  it('suggests the end from the start and the length, across the change to summer time', () => {
    expect(endTimeAfter('2026-12-08', '14:00', 120)).toBe('16:00');
    expect(endTimeAfter('2026-12-08', '13:15', 90)).toBe('14:45');
    // 29 March 2026: clocks go from 02.00 to 03.00, so two hours after 01.00 is 04.00.
    expect(endTimeAfter('2026-03-29', '01:00', 120)).toBe('04:00');
    expect(endTimeAfter('', '14:00', 120)).toBe('');
  });

  it('keeps a meeting’s own length, or the usual one for meetings from before end times', () => {
    expect(meetingMinutes({ startsAt: '2026-12-08T13:00:00Z', endsAt: '2026-12-08T14:30:00Z' })).toBe(90);
    expect(meetingMinutes({ startsAt: '2026-12-08T13:00:00Z' }, { durationMinutes: 60 })).toBe(60);
  });

  it('refuses an end at or before the start, in Swedish, and gives the instant in Stockholm time', () => {
    expect(endInstant('2026-12-08', '14:00', '16:00')).toEqual({ endsAt: '2026-12-08T16:00:00+01:00' });
    expect(endInstant('2026-06-09', '14:00', '16:00')).toEqual({ endsAt: '2026-06-09T16:00:00+02:00' });
    // An end before the start is the next day (a late meeting), up to the longest length.
    expect(endInstant('2026-12-08', '22:30', '00:30')).toEqual({ endsAt: '2026-12-09T00:30:00+01:00' });
    expect(endInstant('2026-12-08', '14:00', '14:00')).toEqual({ problem: 'Sluttiden måste vara efter starttiden (14.00), och ett möte kan vara högst 12 timmar.' });
    expect(endInstant('2026-12-08', '14:00', '13:00')).toEqual({ problem: 'Sluttiden måste vara efter starttiden (14.00), och ett möte kan vara högst 12 timmar.' });
    expect(endInstant('2026-12-08', '14:00', '')).toEqual({ problem: 'Ange när mötet slutar.' });
  });

  it('shows start and end as one span, both days when it ends another day', () => {
    expect(formatMeetingSpan('2026-12-08T13:00:00Z', '2026-12-08T15:00:00Z')).toBe('tis 8 december 2026 kl. 14.00–16.00');
    expect(formatMeetingSpan('2026-12-08T21:00:00Z', '2026-12-08T23:30:00Z')).toBe('tis 8 december 2026 kl. 22.00 – ons 9 december 2026 kl. 00.30');
  });

  it('names lengths as people say them', () => {
    expect([30, 45, 60, 90, 120, 150, 180, 240, 100].map(formatLength)).toEqual([
      '30 minuter',
      '45 minuter',
      '1 timme',
      '1,5 timmar',
      '2 timmar',
      '2,5 timmar',
      '3 timmar',
      '4 timmar',
      '1 tim 40 min',
    ]);
  });
});
