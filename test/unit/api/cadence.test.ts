import { describe, expect, it } from 'vitest';
import { describeCadence, nextInRhythm, nthWeekdayOfMonth, ordinalOf, suggestNextMeeting, weekdayOf } from '../../../api/domain/cadence.ts';
import type { Cadence } from '../../../api/domain/types.ts';

const MONTHLY: Cadence = { every: 1, unit: 'month' };
const FOUR_WEEKS: Cadence = { every: 4, unit: 'week' };
const at = (iso: string) => new Date(iso);

describe('nthWeekdayOfMonth', () => {
  it('finds the first, fourth, fifth and last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 12, 1, 2)).toBe('2026-12-01'); // first Tuesday
    expect(nthWeekdayOfMonth(2026, 12, 2, 2)).toBe('2026-12-08');
    expect(nthWeekdayOfMonth(2026, 12, -1, 2)).toBe('2026-12-29');
    expect(nthWeekdayOfMonth(2026, 12, 5, 2)).toBe('2026-12-29');
    // February 2026 has four Tuesdays: a fifth is the last.
    expect(nthWeekdayOfMonth(2026, 2, 5, 2)).toBe('2026-02-24');
    expect(nthWeekdayOfMonth(2028, 2, -1, 2)).toBe('2028-02-29'); // leap day on a Tuesday
  });

  it('reads a day back as its place in the month', () => {
    expect(weekdayOf('2026-12-08')).toBe(2);
    expect(ordinalOf('2026-12-08')).toBe(2);
    expect(ordinalOf('2026-12-29')).toBe(-1);
    expect(ordinalOf('2026-12-28')).toBe(4);
  });
});

describe('nextInRhythm', () => {
  it('keeps the weekday month by month instead of the date (no drift to Thursday)', () => {
    // BRÅ on Tuesday 10 Nov 2026 (second Tuesday) → second Tuesday of December, 8 Dec, not Thursday 10 Dec.
    expect(nextInRhythm(MONTHLY, '2026-11-10')).toBe('2026-12-08');
    expect(nextInRhythm(MONTHLY, '2026-12-08')).toBe('2027-01-12');
  });

  it('follows an explicit "first Tuesday of the month" and "last Thursday"', () => {
    expect(nextInRhythm({ every: 1, unit: 'month', ordinal: 1, weekday: 2 }, '2026-12-03')).toBe('2027-01-05');
    expect(nextInRhythm({ every: 2, unit: 'month', ordinal: -1, weekday: 4 }, '2026-11-26')).toBe('2027-01-28');
  });

  it('steps whole weeks and keeps the weekday; a set weekday pulls to the nearest such day', () => {
    expect(nextInRhythm(FOUR_WEEKS, '2026-12-03')).toBe('2026-12-31');
    expect(nextInRhythm({ every: 6, unit: 'week', weekday: 2 }, '2026-11-26')).toBe('2027-01-05');
  });

  it('crosses month ends and years on the last weekday', () => {
    expect(nextInRhythm({ every: 1, unit: 'month', ordinal: -1, weekday: 5 }, '2027-01-29')).toBe('2027-02-26');
    expect(nextInRhythm(MONTHLY, '2026-01-30')).toBe('2026-02-27'); // the last Friday stays the last
  });
});

describe('suggestNextMeeting', () => {
  it('starts from the latest meeting, planned ones included, at its time', () => {
    const s = suggestNextMeeting(MONTHLY, '2026-12-08T13:00:00.000Z', at('2026-11-28T10:00:00Z'));
    expect(s).toEqual({ date: '2027-01-12', time: '14:00', startsAt: '2027-01-12T14:00:00+01:00' });
  });

  it('keeps the wall-clock time across the spring and autumn DST changes', () => {
    const spring = suggestNextMeeting({ every: 1, unit: 'week' }, '2026-03-24T13:00:00.000Z', at('2026-03-20T00:00:00Z'));
    expect(spring.startsAt).toBe('2026-03-31T14:00:00+02:00');
    const autumn = suggestNextMeeting({ every: 1, unit: 'week' }, '2026-10-20T07:30:00.000Z', at('2026-10-19T00:00:00Z'));
    expect(autumn.startsAt).toBe('2026-10-27T09:30:00+01:00');
  });

  it("uses the cadence's usual time over the latest meeting's", () => {
    const s = suggestNextMeeting({ ...MONTHLY, time: '09:00' }, '2026-11-10T13:00:00.000Z', at('2026-11-11T00:00:00Z'));
    expect(s.startsAt).toBe('2026-12-08T09:00:00+01:00');
  });

  it('steps on past days that are already behind the clock', () => {
    const s = suggestNextMeeting(FOUR_WEEKS, '2026-01-06T13:00:00.000Z', at('2026-06-01T12:00:00Z'));
    expect(s.date).toBe('2026-06-23'); // 6 Jan + 4 weeks × 6
    expect(weekdayOf(s.date)).toBe(2);
  });

  it('a meeting later today is still ahead; one earlier today is not', () => {
    expect(suggestNextMeeting(FOUR_WEEKS, '2026-05-19T12:00:00.000Z', at('2026-06-16T11:59:00Z')).date).toBe('2026-06-16');
    expect(suggestNextMeeting(FOUR_WEEKS, '2026-05-19T12:00:00.000Z', at('2026-06-16T12:01:00Z')).date).toBe('2026-07-14');
  });

  it('without a meeting: the rhythm\'s first day after today, or a week from today', () => {
    expect(suggestNextMeeting({ every: 1, unit: 'month', ordinal: 1, weekday: 2, time: '13:00' }, undefined, at('2026-12-01T20:00:00Z')).startsAt).toBe(
      '2027-01-05T13:00:00+01:00',
    );
    expect(suggestNextMeeting({ every: 1, unit: 'month', ordinal: -1, weekday: 2 }, undefined, at('2026-12-01T20:00:00Z')).date).toBe('2026-12-29');
    expect(suggestNextMeeting(MONTHLY, undefined, at('2026-12-30T23:30:00Z'))).toEqual({ date: '2027-01-07', time: '14:00', startsAt: '2027-01-07T14:00:00+01:00' });
  });

  it('describes the rhythm in Swedish', () => {
    expect(describeCadence({ every: 4, unit: 'week', weekday: 2, time: '14:00' })).toBe('var 4:e vecka, tisdagar kl. 14.00');
    expect(describeCadence({ every: 1, unit: 'month', ordinal: 1, weekday: 2 })).toBe('första tisdagen i månaden');
  });
});
