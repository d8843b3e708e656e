// The de-identified report (blankett för avidentifierad information): the
// rules for a report sent without an account, its triage into an observation
// and the end of its retention. Plain functions; the clock, ids and random
// bytes come from the caller.
import type { Category, Milieu, Source, UnitType } from './codes.ts';
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { LIMITS, REPORT_LIMITS } from './limits.ts';
import { addDays, stockholmDate, stockholmDayStart } from './periods.ts';
import type { Observation, Report } from './types.ts';

export interface ReportInput {
  districtId: string;
  date: string;
  area: string;
  text: string;
  category?: Category;
  milieu?: Milieu;
  unitType?: UnitType;
  policeInformed?: boolean;
  socialServicesInformed?: boolean;
}

/** Labels as the form shows them, so a refusal names the field the sender sees. */
export const REPORT_FIELD_LABELS = {
  districtId: 'Stadsdel',
  date: 'Datum för händelsen',
  area: 'Område',
  text: 'Vad hände?',
  category: 'Vad gällde det?',
  milieu: 'Miljö',
  unitType: 'Verksamhet',
  policeInformed: 'Har polisen informerats?',
  socialServicesInformed: 'Har socialtjänsten informerats?',
} as const;

/** Refuses an event day in the future or more than REPORT_LIMITS.maxAgeDays back. */
export function assertReportDate(date: string, today: string): void {
  if (date > today) throw badRequest('Datumet för händelsen kan inte vara i framtiden.', 'date');
  if (date < addDays(today, -REPORT_LIMITS.maxAgeDays)) {
    throw badRequest('Händelsen är för gammal för att rapporteras här: den får vara högst två år gammal. Kontakta samordnaren direkt.', 'date');
  }
}

/** The free texts of a report, guarded field by field with the form's labels. */
export function reportFields(input: Pick<ReportInput, 'area' | 'text'>): GuardedField[] {
  return [
    { path: 'area', label: REPORT_FIELD_LABELS.area, text: input.area, group: 'report' },
    { path: 'text', label: REPORT_FIELD_LABELS.text, text: input.text, group: 'report' },
  ];
}

/** Everything a report must pass before it is stored. */
export function assertReportAcceptable(input: ReportInput, today: string): void {
  assertReportDate(input.date, today);
  assertDeidentified(reportFields(input));
}

// Crockford's base32: no I, L, O or U, so a receipt read aloud or retyped stays the same.
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes a receipt needs: 40 bits, as 8 symbols. */
export const RECEIPT_BYTES = 5;

/**
 * "R-7KQ4-M2XP": random, so it tells nothing about the report, the sender or
 * the order of sending, and it is never used to read anything back.
 */
export function receiptFrom(bytes: Uint8Array): string {
  if (bytes.length < RECEIPT_BYTES) throw new RangeError(`A receipt needs ${RECEIPT_BYTES} random bytes.`);
  let bits = 0n;
  for (const b of bytes.subarray(0, RECEIPT_BYTES)) bits = (bits << 8n) | BigInt(b);
  let symbols = '';
  for (let i = 0; i < 8; i++) {
    symbols = RECEIPT_ALPHABET[Number(bits & 31n)] + symbols;
    bits >>= 5n;
  }
  return `R-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

export function isReceipt(text: string): boolean {
  return /^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(text);
}

/**
 * When a report came, to the day: the start of its Stockholm day as an
 * instant. The time of sending would be a key into the proxy's access log, so
 * it is never stored; an older record that holds the exact instant reads as
 * its day too.
 */
export function receivedDay(instant: Date | string): string {
  return stockholmDayStart(stockholmDate(typeof instant === 'string' ? instant : instant.toISOString()));
}

/** The record stored for a sent report: nothing about the sender, not even the time of sending. */
export function newReport(input: ReportInput, meta: { id: string; receipt: string; now: Date }): Report {
  const report: Report = {
    id: meta.id,
    districtId: input.districtId,
    receipt: meta.receipt,
    receivedAt: receivedDay(meta.now),
    date: input.date,
    area: input.area,
    text: input.text,
    status: 'new',
  };
  if (input.category) report.category = input.category;
  if (input.milieu) report.milieu = input.milieu;
  if (input.unitType) report.unitType = input.unitType;
  if (input.policeInformed !== undefined) report.policeInformed = input.policeInformed;
  if (input.socialServicesInformed !== undefined) report.socialServicesInformed = input.socialServicesInformed;
  return report;
}

// Units whose kind is a source of its own; the others are the district's own operations.
const SOURCE_OF_UNIT: Record<UnitType, Source> = {
  skola: 'skola',
  forskola: 'skola',
  fritid: 'egen-verksamhet',
  socialtjanst: 'socialtjanst',
  ovrigt: 'egen-verksamhet',
};

export type ObservationDraft = Omit<Observation, 'id'>;

/** The observation a report suggests: what the inbox prefills and what accepting without changes stores. */
export function suggestedObservation(report: Report): ObservationDraft {
  return {
    milieu: report.milieu ?? 'oklar',
    category: report.category ?? 'ovrigt',
    source: report.unitType ? SOURCE_OF_UNIT[report.unitType] : 'egen-verksamhet',
    area: report.area,
    count: 1,
    date: report.date,
    // An observation's text is shorter than a report's: the start, to be edited.
    text: report.text.length > LIMITS.observationText ? `${report.text.slice(0, LIMITS.observationText - 1)}…` : report.text,
  };
}

export type TriageDecision = 'accepted' | 'rejected';

export interface TriageInput {
  decision: TriageDecision;
  observation?: ObservationDraft;
  note?: string;
}

/**
 * Accepting makes (or, when decided again, replaces) the report's observation;
 * rejecting needs a reason and removes any observation. A decision can be
 * changed while the report is kept, so a mistake in the inbox can be undone;
 * an expired report is only a trace and cannot be triaged.
 */
export function triageReport(report: Report, input: TriageInput, meta: { by: string; now: Date; newId: () => string }): Report {
  if (report.expiredAt) throw conflict('Rapporten har gallrats och kan inte längre bedömas.');
  const note = input.note?.trim() || undefined;
  const triage = { at: meta.now.toISOString(), by: meta.by, ...(note ? { note } : {}) };
  if (input.decision === 'rejected') {
    if (!note) throw badRequest('Ange varför rapporten avvisas.', 'note');
    assertDeidentified([{ path: 'note', label: 'Motivering', text: note }]);
    const { observation: _dropped, ...rest } = report;
    return { ...rest, status: 'rejected', triage };
  }
  const draft = input.observation ?? suggestedObservation(report);
  assertDeidentified([
    { path: 'observation.area', label: 'Observation: område', text: draft.area, group: 'observation' },
    { path: 'observation.text', label: 'Observation: beskrivning', text: draft.text, group: 'observation' },
    ...(note ? [{ path: 'note', label: 'Anteckning', text: note }] : []),
  ]);
  const observation: Observation = { id: report.observation?.id ?? meta.newId(), ...draft };
  return { ...report, status: 'accepted', triage, observation };
}

/** Reports received before this instant have outlived the retention period. */
export function retentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString();
}

export function isPastRetention(report: Report, cutoff: string): boolean {
  return !report.expiredAt && report.receivedAt < cutoff;
}

/**
 * The trace a report leaves at the end of retention: that it came, when, to
 * which district, and how it was decided; its text, place, details and any
 * note are gone. An observation made from it stays and keeps counting.
 */
export function expireReport(report: Report, now: Date): Report {
  const trace: Report = {
    id: report.id,
    districtId: report.districtId,
    receipt: report.receipt,
    receivedAt: report.receivedAt,
    date: report.date,
    area: '',
    text: '',
    status: report.status,
    expiredAt: now.toISOString(),
  };
  if (report.triage) trace.triage = { at: report.triage.at, by: report.triage.by };
  if (report.observation) trace.observation = report.observation;
  return trace;
}
