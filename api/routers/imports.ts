// Last year's figures imported as a CSV in the export's format (issue 11):
// preview shows every row with its problems; commit stores the file as one
// ObservationImport only when no row is refused. Rules in api/domain/csv-import.ts.
import { z } from 'zod';
import { badRequest } from '../domain/errors.ts';
import { importPeriod, previewImport } from '../domain/csv-import.ts';
import { STATEMENT_LIMITS } from '../domain/limits.ts';
import type { ObservationImport } from '../domain/types.ts';
import { districtProcedure } from '../trpc/district-procedure.ts';
import { router } from '../trpc/init.ts';

// Not cleaned as text: the parser reads line breaks and quotes itself, then cleans each cell.
const csvInput = z.object({
  csv: z.string().min(1, 'Klistra in eller välj en CSV-fil.').max(STATEMENT_LIMITS.importChars, `Filen får vara högst ${STATEMENT_LIMITS.importChars} tecken.`),
});

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
    return ctx.store.createImport(batch, ctx.audit);
  }),

  list: districtProcedure.query(async ({ ctx, input }) => {
    const batches = await ctx.store.listImports({ districtId: input.districtId });
    return batches.map((b) => ({ id: b.id, from: b.from, to: b.to, importedAt: b.importedAt, observations: b.observations.length }));
  }),
});
