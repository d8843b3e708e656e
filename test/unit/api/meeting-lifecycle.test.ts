import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../api/domain/agenda.ts';
import {
  cancelMeeting,
  effectiveStatus,
  newMeeting,
  rescheduleMeeting,
  sameDayMeeting,
  withEffectiveStatus,
} from '../../../api/domain/meeting-lifecycle.ts';
import { DEFAULT_MEETING_MINUTES, meetingEnd } from '../../../api/domain/meeting-time.ts';
import { approveMinutes, saveItemMinutes, type Change } from '../../../api/domain/minutes.ts';
import type { Meeting } from '../../../api/domain/types.ts';
import { redactionNeedle, redactMeeting } from '../../../api/domain/redact.ts';
import { counterIds, deepFreeze, expectDomainError } from '../../fixtures/domain-helpers.ts';

const START = '2026-12-08T13:00:00.000Z'; // Tuesday 8 Dec 2026, 14.00 in Stockholm
const BEFORE = '2026-11-28T10:00:00.000Z';
const AFTER = '2026-12-08T15:00:00.000Z';
const forum = { id: 'f1', districtId: 'd1', type: 'bra' as const, template: defaultTemplate('bra'), cadence: { every: 1, unit: 'month' as const } };

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return newMeeting({
    forum,
    startsAt: START,
    agendaFrom: 'template',
    meetings: [],
    carriedActions: [],
    actorId: 'a1',
    now: BEFORE,
    newId: counterIds('m'),
    ...overrides,
  }) as Meeting & typeof overrides;
}
const withMeeting = (overrides: Partial<Meeting> = {}): Meeting => ({ ...meeting(), ...overrides });
const change = (now: string): Change => ({ actorId: 'a1', now, newId: counterIds('n') });
const vbeId = (m: Meeting) => m.agenda.find((i) => i.kind === 'vbe')!.id;
const obs = (date: string) => ({ milieu: 'vit-makt' as const, category: 'klotter' as const, source: 'polis' as const, area: 'Husby', count: 1, date, text: 'Klotter' });

describe('status against the clock', () => {
  it('notes prepared before the start keep the meeting planned, stored and read', () => {
    const m = deepFreeze(meeting());
    const saved = saveItemMinutes(m, { itemId: vbeId(m), vbe: { status: 'discussed', observations: [], actions: [] } }, change(BEFORE));
    expect(saved.status).toBe('planned');
    expect(effectiveStatus(saved, BEFORE)).toBe('planned');
    // Read after the start, the same stored record is held.
    expect(effectiveStatus(saved, AFTER)).toBe('held');
    expect(withEffectiveStatus(saved, AFTER).status).toBe('held');
    expect(withEffectiveStatus(saved, BEFORE)).toBe(saved);
  });

  it('a save after the start stores held; a past meeting without notes stays planned', () => {
    const m = meeting();
    expect(saveItemMinutes(m, { itemId: vbeId(m), text: 'Gick igenom läget.' }, change(AFTER)).status).toBe('held');
    expect(effectiveStatus(m, AFTER)).toBe('planned');
  });

  it('a stored held before the start (older data) reads as planned; approved and cancelled read as stored', () => {
    const notes = { [vbeId(meeting())]: { text: 'x' } };
    expect(effectiveStatus(withMeeting({ status: 'held', minutes: notes }), BEFORE)).toBe('planned');
    expect(effectiveStatus(withMeeting({ status: 'approved', minutes: notes }), BEFORE)).toBe('approved');
    expect(effectiveStatus(withMeeting({ status: 'cancelled' }), AFTER)).toBe('cancelled');
  });
});

describe('minutes against the calendar', () => {
  const prepared = () => {
    const m = meeting();
    return saveItemMinutes(m, { itemId: vbeId(m), vbe: { status: 'nothing-to-report', observations: [], actions: [] } }, change(BEFORE));
  };

  it('approval is refused before the start and allowed once it has passed', () => {
    const m = prepared();
    const error = expectDomainError(() => approveMinutes(m, { approvers: ['Anna Berg'], version: 1 }, change('2026-12-08T12:59:59.000Z')), 'CONFLICT');
    expect(error.message).toMatch(/inte börjat/);
    expect(approveMinutes(m, { approvers: ['Anna Berg'], version: 1 }, change('2026-12-08T13:00:00.000Z')).status).toBe('approved');
  });

  it("observations may be dated on the meeting's Stockholm day but not after", () => {
    // 23.30 in Stockholm on 8 Dec is 8 Dec, though 9 Dec has begun nowhere: the day is Stockholm's.
    const late = meeting({ startsAt: '2026-12-08T22:30:00.000Z' } as Partial<Meeting>);
    const ok = saveItemMinutes(late, { itemId: vbeId(late), vbe: { status: 'discussed', observations: [obs('2026-12-08')], actions: [] } }, change(AFTER));
    expect(ok.minutes[vbeId(late)].vbe!.observations[0].date).toBe('2026-12-08');
    const error = expectDomainError(
      () => saveItemMinutes(late, { itemId: vbeId(late), vbe: { status: 'discussed', observations: [obs('2026-12-08'), obs('2026-12-09')], actions: [] } }, change(AFTER)),
      'BAD_REQUEST',
      'vbe.observations.1.date',
    );
    expect(error.message).toMatch(/senare än mötets dag/);
  });

  it('a cancelled meeting takes no notes and no approval', () => {
    const m = cancelMeeting(prepared(), 'Lokalen är inte tillgänglig', { actorId: 'a1', now: BEFORE });
    expectDomainError(() => saveItemMinutes(m, { itemId: vbeId(m), text: 'x' }, change(AFTER)), 'CONFLICT');
    expectDomainError(() => approveMinutes(m, { approvers: ['Anna Berg'], version: 1 }, change(AFTER)), 'CONFLICT');
  });
});

describe('the same-day rule', () => {
  it('finds a meeting of the forum on the same Stockholm day, not a cancelled one nor another forum', () => {
    const other = withMeeting({ id: 'x', startsAt: '2026-12-08T07:00:00.000Z' });
    expect(sameDayMeeting([other], 'f1', '2026-12-08T22:30:00.000Z')?.id).toBe('x'); // 23.30 Stockholm, same day
    expect(sameDayMeeting([other], 'f1', '2026-12-08T23:30:00.000Z')).toBeUndefined(); // 00.30 on 9 Dec
    expect(sameDayMeeting([{ ...other, status: 'cancelled' }], 'f1', START)).toBeUndefined();
    expect(sameDayMeeting([{ ...other, forumId: 'f2' }], 'f1', START)).toBeUndefined();
    expect(sameDayMeeting([other], 'f1', START, 'x')).toBeUndefined();
  });

  it('newMeeting refuses a second meeting that day with CONFLICT unless allowSameDay', () => {
    const first = meeting();
    const error = expectDomainError(() => meeting({ meetings: [first], startsAt: '2026-12-08T16:00:00.000Z' } as Partial<Meeting>), 'CONFLICT');
    expect(error.message).toMatch(/redan ett möte samma dag \(tis 8 december 2026 kl\. 14\.00\)/);
    expect(meeting({ meetings: [first], startsAt: '2026-12-08T16:00:00.000Z', allowSameDay: true } as Partial<Meeting>).status).toBe('planned');
  });
});

describe('reschedule and cancel', () => {
  it('moves the start and the place, by the same-day rule, and keeps the place when none is given', () => {
    const m = deepFreeze(withMeeting({ location: 'Husby träff' }));
    const moved = rescheduleMeeting(m, { startsAt: '2027-01-12T14:00:00+01:00' }, [], AFTER);
    expect(moved).toMatchObject({ startsAt: '2027-01-12T13:00:00.000Z', location: 'Husby träff', updatedAt: AFTER });
    expect(rescheduleMeeting(m, { startsAt: START, location: '' }, [], AFTER).location).toBeUndefined();
    const busy = withMeeting({ id: 'other', startsAt: '2027-01-12T08:00:00.000Z' });
    expectDomainError(() => rescheduleMeeting(m, { startsAt: '2027-01-12T14:00:00+01:00' }, [busy], AFTER), 'CONFLICT');
    expect(rescheduleMeeting(m, { startsAt: '2027-01-12T14:00:00+01:00', allowSameDay: true }, [busy], AFTER).startsAt).toBe('2027-01-12T13:00:00.000Z');
    // Its own day never conflicts with itself.
    expect(rescheduleMeeting(m, { startsAt: '2026-12-08T16:00:00+01:00' }, [m], AFTER).startsAt).toBe('2026-12-08T15:00:00.000Z');
  });

  it('refuses a move before the dates of observations already noted, and a place the guard refuses', () => {
    const base = meeting();
    const m = saveItemMinutes(base, { itemId: vbeId(base), vbe: { status: 'discussed', observations: [obs('2026-12-05')], actions: [] } }, change(BEFORE));
    expectDomainError(() => rescheduleMeeting(m, { startsAt: '2026-12-04T14:00:00+01:00' }, [], AFTER), 'BAD_REQUEST', 'startsAt');
    expect(rescheduleMeeting(m, { startsAt: '2026-12-05T09:00:00+01:00' }, [], AFTER).startsAt).toBe('2026-12-05T08:00:00.000Z');
    expectDomainError(() => rescheduleMeeting(m, { startsAt: START, location: 'Storgatan 12' }, [], AFTER), 'BAD_REQUEST', 'location');
  });

  it('cancels with a guarded reason, keeping the meeting; not twice, not once held, never once approved', () => {
    const m = meeting();
    const cancelled = cancelMeeting(m, '  För få kunde komma  ', { actorId: 'a2', now: BEFORE });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellation: { at: BEFORE, by: 'a2', reason: 'För få kunde komma' }, agenda: m.agenda });
    expectDomainError(() => cancelMeeting(cancelled, 'Igen', { actorId: 'a2', now: BEFORE }), 'CONFLICT');
    expectDomainError(() => rescheduleMeeting(cancelled, { startsAt: START }, [], BEFORE), 'CONFLICT');
    expectDomainError(() => cancelMeeting(m, 'Ring 070-123 45 67', { actorId: 'a2', now: BEFORE }), 'BAD_REQUEST', 'reason');

    const held = saveItemMinutes(m, { itemId: vbeId(m), vbe: { status: 'nothing-to-report', observations: [], actions: [] } }, change(AFTER));
    expectDomainError(() => cancelMeeting(held, 'Sent påkommet', { actorId: 'a2', now: AFTER }), 'CONFLICT');
    const approved = approveMinutes(held, { approvers: ['Anna Berg'], version: 1 }, change(AFTER));
    expectDomainError(() => cancelMeeting(approved, 'Sent påkommet', { actorId: 'a2', now: AFTER }), 'CONFLICT');
    expectDomainError(() => rescheduleMeeting(approved, { startsAt: START }, [], AFTER), 'CONFLICT');
  });

  it('a planned meeting with notes prepared ahead can still be cancelled before it starts', () => {
    const m = meeting();
    const prepared = saveItemMinutes(m, { itemId: vbeId(m), text: 'Förberett' }, change(BEFORE));
    expect(cancelMeeting(prepared, 'Flyttas till nästa år', { actorId: 'a1', now: BEFORE }).status).toBe('cancelled');
  });
});

describe('end time and calendar sequence', () => {
  const base = { forum, agendaFrom: 'template' as const, meetings: [], carriedActions: [], actorId: 'a1', now: BEFORE };

  it("ends after the forum's usual length unless given, and refuses an end not after the start or over twelve hours", () => {
    expect(meeting().endsAt).toBe(new Date(Date.parse(START) + DEFAULT_MEETING_MINUTES * 60_000).toISOString());
    const short = newMeeting({ ...base, forum: { ...forum, cadence: { ...forum.cadence, durationMinutes: 90 } }, startsAt: START, newId: counterIds('m') });
    expect(short.endsAt).toBe('2026-12-08T14:30:00.000Z');
    const given = newMeeting({ ...base, startsAt: START, endsAt: '2026-12-08T15:15:00+01:00', newId: counterIds('m') });
    expect(given.endsAt).toBe('2026-12-08T14:15:00.000Z');
    expectDomainError(() => newMeeting({ ...base, startsAt: START, endsAt: START, newId: counterIds('m') }), 'BAD_REQUEST', 'endsAt');
    expectDomainError(() => newMeeting({ ...base, startsAt: START, endsAt: '2026-12-09T02:00:00.000Z', newId: counterIds('m') }), 'BAD_REQUEST', 'endsAt');
  });

  it('an older meeting without an end reads as its start plus the usual length', () => {
    const { endsAt: _, ...old } = meeting();
    expect(meetingEnd(old)).toBe('2026-12-08T15:00:00.000Z');
    expect(meetingEnd(old, { durationMinutes: 60 })).toBe('2026-12-08T14:00:00.000Z');
  });

  it('a move keeps the length unless a new end is given, and every move or cancellation raises the sequence', () => {
    const m = deepFreeze(meeting());
    expect(m.sequence).toBeUndefined();
    const moved = rescheduleMeeting(m, { startsAt: '2027-01-12T09:00:00+01:00' }, [], AFTER);
    expect(moved).toMatchObject({ endsAt: '2027-01-12T10:00:00.000Z', sequence: 1 });
    const longer = rescheduleMeeting(moved, { startsAt: moved.startsAt, endsAt: '2027-01-12T12:00:00+01:00' }, [], AFTER);
    expect(longer).toMatchObject({ startsAt: moved.startsAt, endsAt: '2027-01-12T11:00:00.000Z', sequence: 2 });
    expectDomainError(() => rescheduleMeeting(m, { startsAt: START, endsAt: '2026-12-08T13:00:00+01:00' }, [], AFTER), 'BAD_REQUEST', 'endsAt');
    expect(cancelMeeting(longer, 'Lokalen är upptagen', { actorId: 'a1', now: BEFORE }).sequence).toBe(3);
    // The form sent unchanged is no update for the calendars.
    expect(rescheduleMeeting(longer, { startsAt: longer.startsAt, endsAt: longer.endsAt, location: '' }, [], AFTER).sequence).toBe(2);
    expect(rescheduleMeeting(longer, { startsAt: longer.startsAt, location: 'Husby träff' }, [], AFTER).sequence).toBe(3);
  });

  it("an older meeting without an end is moved with the forum's usual length, and reading its end the same way is no change", () => {
    const { endsAt: _, ...old } = meeting();
    expect(rescheduleMeeting(old, { startsAt: old.startsAt }, [], AFTER, { durationMinutes: 90 })).toMatchObject({ endsAt: '2026-12-08T14:30:00.000Z' });
    expect(rescheduleMeeting(old, { startsAt: old.startsAt }, [], AFTER, { durationMinutes: 90 }).sequence).toBeUndefined();
    expect(rescheduleMeeting(old, { startsAt: '2026-12-08T15:00:00+01:00' }, [], AFTER, { durationMinutes: 90 })).toMatchObject({ endsAt: '2026-12-08T15:30:00.000Z', sequence: 1 });
  });
});

describe('redaction', () => {
  it('takes text back from the reason a meeting was cancelled, which the guard let through', () => {
    const cancelled = cancelMeeting(meeting(), 'Lokalen i Bananflugan var stängd', { actorId: 'a1', now: BEFORE });
    const { meeting: redacted, replaced } = redactMeeting(cancelled, redactionNeedle('Bananflugan'));
    expect(replaced).toBe(1);
    expect(redacted.cancellation).toEqual({ at: BEFORE, by: 'a1', reason: 'Lokalen i [borttaget] var stängd' });
    expect(redacted.status).toBe('cancelled');
  });
});
