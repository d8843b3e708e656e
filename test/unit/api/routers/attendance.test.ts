// Members and attendance through the routers, without HTTP: who may set
// them, the attendance on cancelled meetings, and that lägesbild counts only
// the VBE item's actions while the follow-up carries all.
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

const MEMBER = { name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'karin.lindberg@polisen.se' };

describe('members and attendance through the routers', () => {
  it('lets conveners of the forum, coordinators of its district and admins set members, nobody else', async () => {
    const world = await callerWorld();
    const id = world.forums.bra.id;
    expect((await world.as('convener').forums.update({ id, members: [MEMBER] })).members).toHaveLength(1);
    expect((await world.as('coordinator').forums.update({ id, members: [MEMBER, { ...MEMBER, email: 'k2@polisen.se' }] })).members).toHaveLength(2);
    expect((await world.as('admin').forums.update({ id, members: [] })).members).toEqual([]);
    expect(await codeOf(world.as('otherConvener').forums.update({ id, members: [MEMBER] }))).toBe('NOT_FOUND');
    expect(await codeOf(world.as('otherCoordinator').forums.update({ id, members: [MEMBER] }))).toBe('NOT_FOUND');
  });

  it('refuses attendance on a cancelled meeting', async () => {
    const world = await callerWorld();
    const convener = world.as('convener');
    const forum = await convener.forums.update({ id: world.forums.bra.id, members: [MEMBER] });
    const meeting = await convener.meetings.create({ forumId: forum.id, startsAt: '2026-03-20T14:00:00+01:00' });
    expect((await convener.meetings.setAttendance({ meetingId: meeting.id, present: [forum.members![0]!.id] })).attendance?.present).toHaveLength(1);
    await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Lokalen är inte tillgänglig' });
    expect(await codeOf(convener.meetings.setAttendance({ meetingId: meeting.id, present: [] }))).toBe('CONFLICT');
  });

  it('counts only the VBE item’s actions in the lägesbild, and carries actions of every item', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const convener = world.as('convener');
    let meeting = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-03-01T14:00:00+01:00' });
    const topic = meeting.agenda.find((i) => i.kind === 'topic') ?? meeting.agenda.find((i) => i.kind === 'other-business')!;
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    meeting = await convener.minutes.saveItem({ meetingId: meeting.id, itemId: topic.id, actions: [{ text: 'Bjud in skolan', owner: 'Rektor', due: '2026-04-01' }] });
    meeting = await convener.minutes.saveItem({
      meetingId: meeting.id,
      itemId: vbe.id,
      vbe: { status: 'discussed', observations: [], actions: [{ text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-04-01' }] },
    });
    await convener.minutes.approve({ meetingId: meeting.id, approvers: ['Demo Ordförande'], version: meeting.history.at(-1)!.version });
    const picture = await world.as('coordinator').lagesbild.compile({ district: 'rinkeby-kista', from: '2026-01-01', to: '2026-12-31' });
    expect(picture.current.actions.open).toBe(1);
    const next = await convener.meetings.create({ forumId: world.forums.bra.id, startsAt: '2026-04-05T14:00:00+02:00' });
    const carried = next.agenda.find((i) => i.kind === 'follow-up')?.carriedActions?.map((c) => c.text) ?? [];
    expect(carried.toSorted()).toEqual(['Bjud in skolan', 'Sanera klotter']);
  });
});
