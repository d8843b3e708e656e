import { z } from 'zod';
import { assertCanManageDistrict } from '../domain/access.ts';
import { badRequest } from '../domain/errors.ts';
import { compileLagesbild } from '../domain/lagesbild.ts';
import { instantsAround, periodProblems, previousPeriod } from '../domain/periods.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { id, isoDate } from './inputs.ts';

export const lagesbildRouter = router({
  compile: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      assertCanManageDistrict(ctx.actor, input.district);
      const [problem] = periodProblems(input.from, input.to);
      if (problem === 'order') throw badRequest('Slutdatumet måste vara samma som eller efter startdatumet.', 'to');
      if (problem === 'too-long') throw badRequest('Perioden får vara högst fem år.', 'to');
      const district = await ctx.store.getDistrict(input.district);
      if (!district) throw badRequest('Stadsdelen finns inte.', 'district');
      const previous = previousPeriod(input.from, input.to);
      const meetings = await ctx.store.listMeetings({ districtId: district.id, ...instantsAround(previous.from, input.to) });
      const forums = await ctx.store.listForums({ districtId: district.id });
      return compileLagesbild({ district, forums, meetings, from: input.from, to: input.to, asOf: ctx.now().toISOString().slice(0, 10) });
    }),
});
