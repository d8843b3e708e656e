// Calendar helpers over `YYYY-MM-DD` days and ISO instants. Days are civil
// dates in Europe/Stockholm; the arithmetic is on integer day numbers rather
// than Date objects so no host time zone or DST shift can leak in.
import { badRequest, type DomainError } from './errors.ts';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An explicit offset is required: without one Date.parse reads host-local time.
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parse(date: string): Ymd | null {
  const match = DATE_RE.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parseOrThrow(date: string): Ymd {
  const ymd = parse(date);
  if (!ymd) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
  return ymd;
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return format(y, m, d);
}

function format(y: number, m: number, d: number): string {
  if (y < 0 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a strictly formatted `YYYY-MM-DD` that is a real calendar date. */
export function isIsoDate(s: string): boolean {
  return parse(s) !== null;
}

// Built once: constructing an Intl formatter costs far more than using one.
let stockholmFormatter: Intl.DateTimeFormat | undefined;
const EN_US_DATE_RE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The Europe/Stockholm calendar date of an ISO instant (offset required). */
export function stockholmDate(instantIso: string): string {
  const ms = INSTANT_RE.test(instantIso) ? Date.parse(instantIso) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with offset: ${JSON.stringify(instantIso)}`);
  stockholmFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // format() is about three times faster than formatToParts(); en-US gives
  // MM/DD/YYYY, and the parts are the fallback should ICU data ever differ.
  const fast = EN_US_DATE_RE.exec(stockholmFormatter.format(ms));
  if (fast) return `${fast[3]}-${fast[1]}-${fast[2]}`;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of stockholmFormatter.formatToParts(ms)) {
    if (part.type === 'year') y = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
  }
  return format(y, m, d);
}

/**
 * The instant a Stockholm day begins, as UTC ISO ("2026-05-10" →
 * "2026-05-09T22:00:00.000Z"). Midnight is never skipped: Sweden changes its
 * clocks at 02:00 and 03:00.
 */
export function stockholmDayStart(date: string): string {
  parseOrThrow(date);
  for (const offset of ['+02:00', '+01:00']) {
    const ms = Date.parse(`${date}T00:00:00${offset}`);
    const instant = new Date(ms).toISOString();
    if (stockholmDate(instant) === date && stockholmDate(new Date(ms - 1).toISOString()) !== date) return instant;
  }
  throw new RangeError(`No Stockholm midnight found for ${date}`);
}

/** The Stockholm day of an instant: what "today" means to the people using the service. */
export function todayIn(now: Date): string {
  return stockholmDate(now.toISOString());
}

/** Whether a day lies in a period (both ends included; a missing end is open). */
export function inPeriod(day: string, period: { from?: string; to?: string }): boolean {
  return (!period.from || day >= period.from) && (!period.to || day <= period.to);
}

/** Whether a record's `from`–`to` overlaps a period (a missing end is open). */
export function overlapsPeriod(record: { from: string; to: string }, period: { from?: string; to?: string }): boolean {
  return (!period.to || record.from <= period.to) && (!period.from || record.to >= period.from);
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(parseOrThrow(date)) + n);
}

/**
 * UTC instants that surely cover the Stockholm days `from`..`to`: a day's
 * margin each side, since callers then decide by the Stockholm date.
 */
export function instantsAround(from: string, to: string): { from: string; to: string } {
  return { from: `${addDays(from, -1)}T00:00:00Z`, to: `${addDays(to, 2)}T00:00:00Z` };
}

/** Number of days from `from` to `to`, both counted; 1 when equal, ≤ 0 when reversed. */
export function daysInclusive(from: string, to: string): number {
  return toDayNumber(parseOrThrow(to)) - toDayNumber(parseOrThrow(from)) + 1;
}

/** The same day `years` years earlier; 29 February becomes 28 February. */
function yearsEarlier({ y, m, d }: Ymd, years: number): Ymd {
  const year = y - years;
  return { y: year, m, d: Math.min(d, daysInMonth(year, m)) };
}

/**
 * The comparison period: the same days one year earlier, so "this year so
 * far" (1 January–28 November) compares with 1 January–28 November of the
 * year before, a calendar year with the year before and a quarter with the
 * same quarter last year, free of seasonal swings. 29 February maps to
 * 28 February. A period longer than a year steps back as many whole years
 * as it takes not to overlap itself (two calendar years → the two before).
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const f = parseOrThrow(from);
  const t = parseOrThrow(to);
  if (toDayNumber(t) < toDayNumber(f)) throw new RangeError(`Period ends before it starts: ${from}..${to}`);
  let years = 1;
  while (toDayNumber(yearsEarlier(t, years)) >= toDayNumber(f)) years++;
  const pf = yearsEarlier(f, years);
  const pt = yearsEarlier(t, years);
  return { from: format(pf.y, pf.m, pf.d), to: format(pt.y, pt.m, pt.d) };
}

/** The calendar quarter of a day, e.g. `2026-Q1`. */
export function quarterOf(date: string): string {
  const { y, m } = parseOrThrow(date);
  return `${String(y).padStart(4, '0')}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Every quarter that overlaps `from..to`, in order; empty when reversed. */
export function quartersBetween(from: string, to: string): string[] {
  const f = parseOrThrow(from);
  const t = parseOrThrow(to);
  const out: string[] = [];
  if (toDayNumber(t) < toDayNumber(f)) return out;
  const last = t.y * 4 + Math.floor((t.m - 1) / 3);
  for (let q = f.y * 4 + Math.floor((f.m - 1) / 3); q <= last; q++) {
    out.push(`${String(Math.floor(q / 4)).padStart(4, '0')}-Q${(q % 4) + 1}`);
  }
  return out;
}

/** The longest period the lägesbild, the overview and the CSV accept. */
export const MAX_PERIOD_DAYS = 366 * 5;

export type PeriodRule = 'from-invalid' | 'to-invalid' | 'order' | 'too-long';

/**
 * What is wrong with a period of days, in the order a form reports it: the
 * one check the lägesbild, the overview and the CSV share (each words the
 * answer for its own fields). Empty when the period is valid.
 */
const PERIOD_ERRORS: Record<PeriodRule, { field: 'from' | 'to'; message: string }> = {
  'from-invalid': { field: 'from', message: 'Ange periodens första dag som ÅÅÅÅ-MM-DD.' },
  'to-invalid': { field: 'to', message: 'Ange periodens sista dag som ÅÅÅÅ-MM-DD.' },
  order: { field: 'to', message: 'Slutdatumet måste vara samma som eller efter startdatumet.' },
  'too-long': { field: 'to', message: 'Perioden får vara högst fem år.' },
};

/** The API's one wording of a period rule (BAD_REQUEST on `from` or `to`). */
export function periodError(rule: PeriodRule): DomainError {
  return badRequest(PERIOD_ERRORS[rule].message, PERIOD_ERRORS[rule].field);
}

/** Throws periodError for the first problem of a period of days, if any. */
export function assertPeriod(from: string, to: string): void {
  const [problem] = periodProblems(from, to);
  if (problem) throw periodError(problem);
}

export function periodProblems(from: string, to: string): PeriodRule[] {
  const problems: PeriodRule[] = [];
  if (!isIsoDate(from)) problems.push('from-invalid');
  if (!isIsoDate(to)) problems.push('to-invalid');
  if (problems.length > 0) return problems;
  if (to < from) return ['order'];
  return daysInclusive(from, to) > MAX_PERIOD_DAYS ? ['too-long'] : [];
}
