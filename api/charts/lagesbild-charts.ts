// The lägesbild's charts, drawn from its figures only: the page shows the SVG,
// the Word export rasterises it. Each keeps its data table and text alternative.
import * as Plot from '@observablehq/plot';
import {
  AWARENESS_TOPICS,
  AWARENESS_TOPIC_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  MILIEUS,
  MILIEU_LABELS,
  OBSERVATION_ORIGINS,
  OBSERVATION_ORIGIN_LABELS,
  SOURCES,
  SOURCE_LABELS,
  type Awareness,
} from '../domain/codes.ts';
import type { Lagesbild, PeriodFigures, SurveyFigures } from '../domain/lagesbild.ts';
import { quarterMilieuRows } from './quarter-milieus.ts';
import {
  CURRENT_LABEL,
  PREVIOUS_LABEL,
  PREVIOUS_STROKE,
  SERIES_COLOURS,
  percent,
  renderPlot,
  sv,
  type Chart,
} from './chart.ts';

export type { Chart } from './chart.ts';
export { smallMultiples } from './small-multiples.ts';

interface Series {
  label: string;
  /** Written after each bar's value, so no reader depends on colour. */
  short: string;
  fill: string;
  stroke?: string;
}

const PERIODS: Series[] = [
  { label: CURRENT_LABEL, short: 'perioden', fill: SERIES_COLOURS.current },
  { label: PREVIOUS_LABEL, short: 'föreg.', fill: SERIES_COLOURS.previous, stroke: PREVIOUS_STROKE },
];

interface GroupRow {
  label: string;
  /** null: no figure for that series (e.g. no survey round), drawn as "uppgift saknas", not as 0. */
  values: (number | null)[];
}

/** Horizontal bars, one group per row and one bar per series, each labelled with its value and series. */
function groupedBars(rows: GroupRow[], series: Series[], format: (n: number) => string, alt: string, xLabel: string, fixedMax?: number): string {
  const data = rows.flatMap((row) =>
    series.map((s, i) => {
      const value = row.values[i] ?? null;
      return { group: row.label, series: s.label, value: value ?? 0, text: `${value === null ? 'uppgift saknas' : format(value)} (${s.short})` };
    }),
  );
  const longest = Math.max(10, ...rows.map((r) => r.label.length));
  const max = fixedMax ?? Math.max(1, ...data.map((d) => d.value));
  return renderPlot(
    {
      width: 720,
      height: 56 + rows.length * (series.length * 20 + 14),
      marginLeft: Math.min(340, 12 + longest * 7.2),
      marginRight: 120,
      x: { label: xLabel, domain: [0, max], grid: true, tickFormat: sv, labelOffset: 40 },
      marginBottom: 48,
      y: { axis: null, domain: series.map((s) => s.label) },
      fy: { label: null, domain: rows.map((r) => r.label), axis: 'left' },
      color: { domain: series.map((s) => s.label), range: series.map((s) => s.fill) },
      marks: [
        Plot.barX(data, { fy: 'group', y: 'series', x: 'value', fill: 'series', stroke: (d: { series: string }) => series.find((s) => s.label === d.series)?.stroke ?? 'none' }),
        Plot.text(data, { fy: 'group', y: 'series', x: 'value', text: 'text', textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    },
    alt,
  );
}

function periodName(p: PeriodFigures): string {
  return `${p.from}–${p.to}`;
}

function tableColumns(first: string, figures: Lagesbild): string[] {
  return [first, `${CURRENT_LABEL} (${periodName(figures.current)})`, `${PREVIOUS_LABEL} (${periodName(figures.previous)})`];
}

function pairs(rows: GroupRow[], format: (n: number) => string = sv): string {
  const value = (v: number | null | undefined) => (v === null || v === undefined ? 'uppgift saknas' : format(v));
  return rows.map((r) => `${r.label} ${value(r.values[0])} (föregående ${value(r.values[1])})`).join(', ');
}

function tableRows(rows: GroupRow[]): (string | number)[][] {
  return rows.map((r) => [r.label, ...r.values.map((v) => v ?? 'Uppgift saknas')]);
}

function quartersChart(figures: Lagesbild): Chart {
  const { current, previous } = figures;
  const n = Math.max(current.byQuarter.length, previous.byQuarter.length);
  const rows: GroupRow[] = Array.from({ length: n }, (_, i) => ({
    label: `Kvartal ${i + 1} (${current.byQuarter[i]?.quarter ?? '–'} / ${previous.byQuarter[i]?.quarter ?? '–'})`,
    values: [current.byQuarter[i]?.count ?? 0, previous.byQuarter[i]?.count ?? 0],
  }));
  const alt = `Stapeldiagram över observationer per kvartal, perioden mot föregående period: ${pairs(rows)}. Totalt ${sv(current.observations.total)} (föregående ${sv(previous.observations.total)}).`;
  return {
    id: 'quarters',
    title: 'Observationer per kvartal',
    alt,
    table: {
      caption: 'Observationer per kvartal, perioden och föregående period',
      columns: tableColumns('Kvartal', figures),
      rows: tableRows(rows),
    },
    svg: groupedBars(rows, PERIODS, sv, alt, 'Antal observationer'),
  };
}

function quarterMilieuChart(figures: Lagesbild): Chart {
  const rows = quarterMilieuRows(figures);
  const quarters = [...new Set(rows.map((r) => r.label))];
  const data = rows.flatMap((r) => [
    { milieu: MILIEU_LABELS[r.milieu], quarter: r.label, series: CURRENT_LABEL, value: r.current, text: `${sv(r.current)} (perioden)` },
    { milieu: MILIEU_LABELS[r.milieu], quarter: r.label, series: PREVIOUS_LABEL, value: r.previous, text: `${sv(r.previous)} (föreg.)` },
  ]);
  const described = MILIEUS.map(
    (m) => `${MILIEU_LABELS[m]}: ${rows.filter((r) => r.milieu === m).map((r) => `${r.label} ${sv(r.current)} (föregående ${sv(r.previous)})`).join(', ')}`,
  );
  const alt = `Stapeldiagram över observationer per kvartal, en ruta per miljö, perioden mot föregående period. ${described.join('; ')}.`;
  const max = Math.max(1, ...data.map((d) => d.value));
  const svg = renderPlot(
    {
      width: 820,
      height: 56 + Math.max(1, quarters.length) * 44,
      marginLeft: 80,
      marginRight: 30,
      marginBottom: 48,
      x: { label: 'Antal observationer', domain: [0, max * 1.6], grid: true, tickFormat: sv, ticks: 3, labelOffset: 40 },
      y: { axis: null, domain: [CURRENT_LABEL, PREVIOUS_LABEL] },
      fy: { label: null, domain: quarters, axis: 'left' },
      fx: { label: null, domain: MILIEUS.map((m) => MILIEU_LABELS[m]) },
      color: { domain: PERIODS.map((s) => s.label), range: PERIODS.map((s) => s.fill) },
      marks: [
        Plot.barX(data, { fx: 'milieu', fy: 'quarter', y: 'series', x: 'value', fill: 'series', stroke: (d: { series: string }) => (d.series === PREVIOUS_LABEL ? PREVIOUS_STROKE : 'none') }),
        Plot.text(data, { fx: 'milieu', fy: 'quarter', y: 'series', x: 'value', text: 'text', textAnchor: 'start', dx: 3 }),
        Plot.ruleX([0]),
      ],
    },
    alt,
  );
  return {
    id: 'quarter-milieus',
    title: 'Observationer per kvartal och miljö',
    alt,
    table: {
      caption: 'Observationer per kvartal och miljö, perioden och föregående period',
      columns: ['Miljö', 'Kvartal', `${CURRENT_LABEL} (${periodName(figures.current)})`, `${PREVIOUS_LABEL} (${periodName(figures.previous)})`],
      rows: rows.map((r) => [MILIEU_LABELS[r.milieu], r.label, r.current, r.previous]),
    },
    svg,
  };
}

function milieusChart(figures: Lagesbild): Chart {
  const rows: GroupRow[] = MILIEUS.map((m) => ({ label: MILIEU_LABELS[m], values: [figures.current.byMilieu[m], figures.previous.byMilieu[m]] }));
  const alt = `Stapeldiagram över observationer per miljö, perioden mot föregående period: ${pairs(rows)}.`;
  return {
    id: 'milieus',
    title: 'Observationer per miljö',
    alt,
    table: { caption: 'Observationer per miljö, perioden och föregående period', columns: tableColumns('Miljö', figures), rows: tableRows(rows) },
    svg: groupedBars(rows, PERIODS, sv, alt, 'Antal observationer'),
  };
}

function categoriesChart(figures: Lagesbild): Chart {
  const { byMilieuCategory } = figures.current;
  // Only the categories seen in the period; twelve empty rows would hide the few that count.
  const seen = CATEGORIES.filter((c) => MILIEUS.some((m) => byMilieuCategory[m][c] > 0));
  const data = seen.flatMap((c) => MILIEUS.map((m) => ({ category: CATEGORY_LABELS[c], milieu: MILIEU_LABELS[m], value: byMilieuCategory[m][c] })));
  const described = seen.map((c) => `${CATEGORY_LABELS[c]}: ${MILIEUS.filter((m) => byMilieuCategory[m][c] > 0).map((m) => `${MILIEU_LABELS[m]} ${sv(byMilieuCategory[m][c])}`).join(', ')}`);
  const alt = seen.length === 0
    ? 'Diagram över kategorier per miljö: inga observationer under perioden.'
    : `Stapeldiagram över observationer per kategori, en ruta per miljö, under perioden. ${described.join('; ')}.`;
  const longest = Math.max(10, ...seen.map((c) => CATEGORY_LABELS[c].length));
  const svg = renderPlot(
    {
      width: 820,
      height: 76 + Math.max(1, seen.length) * 24,
      marginLeft: Math.min(340, 12 + longest * 7.2),
      marginRight: 30,
      x: { label: 'Antal', grid: true, tickFormat: sv, ticks: 3, labelOffset: 40 },
      marginBottom: 48,
      y: { label: null, domain: seen.map((c) => CATEGORY_LABELS[c]) },
      fx: { label: null, domain: MILIEUS.map((m) => MILIEU_LABELS[m]) },
      marks: [
        Plot.barX(data, { fx: 'milieu', y: 'category', x: 'value', fill: SERIES_COLOURS.current }),
        Plot.text(data.filter((d) => d.value > 0), { fx: 'milieu', y: 'category', x: 'value', text: (d: { value: number }) => sv(d.value), textAnchor: 'start', dx: 3 }),
        Plot.ruleX([0]),
      ],
    },
    alt,
  );
  return {
    id: 'categories',
    title: 'Kategorier per miljö',
    alt,
    table: {
      caption: 'Observationer per kategori och miljö under perioden',
      columns: ['Kategori', ...MILIEUS.map((m) => MILIEU_LABELS[m]), 'Totalt'],
      rows: seen.map((c) => [CATEGORY_LABELS[c], ...MILIEUS.map((m) => byMilieuCategory[m][c]), figures.current.byCategory[c]]),
    },
    svg,
  };
}

function sourcesChart(figures: Lagesbild): Chart {
  const used = SOURCES.filter((s) => figures.current.bySource[s] > 0 || figures.previous.bySource[s] > 0);
  const rows: GroupRow[] = used.map((s) => ({ label: SOURCE_LABELS[s], values: [figures.current.bySource[s], figures.previous.bySource[s]] }));
  const alt = rows.length === 0
    ? 'Diagram över observationer per källa: inga observationer i någon av perioderna.'
    : `Stapeldiagram över observationer per källa, perioden mot föregående period: ${pairs(rows)}.`;
  return {
    id: 'sources',
    title: 'Observationer per källa',
    alt,
    table: { caption: 'Observationer per källa, perioden och föregående period', columns: tableColumns('Källa', figures), rows: tableRows(rows) },
    svg: groupedBars(rows, PERIODS, sv, alt, 'Antal observationer'),
  };
}

function originsChart(figures: Lagesbild): Chart {
  const rows: GroupRow[] = OBSERVATION_ORIGINS.map((o) => ({ label: OBSERVATION_ORIGIN_LABELS[o], values: [figures.current.byOrigin[o], figures.previous.byOrigin[o]] }));
  const alt = `Stapeldiagram över observationernas ursprung, perioden mot föregående period: ${pairs(rows)}.`;
  return {
    id: 'origins',
    title: 'Observationernas ursprung',
    alt,
    table: { caption: 'Observationer per ursprung, perioden och föregående period', columns: tableColumns('Ursprung', figures), rows: tableRows(rows) },
    svg: groupedBars(rows, PERIODS, sv, alt, 'Antal observationer'),
  };
}

function courseShare(s: SurveyFigures | null): number | null {
  return s && s.staff > 0 ? s.courseCompleted / s.staff : null;
}

function surveyChart(figures: Lagesbild): Chart {
  const c = figures.current.survey;
  const p = figures.previous.survey;
  const rows: GroupRow[] = [
    { label: 'Enheter som besvarade enkäten', values: [c?.responseRate ?? null, p?.responseRate ?? null] },
    { label: 'Personal som gått webbkursen', values: [courseShare(c), courseShare(p)] },
  ];
  const describe = (s: SurveyFigures | null) =>
    s === null
      ? 'ingen enkät'
      : `${sv(s.responded)} av ${sv(s.units)} enheter svarade (${percent(s.responseRate)}), ${sv(s.courseCompleted)} av ${sv(s.staff)} anställda hade gått webbkursen${s.staff > 0 ? ` (${percent(s.courseCompleted / s.staff)})` : ''}`;
  const alt = `Stapeldiagram över enkätens svarsfrekvens och webbkursen. Perioden: ${describe(c)}. Föregående period: ${describe(p)}.`;
  const cell = (share: number | null, has: boolean) => (has && share !== null ? percent(share) : 'Uppgift saknas');
  return {
    id: 'survey',
    title: 'Enkätens svarsfrekvens och webbkursen',
    alt,
    table: {
      caption: 'Enkätens svarsfrekvens och andel av personalen som gått webbkursen',
      columns: tableColumns('Mått', figures),
      rows: [
        [rows[0]!.label, cell(c?.responseRate ?? null, c !== null), cell(p?.responseRate ?? null, p !== null)],
        [rows[1]!.label, cell(courseShare(c), c !== null), cell(courseShare(p), p !== null)],
      ],
    },
    svg: groupedBars(rows.map((r) => ({ ...r, values: r.values.map((v) => (v === null ? null : v * 100)) })), PERIODS, (n) => percent(n / 100), alt, 'Andel (%)', 100),
  };
}

function shareFully(counts: Record<Awareness, number>): number {
  const all = counts.helt + counts.delvis + counts.inte;
  return all === 0 ? 0 : counts.helt / all;
}

function awarenessChart(figures: Lagesbild): Chart | null {
  const answers = figures.current.survey;
  // Adopted snapshots compiled before the figures carried the answers have none to draw.
  if (!answers?.awareness || !answers.staffAwareness || answers.responded === 0) return null;
  const groups: Series[] = [
    { label: 'Chefer', short: 'chefer', fill: SERIES_COLOURS.current },
    { label: 'Personal', short: 'personal', fill: SERIES_COLOURS.previous, stroke: PREVIOUS_STROKE },
  ];
  const rows: GroupRow[] = AWARENESS_TOPICS.map((t) => ({
    label: AWARENESS_TOPIC_LABELS[t],
    values: [shareFully(answers.awareness[t]), shareFully(answers.staffAwareness[t])],
  }));
  const alt = `Stapeldiagram över andelen enheter som svarat att chefer respektive personal känner till helt: ${rows.map((r) => `${r.label} chefer ${percent(r.values[0] ?? 0)}, personal ${percent(r.values[1] ?? 0)}`).join('; ')}.`;
  return {
    id: 'awareness',
    title: 'Kännedom hos chefer och personal',
    alt,
    table: {
      caption: 'Andel enheter som svarat "Känner till helt", per ämne',
      columns: ['Ämne', 'Chefer', 'Personal'],
      rows: rows.map((r) => [r.label, percent(r.values[0] ?? 0), percent(r.values[1] ?? 0)]),
    },
    svg: groupedBars(rows.map((r) => ({ ...r, values: r.values.map((v) => (v === null ? null : v * 100)) })), groups, (n) => percent(n / 100), alt, 'Andel (%)', 100),
  };
}

/** Every chart of the lägesbild, in the document's order. */
export function lagesbildCharts(figures: Lagesbild): Chart[] {
  const charts = [quartersChart(figures), quarterMilieuChart(figures), milieusChart(figures), categoriesChart(figures), sourcesChart(figures), originsChart(figures), surveyChart(figures)];
  const awareness = awarenessChart(figures);
  return awareness ? [...charts, awareness] : charts;
}
