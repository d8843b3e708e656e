// The record-loading procedure for everything done to one meeting (the shape
// of cal.com's bookingsProcedure): it loads the meeting and its forum, checks
// that the actor may reach them, and puts both on the context. Routers build
// on it instead of loading and checking meetings themselves, and never import
// each other for it. The downloads use the same loader.
import { z } from 'zod';
import { assertCanReadForum, type Actor } from '../domain/access.ts';
import type { Forum, Meeting } from '../domain/types.ts';
import { id } from '../routers/inputs.ts';
import type { Store } from '../store/store.ts';
import { signedInProcedure } from './init.ts';

export interface ReadableMeeting {
  meeting: Meeting;
  forum: Forum;
}

/** The meeting and its forum if the actor may reach them; NOT_FOUND whether it exists or not. */
export async function loadReadableMeeting(store: Store, actor: Actor, meetingId: string): Promise<ReadableMeeting> {
  const meeting = await store.getMeeting(meetingId);
  const forum = meeting && (await store.getForum(meeting.forumId));
  assertCanReadForum(actor, forum, 'Mötet');
  return { meeting: meeting!, forum: forum! };
}

/** A signed-in procedure whose input has `meetingId`; `ctx.meeting` and `ctx.forum` are loaded and checked. */
export const meetingProcedure = signedInProcedure.input(z.object({ meetingId: id })).use(async ({ ctx, input, next }) => {
  const { meeting, forum } = await loadReadableMeeting(ctx.store, ctx.actor, input.meetingId);
  return next({ ctx: { meeting, forum } });
});
