// The city's picture drawn: one small chart per district of its observations
// per milieu, on a shared scale (smallMultiples), each with its own name,
// alt text and data.
import { MILIEUS, MILIEU_LABELS } from '../domain/codes.ts';
import type { CityPicture } from '../domain/city-picture.ts';
import type { Chart } from './chart.ts';
import { smallMultiples } from './small-multiples.ts';

export const CITY_CHART_MEASURE = 'Observationer per miljö';

export function cityCharts(picture: CityPicture): Chart[] {
  return smallMultiples(
    picture.districts.map((d) => ({
      name: d.districtName,
      // A district without data says so rather than showing zeros that look like a quiet year.
      values: MILIEUS.map((m) => ({ label: MILIEU_LABELS[m], value: d.hasData ? d.byMilieu[m] : null })),
    })),
    { measure: CITY_CHART_MEASURE },
  );
}
