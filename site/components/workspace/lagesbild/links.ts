// Addresses of the lägesbild page and its exports, for a district and period.
import type { OverviewQuery } from '../overview/period.ts';

const params = (query: OverviewQuery) => new URLSearchParams({ district: query.districtId, from: query.from, to: query.to }).toString();

/** The page; the overview links here. */
export function lagesbildHref(query: OverviewQuery): string {
  return `/arbetsyta/lagesbild/?${params(query)}`;
}

/** The Word, Excel and print exports take the same three parameters. */
export function exportHref(kind: 'docx' | 'xlsx' | 'html', query: OverviewQuery): string {
  return `/export/lagesbild.${kind}?${params(query)}`;
}
