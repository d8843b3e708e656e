import { z } from 'zod';
import { assertCanManageDistrict } from '../domain/access.ts';
import { approveMinutes, reopenMinutes, saveItemMinutes, type Change } from '../domain/minutes.ts';
import { router, type Context } from '../trpc/init.ts';
import { meetingProcedure } from '../trpc/meeting-procedure.ts';
import { LIMITS } from '../domain/limits.ts';
import { action, id, requiredText, text, vbeRecord } from './inputs.ts';
import { ACTION_OUTCOMES } from '../domain/codes.ts';
import { MAX_REDACT_LENGTH } from '../domain/redact.ts';
import { redactMinutes } from './minutes-redact.ts';

/** A version number of the minutes, as the editor or the approvers last saw it. */
/** What became of an action carried onto the follow-up item. */
const carriedOutcome = z.object({
  meetingId: id,
  actionId: id,
  outcome: z.enum(ACTION_OUTCOMES, { error: `Välj utfall: ${ACTION_OUTCOMES.join(', ')}.` }),
  note: text(LIMITS.outcomeNote).optional(),
});

const version = z.number({ error: 'Ange versionen som ett heltal.' }).int('Ange versionen som ett heltal.').min(0, 'Versionen kan inte vara negativ.');

function change(ctx: Pick<Context, 'now' | 'newId'> & { actor: { id: string } }): Change {
  return { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId };
}

export const minutesRouter = router({
  saveItem: meetingProcedure
    .input(
      z.object({
        itemId: id,
        text: text(LIMITS.minutesText).optional(),
        vbe: vbeRecord.optional(),
        actions: z.array(action).max(LIMITS.actions, `Högst ${LIMITS.actions} åtgärder per punkt.`).optional(),
        carriedOutcomes: z.array(carriedOutcome).max(LIMITS.actions * 4, 'För många uppföljningar.').optional(),
        baseVersion: version.optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.updateMeeting(input.meetingId, (m) => saveItemMinutes(m, input, change(ctx)), ctx.audit)),

  approve: meetingProcedure
    .input(
      z.object({
        approvers: z
          .array(requiredText(LIMITS.approverName, 'ett namn'))
          .min(1, 'Ange minst en justerare.')
          .max(LIMITS.approvers, `Högst ${LIMITS.approvers} justerare.`),
        version,
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.updateMeeting(input.meetingId, (m) => approveMinutes(m, input, change(ctx), ctx.forum), ctx.audit)),

  reopen: meetingProcedure.input(z.object({ reason: requiredText(LIMITS.reason, 'en motivering') })).mutation(({ ctx, input }) => {
    assertCanManageDistrict(ctx.actor, ctx.meeting.districtId);
    return ctx.store.updateMeeting(input.meetingId, (m) => reopenMinutes(m, input.reason, change(ctx)), ctx.audit);
  }),

  // Takes back text that slipped past the guard, everywhere it was stored (see minutes-redact.ts).
  redact: meetingProcedure
    .input(z.object({ text: requiredText(MAX_REDACT_LENGTH, 'texten som ska tas bort'), reason: requiredText(LIMITS.reason, 'en motivering') }))
    .mutation(({ ctx, input }) => redactMinutes(ctx, input)),

  history: meetingProcedure.query(async ({ ctx }) => {
    const names = new Map((await ctx.store.listAccounts()).map((a) => [a.id, a.displayName]));
    return ctx.meeting.history.map((v) => ({ ...v, byName: names.get(v.by) ?? 'Okänt konto' }));
  }),
});
