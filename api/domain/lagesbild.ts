// The figures of a district's lägesbild, compiled from the VBE item of its
// forums' approved minutes and the other sources (accepted reports, partners'
// statements, imported figures, the survey round), for a period and the
// period before it.
import { CATEGORIES, FORUM_TYPES, MILIEUS, OBSERVATION_ORIGINS, SOURCES, VBE_STATUSES } from './codes.ts';
import type { Awareness, AwarenessTopic, Category, Collaboration, CollaborationPartner, ForumType, Milieu, ObservationOrigin, Source, StaffKnowledge, VbeStatus } from './codes.ts';
import { badRequest } from './errors.ts';
import { vbeRecordOf } from './minutes.ts';
import { assertPeriod, inPeriod, isIsoDate, previousPeriod, quarterOf, quartersBetween, stockholmDate } from './periods.ts';
import { surveyResults } from './surveys.ts';
import type { District, Forum, Meeting, Observation, ObservationImport, Report, Statement, Survey } from './types.ts';

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
  /** The district's reports of any status and event date; filtered here. */
  reports?: readonly Report[];
  /** The district's partners' statements; those overlapping a period count in it. */
  statements?: readonly Statement[];
  /** The district's imported figures. */
  imports?: readonly ObservationImport[];
  /** The district's survey rounds; each period takes the round of the year it ends in. */
  surveys?: readonly Survey[];
}

/**
 * The sources a coordinator expects a statement from in every period; any
 * other source appears once it has sent one. Own units (egen-verksamhet),
 * schools and social services speak in the forums and the survey instead.
 */
export const EXPECTED_STATEMENT_SOURCES: readonly Source[] = [
  'polis',
  'fackforvaltning',
  'civilsamhalle',
  'fastighetsagare',
  'psykiatri',
  'ia',
  'tyck-till',
];

export type StatementStatus = 'reported' | 'nothing' | 'missing';

export interface StatementFigures {
  source: Source;
  /** reported: a statement with content; nothing: only "nothing to report"; missing: none overlapping the period. */
  status: StatementStatus;
  /** Statements of the source whose period overlaps this one. */
  statements: number;
  /** The sum of the counts of their observations dated in this period. */
  observations: number;
}

export interface SurveyFigures {
  units: number;
  responded: number;
  /** responded / units, 0 to 1; 0 for a round without units. */
  responseRate: number;
  /** Employees and web-course completions, summed over the units that responded. */
  staff: number;
  courseCompleted: number;
  /** Units per answer and topic, the managers' own (surveyResults' shape). */
  awareness: Record<AwarenessTopic, Record<Awareness, number>>;
  /** The staff's, as the managers judge them. */
  staffAwareness: Record<AwarenessTopic, Record<Awareness, number>>;
  /** Units per partner: har (collaborates), onskar (wishes to), nej. */
  collaboration: Record<CollaborationPartner, Record<Collaboration, number>>;
  /** Units per level of the staff's knowledge. */
  staffKnowledge: Record<StaffKnowledge, number>;
}

export interface ReportCounts {
  /** Reports whose event date lies in the period, of any status. */
  received: number;
  accepted: number;
  rejected: number;
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

export interface QuarterMilieuCount {
  quarter: string;
  byMilieu: Record<Milieu, number>;
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
  /** The same quarters, each counted per milieu (the quarter rules of byQuarter). */
  byQuarterMilieu: QuarterMilieuCount[];
  actions: ActionCounts;
  reports: ReportCounts;
  /** The round for the year the period ends in (the newest if several); null without one. */
  survey: SurveyFigures | null;
  /** The expected sources, then any other with a statement, in SOURCES order. */
  statements: StatementFigures[];
  /** The sum of counts per origin; together they make `observations.total`. */
  byOrigin: Record<ObservationOrigin, number>;
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

 * - an accepted report's observation counts in the period of the report's
 *   event date (quarter by the observation's own date as above);
 * - a statement or import counts its observations dated within the period
 *   (a statement for July–June counts half in each calendar year); a
 *   statement whose period overlaps counts as the source's answer;
 * - every observation keeps its origin in `byOrigin`, and counts in the
 *   totals and every `by*` figure whatever its origin; areas of the other
 *   origins follow those of the minutes (reports by date, statements by
 *   period, imports by when they were imported).
 *
 * Throws a BAD_REQUEST DomainError on malformed or reversed period days.
 */
export function compileLagesbild(input: LagesbildInput): Lagesbild {
  const { district, from, to } = input;
  const asOf = input.asOf ?? to;
  assertPeriod(from, to);
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

  const own = <T extends { districtId: string; id: string }>(records: readonly T[] | undefined, key: (r: T) => string): T[] =>
    (records ?? []).filter((r) => r.districtId === district.id).sort((a, b) => cmp(key(a), key(b)) || cmp(a.id, b.id));
  const sources: Sources = {
    reports: own(input.reports, (r) => `${r.date} ${r.receivedAt}`),
    statements: own(input.statements, (st) => `${st.from} ${st.to}`),
    imports: own(input.imports, (b) => b.importedAt),
    surveys: own(input.surveys, (round) => `${round.year} ${round.createdAt}`),
  };

  return {
    districtId: district.id,
    districtName: district.name,
    asOf,
    current: periodFigures(current, sources, from, to, forums, asOf),
    previous: periodFigures(previous, sources, prev.from, prev.to, forums, asOf),
  };
}

interface Sources {
  reports: Report[];
  statements: Statement[];
  imports: ObservationImport[];
  surveys: Survey[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

function periodFigures(dated: DatedMeeting[], sources: Sources, from: string, to: string, forums: Forum[], asOf: string): PeriodFigures {
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
  const byOrigin = zeros(OBSERVATION_ORIGINS);
  const areas = new Map<string, AreaCount>();
  const byQuarter = quartersBetween(from, to).map((quarter) => ({ quarter, count: 0 }));
  const byQuarterMilieu: QuarterMilieuCount[] = byQuarter.map(({ quarter }) => ({ quarter, byMilieu: zeros(MILIEUS) }));
  const quarterRow = new Map(byQuarter.map((row, i) => [row.quarter, i]));
  // Observation days repeat a lot; null marks a day outside the period (or not a date).
  const rowOfDay = new Map<string, number | null>();
  const observations = { records: 0, total: 0 };
  const actions: ActionCounts = { open: 0, completed: 0, overdue: 0 };
  const period = { from, to };
  let vbeRaised = 0;

  /** `fallbackDay`: the quarter to count in when the observation's own date is outside the period (the meeting's or report's day). */
  const count = (o: Observation, origin: ObservationOrigin, fallbackDay: string) => {
    const n = o.count;
    observations.records++;
    observations.total += n;
    byOrigin[origin] += n;
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
      q = isIsoDate(o.date) && inPeriod(o.date, period) ? (quarterRow.get(quarterOf(o.date)) ?? null) : null;
      rowOfDay.set(o.date, q);
    }
    q ??= quarterRow.get(quarterOf(fallbackDay));
    if (q !== undefined) {
      byQuarter[q]!.count += n;
      byQuarterMilieu[q]!.byMilieu[o.milieu] += n;
    }
  };

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

    for (const o of vbe.observations) count(o, 'minutes', date);

    for (const a of vbe.actions) {
      if (a.completedAt) actions.completed++;
      else {
        actions.open++;
        if (a.due < asOf) actions.overdue++;
      }
    }
  }

  const reports: ReportCounts = { received: 0, accepted: 0, rejected: 0 };
  for (const r of sources.reports) {
    if (!inPeriod(r.date, period)) continue;
    reports.received++;
    if (r.status === 'accepted') {
      reports.accepted++;
      if (r.observation) count(r.observation, 'report', r.date);
    } else if (r.status === 'rejected') reports.rejected++;
  }

  const bySourceStatement = new Map<Source, StatementFigures>();
  for (const source of EXPECTED_STATEMENT_SOURCES) bySourceStatement.set(source, { source, status: 'missing', statements: 0, observations: 0 });
  for (const st of sources.statements) {
    if (st.to < from || st.from > to) continue;
    let row = bySourceStatement.get(st.source);
    if (!row) bySourceStatement.set(st.source, (row = { source: st.source, status: 'missing', statements: 0, observations: 0 }));
    row.statements++;
    if (!st.nothingToReport) row.status = 'reported';
    else if (row.status === 'missing') row.status = 'nothing';
    for (const o of st.observations) {
      if (!inPeriod(o.date, period)) continue;
      row.observations += o.count;
      count(o, 'statement', o.date);
    }
  }
  const statements = [...bySourceStatement.values()].sort((a, b) => SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source));

  for (const batch of sources.imports) {
    if (batch.to < from || batch.from > to) continue;
    for (const o of batch.observations) if (inPeriod(o.date, period)) count(o, 'import', o.date);
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
    byQuarterMilieu,
    actions,
    reports,
    survey: surveyFigures(sources.surveys, Number(to.slice(0, 4))),
    statements,
    byOrigin,
  };
}

/** The response figures and answers of the district's newest round for `year` (surveyResults' definitions). */
export function surveyFigures(surveys: readonly Survey[], year: number): SurveyFigures | null {
  const round = surveys.filter((s) => s.year === year).at(-1);
  if (!round) return null;
  const { units, responded, responseRate, staff, courseCompleted, awareness, staffAwareness, collaboration, staffKnowledge } = surveyResults(round);
  return { units, responded, responseRate, staff, courseCompleted, awareness, staffAwareness, collaboration, staffKnowledge };
}
