// The city page's period, kept in the URL (?from=&to=, as the Word file's
// address takes it) so a reload or a shared link shows the same.
import { lastTwelveMonths, periodErrors, type Period } from '../overview/period.ts';

export function readCityPeriod(search = location.search): Period {
  const params = new URLSearchParams(search);
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  return Object.keys(periodErrors(period)).length === 0 ? period : lastTwelveMonths();
}

/** Replaces, not pushes: the back button should leave the page, not step through periods. */
export function writeCityPeriod(period: Period): void {
  history.replaceState(history.state, '', `${location.pathname}?${cityParams(period)}${location.hash}`);
}

export function cityParams({ from, to }: Period): string {
  return new URLSearchParams({ from, to }).toString();
}

export const cityDocxHref = (period: Period): string => `/export/staden.docx?${cityParams(period)}`;
