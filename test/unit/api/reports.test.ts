import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../api/domain/errors.ts';
import {
  assertReportAcceptable,
  assertReportDate,
  expireReport,
  isPastRetention,
  isReceipt,
  newReport,
  receiptFrom,
  retentionCutoff,
  suggestedObservation,
  triageReport,
  type ReportInput,
} from '../../../api/domain/reports.ts';
import { todayIn } from '../../../api/domain/periods.ts';
import type { Report } from '../../../api/domain/types.ts';

const NOW = new Date('2026-05-10T08:00:00Z');
const input: ReportInput = { districtId: 'rinkeby-kista', date: '2026-05-09', area: 'Husby', text: 'Klistermärken med vit makt-symboler vid busshållplatsen.' };
const report = (extra: Partial<Report> = {}): Report => ({ ...newReport(input, { id: 'r1', receipt: 'R-AAAA-BBBB', now: NOW }), ...extra });
const meta = { by: 'coordinator', now: NOW, newId: () => 'o1' };

function refusal(fn: () => void): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('report rules', () => {
  it('takes the Stockholm day as today', () => {
    expect(todayIn(new Date('2026-05-09T22:30:00Z'))).toBe('2026-05-10');
  });

  it('refuses a date in the future or more than two years back', () => {
    expect(() => assertReportDate('2026-05-10', '2026-05-10')).not.toThrow();
    expect(refusal(() => assertReportDate('2026-05-11', '2026-05-10')).field).toBe('date');
    expect(() => assertReportDate('2024-05-10', '2026-05-10')).not.toThrow();
    expect(refusal(() => assertReportDate('2024-05-09', '2026-05-10')).message).toMatch(/för gammal/);
  });

  it('refuses an identity number in the text, naming the field and the span', () => {
    const text = 'Eleven 850101-1236 visade symboler.';
    const err = refusal(() => assertReportAcceptable({ ...input, text }, '2026-05-10'));
    expect(err.field).toBe('text');
    expect(err.message).toContain('Vad hände?');
    expect(err.message).toContain('personnummer');
    expect(err.message).not.toContain('850101');
    expect(text.slice(err.span!.start, err.span!.end)).toContain('850101');
  });

  it('refuses an address as the area', () => {
    const err = refusal(() => assertReportAcceptable({ ...input, area: 'Husbygårdsgatan 12' }, '2026-05-10'));
    expect(err.field).toBe('area');
    expect(err.message).toContain('Område');
  });

  it('stores nothing about the sender and only the details given', () => {
    const r = newReport({ ...input, unitType: 'skola', policeInformed: false }, { id: 'r1', receipt: 'R-AAAA-BBBB', now: NOW });
    expect(Object.keys(r).sort()).toEqual(['area', 'date', 'districtId', 'id', 'policeInformed', 'receipt', 'receivedAt', 'status', 'text', 'unitType']);
    expect(r.status).toBe('new');
    // The day of receipt only (10 May in Stockholm), never the time of sending.
    expect(r.receivedAt).toBe('2026-05-09T22:00:00.000Z');
  });
});

describe('receipts', () => {
  it('read as R-XXXX-XXXX in Crockford base32 from 40 random bits', () => {
    expect(receiptFrom(new Uint8Array([0, 0, 0, 0, 0]))).toBe('R-0000-0000');
    expect(receiptFrom(new Uint8Array([255, 255, 255, 255, 255]))).toBe('R-ZZZZ-ZZZZ');
    expect(receiptFrom(new Uint8Array([1, 2, 3, 4, 5]))).toBe('R-0410-6105');
    for (let i = 0; i < 50; i++) {
      const bytes = new Uint8Array(5).map(() => Math.floor(Math.random() * 256));
      expect(isReceipt(receiptFrom(bytes))).toBe(true);
    }
    expect(isReceipt('R-ILOU-0000')).toBe(false);
  });
});

describe('triage', () => {
  it('suggests an observation from the report: unknown milieu is oklar, missing category övrigt, the unit type maps to a source', () => {
    expect(suggestedObservation(report())).toEqual({ milieu: 'oklar', category: 'ovrigt', source: 'egen-verksamhet', area: 'Husby', count: 1, date: '2026-05-09', text: input.text });
    expect(suggestedObservation(report({ unitType: 'forskola', milieu: 'vit-makt', category: 'propaganda' }))).toMatchObject({ source: 'skola', milieu: 'vit-makt', category: 'propaganda' });
    expect(suggestedObservation(report({ unitType: 'socialtjanst' })).source).toBe('socialtjanst');
    expect(suggestedObservation(report({ text: 'x'.repeat(2000) })).text).toHaveLength(500);
  });

  it('accepts into an observation, prefilled or as edited', () => {
    const accepted = triageReport(report(), { decision: 'accepted' }, meta);
    expect(accepted.status).toBe('accepted');
    expect(accepted.observation).toMatchObject({ id: 'o1', area: 'Husby', category: 'ovrigt' });
    const edited = triageReport(report(), { decision: 'accepted', observation: { ...suggestedObservation(report()), category: 'propaganda', count: 3 } }, meta);
    expect(edited.observation).toMatchObject({ category: 'propaganda', count: 3 });
  });

  it('rejects only with a reason, and drops any observation when decided again', () => {
    expect(refusal(() => triageReport(report(), { decision: 'rejected' }, meta)).field).toBe('note');
    const accepted = triageReport(report(), { decision: 'accepted' }, meta);
    const rejected = triageReport(accepted, { decision: 'rejected', note: 'Dubblett av en rapport från samma dag.' }, meta);
    expect(rejected.status).toBe('rejected');
    expect(rejected.observation).toBeUndefined();
    expect(rejected.triage).toEqual({ at: NOW.toISOString(), by: 'coordinator', note: 'Dubblett av en rapport från samma dag.' });
  });

  it('guards the observation edited in the inbox', () => {
    const err = refusal(() => triageReport(report(), { decision: 'accepted', observation: { ...suggestedObservation(report()), text: 'Ring 070-123 45 67' } }, meta));
    expect(err.field).toBe('observation.text');
  });

  it('keeps the observation id when accepted again', () => {
    const once = triageReport(report(), { decision: 'accepted' }, meta);
    const twice = triageReport(once, { decision: 'accepted' }, { ...meta, newId: () => 'o2' });
    expect(twice.observation!.id).toBe('o1');
  });
});

describe('retention', () => {
  it('reaches reports received before the cutoff', () => {
    const cutoff = retentionCutoff(new Date('2028-05-10T08:00:00Z'), 730);
    expect(cutoff).toBe('2026-05-11T08:00:00.000Z');
    expect(isPastRetention(report(), cutoff)).toBe(true);
    expect(isPastRetention(report({ receivedAt: '2026-05-11T08:00:00.000Z' }), cutoff)).toBe(false);
    expect(isPastRetention(report({ expiredAt: '2028-05-01T00:00:00.000Z' }), cutoff)).toBe(false);
  });

  it('leaves a trace and keeps the observation', () => {
    const accepted = triageReport(report({ unitType: 'skola', policeInformed: true, category: 'hot' }), { decision: 'accepted', note: 'Se även polisens bild.' }, meta);
    const at = new Date('2028-06-01T03:00:00Z');
    const trace = expireReport(accepted, at);
    expect(trace).toEqual({
      id: 'r1', districtId: 'rinkeby-kista', receipt: 'R-AAAA-BBBB', receivedAt: '2026-05-09T22:00:00.000Z', date: '2026-05-09', area: '', text: '', status: 'accepted',
      triage: { at: NOW.toISOString(), by: 'coordinator' }, observation: accepted.observation, expiredAt: at.toISOString(),
    });
    expect(refusal(() => triageReport(trace, { decision: 'rejected', note: 'x' }, meta)).code).toBe('CONFLICT');
  });
});
