// The routers without HTTP: the meeting-loading procedure's access check, and
// meeting-level rules that live in the domain, called as a client would.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../api/domain/errors.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) return err.cause instanceof DomainError ? err.cause.code : err.code;
    throw err;
  }
  throw new Error('the call succeeded');
}

describe('meetingProcedure', () => {
  it('loads the meeting for those who reach its forum, and answers NOT_FOUND alike for others and for no meeting', async () => {
    const world = await callerWorld();
    const meeting = await world.as('convener').meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-03-10T14:00:00+01:00' });
    const opening = meeting.agenda[0]!;
    const save = { meetingId: meeting.id, itemId: opening.id, text: 'Mötet öppnades.' };
    expect((await world.as('coordinator').minutes.saveItem(save)).minutes[opening.id]!.text).toBe('Mötet öppnades.');
    expect(await codeOf(world.as('otherConvener').minutes.saveItem(save))).toBe('NOT_FOUND');
    expect(await codeOf(world.as('otherCoordinator').minutes.history({ meetingId: meeting.id }))).toBe('NOT_FOUND');
    expect(await codeOf(world.as('admin').minutes.history({ meetingId: 'no-such-meeting' }))).toBe('NOT_FOUND');
    expect((await world.as('admin').minutes.history({ meetingId: meeting.id })).map((v) => v.change)).toEqual(['save']);
  });
});

describe('agenda rules, through the routers', () => {
  it('refuses to remove an item that has minutes, and locks the agenda of approved minutes', async () => {
    const world = await callerWorld();
    const convener = world.as('convener');
    let meeting = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-03-01T14:00:00+01:00' });
    const topic = meeting.agenda.find((i) => i.kind === 'topic') ?? meeting.agenda.find((i) => i.kind === 'other-business')!;
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    meeting = await convener.minutes.saveItem({ meetingId: meeting.id, itemId: topic.id, text: 'Anteckning.' });
    expect(await codeOf(convener.agenda.removeItem({ meetingId: meeting.id, itemId: topic.id }))).toBe('CONFLICT');
    expect(await codeOf(convener.agenda.removeItem({ meetingId: meeting.id, itemId: vbe.id }))).toBe('FORBIDDEN');
    meeting = await convener.minutes.saveItem({ meetingId: meeting.id, itemId: vbe.id, vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
    await convener.minutes.approve({ meetingId: meeting.id, approvers: ['Demo Ordförande'], version: meeting.history.at(-1)!.version });
    expect(await codeOf(convener.agenda.addItem({ meetingId: meeting.id, title: 'Ny punkt' }))).toBe('CONFLICT');
  });
});

describe('a cancelled meeting, through the routers', () => {
  it('takes no agenda edits', async () => {
    const world = await callerWorld();
    const convener = world.as('convener');
    const meeting = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-03-20T14:00:00+01:00' });
    await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Krockar med ett annat möte' });
    expect(await codeOf(convener.agenda.addItem({ meetingId: meeting.id, title: 'Ny punkt' }))).toBe('CONFLICT');
  });
});
