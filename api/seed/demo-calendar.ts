// Meeting dates for the demo: planned in Stockholm local time, stored as UTC instants.
import { addDays, stockholmDate } from '../domain/periods.ts';
import { formatDayMonth, stockholmInstant } from '../domain/swedish-format.ts';
import type { Cadence } from '../domain/types.ts';
import { int, type Rng } from './random.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const iso = (ms: number) => new Date(ms).toISOString();
/** The Stockholm date of an instant. */
export const dayOf = (ms: number) => stockholmDate(iso(ms));

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Daytime on `date` in Stockholm as epoch ms. */
export function stockholmTime(date: string, hour: number, minute: number): number {
  return Date.parse(stockholmInstant(date, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`));
}

/** The `nth` given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
}

/** As written in minutes: `3 mars`. */
export const spokenDate = formatDayMonth;

/** When a forum meets. */
export interface MeetingRhythm {
  cadence: Cadence;
  weekday: number;
  /** For monthly forums: which of the month's `weekday`s. */
  nth: number;
  hour: number;
  minute: number;
}

interface Schedule {
  past: number[];
  upcoming: number;
}

/**
 * How far back the demo's meetings go: two years, so that the overview's
 * "föregående period" (the same days a year earlier) has figures too.
 */
export const DEMO_HISTORY_DAYS = 730;

/**
 * Two years of meeting times before `now` by the forum's cadence, and the
 * next one after it. One meeting per slot and slots at least a week apart,
 * so a forum never meets twice on one Stockholm day.
 */
export function schedule(rhythm: MeetingRhythm, now: number, rng: Rng): Schedule {
  const since = now - DEMO_HISTORY_DAYS * DAY;
  const at = (date: string) => stockholmTime(date, rhythm.hour, rhythm.minute);
  const today = dayOf(now);
  let slot: (k: number) => number;
  if (rhythm.cadence.unit === 'month') {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    // k months from the current one; k may be negative.
    const month = (k: number) => {
      const index = y * 12 + (m - 1) + k;
      return at(nthWeekday(Math.floor(index / 12), (index % 12) + 1, rhythm.weekday, rhythm.nth));
    };
    let first = 0;
    while (month(first) <= now) first++;
    slot = (k) => month(first + k * rhythm.cadence.every);
  } else {
    // The next weekday of the forum after today, shifted so forums of the same cadence do not all meet the same week.
    const period = rhythm.cadence.every * 7;
    let date = addDays(today, 1);
    while (weekdayOf(date) !== rhythm.weekday) date = addDays(date, 1);
    date = addDays(date, 7 * int(rng, 0, rhythm.cadence.every - 1));
    slot = (k) => at(addDays(date, k * period));
  }
  const past: number[] = [];
  for (let k = -1; slot(k) >= since; k--) {
    const t = slot(k);
    // Forums take a summer break in July; a meeting only hours ago is not minuted yet.
    if (dayOf(t).slice(5, 7) === '07' || t > now - 4 * HOUR) continue;
    past.unshift(t);
  }
  return { past, upcoming: slot(0) };
}
