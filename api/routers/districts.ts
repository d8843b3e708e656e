import { z } from 'zod';
import { canReadForum } from '../domain/access.ts';
import { anonymousProcedure } from '../trpc/anonymous-procedure.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { id } from './inputs.ts';

// Several workspace pages read the list on every load, and a whole district
// administration may share one proxy address: generous, it only bounds a flood.
export const DISTRICT_LIST_LIMITS = { accepted: { limit: 3000, windowMs: 60 * 60 * 1000 }, refused: { limit: 60, windowMs: 10 * 60 * 1000 } };

export const districtsRouter = router({
  /** District names and areas are public knowledge: anyone may list them (the report form has no session). */
  list: anonymousProcedure(DISTRICT_LIST_LIMITS).query(({ ctx }) => ctx.store.listDistricts()),

  /**
   * Place names to suggest for observations: the district's areas and those
   * used before in minutes the caller can read, most used first.
   */
  areas: signedInProcedure.input(z.object({ districtId: id })).query(async ({ ctx, input }) => {
    const district = await ctx.store.getDistrict(input.districtId);
    if (!district) return [];
    const forums = (await ctx.store.listForums({ districtId: district.id })).filter((f) => canReadForum(ctx.actor, f));
    const used = new Map<string, { area: string; count: number }>();
    for (const area of district.areas) used.set(area.toLowerCase(), { area, count: 0 });
    for (const meeting of await ctx.store.listMeetings({ forumIds: forums.map((f) => f.id) })) {
      for (const item of Object.values(meeting.minutes)) {
        for (const o of item.vbe?.observations ?? []) {
          const key = o.area.toLowerCase();
          const entry = used.get(key) ?? { area: o.area, count: 0 };
          entry.count += 1;
          used.set(key, entry);
        }
      }
    }
    return [...used.values()].sort((a, b) => b.count - a.count || a.area.localeCompare(b.area, 'sv')).map((e) => e.area);
  }),
});
