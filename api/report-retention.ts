// The end of a report's retention (REPORT_RETENTION_DAYS): run at start and
// once a day, it reduces every report received before the cutoff to a trace
// (api/domain/reports.ts, expireReport). Each reduction is a write, audited
// as the system's. An observation made from a report is kept. The store's own
// copies (backups) are reduced the same way, so the text leaves them too.
import { expireReport, isPastRetention, retentionCutoff } from './domain/reports.ts';
import { addDays } from './domain/periods.ts';
import type { Store } from './store/store.ts';

export const RETENTION_AUDIT = { actorId: 'system', procedure: 'reports.retention' } as const;

/** Reduces the reports past retention in every district; answers how many. */
export async function expireOldReports(store: Store, options: { now: Date; retentionDays: number }): Promise<number> {
  const cutoff = retentionCutoff(options.now, options.retentionDays);
  let expired = 0;
  for (const district of await store.listDistricts()) {
    // Event days lie no later than receipt (a Stockholm day may be a UTC day ahead), so this bounds the query.
    const reports = await store.listReports({ districtId: district.id, to: addDays(cutoff.slice(0, 10), 1) });
    for (const report of reports.filter((r) => isPastRetention(r, cutoff))) {
      await store.updateReport(report.id, (current) => (isPastRetention(current, cutoff) ? expireReport(current, options.now) : current), RETENTION_AUDIT);
      expired++;
    }
    // Every run, not only when a report expired now: a run cut short before this step is caught up the next day.
    const keep = <T>(record: T) => record;
    await store.rewriteSourceCopies(district.id, {
      report: (r) => (isPastRetention(r, cutoff) ? expireReport(r, options.now) : r),
      survey: keep,
      statement: keep,
      import: keep,
    });
  }
  return expired;
}
