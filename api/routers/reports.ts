// De-identified reports: sent from /rapportera/ without an account, read and
// triaged in the coordinator's inbox. Nothing about the sender is stored.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { canManageDistrict } from '../domain/access.ts';
import { REPORT_STATUSES, UNIT_TYPES } from '../domain/codes.ts';
import { badRequest, notFound } from '../domain/errors.ts';
import { LIMITS, REPORT_LIMITS } from '../domain/limits.ts';
import { todayIn } from '../domain/periods.ts';
import { assertReportAcceptable, newReport, receiptFrom, RECEIPT_BYTES, receivedDay, suggestedObservation, triageReport } from '../domain/reports.ts';
import { anonymousProcedure } from '../trpc/anonymous-procedure.ts';
import { districtProcedure } from '../trpc/district-procedure.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { category, id, isoDate, milieu, observation, requiredText, text } from './inputs.ts';

const unitType = z.enum(UNIT_TYPES, { error: `Välj en verksamhet: ${UNIT_TYPES.join(', ')}.` });
const reportStatus = z.enum(REPORT_STATUSES, { error: `Välj status: ${REPORT_STATUSES.join(', ')}.` });

const NOT_FOUND = 'Rapporten finns inte eller så har du inte behörighet till den.';

export const reportsRouter = router({
  /** Anonymous: answers only the receipt, which reads nothing back. */
  submit: anonymousProcedure()
    .input(
      z.object({
        districtId: id,
        date: isoDate,
        area: requiredText(LIMITS.area, 'ett område (ett ortnamn, inte en adress)'),
        text: requiredText(REPORT_LIMITS.text, 'vad som hände'),
        category: category.optional(),
        milieu: milieu.optional(),
        unitType: unitType.optional(),
        policeInformed: z.boolean().optional(),
        socialServicesInformed: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const district = await ctx.store.getDistrict(input.districtId);
      if (!district) throw badRequest('Välj en stadsdel i listan.', 'districtId');
      const now = ctx.now();
      assertReportAcceptable(input, todayIn(now));
      const receipt = receiptFrom(randomBytes(RECEIPT_BYTES));
      await ctx.store.createReport(newReport(input, { id: ctx.newId(), receipt, now }), { actorId: 'anonym', procedure: 'reports.submit', dayOnly: true });
      return { receipt };
    }),

  /**
   * The district's inbox: new reports first, then by day of receipt (newest
   * first), then id. Each read is audited as an entry for the district
   * (procedure `reports.list`), since reading reports is as sensitive as
   * changing them. Reports not yet
   * expired carry the observation accepting them would make.
   */
  list: districtProcedure
    .input(z.object({ status: reportStatus.optional(), from: isoDate.optional(), to: isoDate.optional() }))
    .query(async ({ ctx, input }) => {
      const { district } = ctx;
      await ctx.store.auditRead('district', district.id, ctx.audit);
      const reports = await ctx.store.listReports({ districtId: district.id, status: input.status, from: input.from, to: input.to });
      // Only the day of receipt leaves the server, also for older records that kept the time.
      return reports
        .map((report) => ({ ...report, receivedAt: receivedDay(report.receivedAt), suggestion: report.expiredAt ? undefined : suggestedObservation(report) }))
        .sort((a, b) => Number(b.status === 'new') - Number(a.status === 'new') || b.receivedAt.localeCompare(a.receivedAt) || a.id.localeCompare(b.id));
    }),

  triage: signedInProcedure
    .input(
      z.object({
        id,
        decision: z.enum(['accepted', 'rejected'], { error: 'Välj accepted (godkänn) eller rejected (avvisa).' }),
        observation: observation.omit({ id: true }).optional(),
        note: text(REPORT_LIMITS.note).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const report = await ctx.store.getReport(input.id);
      if (!report || !canManageDistrict(ctx.actor, report.districtId)) throw notFound(NOT_FOUND);
      const { decision, observation: draft, note } = input;
      const meta = { by: ctx.account.id, now: ctx.now(), newId: ctx.newId };
      // Checked before the write, so a refusal never reaches the store's audit.
      triageReport(report, { decision, observation: draft, note }, meta);
      return ctx.store.updateReport(report.id, (current) => triageReport(current, { decision, observation: draft, note }, meta), ctx.audit);
    }),
});
