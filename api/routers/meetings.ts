import { z } from 'zod';
import { assertCanManageDistrict, assertCanReadForum, canReadForum } from '../domain/access.ts';
import { cancelMeeting, newMeeting, rescheduleMeeting, withEffectiveStatus } from '../domain/meeting-lifecycle.ts';
import { openActions } from '../domain/minutes.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { loadReadableMeeting, meetingProcedure } from '../trpc/meeting-procedure.ts';
import { LIMITS } from '../domain/limits.ts';
import { id, instant, requiredText, text } from './inputs.ts';
import { meetingSummary } from './views.ts';

const DAY_MS = 86_400_000;
/** A second meeting of the forum on the same Stockholm day is refused unless this says it is meant. */
const allowSameDay = z.boolean({ error: 'Ange sant eller falskt.' }).optional();

/** Instants that surely cover the Stockholm day of `startsAt` (the domain decides by the day). */
function around(startsAt: string): { from: string; to: string } {
  const t = Date.parse(startsAt);
  return { from: new Date(t - 2 * DAY_MS).toISOString(), to: new Date(t + 2 * DAY_MS).toISOString() };
}

export const meetingsRouter = router({
  create: signedInProcedure
    .input(
      z.object({
        forumId: id,
        startsAt: instant,
        /** Absent: the start plus the forum's usual length. */
        endsAt: instant.optional(),
        location: text(LIMITS.location).optional(),
        /** Where the agenda comes from: the forum's template, or the latest earlier meeting's agenda. */
        agendaFrom: z.enum(['template', 'previous'], { error: 'Välj template eller previous.' }).default('template'),
        allowSameDay,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const forum = await ctx.store.getForum(input.forumId);
      assertCanReadForum(ctx.actor, forum);
      // The forum's meetings up to the new one's day: the same-day rule, the previous agenda and the open actions.
      const meetings = await ctx.store.listMeetings({ forumIds: [forum.id], to: around(input.startsAt).to });
      const earlier = meetings.filter((m) => Date.parse(m.startsAt) < Date.parse(input.startsAt));
      const meeting = newMeeting({
        forum,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location,
        agendaFrom: input.agendaFrom,
        allowSameDay: input.allowSameDay,
        meetings,
        carriedActions: openActions(earlier, input.startsAt),
        actorId: ctx.actor.id,
        now: ctx.now().toISOString(),
        newId: ctx.newId,
      });
      return ctx.store.createMeeting(meeting, ctx.audit);
    }),

  /** Moves a meeting that is neither approved nor cancelled; the same rules as `create`. */
  reschedule: meetingProcedure
    .input(z.object({ startsAt: instant, endsAt: instant.optional(), location: text(LIMITS.location).optional(), allowSameDay }))
    .mutation(async ({ ctx, input }) => {
      const nearby = await ctx.store.listMeetings({ forumIds: [ctx.meeting.forumId], ...around(input.startsAt) });
      const now = ctx.now().toISOString();
      const moved = await ctx.store.updateMeeting(input.meetingId, (m) => rescheduleMeeting(m, input, nearby, now, ctx.forum.cadence), ctx.audit);
      return withEffectiveStatus(moved, ctx.now());
    }),

  /** Cancels a meeting not yet held: kept, listed as cancelled, taking no notes. */
  cancel: meetingProcedure.input(z.object({ reason: requiredText(LIMITS.reason, 'varför mötet ställs in') })).mutation(({ ctx, input }) =>
    ctx.store.updateMeeting(input.meetingId, (m) => cancelMeeting(m, input.reason, { actorId: ctx.actor.id, now: ctx.now().toISOString() }), ctx.audit),
  ),

  get: signedInProcedure
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => withEffectiveStatus((await loadReadableMeeting(ctx.store, ctx.actor, input.id)).meeting, ctx.now())),

  list: signedInProcedure
    .input(z.object({ forumId: id.optional(), districtId: id.optional(), from: instant.optional(), to: instant.optional() }).optional())
    .query(async ({ ctx, input = {} }) => {
      let forumIds: string[];
      if (input.forumId) {
        assertCanReadForum(ctx.actor, await ctx.store.getForum(input.forumId));
        forumIds = [input.forumId];
      } else {
        if (input.districtId) assertCanManageDistrict(ctx.actor, input.districtId);
        const forums = await ctx.store.listForums({ districtId: input.districtId });
        forumIds = forums.filter((f) => canReadForum(ctx.actor, f)).map((f) => f.id);
      }
      const meetings = await ctx.store.listMeetings({ forumIds, from: input.from, to: input.to });
      const now = ctx.now();
      return meetings.map((m) => meetingSummary(withEffectiveStatus(m, now)));
    }),
});
