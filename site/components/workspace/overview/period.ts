// The overview's period and district, as chosen in the form and kept in the
// URL (?stadsdel=&fran=&till=) so a reload or a shared link shows the same.
import { addDays, periodProblems } from '../../../../api/domain/periods.ts';
import { stockholmInputValues, stockholmInstant } from '../../../../api/domain/swedish-format.ts';

export interface Period {
  /** First and last day, `YYYY-MM-DD`, both included (as lagesbild.compile takes them). */
  from: string;
  to: string;
}

export interface OverviewQuery extends Period {
  /** Empty until an admin has chosen a district. */
  districtId: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today in Stockholm, whatever the browser's own time zone. */
export function today(): string {
  return stockholmInputValues(new Date()).date;
}

/** The twelve months ending `end`: from the day after the same date a year earlier. */
export function lastTwelveMonths(end = today()): Period {
  const [y, m, d] = end.split('-').map(Number);
  // Day 0 of the next month is the last day of month m; clamps 29 February.
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return { from: addDays(`${pad(y - 1, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`, 1), to: end };
}

/** The previous calendar year; the server then compares with the year before it. */
export function previousYear(end = today()): Period {
  const y = Number(end.slice(0, 4)) - 1;
  return { from: `${pad(y, 4)}-01-01`, to: `${pad(y, 4)}-12-31` };
}

/** This year so far: a period ending in the future would count months not yet lived. */
export function thisYear(end = today()): Period {
  return { from: `${end.slice(0, 4)}-01-01`, to: end };
}

export interface PeriodErrors {
  from?: string;
  to?: string;
}

export function periodErrors({ from, to }: Period): PeriodErrors {
  const errors: PeriodErrors = {};
  for (const problem of periodProblems(from, to)) {
    if (problem === 'from-invalid') errors.from = 'Ange ett giltigt datum i Från, till exempel 2026-01-01.';
    else if (problem === 'to-invalid') errors.to = 'Ange ett giltigt datum i Till, till exempel 2026-12-31.';
    else if (problem === 'order') errors.to = 'Till måste vara samma dag som Från eller senare.';
    else errors.to = 'Perioden får vara högst fem år.';
  }
  return errors;
}

/** The query in the URL, with a valid period or the default one. */
export function readQuery(): OverviewQuery {
  const params = new URLSearchParams(location.search);
  const period = { from: params.get('fran') ?? '', to: params.get('till') ?? '' };
  const valid = Object.keys(periodErrors(period)).length === 0;
  return { districtId: params.get('stadsdel') ?? '', ...(valid ? period : lastTwelveMonths()) };
}

/** Replaces, not pushes: the back button should leave the page, not step through periods. */
export function writeQuery(query: OverviewQuery): void {
  const params = new URLSearchParams();
  if (query.districtId) params.set('stadsdel', query.districtId);
  params.set('fran', query.from);
  params.set('till', query.to);
  history.replaceState(history.state, '', `${location.pathname}?${params.toString()}${location.hash}`);
}

/**
 * The period as the instants meetings.list takes (`to` exclusive). In UTC,
 * because the store picks its yearly files by the query's first four characters.
 */
export function periodInstants({ from, to }: Period): { from: string; to: string } {
  return {
    from: new Date(stockholmInstant(from, '00:00')).toISOString(),
    to: new Date(stockholmInstant(addDays(to, 1), '00:00')).toISOString(),
  };
}

export function csvHref(query: OverviewQuery): string {
  const params = new URLSearchParams({ district: query.districtId, from: query.from, to: query.to });
  return `/export/lagesbild.csv?${params.toString()}`;
}
