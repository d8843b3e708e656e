import { z } from 'zod';
import { compileLagesbild } from '../domain/lagesbild.ts';
import { assertPeriod, instantsAround, previousPeriod } from '../domain/periods.ts';
import { loadManagedDistrict } from '../trpc/district-procedure.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { id, isoDate } from './inputs.ts';

export const lagesbildRouter = router({
  compile: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      // The input names it `district` (as the export's URL does), so not districtProcedure; the same check.
      const district = await loadManagedDistrict(ctx.store, ctx.actor, input.district);
      assertPeriod(input.from, input.to);
      const previous = previousPeriod(input.from, input.to);
      const both = { districtId: district.id, from: previous.from, to: input.to };
      const [meetings, forums, reports, statements, imports, surveys, previousSurveys] = await Promise.all([
        ctx.store.listMeetings({ districtId: district.id, ...instantsAround(previous.from, input.to) }),
        ctx.store.listForums({ districtId: district.id }),
        ctx.store.listReports(both),
        ctx.store.listStatements(both),
        ctx.store.listImports(both),
        // Each period takes the round of the year it ends in.
        ctx.store.listSurveys({ districtId: district.id, year: Number(input.to.slice(0, 4)) }),
        ctx.store.listSurveys({ districtId: district.id, year: Number(previous.to.slice(0, 4)) }),
      ]);
      return compileLagesbild({
        district,
        forums,
        meetings,
        reports,
        statements,
        imports,
        surveys: [...previousSurveys, ...surveys],
        from: input.from,
        to: input.to,
        asOf: ctx.now().toISOString().slice(0, 10),
      });
    }),
});
