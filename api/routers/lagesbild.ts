import { z } from 'zod';
import { lagesbildCharts } from '../charts/lagesbild-charts.ts';
import { draftSections } from '../domain/lagesbild-text.ts';
import { loadLagesbild } from '../lagesbild/load.ts';
import { canReadDistrictFigures } from '../domain/access.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { adoptLagesbild, latestVersion, newLagesbild, reopenLagesbild, saveLagesbild } from '../domain/lagesbild-doc.ts';
import { formatDay } from '../domain/swedish-format.ts';
import { LAGESBILD_LIMITS } from '../domain/limits.ts';
import type { LagesbildDocument } from '../domain/types.ts';
import { loadManagedDistrict, loadReadableDistrict } from '../trpc/district-procedure.ts';
import { router, signedInProcedure, type Context } from '../trpc/init.ts';
import { id, isoDate, requiredText, text } from './inputs.ts';

// ---- The saved lägesbild (issue 12, part A): rules in api/domain/lagesbild-doc.ts ----

const DOC_NOT_FOUND = 'Lägesbilden finns inte eller så har du inte behörighet till den.';

const sectionsInput = z.object({
  summary: text(LAGESBILD_LIMITS.section),
  analysis: text(LAGESBILD_LIMITS.section),
  needs: text(LAGESBILD_LIMITS.section),
});

/** A saved lägesbild the actor may read (the district's coordinator, admins, the city); NOT_FOUND otherwise, so ids reveal nothing. */
async function loadReadableDoc(ctx: Pick<Context, 'store'> & { actor: Parameters<typeof canReadDistrictFigures>[0] }, docId: string): Promise<LagesbildDocument> {
  const doc = await ctx.store.getLagesbild(docId);
  if (!doc || !canReadDistrictFigures(ctx.actor, doc.districtId)) throw notFound(DOC_NOT_FOUND);
  return doc;
}

/** What the district's list shows: no texts and no snapshot, so the list stays small however many years there are. */
function docSummary(doc: LagesbildDocument) {
  return {
    id: doc.id,
    districtId: doc.districtId,
    from: doc.from,
    to: doc.to,
    status: doc.status,
    version: latestVersion(doc),
    ...(doc.adoption ? { adoption: { at: doc.adoption.at, by: doc.adoption.by, version: doc.adoption.version, decision: doc.adoption.decision } } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

export const lagesbildRouter = router({
  compile: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      // The input names it `district` (as the export's URL does), so not districtProcedure; the city reads it too.
      const district = await loadReadableDistrict(ctx.store, ctx.actor, input.district);
      return loadLagesbild(ctx.store, district, input.from, input.to, ctx.now());
    }),

  // Charts (issue 12, part B): SVG drawn on the server, so the browser ships no charting code.
  charts: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      const district = await loadReadableDistrict(ctx.store, ctx.actor, input.district);
      return lagesbildCharts(await loadLagesbild(ctx.store, district, input.from, input.to, ctx.now()));
    }),

  // The draft text of the period's figures, for the page to show and the editor to start from.
  draft: signedInProcedure
    .input(z.object({ district: id, from: isoDate, to: isoDate }))
    .query(async ({ ctx, input }) => {
      const district = await loadReadableDistrict(ctx.store, ctx.actor, input.district);
      return draftSections(await loadLagesbild(ctx.store, district, input.from, input.to, ctx.now()));
    }),

  // ---- the saved lägesbild (issue 12, part A) ----

  // A new document (no id) or a new version of one; coordinators of the district and admins.
  saveDraft: signedInProcedure
    .input(
      z.object({
        id: id.optional(),
        districtId: id,
        from: isoDate,
        to: isoDate,
        sections: sectionsInput,
        baseVersion: z.number().int().min(1).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await loadManagedDistrict(ctx.store, ctx.actor, input.districtId);
      const change = { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId };
      let doc: LagesbildDocument;
      if (input.id === undefined) {
        // One document per district and period: a second would split the versions and the adoption.
        const same = (await ctx.store.listLagesbilder({ districtId: input.districtId })).find((d) => d.from === input.from && d.to === input.to);
        if (same) throw conflict(`Det finns redan en lägesbild för ${formatDay(input.from)}–${formatDay(input.to)}. Ladda om sidan för att fortsätta på den.`);
        doc = await ctx.store.createLagesbild(newLagesbild(input, change), ctx.audit);
      } else {
        const stored = await ctx.store.getLagesbild(input.id);
        if (!stored || stored.districtId !== input.districtId) throw notFound(DOC_NOT_FOUND);
        // The record read under the store's lock decides the conflict.
        doc = await ctx.store.updateLagesbild(input.id, (current) => saveLagesbild(current, input, change), ctx.audit);
      }
      return { id: doc.id, version: latestVersion(doc), document: doc };
    }),

  // The document with its figures: the snapshot when adopted, else compiled now.
  get: signedInProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const document = await loadReadableDoc(ctx, input.id);
    if (document.status === 'adopted' && document.adoption) return { document, figures: document.adoption.figures };
    const district = await loadReadableDistrict(ctx.store, ctx.actor, document.districtId);
    return { document, figures: await loadLagesbild(ctx.store, district, document.from, document.to, ctx.now()) };
  }),

  // The district's lägesbilder, oldest period first: earlier adopted ones stay readable.
  list: signedInProcedure.input(z.object({ districtId: id })).query(async ({ ctx, input }) => {
    await loadReadableDistrict(ctx.store, ctx.actor, input.districtId);
    return (await ctx.store.listLagesbilder({ districtId: input.districtId })).map(docSummary);
  }),

  // Fastställd: the newest version, locked with a snapshot of the figures as they are now.
  adopt: signedInProcedure
    .input(z.object({ id, version: z.number().int().min(1), decision: text(LAGESBILD_LIMITS.decision).optional() }))
    .mutation(async ({ ctx, input }) => {
      const stored = await loadReadableDoc(ctx, input.id);
      const district = await loadManagedDistrict(ctx.store, ctx.actor, stored.districtId);
      const figures = await loadLagesbild(ctx.store, district, stored.from, stored.to, ctx.now());
      const change = { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId };
      const document = await ctx.store.updateLagesbild(input.id, (current) => adoptLagesbild(current, input, figures, change), ctx.audit);
      return { id: document.id, version: latestVersion(document), document };
    }),

  // Opens an adopted lägesbild again, with a reason; coordinators of the district and admins.
  reopen: signedInProcedure
    .input(z.object({ id, reason: requiredText(LAGESBILD_LIMITS.reason, 'en motivering') }))
    .mutation(async ({ ctx, input }) => {
      const stored = await loadReadableDoc(ctx, input.id);
      await loadManagedDistrict(ctx.store, ctx.actor, stored.districtId);
      const change = { actorId: ctx.actor.id, now: ctx.now().toISOString(), newId: ctx.newId };
      const document = await ctx.store.updateLagesbild(input.id, (current) => reopenLagesbild(current, input.reason, change), ctx.audit);
      return { id: document.id, version: latestVersion(document), document };
    }),
});
