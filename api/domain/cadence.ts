// A forum's rhythm and the next meeting it suggests. Pure: the clock is a
// parameter. Days are Stockholm calendar days, so no DST change moves the
// usual time and no month length moves the weekday.
import { addDays, isIsoDate, stockholmDate } from './periods.ts';
import { stockholmInputValues, stockholmInstant } from './swedish-format.ts';
import type { Cadence } from './types.ts';

export const DEFAULT_TIME = '14:00';
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a Stockholm wall-clock time "HH:MM". */
export function isClockTime(s: string): boolean {
  return TIME_RE.test(s);
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const day = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The `ordinal` (1–5, or -1 for last) `weekday` of a month; a fifth that does not exist is the last. */
export function nthWeekdayOfMonth(y: number, m: number, ordinal: number, weekday: number): string {
  const length = daysInMonth(y, m);
  if (ordinal === -1) {
    const last = weekdayOf(day(y, m, length));
    return day(y, m, length - ((last - weekday + 7) % 7));
  }
  const first = 1 + ((weekday - weekdayOf(day(y, m, 1)) + 7) % 7);
  let d = first + 7 * (ordinal - 1);
  while (d > length) d -= 7;
  return day(y, m, d);
}

/** Which of its month's weekdays a day is: 1–4, or -1 when it is in the last seven days and the fifth. */
export function ordinalOf(date: string): number {
  const d = Number(date.slice(8, 10));
  const n = Math.ceil(d / 7);
  return n >= 5 ? -1 : n;
}

/** The first day on or after `date` that falls on `weekday`. */
function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The nearest day to `date` (three days either way) that falls on `weekday`. */
function nearest(date: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(date) + 7) % 7;
  return addDays(date, ahead <= 3 ? ahead : ahead - 7);
}

/** The meeting day after `date` in the rhythm. */
export function nextInRhythm(cadence: Cadence, date: string): string {
  const every = Math.max(1, Math.trunc(cadence.every));
  if (cadence.unit === 'week') {
    const next = addDays(date, 7 * every);
    return cadence.weekday === undefined ? next : nearest(next, cadence.weekday);
  }
  // Months: the same weekday in the same place of the month ("second Tuesday"), never the same date.
  const weekday = cadence.weekday ?? weekdayOf(date);
  const ordinal = cadence.ordinal ?? ordinalOf(date);
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + every;
  return nthWeekdayOfMonth(Math.floor(months / 12), (months % 12) + 1, ordinal, weekday);
}

/** The first meeting day after `today` when a forum has no meeting yet. */
function firstInRhythm(cadence: Cadence, today: string): string {
  const tomorrow = addDays(today, 1);
  if (cadence.unit === 'month' && cadence.ordinal !== undefined && cadence.weekday !== undefined) {
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const here = nthWeekdayOfMonth(y, m, cadence.ordinal, cadence.weekday);
    if (here >= tomorrow) return here;
    return nthWeekdayOfMonth(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, cadence.ordinal, cadence.weekday);
  }
  const inAWeek = addDays(today, 7);
  return cadence.weekday === undefined ? inAWeek : onOrAfter(tomorrow, cadence.weekday);
}

export interface Suggestion {
  /** Stockholm day `YYYY-MM-DD` and time `HH:MM`, as the form's inputs take them. */
  date: string;
  time: string;
  /** The instant with its Stockholm offset. */
  startsAt: string;
}

/**
 * The next meeting after the forum's latest one (planned ones included; leave
 * out cancelled ones), in the forum's rhythm and at its usual time, and never
 * before `now`. Without a latest meeting: the rhythm's first day after today.
 */
export function suggestNextMeeting(cadence: Cadence, latestStartsAt: string | undefined, now: Date): Suggestion {
  const time = cadence.time && isClockTime(cadence.time) ? cadence.time : latestStartsAt ? stockholmInputValues(latestStartsAt).time : DEFAULT_TIME;
  const today = stockholmDate(now.toISOString());
  let date = latestStartsAt ? nextInRhythm(cadence, stockholmDate(new Date(latestStartsAt).toISOString())) : firstInRhythm(cadence, today);
  // A forum that paused for a while: step on in its rhythm to the first day still ahead.
  for (let i = 0; i < 5000 && Date.parse(stockholmInstant(date, time)) < now.getTime(); i++) date = nextInRhythm(cadence, date);
  if (!isIsoDate(date)) throw new RangeError(`No suggestion for ${JSON.stringify(cadence)}`);
  return { date, time, startsAt: stockholmInstant(date, time) };
}

const WEEKDAY_NAMES = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const ORDINAL_NAMES: Record<number, string> = { 1: 'första', 2: 'andra', 3: 'tredje', 4: 'fjärde', 5: 'femte', [-1]: 'sista' };

/** "var fjärde vecka, tisdagar kl. 14.00", "första tisdagen i månaden kl. 9.00". */
export function describeCadence(cadence: Cadence): string {
  const at = cadence.time ? ` kl. ${cadence.time.replace(':', '.')}` : '';
  const n = cadence.every;
  if (cadence.unit === 'month' && cadence.ordinal !== undefined && cadence.weekday !== undefined) {
    const which = `${ORDINAL_NAMES[cadence.ordinal] ?? `${cadence.ordinal}:e`} ${WEEKDAY_NAMES[cadence.weekday]}en`;
    return `${which} ${n === 1 ? 'i månaden' : `var ${n}:e månad`}${at}`;
  }
  const unit = cadence.unit === 'week' ? (n === 1 ? 'varje vecka' : `var ${n}:e vecka`) : n === 1 ? 'varje månad' : `var ${n}:e månad`;
  const days = cadence.weekday !== undefined ? `, ${WEEKDAY_NAMES[cadence.weekday]}ar` : '';
  return `${unit}${days}${at}`;
}
