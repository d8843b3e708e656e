// Partners' statements for a period (issue 11): recorded by the district's
// coordinator or an admin. Rules in api/domain/statements.ts.
import { z } from 'zod';
import { notFound } from '../domain/errors.ts';
import { STATEMENT_LIMITS } from '../domain/limits.ts';
import { periodError, periodProblems } from '../domain/periods.ts';
import { buildStatement } from '../domain/statements.ts';
import { districtProcedure } from '../trpc/district-procedure.ts';
import { router } from '../trpc/init.ts';
import { id, isoDate, observation, source, text } from './inputs.ts';

const NOT_FOUND = 'Lägesbilden från samverkanspartnern finns inte eller så har du inte behörighet till den.';

export const statementsRouter = router({
  save: districtProcedure
    .input(
      z.object({
        id: id.optional(),
        from: isoDate,
        to: isoDate,
        source,
        // May be empty: the domain decides whether the statement needs one.
        summary: text(STATEMENT_LIMITS.summary),
        nothingToReport: z.boolean().optional(),
        observations: z.array(observation).max(STATEMENT_LIMITS.observations, `Högst ${STATEMENT_LIMITS.observations} observationer per lägesbild.`).optional(),
        /** The `updatedAt` the form loaded; another save since then is a conflict. */
        baseUpdatedAt: z.string().max(40).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const change = { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId };
      if (input.id === undefined) return ctx.store.createStatement(buildStatement(undefined, input, change), ctx.audit);
      const stored = await ctx.store.getStatement(input.id);
      if (!stored || stored.districtId !== input.districtId) throw notFound(NOT_FOUND);
      // The record read under the store's lock decides the conflict.
      return ctx.store.updateStatement(input.id, (previous) => buildStatement(previous, input, change), ctx.audit);
    }),

  list: districtProcedure
    .input(z.object({ from: isoDate.optional(), to: isoDate.optional() }))
    .query(async ({ ctx, input }) => {
      if (input.from !== undefined && input.to !== undefined) {
        const [problem] = periodProblems(input.from, input.to);
        if (problem === 'order') throw periodError(problem);
      }
      return ctx.store.listStatements(input);
    }),
});
