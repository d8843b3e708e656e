import { z } from 'zod';
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
});
