import { router, signedInProcedure } from '../trpc/init.ts';

export const districtsRouter = router({
  /** District names and areas are public knowledge; every signed-in user may list them. */
  list: signedInProcedure.query(({ ctx }) => ctx.store.listDistricts()),
});
