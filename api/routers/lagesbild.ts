import { z } from 'zod';
import { lagesbildCharts } from '../charts/lagesbild-charts.ts';
import { draftSections } from '../domain/lagesbild-text.ts';
import { loadLagesbild } from '../lagesbild/load.ts';
import { loadManagedDistrict } from '../trpc/district-procedure.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { id, isoDate } from './inputs.ts';

export const lagesbildRouter = router({
  compile: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      // The input names it `district` (as the export's URL does), so not districtProcedure; the same check.
      const district = await loadManagedDistrict(ctx.store, ctx.actor, input.district);
      return loadLagesbild(ctx.store, district, input.from, input.to, ctx.now());
    }),

  // Charts (issue 12, part B): SVG drawn on the server, so the browser ships no charting code.
  charts: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      const district = await loadManagedDistrict(ctx.store, ctx.actor, input.district);
      return lagesbildCharts(await loadLagesbild(ctx.store, district, input.from, input.to, ctx.now()));
    }),

  // The draft text of the period's figures, for the page to show and the editor to start from.
  draft: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      const district = await loadManagedDistrict(ctx.store, ctx.actor, input.district);
      return draftSections(await loadLagesbild(ctx.store, district, input.from, input.to, ctx.now()));
    }),
});
