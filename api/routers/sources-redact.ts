// `sources.redact`: takes a piece of text out of a district's reports,
// survey comments, partners' statements and imported observations, and out of
// their backup copies (issue 11). A district-wide redaction beside
// `minutes.redact`: these records are not tied to one meeting, and text that
// slipped into one report may have been copied into its observation. The
// rules (what is replaced, what is refused) are in api/domain/redact.ts.
//
// These records keep no versions, so the reason is checked (guard, not the
// text itself) but not stored; the audit log names who changed which record
// and when (procedure `sources.redact`). The district's saved lägesbilder
// (issue 12) keep versions: their sections and every version's are redacted,
// and a `redact` version is added so an editor loaded before cannot save the
// old text back.
import { z } from 'zod';
import type { Actor } from '../domain/access.ts';
import { assertDeidentified } from '../domain/deidentify.ts';
import { badRequest } from '../domain/errors.ts';
import { LIMITS } from '../domain/limits.ts';
import { appendLagesbildRedaction } from '../domain/lagesbild-doc.ts';
import {
  MAX_REDACT_LENGTH,
  redactImport,
  redactLagesbild,
  redactionNeedle,
  redactionReason,
  redactReport,
  redactStatement,
  redactSurvey,
  sourceEdits,
  type Needle,
  type SourceRedaction,
} from '../domain/redact.ts';
import type { AuditContext } from '../store/store.ts';
import { districtProcedure, loadManagedDistrict } from '../trpc/district-procedure.ts';
import { router, type Context } from '../trpc/init.ts';
import { requiredText } from './inputs.ts';

export interface SourcesRedactInput {
  districtId: string;
  text: string;
  reason: string;
}

export interface SourcesRedactResult {
  /** Occurrences replaced in the live records. */
  replaced: number;
  /** Records changed: reports, survey rounds, statements, imports and saved lägesbilder. */
  records: number;
  /** Backup files rewritten. */
  backups: number;
  /** Backup files that could not be read, so were left as they were: the operator must look at them. */
  unreadableBackups: number;
}

type RedactContext = Pick<Context, 'store' | 'now'> & { actor: Actor; audit: AuditContext };

export async function redactSources(ctx: RedactContext, input: SourcesRedactInput): Promise<SourcesRedactResult> {
  await loadManagedDistrict(ctx.store, ctx.actor, input.districtId);
  const needle = redactionNeedle(input.text);
  const reason = redactionReason(input.reason, needle);
  assertDeidentified([{ path: 'reason', label: 'Motivering', text: reason }]);
  const at = ctx.now().toISOString();
  const query = { districtId: input.districtId };
  let replaced = 0;
  let records = 0;

  // Only records that hold the text are written; the count is taken from the record changed under the store's lock.
  async function each<T extends { id: string }>(
    list: readonly T[],
    redact: (record: T, needle: Needle) => SourceRedaction<T>,
    update: (id: string, change: (record: T) => T, audit: AuditContext) => Promise<T>,
    stamp: (record: T) => T = (r) => r,
  ): Promise<void> {
    for (const record of list) {
      if (redact(record, needle).replaced === 0) continue;
      let count = 0;
      await update(
        record.id,
        (current) => {
          const r = redact(current, needle);
          count = r.replaced;
          return r.replaced === 0 ? current : stamp(r.record);
        },
        ctx.audit,
      );
      replaced += count;
      if (count > 0) records++;
    }
  }

  // The live records first, so that a backup made meanwhile copies them redacted.
  await each(await ctx.store.listReports(query), redactReport, (i, c, a) => ctx.store.updateReport(i, c, a));
  // A statement form loaded before the redaction must not save the text back: updatedAt moves on.
  await each(await ctx.store.listStatements(query), redactStatement, (i, c, a) => ctx.store.updateStatement(i, c, a), (s) => ({
    ...s,
    updatedAt: at,
    updatedBy: ctx.actor.id,
  }));
  await each(await ctx.store.listSurveys(query), redactSurvey, (i, c, a) => ctx.store.updateSurvey(i, c, a), (s) => ({ ...s, updatedAt: at }));
  await each(await ctx.store.listImports(query), redactImport, (i, c, a) => ctx.store.updateImport(i, c, a));
  await each(await ctx.store.listLagesbilder(query), redactLagesbild, (i, c, a) => ctx.store.updateLagesbild(i, c, a), (d) =>
    appendLagesbildRedaction(d, { actorId: ctx.actor.id, now: at }),
  );

  const copies = await ctx.store.rewriteSourceCopies(input.districtId, sourceEdits(needle));
  if (replaced === 0 && copies.rewritten === 0) {
    throw badRequest(
      'Fältet ”Text att ta bort”: texten finns inte i stadsdelens rapporter, enkätsvar, lägesbilder från samverkanspartner, importer, sparade lägesbilder eller säkerhetskopior. Kontrollera stavningen.',
      'text',
    );
  }
  return { replaced, records, backups: copies.rewritten, unreadableBackups: copies.unreadable };
}

export const sourcesRouter = router({
  // Takes back text that slipped past the guard in the lägesbild's other sources, everywhere it was stored.
  redact: districtProcedure
    .input(
      z.object({
        text: requiredText(MAX_REDACT_LENGTH, 'texten som ska tas bort'),
        reason: requiredText(LIMITS.reason, 'en motivering'),
      }),
    )
    .mutation(({ ctx, input }) => redactSources(ctx, input)),
});
