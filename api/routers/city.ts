// lagesbild.city: every district's figures side by side for one period, for
// admins and the city's read-only coordinator (role `city`). Merged into the
// lagesbild router (api/routers/index.ts) so the procedure is lagesbild.city.
import { z } from 'zod';
import { cityCharts } from '../charts/city-charts.ts';
import { canReadCity } from '../domain/access.ts';
import { cityPicture, type CityPicture } from '../domain/city-picture.ts';
import { forbidden } from '../domain/errors.ts';
import { assertPeriod } from '../domain/periods.ts';
import { loadLagesbild } from '../lagesbild/load.ts';
import type { Store } from '../store/store.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { isoDate } from './inputs.ts';

export const CITY_FORBIDDEN = 'Stadens lägesbild är till för administratörer och stadens samordnare.';

/** The city's picture; the caller has checked access. Districts one after another: each compile is CPU-bound anyway. */
export async function loadCityPicture(store: Store, from: string, to: string, now: Date): Promise<CityPicture> {
  assertPeriod(from, to);
  const districts = await store.listDistricts();
  const inputs = [];
  for (const district of districts) {
    const [figures, documents] = await Promise.all([loadLagesbild(store, district, from, to, now), store.listLagesbilder({ districtId: district.id })]);
    inputs.push({ figures, documents });
  }
  return cityPicture(from, to, inputs);
}

export const cityRouter = router({
  city: signedInProcedure.input(z.object({ from: isoDate, to: isoDate })).query(async ({ ctx, input }) => {
    if (!canReadCity(ctx.actor)) throw forbidden(CITY_FORBIDDEN);
    const picture = await loadCityPicture(ctx.store, input.from, input.to, ctx.now());
    return { ...picture, charts: cityCharts(picture) };
  }),
});
