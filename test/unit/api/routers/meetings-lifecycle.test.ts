// The meeting's life against the calendar, through the routers with a clock
// the test moves: create (same-day rule), notes before the start, approval
// only after it, reschedule (across New Year too) and cancel.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../api/domain/errors.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) return { code: err.cause instanceof DomainError ? err.cause.code : err.code, message: err.message };
    throw err;
  }
  throw new Error('the call succeeded');
}

describe('meetings.create', () => {
  it('refuses a second meeting of the forum on the same Stockholm day unless allowSameDay, and not for another forum', async () => {
    const world = await callerWorld('2026-11-28T10:00:00.000Z');
    const convener = world.as('convener');
    await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-08T14:00:00+01:00' });
    const second = { forumId: world.forums.bra.id, startsAt: '2026-12-08T23:30:00+01:00' };
    const refused = await refusal(convener.meetings.create(second));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/redan ett möte samma dag/);
    expect((await convener.meetings.create({ ...second, allowSameDay: true })).status).toBe('planned');
    expect((await world.as('coordinator').meetings.create({ forumId: world.forums.sspf.id, startsAt: '2026-12-08T14:00:00+01:00' })).status).toBe('planned');
    // The next day is another day.
    expect((await convener.meetings.create({ ...second, startsAt: '2026-12-09T00:30:00+01:00' })).status).toBe('planned');
  });
});

describe('notes before the meeting, approval after it', () => {
  it('stays planned with notes prepared ahead, reads held once the start has passed, and approves only then', async () => {
    const world = await callerWorld('2026-11-28T10:00:00.000Z');
    const convener = world.as('convener');
    const created = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-03T14:00:00+01:00' });
    const vbe = created.agenda.find((i) => i.kind === 'vbe')!;
    const saved = await convener.minutes.saveItem({ meetingId: created.id, itemId: vbe.id, vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
    expect(saved.status).toBe('planned');
    expect((await convener.meetings.get({ id: created.id })).status).toBe('planned');
    const approve = () => convener.minutes.approve({ meetingId: created.id, approvers: ['Anna Berg'], version: 1 });
    expect((await refusal(approve())).code).toBe('CONFLICT');

    world.clock.now = new Date('2026-12-03T13:30:00.000Z');
    expect((await convener.meetings.get({ id: created.id })).status).toBe('held');
    expect((await convener.meetings.list({ forumId: world.forums.bra.id }))[0]!.status).toBe('held');
    expect((await approve()).status).toBe('approved');
  });

  it("refuses an observation dated after the meeting's day", async () => {
    const world = await callerWorld('2026-12-10T10:00:00.000Z');
    const convener = world.as('convener');
    const m = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-03T14:00:00+01:00' });
    const vbe = m.agenda.find((i) => i.kind === 'vbe')!;
    const obs = { milieu: 'autonoma' as const, category: 'klotter' as const, source: 'polis' as const, area: 'Husby', count: 1, date: '2026-12-04', text: '' };
    const refused = await refusal(convener.minutes.saveItem({ meetingId: m.id, itemId: vbe.id, vbe: { status: 'discussed', observations: [obs], actions: [] } }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/senare än mötets dag/);
  });
});

describe('meetings.reschedule and meetings.cancel', () => {
  it('moves a meeting across New Year by the same-day rule, and never once approved', async () => {
    const world = await callerWorld('2026-12-01T10:00:00.000Z');
    const convener = world.as('convener');
    const m = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-29T14:00:00+01:00', location: 'Kista träff' });
    const other = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2027-01-12T09:00:00+01:00' });
    const moved = await convener.meetings.reschedule({ meetingId: m.id, startsAt: '2027-01-05T14:00:00+01:00' });
    expect(moved).toMatchObject({ startsAt: '2027-01-05T13:00:00.000Z', location: 'Kista träff', status: 'planned' });
    expect((await refusal(convener.meetings.reschedule({ meetingId: m.id, startsAt: '2027-01-12T15:00:00+01:00' }))).code).toBe('CONFLICT');
    expect((await convener.meetings.reschedule({ meetingId: m.id, startsAt: '2027-01-12T15:00:00+01:00', allowSameDay: true, location: 'Husby' })).location).toBe('Husby');
    expect((await refusal(world.as('otherConvener').meetings.reschedule({ meetingId: other.id, startsAt: '2027-01-20T09:00:00+01:00' }))).code).toBe('NOT_FOUND');

    world.clock.now = new Date('2027-01-13T10:00:00.000Z');
    const vbe = other.agenda.find((i) => i.kind === 'vbe')!;
    await convener.minutes.saveItem({ meetingId: other.id, itemId: vbe.id, vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
    await convener.minutes.approve({ meetingId: other.id, approvers: ['Anna Berg'], version: 1 });
    expect((await refusal(convener.meetings.reschedule({ meetingId: other.id, startsAt: '2027-01-20T09:00:00+01:00' }))).code).toBe('CONFLICT');
    expect((await refusal(convener.meetings.cancel({ meetingId: other.id, reason: 'Fel datum' }))).code).toBe('CONFLICT');
  });

  it('cancels a planned meeting: kept and listed as cancelled with its reason, taking no notes, and no longer blocking its day', async () => {
    const world = await callerWorld('2026-11-28T10:00:00.000Z');
    const convener = world.as('convener');
    const m = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-08T14:00:00+01:00' });
    expect((await refusal(convener.meetings.cancel({ meetingId: m.id, reason: '  ' }))).code).toBe('BAD_REQUEST');
    expect((await refusal(convener.meetings.cancel({ meetingId: m.id, reason: 'Kalle Svensson är sjuk' }))).code).toBe('BAD_REQUEST');
    const cancelled = await convener.meetings.cancel({ meetingId: m.id, reason: 'Lokalen är inte tillgänglig' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellation: { by: 'convener', reason: 'Lokalen är inte tillgänglig', at: '2026-11-28T10:00:00.000Z' } });
    const [listed] = await convener.meetings.list({ forumId: world.forums.bra.id });
    expect(listed).toMatchObject({ id: m.id, status: 'cancelled', cancellation: { reason: 'Lokalen är inte tillgänglig' } });
    const vbe = m.agenda.find((i) => i.kind === 'vbe')!;
    expect((await refusal(convener.minutes.saveItem({ meetingId: m.id, itemId: vbe.id, text: 'x' }))).code).toBe('CONFLICT');
    expect((await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-12-08T15:00:00+01:00' })).status).toBe('planned');
    expect((await world.store.auditLog()).some((e) => e.procedure === 'meetings.cancel' && e.recordId === m.id)).toBe(true);
  });
});
