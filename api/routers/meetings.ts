import { z } from 'zod';
import { assertCanManageDistrict, assertCanReadForum, canReadForum } from '../domain/access.ts';
import { agendaAsTemplate, composeAgenda } from '../domain/agenda.ts';
import { assertDeidentified } from '../domain/deidentify.ts';
import { openActions } from '../domain/minutes.ts';
import type { Meeting } from '../domain/types.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { loadReadableMeeting } from '../trpc/meeting-procedure.ts';
import { LIMITS } from '../domain/limits.ts';
import { id, instant, text } from './inputs.ts';
import { meetingSummary } from './views.ts';

export const meetingsRouter = router({
  create: signedInProcedure
    .input(
      z.object({
        forumId: id,
        startsAt: instant,
        location: text(LIMITS.location).optional(),
        /** Where the agenda comes from: the forum's template, or the latest earlier meeting's agenda. */
        agendaFrom: z.enum(['template', 'previous'], { error: 'Välj template eller previous.' }).default('template'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const forum = await ctx.store.getForum(input.forumId);
      assertCanReadForum(ctx.actor, forum);
      const location = input.location?.trim() || undefined;
      if (location) assertDeidentified([{ path: 'location', label: 'Plats', text: location }]);

      const earlier = (await ctx.store.listMeetings({ forumIds: [forum.id], to: input.startsAt }));
      const previous = earlier.at(-1);
      const source = input.agendaFrom === 'previous' && previous ? agendaAsTemplate(previous.agenda) : forum.template;
      const agenda = composeAgenda(source, {
        forumType: forum.type,
        carriedActions: openActions(earlier, input.startsAt),
        newId: ctx.newId,
      });
      const now = ctx.now().toISOString();
      const meeting: Meeting = {
        id: ctx.newId(),
        forumId: forum.id,
        districtId: forum.districtId,
        startsAt: new Date(input.startsAt).toISOString(),
        ...(location ? { location } : {}),
        status: 'planned',
        agenda,
        minutes: {},
        history: [],
        createdAt: now,
        createdBy: ctx.actor.id,
        updatedAt: now,
      };
      return ctx.store.createMeeting(meeting, ctx.audit);
    }),

  get: signedInProcedure.input(z.object({ id })).query(async ({ ctx, input }) => (await loadReadableMeeting(ctx.store, ctx.actor, input.id)).meeting),

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
      return meetings.map(meetingSummary);
    }),
});
