import { z } from 'zod';
import { addItem, moveItem, removeItem, updateItem } from '../domain/agenda.ts';
import { conflict } from '../domain/errors.ts';
import type { AgendaItem, Meeting } from '../domain/types.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { LIMITS } from '../domain/limits.ts';
import { id, prompts, requiredText } from './inputs.ts';
import { readableMeeting } from './meetings.ts';

const position = z.number().int('Positionen måste vara ett heltal.').min(0, 'Positionen börjar på 0.');

/** Applies an agenda edit to a meeting whose minutes are not approved. */
function editAgenda(meeting: Meeting, edit: (agenda: AgendaItem[]) => AgendaItem[], now: string): Meeting {
  if (meeting.status === 'approved') throw conflict('Protokollet är justerat; dagordningen kan inte ändras.');
  return { ...meeting, agenda: edit(meeting.agenda), updatedAt: now };
}

export const agendaRouter = router({
  addItem: signedInProcedure
    .input(z.object({ meetingId: id, title: requiredText(LIMITS.itemTitle, 'en rubrik'), prompts: prompts.optional(), position: position.optional() }))
    .mutation(async ({ ctx, input }) => {
      await readableMeeting(ctx.store, ctx.actor, input.meetingId);
      const itemId = ctx.newId();
      return ctx.store.updateMeeting(
        input.meetingId,
        (m) => editAgenda(m, (agenda) => addItem(agenda, input, itemId), ctx.now().toISOString()),
        ctx.audit,
      );
    }),

  updateItem: signedInProcedure
    .input(z.object({ meetingId: id, itemId: id, title: requiredText(LIMITS.itemTitle, 'en rubrik').optional(), prompts: prompts.optional() }))
    .mutation(async ({ ctx, input }) => {
      const meeting = await readableMeeting(ctx.store, ctx.actor, input.meetingId);
      const forum = (await ctx.store.getForum(meeting.forumId))!;
      return ctx.store.updateMeeting(
        input.meetingId,
        (m) => editAgenda(m, (agenda) => updateItem(agenda, input.itemId, input, forum.type), ctx.now().toISOString()),
        ctx.audit,
      );
    }),

  moveItem: signedInProcedure
    .input(z.object({ meetingId: id, itemId: id, position }))
    .mutation(async ({ ctx, input }) => {
      await readableMeeting(ctx.store, ctx.actor, input.meetingId);
      return ctx.store.updateMeeting(
        input.meetingId,
        (m) => editAgenda(m, (agenda) => moveItem(agenda, input.itemId, input.position), ctx.now().toISOString()),
        ctx.audit,
      );
    }),

  removeItem: signedInProcedure
    .input(z.object({ meetingId: id, itemId: id }))
    .mutation(async ({ ctx, input }) => {
      await readableMeeting(ctx.store, ctx.actor, input.meetingId);
      return ctx.store.updateMeeting(
        input.meetingId,
        (m) =>
          editAgenda(
            m,
            (agenda) => {
              const next = removeItem(agenda, input.itemId);
              if (m.minutes[input.itemId]) throw conflict('Punkten har anteckningar i protokollet och kan inte tas bort.');
              return next;
            },
            ctx.now().toISOString(),
          ),
        ctx.audit,
      );
    }),
});
