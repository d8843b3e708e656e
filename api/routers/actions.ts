import { z } from 'zod';
import { assertCanReadForum, canReadForum } from '../domain/access.ts';
import { completeAction, itemActions, recordedOutcomes } from '../domain/minutes.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { meetingProcedure } from '../trpc/meeting-procedure.ts';
import { id } from './inputs.ts';

export const actionsRouter = router({
  /**
   * Actions recorded in minutes (on any item), newest meeting first, each
   * with `onVbeItem` and the outcome a later protocol recorded, if any.
   */
  list: signedInProcedure
    .input(z.object({ forumId: id.optional(), status: z.enum(['open', 'completed', 'all'], { error: 'Välj open, completed eller all.' }).default('open') }).optional())
    .query(async ({ ctx, input }) => {
      const status = input?.status ?? 'open';
      let forums = (await ctx.store.listForums()).filter((f) => canReadForum(ctx.actor, f));
      if (input?.forumId) {
        assertCanReadForum(ctx.actor, await ctx.store.getForum(input.forumId));
        forums = forums.filter((f) => f.id === input.forumId);
      }
      const names = new Map(forums.map((f) => [f.id, f.name]));
      const meetings = await ctx.store.listMeetings({ forumIds: [...names.keys()] });
      const outcomes = recordedOutcomes(meetings);
      return meetings
        .toReversed()
        .flatMap((m) =>
          Object.values(m.minutes).flatMap((item) =>
            itemActions(item).map((a) => ({
              ...a,
              onVbeItem: item.vbe?.actions.includes(a) ?? false,
              outcome: outcomes.get(`${m.id}/${a.id}`) ?? null,
              meetingId: m.id,
              meetingStartsAt: m.startsAt,
              forumId: m.forumId,
              forumName: names.get(m.forumId)!,
            })),
          ),
        )
        .filter((a) => status === 'all' || (status === 'open') === !a.completedAt);
    }),

  complete: meetingProcedure.input(z.object({ actionId: id })).mutation(async ({ ctx, input }) => {
    return ctx.store.updateMeeting(
      input.meetingId,
      (m) => completeAction(m, input.actionId, { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId }),
      ctx.audit,
    );
  }),
});
