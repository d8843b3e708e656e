// The figures of a district's lägesbild, compiled from the VBE item of its
// forums' approved minutes, for a period and the period before it.
import { CATEGORIES, FORUM_TYPES, MILIEUS, SOURCES, VBE_STATUSES } from './codes.ts';
import type { Category, ForumType, Milieu, Source, VbeStatus } from './codes.ts';
import { badRequest } from './errors.ts';
import { vbeRecordOf } from './minutes.ts';
import { isIsoDate, previousPeriod, quarterOf, quartersBetween, stockholmDate } from './periods.ts';
import type { District, Forum, Meeting, VbeRecord } from './types.ts';

/** A VBE status, or `missing` when an approved meeting has no VBE record. */
export type VbeBucket = VbeStatus | 'missing';

export interface LagesbildInput {
  district: District;
  /** The district's forums; every one gets a row, also without meetings. */
  forums: Forum[];
  /** The district's meetings of any status and date; filtered here. */
  meetings: Meeting[];
  /** First and last day of the period, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** The day open actions are judged overdue against; defaults to `to`. */
  asOf?: string;
}

export interface ForumFigures {
  forumId: string;
  forumName: string;
  forumType: ForumType;
  meetings: number;
  vbeRaised: number;
}

export interface AreaCount {
  area: string;
  count: number;
}

export interface QuarterCount {
  quarter: string;
  count: number;
}

export interface ActionCounts {
  open: number;
  completed: number;
  overdue: number;
}

export interface PeriodFigures {
  from: string;
  to: string;
  /** Every forum of the district, by type (FORUM_TYPES order) then name. */
  meetingsPerForum: ForumFigures[];
  /** Approved meetings held in the period. */
  meetings: number;
  /** Meetings whose VBE status is `discussed` or `nothing-to-report`. */
  vbeRaised: number;
  /** vbeRaised / meetings; null without meetings. */
  vbeShare: number | null;
  byStatus: Record<VbeBucket, number>;
  /** records: observation entries; total: the sum of their counts. */
  observations: { records: number; total: number };
  byMilieuCategory: Record<Milieu, Record<Category, number>>;
  byMilieu: Record<Milieu, number>;
  byCategory: Record<Category, number>;
  /** Count per area, most first. */
  byArea: AreaCount[];
  bySource: Record<Source, number>;
  /** Every quarter that overlaps the period, in order. */
  byQuarter: QuarterCount[];
  actions: ActionCounts;
}

export interface Lagesbild {
  districtId: string;
  districtName: string;
  /** The day `actions.overdue` was judged against, in both periods. */
  asOf: string;
  current: PeriodFigures;
  previous: PeriodFigures;
}

interface DatedMeeting {
  meeting: Meeting;
  /** Local (Stockholm) date, computed once per meeting. */
  date: string;
  at: number;
}

// Created lazily and once: Collator construction dominates a single compile otherwise.
let svCollator: Intl.Collator | undefined;
const sv = () => (svCollator ??= new Intl.Collator('sv'));

/**
 * Compiles the lägesbild of `input.district` for `from..to` and for the
 * same days a year earlier (`previousPeriod`).
 *
 * Rules, the same for both periods:
 * - a meeting counts when it is the district's, `approved`, and its start
 *   falls on a day within the period in Europe/Stockholm time;
 * - the meeting's VBE record is the minutes of its `vbe` agenda item; an
 *   approved meeting without one counts as `missing` and not as raised;
 * - a meeting of a forum not in `forums` counts in the totals but has no row;
 * - an observation counts in the quarter of its own date, unless that date is
 *   outside the period (a typo or a late report), then in the meeting's;
 * - areas are grouped trimmed and case-insensitively, shown as first spelled
 *   in meeting order (chronological, so the result does not depend on the
 *   order of `meetings`);
 * - actions are those recorded in the period's minutes, in their current
 *   state; the same `asOf` applies to both periods, so last year's actions
 *   still open are overdue now.
 *
 * Throws a BAD_REQUEST DomainError on malformed or reversed period days.
 */
export function compileLagesbild(input: LagesbildInput): Lagesbild {
  const { district, from, to } = input;
  const asOf = input.asOf ?? to;
  if (!isIsoDate(from)) throw badRequest('Periodens första dag är inte ett giltigt datum.', 'from');
  if (!isIsoDate(to)) throw badRequest('Periodens sista dag är inte ett giltigt datum.', 'to');
  if (to < from) throw badRequest('Perioden slutar innan den börjar.', 'to');
  if (!isIsoDate(asOf)) throw badRequest('Datumet för försenade åtgärder är inte giltigt.', 'asOf');
  const prev = previousPeriod(from, to);

  const forums = input.forums
    .filter((f) => f.districtId === district.id)
    .sort(
      (a, b) =>
        FORUM_TYPES.indexOf(a.type) - FORUM_TYPES.indexOf(b.type) ||
        sv().compare(a.name, b.name) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  const current: DatedMeeting[] = [];
  const previous: DatedMeeting[] = [];
  for (const meeting of input.meetings) {
    if (meeting.districtId !== district.id || meeting.status !== 'approved') continue;
    const date = stockholmDate(meeting.startsAt);
    // YYYY-MM-DD strings order as the days they name.
    const bucket = date >= from && date <= to ? current : date >= prev.from && date <= prev.to ? previous : null;
    bucket?.push({ meeting, date, at: Date.parse(meeting.startsAt) });
  }

  return {
    districtId: district.id,
    districtName: district.name,
    asOf,
    current: periodFigures(current, from, to, forums, asOf),
    previous: periodFigures(previous, prev.from, prev.to, forums, asOf),
  };
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

function periodFigures(dated: DatedMeeting[], from: string, to: string, forums: Forum[], asOf: string): PeriodFigures {
  dated.sort((a, b) => a.at - b.at || (a.meeting.id < b.meeting.id ? -1 : a.meeting.id > b.meeting.id ? 1 : 0));

  const meetingsPerForum: ForumFigures[] = forums.map((f) => ({
    forumId: f.id,
    forumName: f.name,
    forumType: f.type,
    meetings: 0,
    vbeRaised: 0,
  }));
  const forumRow = new Map(meetingsPerForum.map((row) => [row.forumId, row]));

  const byStatus = zeros<VbeBucket>([...VBE_STATUSES, 'missing']);
  const byMilieuCategory = {} as Record<Milieu, Record<Category, number>>;
  for (const m of MILIEUS) byMilieuCategory[m] = zeros(CATEGORIES);
  const byMilieu = zeros(MILIEUS);
  const byCategory = zeros(CATEGORIES);
  const bySource = zeros(SOURCES);
  const areas = new Map<string, AreaCount>();
  const byQuarter = quartersBetween(from, to).map((quarter) => ({ quarter, count: 0 }));
  const quarterRow = new Map(byQuarter.map((row) => [row.quarter, row]));
  // Observation days repeat a lot; null marks a day outside the period (or not a date).
  const rowOfDay = new Map<string, QuarterCount | null>();
  const observations = { records: 0, total: 0 };
  const actions: ActionCounts = { open: 0, completed: 0, overdue: 0 };
  let vbeRaised = 0;

  for (const { meeting, date } of dated) {
    const row = forumRow.get(meeting.forumId);
    if (row) row.meetings++;
    const vbe = vbeRecordOf(meeting);
    if (!vbe) {
      byStatus.missing++;
      continue;
    }
    byStatus[vbe.status]++;
    if (vbe.status === 'discussed' || vbe.status === 'nothing-to-report') {
      vbeRaised++;
      if (row) row.vbeRaised++;
    }

    let meetingQuarter: QuarterCount | undefined;
    for (const o of vbe.observations) {
      const n = o.count;
      observations.records++;
      observations.total += n;
      byMilieuCategory[o.milieu][o.category] += n;
      byMilieu[o.milieu] += n;
      byCategory[o.category] += n;
      bySource[o.source] += n;

      const area = o.area.trim();
      const key = area.toLowerCase();
      const seen = areas.get(key);
      if (seen) seen.count += n;
      else areas.set(key, { area, count: n });

      let q = rowOfDay.get(o.date);
      if (q === undefined) {
        const inPeriod = isIsoDate(o.date) && o.date >= from && o.date <= to;
        q = inPeriod ? (quarterRow.get(quarterOf(o.date)) ?? null) : null;
        rowOfDay.set(o.date, q);
      }
      q ??= meetingQuarter ??= quarterRow.get(quarterOf(date));
      if (q) q.count += n;
    }

    for (const a of vbe.actions) {
      if (a.completedAt) actions.completed++;
      else {
        actions.open++;
        if (a.due < asOf) actions.overdue++;
      }
    }
  }

  const meetings = dated.length;
  return {
    from,
    to,
    meetingsPerForum,
    meetings,
    vbeRaised,
    vbeShare: meetings === 0 ? null : vbeRaised / meetings,
    byStatus,
    observations,
    byMilieuCategory,
    byMilieu,
    byCategory,
    byArea: [...areas.values()].sort((a, b) => b.count - a.count || sv().compare(a.area, b.area)),
    bySource,
    byQuarter,
    actions,
  };
}
