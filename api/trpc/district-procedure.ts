// The record-loading procedure for everything done to one district's sources
// (reports, surveys, statements, imports, redaction): it checks that the
// actor may manage the district and that the district exists, and puts it on
// the context, so every such procedure refuses alike (FORBIDDEN for someone
// else's district, NOT_FOUND with one wording for an unknown one).
import { z } from 'zod';
import { assertCanManageDistrict, assertCanReadDistrictFigures, type Actor } from '../domain/access.ts';
import { notFound } from '../domain/errors.ts';
import type { District } from '../domain/types.ts';
import { id } from '../routers/inputs.ts';
import type { Store } from '../store/store.ts';
import { signedInProcedure } from './init.ts';

export const DISTRICT_NOT_FOUND = 'Stadsdelen finns inte.';

/** The district if the actor may manage it; FORBIDDEN otherwise, NOT_FOUND if there is no such district. */
export async function loadManagedDistrict(store: Pick<Store, 'getDistrict'>, actor: Actor, districtId: string): Promise<District> {
  assertCanManageDistrict(actor, districtId);
  const district = await store.getDistrict(districtId);
  if (!district) throw notFound(DISTRICT_NOT_FOUND);
  return district;
}

/** A signed-in procedure whose input has `districtId`; `ctx.district` is loaded and checked. */
export const districtProcedure = signedInProcedure.input(z.object({ districtId: id })).use(async ({ ctx, input, next }) => {
  const district = await loadManagedDistrict(ctx.store, ctx.actor, input.districtId);
  return next({ ctx: { district } });
});

// ---- Issue 12: reading a district's figures and lägesbilder (the read-only `city` role too) ----

/** The district if the actor may read its figures and lägesbilder (coordinator, admin, city); FORBIDDEN otherwise, NOT_FOUND if unknown. */
export async function loadReadableDistrict(store: Pick<Store, 'getDistrict'>, actor: Actor, districtId: string): Promise<District> {
  assertCanReadDistrictFigures(actor, districtId);
  const district = await store.getDistrict(districtId);
  if (!district) throw notFound(DISTRICT_NOT_FOUND);
  return district;
}
