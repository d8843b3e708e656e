// The city's picture: every district's lägesbild figures side by side for
// one period, for the city's central coordinator and admins. Pure assembly
// over compiled figures; the caller compiles each district (compileLagesbild).
import { MILIEUS, type Milieu } from './codes.ts';
import type { Lagesbild, PeriodFigures } from './lagesbild.ts';
import { overlapsPeriod } from './periods.ts';

export type CityLagesbildStatus = 'none' | 'draft' | 'adopted';

/** The part of a saved lägesbild the status needs. */
export interface LagesbildDocumentStub {
  id: string;
  from: string;
  to: string;
  status: 'draft' | 'adopted';
}

export interface CityLagesbildState {
  status: CityLagesbildStatus;
  /** The document the status comes from; absent for `none`. */
  id?: string;
  from?: string;
  to?: string;
}

export interface CityFigures {
  forums: number;
  meetings: number;
  vbeRaised: number;
  /** vbeRaised / meetings; null without meetings. */
  vbeShare: number | null;
  observations: number;
  byMilieu: Record<Milieu, number>;
  reportsReceived: number;
  reportsAccepted: number;
  surveyUnits: number;
  surveyResponded: number;
  /** responded / units; null without a survey round (or a round without units). */
  responseRate: number | null;
  staff: number;
  courseCompleted: number;
  /** courseCompleted / staff; null when no responding unit counted any staff. */
  courseShare: number | null;
}

export interface CityDistrictRow extends CityFigures {
  districtId: string;
  districtName: string;
  /** False when the period has no meeting, observation, report or survey round: shown as such, never left out. */
  hasData: boolean;
  /** The same figures a year earlier, for the change. */
  previousObservations: number;
  lagesbild: CityLagesbildState;
}

export interface CityPicture {
  from: string;
  to: string;
  /** Every district, by name (Swedish order). */
  districts: CityDistrictRow[];
  /** The sums over every district; the shares computed from the sums, not averaged. */
  total: CityFigures;
}

export interface CityDistrictInput {
  /** The district's figures for the period (every forum has a row, so their count is the forums'). */
  figures: Lagesbild;
  /** The district's saved lägesbilder, any period. */
  documents?: readonly LagesbildDocumentStub[];
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function zeroMilieus(): Record<Milieu, number> {
  return Object.fromEntries(MILIEUS.map((m) => [m, 0])) as Record<Milieu, number>;
}

export function cityFiguresOf(p: PeriodFigures): CityFigures {
  const survey = p.survey;
  const units = survey?.units ?? 0;
  return {
    forums: p.meetingsPerForum.length,
    meetings: p.meetings,
    vbeRaised: p.vbeRaised,
    vbeShare: share(p.vbeRaised, p.meetings),
    observations: p.observations.total,
    byMilieu: { ...zeroMilieus(), ...p.byMilieu },
    reportsReceived: p.reports.received,
    reportsAccepted: p.reports.accepted,
    surveyUnits: units,
    surveyResponded: survey?.responded ?? 0,
    responseRate: survey ? share(survey.responded, units) : null,
    staff: survey?.staff ?? 0,
    courseCompleted: survey?.courseCompleted ?? 0,
    courseShare: survey ? share(survey.courseCompleted, survey.staff) : null,
  };
}

function hasData(p: PeriodFigures): boolean {
  return p.meetings > 0 || p.observations.total > 0 || p.reports.received > 0 || p.survey !== null;
}

/**
 * The status of the district's lägesbild for `from..to`: among its saved
 * documents whose period overlaps this one, an adopted one wins over a
 * draft, then the one ending latest (a yearly lägesbild rarely matches an
 * ad hoc period exactly, so overlap rather than equality).
 */
export function lagesbildStateOf(documents: readonly LagesbildDocumentStub[], from: string, to: string): CityLagesbildState {
  const overlapping = documents.filter((d) => overlapsPeriod(d, { from, to }));
  if (overlapping.length === 0) return { status: 'none' };
  const best = [...overlapping].sort(
    (a, b) =>
      Number(b.status === 'adopted') - Number(a.status === 'adopted') ||
      (a.to < b.to ? 1 : a.to > b.to ? -1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
  return { status: best.status, id: best.id, from: best.from, to: best.to };
}

function sumFigures(rows: readonly CityFigures[]): CityFigures {
  const byMilieu = zeroMilieus();
  let forums = 0, meetings = 0, vbeRaised = 0, observations = 0, reportsReceived = 0, reportsAccepted = 0;
  let surveyUnits = 0, surveyResponded = 0, staff = 0, courseCompleted = 0, withSurvey = false;
  for (const r of rows) {
    forums += r.forums;
    meetings += r.meetings;
    vbeRaised += r.vbeRaised;
    observations += r.observations;
    for (const m of MILIEUS) byMilieu[m] += r.byMilieu[m];
    reportsReceived += r.reportsReceived;
    reportsAccepted += r.reportsAccepted;
    surveyUnits += r.surveyUnits;
    surveyResponded += r.surveyResponded;
    staff += r.staff;
    courseCompleted += r.courseCompleted;
    if (r.responseRate !== null || r.courseShare !== null) withSurvey = true;
  }
  return {
    forums,
    meetings,
    vbeRaised,
    vbeShare: share(vbeRaised, meetings),
    observations,
    byMilieu,
    reportsReceived,
    reportsAccepted,
    surveyUnits,
    surveyResponded,
    responseRate: withSurvey ? share(surveyResponded, surveyUnits) : null,
    staff,
    courseCompleted,
    courseShare: withSurvey ? share(courseCompleted, staff) : null,
  };
}

const sv = new Intl.Collator('sv');

/** Assembles the city's picture for `from..to` from each district's compiled figures for that period. */
export function cityPicture(from: string, to: string, inputs: readonly CityDistrictInput[]): CityPicture {
  const districts = inputs
    .map(({ figures, documents = [] }): CityDistrictRow => ({
      districtId: figures.districtId,
      districtName: figures.districtName,
      hasData: hasData(figures.current),
      ...cityFiguresOf(figures.current),
      previousObservations: figures.previous.observations.total,
      lagesbild: lagesbildStateOf(documents, from, to),
    }))
    .sort((a, b) => sv.compare(a.districtName, b.districtName) || (a.districtId < b.districtId ? -1 : 1));
  return { from, to, districts, total: sumFigures(districts) };
}
