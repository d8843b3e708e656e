// One small chart per district for the city's picture, on a shared scale so
// the districts compare at a glance; each names its district.
import * as Plot from '@observablehq/plot';
import { SERIES_COLOURS, renderPlot, sv, type Chart } from './chart.ts';

export interface SmallMultipleInput {
  /** The district's name, the chart's own title. */
  name: string;
  /** One bar per value (for example one per milieu); null means no data, shown as such. */
  values: { label: string; value: number | null }[];
}

export interface SmallMultiplesOptions {
  /** What the values count, e.g. "Observationer per miljö". */
  measure?: string;
  /** Format of a value in labels, alt and table; Swedish numbers by default. */
  format?: (n: number) => string;
}

export const SMALL_MULTIPLE_WIDTH = 240;
export const SMALL_MULTIPLE_MIN_HEIGHT = 120;

function slug(name: string, i: number): string {
  const base = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `sm-${i + 1}-${base || 'omrade'}`;
}

export function smallMultiples(districts: SmallMultipleInput[], options: SmallMultiplesOptions = {}): Chart[] {
  const measure = options.measure ?? 'Antal';
  const format = options.format ?? sv;
  // A shared scale: otherwise a district with 2 would look as busy as one with 200.
  const max = Math.max(1, ...districts.flatMap((d) => d.values.map((v) => v.value ?? 0)));
  return districts.map((district, i) => {
    const known = district.values.filter((v): v is { label: string; value: number } => v.value !== null);
    const empty = known.length === 0;
    const alt = empty
      ? `${measure} i ${district.name}: uppgifter saknas.`
      : `${measure} i ${district.name}: ${district.values.map((v) => `${v.label} ${v.value === null ? 'uppgift saknas' : format(v.value)}`).join(', ')}.`;
    const labels = district.values.map((v) => v.label);
    const longest = Math.max(4, ...labels.map((l) => l.length));
    const svg = renderPlot(
      {
        width: SMALL_MULTIPLE_WIDTH,
        height: Math.max(SMALL_MULTIPLE_MIN_HEIGHT, 44 + labels.length * 20),
        marginLeft: Math.min(120, 8 + longest * 7),
        marginRight: 36,
        marginTop: 22,
        x: { domain: [0, max], axis: null },
        y: { label: null, domain: labels },
        marks: [
          Plot.text([district.name], { frameAnchor: 'top-left', dy: -16, dx: -Math.min(120, 8 + longest * 7), fontWeight: 'bold', text: (d: string) => d }),
          Plot.barX(known, { y: 'label', x: 'value', fill: SERIES_COLOURS.current }),
          Plot.text(known, { y: 'label', x: 'value', text: (d: { value: number }) => format(d.value), textAnchor: 'start', dx: 3 }),
          ...(empty ? [Plot.text(['Uppgifter saknas'], { frameAnchor: 'middle', text: (d: string) => d })] : []),
          Plot.ruleX([0]),
        ],
      },
      alt,
    );
    return {
      id: slug(district.name, i),
      title: district.name,
      alt,
      table: {
        caption: `${measure} i ${district.name}`,
        columns: ['', measure],
        rows: district.values.map((v) => [v.label, v.value === null ? 'Uppgift saknas' : v.value]),
      },
      svg,
    };
  });
}
