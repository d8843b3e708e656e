// Last year's figures imported as a CSV in the export's format (issue 11):
// preview shows every row with its problems; commit stores the file as one
// ObservationImport only when no row is refused and no earlier import of the
// district overlaps its period (the figures would count twice); remove undoes
// an import. Rules in api/domain/csv-import.ts.
import { z } from 'zod';
import { canManageDistrict } from '../domain/access.ts';
import { badRequest, conflict, notFound } from '../domain/errors.ts';
import { importPeriod, previewImport } from '../domain/csv-import.ts';
import { STATEMENT_LIMITS } from '../domain/limits.ts';
import { formatDay } from '../domain/swedish-format.ts';
import type { ObservationImport } from '../domain/types.ts';
import { districtProcedure } from '../trpc/district-procedure.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { id } from './inputs.ts';

// Not cleaned as text: the parser reads line breaks and quotes itself, then cleans each cell.
const csvInput = z.object({
  csv: z.string().min(1, 'Klistra in eller välj en CSV-fil.').max(STATEMENT_LIMITS.importChars, `Filen får vara högst ${STATEMENT_LIMITS.importChars} tecken.`),
});

const NOT_FOUND = 'Importen finns inte eller så har du inte behörighet till den.';

// One commit per district at a time (one server process writes), so two at once cannot both pass the overlap check.
const committing = new Map<string, Promise<unknown>>();
function oneAtATime<R>(districtId: string, work: () => Promise<R>): Promise<R> {
  const run = (committing.get(districtId) ?? Promise.resolve()).then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  committing.set(districtId, settled);
  void settled.then(() => committing.get(districtId) === settled && committing.delete(districtId));
  return run;
}

const period = (p: { from: string; to: string }) => `${formatDay(p.from)}–${formatDay(p.to)}`;

export const importsRouter = router({
  // A mutation although it stores nothing: the CSV is note text and must not travel in a URL.
  preview: districtProcedure.input(csvInput).mutation(({ input }) => previewImport(input.csv)),

  commit: districtProcedure.input(csvInput).mutation(async ({ ctx, input }) => {
    const preview = previewImport(input.csv);
    if (preview.refused > 0) {
      const rows = preview.rows.filter((r) => r.problems.length > 0).map((r) => r.row);
      const shown = rows.slice(0, 10).join(', ') + (rows.length > 10 ? ' …' : '');
      throw badRequest(`Filen importerades inte: ${preview.refused} rader har fel (rad ${shown}). Rätta dem och försök igen.`, 'csv');
    }
    const observations = preview.rows.flatMap((r) => (r.observation ? [{ id: ctx.newId(), ...r.observation }] : []));
    const batch: ObservationImport = {
      id: ctx.newId(),
      districtId: input.districtId,
      ...importPeriod(observations),
      importedAt: ctx.now().toISOString(),
      importedBy: ctx.actor.id,
      observations,
    };
    return oneAtATime(input.districtId, async () => {
      const [earlier] = await ctx.store.listImports({ districtId: input.districtId, from: batch.from, to: batch.to });
      if (earlier) {
        throw conflict(
          `Filen importerades inte: dess period ${period(batch)} överlappar en tidigare import för ${period(earlier)}, och observationerna skulle räknas två gånger. Ta bort den tidigare importen först om filen ska ersätta den.`,
        );
      }
      return ctx.store.createImport(batch, ctx.audit);
    });
  }),

  /** Undoes an import: its observations no longer count. Audited as `imports.remove`. */
  remove: signedInProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const batch = await ctx.store.getImport(input.id);
    if (!batch || !canManageDistrict(ctx.actor, batch.districtId)) throw notFound(NOT_FOUND);
    await ctx.store.deleteImport(batch.id, ctx.audit);
    return { id: batch.id, from: batch.from, to: batch.to, observations: batch.observations.length };
  }),

  list: districtProcedure.query(async ({ ctx, input }) => {
    const batches = await ctx.store.listImports({ districtId: input.districtId });
    return batches.map((b) => ({ id: b.id, from: b.from, to: b.to, importedAt: b.importedAt, observations: b.observations.length }));
  }),
});
