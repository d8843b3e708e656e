import { z } from 'zod';
import { addItem, editMeetingAgenda, moveItem, removeMeetingItem, updateItem } from '../domain/agenda.ts';
import { LIMITS } from '../domain/limits.ts';
import { router } from '../trpc/init.ts';
import { meetingProcedure } from '../trpc/meeting-procedure.ts';
import { id, prompts, requiredText } from './inputs.ts';

const position = z.number().int('Positionen måste vara ett heltal.').min(0, 'Positionen börjar på 0.');

export const agendaRouter = router({
  addItem: meetingProcedure
    .input(z.object({ title: requiredText(LIMITS.itemTitle, 'en rubrik'), prompts: prompts.optional(), position: position.optional() }))
    .mutation(({ ctx, input }) => {
      const itemId = ctx.newId();
      const now = ctx.now().toISOString();
      return ctx.store.updateMeeting(input.meetingId, (m) => editMeetingAgenda(m, (agenda) => addItem(agenda, input, itemId), now), ctx.audit);
    }),

  updateItem: meetingProcedure
    .input(z.object({ itemId: id, title: requiredText(LIMITS.itemTitle, 'en rubrik').optional(), prompts: prompts.optional() }))
    .mutation(({ ctx, input }) => {
      const now = ctx.now().toISOString();
      return ctx.store.updateMeeting(
        input.meetingId,
        (m) => editMeetingAgenda(m, (agenda) => updateItem(agenda, input.itemId, input, ctx.forum.type), now),
        ctx.audit,
      );
    }),

  moveItem: meetingProcedure.input(z.object({ itemId: id, position })).mutation(({ ctx, input }) => {
    const now = ctx.now().toISOString();
    return ctx.store.updateMeeting(input.meetingId, (m) => editMeetingAgenda(m, (agenda) => moveItem(agenda, input.itemId, input.position), now), ctx.audit);
  }),

  removeItem: meetingProcedure.input(z.object({ itemId: id })).mutation(({ ctx, input }) => {
    const now = ctx.now().toISOString();
    return ctx.store.updateMeeting(input.meetingId, (m) => removeMeetingItem(m, input.itemId, now), ctx.audit);
  }),
});
