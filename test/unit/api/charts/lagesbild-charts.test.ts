import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PREVIOUS_STROKE, SERIES_COLOURS, luminance } from '../../../../api/charts/chart.ts';
import { lagesbildCharts, smallMultiples, type Chart } from '../../../../api/charts/lagesbild-charts.ts';
import type { Survey } from '../../../../api/domain/types.ts';
import { svgToPng } from '../../../../api/charts/rasterise.ts';
import { compileLagesbild, surveyFigures, type Lagesbild } from '../../../../api/domain/lagesbild.ts';

/** Empty figures from the real compiler, then numbers set by hand. */
function figures(): Lagesbild {
  const f = compileLagesbild({ district: { id: 'd1', name: 'Rinkeby-Kista', areas: ['Husby'] }, forums: [], meetings: [], from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' });
  f.current.byQuarter = [
    { quarter: '2025-Q1', count: 4 },
    { quarter: '2025-Q2', count: 1234 },
    { quarter: '2025-Q3', count: 0 },
    { quarter: '2025-Q4', count: 2 },
  ];
  f.previous.byQuarter = [
    { quarter: '2024-Q1', count: 1 },
    { quarter: '2024-Q2', count: 3 },
    { quarter: '2024-Q3', count: 5 },
    { quarter: '2024-Q4', count: 0 },
  ];
  f.current.observations = { records: 5, total: 1240 };
  f.current.byMilieu.autonoma = 7;
  f.previous.byMilieu.autonoma = 3;
  f.current.byMilieuCategory['vit-makt'].klotter = 5;
  f.current.byMilieuCategory.islamistisk.propaganda = 2;
  f.current.byCategory.klotter = 5;
  f.current.byCategory.propaganda = 2;
  f.current.bySource.polis = 6;
  f.previous.bySource.skola = 1;
  f.current.byOrigin.report = 9;
  // A round's answer counts all zero, then the response figures by hand.
  const zeroAnswers = surveyFigures([{ year: 2025, units: [] } as unknown as Survey], 2025)!;
  f.current.survey = { ...zeroAnswers, units: 24, responded: 14, responseRate: 14 / 24, staff: 200, courseCompleted: 50 };
  f.current.byQuarterMilieu[1]!.byMilieu.autonoma = 7;
  f.previous.byQuarterMilieu[0]!.byMilieu.autonoma = 3;
  return f;
}

function cellsOf(chart: Chart, label: string): (string | number)[] | undefined {
  return chart.table.rows.find((r) => r[0] === label);
}

describe('lagesbildCharts', () => {
  const charts = lagesbildCharts(figures());
  const byId = (id: string) => charts.find((c) => c.id === id)!;

  it('draws the quarters (also per milieu), milieus, categories, sources, origins, survey and awareness from the figures', () => {
    expect(charts.map((c) => c.id)).toEqual(['quarters', 'quarter-milieus', 'milieus', 'categories', 'sources', 'origins', 'survey', 'awareness']);
  });

  it('compares each quarter per milieu with the previous period, in a table and the alt text', () => {
    const chart = byId('quarter-milieus');
    expect(chart.title).toBe('Observationer per kvartal och miljö');
    expect(chart.table.rows).toHaveLength(4 * 4);
    const autonoma = chart.table.rows.filter((r) => r[0] === 'Autonoma miljön');
    expect(autonoma.map((r) => r.slice(1))).toEqual([
      ['Kvartal 1', 0, 3],
      ['Kvartal 2', 7, 0],
      ['Kvartal 3', 0, 0],
      ['Kvartal 4', 0, 0],
    ]);
    expect(chart.alt).toContain('Autonoma miljön: Kvartal 1 0 (föregående 3), Kvartal 2 7 (föregående 0)');
    expect(chart.svg).toContain('7 (perioden)');
  });

  it('obeys the CSP: no style element and no style attribute in any SVG', () => {
    for (const chart of [...charts, ...smallMultiples([{ name: 'Spånga-Tensta', values: [{ label: 'A', value: 2 }] }])]) {
      expect(chart.svg.startsWith('<svg')).toBe(true);
      expect(chart.svg).not.toMatch(/<style/i);
      expect(chart.svg).not.toMatch(/\sstyle\s*=/i);
      expect(chart.svg).toContain('class="lb-chart"');
    }
  });

  it('gives every chart a text alternative and a data table', () => {
    for (const chart of charts) {
      expect(chart.title.length).toBeGreaterThan(0);
      expect(chart.alt.length).toBeGreaterThan(20);
      // Only the SVG itself is named (role="img"): its inner groups carry no ARIA of their own.
      expect(chart.svg.match(/aria-/g)).toHaveLength(1);
      expect(chart.svg).toMatch(/^<svg[^>]*aria-label="[^"]{20,}"[^>]*role="img"/);
      expect(chart.table.caption.length).toBeGreaterThan(0);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });

  it('tables and alt texts hold the figures, in Swedish number format', () => {
    const quarters = byId('quarters');
    expect(quarters.table.rows.map((r) => r.slice(1))).toEqual([[4, 1], [1234, 3], [0, 5], [2, 0]]);
    expect(quarters.alt).toContain('1\u00a0234 (föregående 3)');
    expect(quarters.alt).toContain('Totalt 1\u00a0240');
    expect(cellsOf(byId('milieus'), 'Autonoma miljön')).toEqual(['Autonoma miljön', 7, 3]);
    expect(byId('milieus').alt).toContain('Autonoma miljön 7 (föregående 3)');
    const categories = byId('categories');
    expect(categories.table.rows).toEqual([
      ['Klotter och skadegörelse', 0, 5, 0, 0, 5],
      ['Affischer, flygblad, klistermärken, propaganda', 0, 0, 2, 0, 2],
    ]);
    expect(categories.alt).toContain('Klotter och skadegörelse: Vit makt-miljön 5');
    expect(byId('sources').table.rows).toEqual([
      ['Polisen', 6, 0],
      ['Skola', 0, 1],
    ]);
    expect(cellsOf(byId('origins'), 'Avidentifierade rapporter')).toEqual(['Avidentifierade rapporter', 9, 0]);
    const survey = byId('survey');
    expect(survey.alt).toContain('14 av 24 enheter svarade (58\u00a0%)');
    expect(survey.alt).toContain('50 av 200 anställda hade gått webbkursen (25\u00a0%)');
    expect(survey.alt).toContain('Föregående period: ingen enkät');
    // No round the year before: drawn as missing, not as 0 %.
    expect(survey.svg).toContain('uppgift saknas (föreg.)');
    expect(survey.svg).not.toContain('0\u00a0% (föreg.)');
    expect(survey.table.rows).toEqual([
      ['Enheter som besvarade enkäten', '58\u00a0%', 'Uppgift saknas'],
      ['Personal som gått webbkursen', '25\u00a0%', 'Uppgift saknas'],
    ]);
  });

  it('draws the awareness answers when the figures carry them', () => {
    const f = figures();
    const counts = (helt: number, delvis: number, inte: number) => ({ helt, delvis, inte });
    Object.assign(f.current.survey!, {
      awareness: { plan: counts(3, 1, 0), guidance: counts(1, 1, 2), routine: counts(4, 0, 0), form: counts(0, 0, 4) },
      staffAwareness: { plan: counts(1, 3, 0), guidance: counts(0, 2, 2), routine: counts(2, 2, 0), form: counts(0, 0, 4) },
    });
    const awareness = lagesbildCharts(f).find((c) => c.id === 'awareness')!;
    expect(cellsOf(awareness, 'Den lokala handlingsplanen')).toEqual(['Den lokala handlingsplanen', '75\u00a0%', '25\u00a0%']);
    expect(awareness.alt).toContain('Den lokala handlingsplanen chefer 75\u00a0%, personal 25\u00a0%');
  });

  it('draws no awareness chart without an answered round', () => {
    const none = figures();
    none.current.survey = null;
    expect(lagesbildCharts(none).map((c) => c.id)).not.toContain('awareness');
    const unanswered = figures();
    unanswered.current.survey!.responded = 0;
    expect(lagesbildCharts(unanswered).map((c) => c.id)).not.toContain('awareness');
  });

  it('says so when there is nothing to draw', () => {
    const empty = compileLagesbild({ district: { id: 'd1', name: 'X', areas: [] }, forums: [], meetings: [], from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30' });
    const charts = lagesbildCharts(empty);
    expect(charts.find((c) => c.id === 'categories')!.alt).toContain('inga observationer');
    expect(charts.find((c) => c.id === 'sources')!.table.rows).toEqual([]);
    for (const c of charts) expect(c.svg).not.toMatch(/\sstyle\s*=|<style/i);
  });

  it('keeps the two series apart in grey: luminances differ clearly, and the lighter one has a dark outline', () => {
    expect(Math.abs(luminance(SERIES_COLOURS.current) - luminance(SERIES_COLOURS.previous))).toBeGreaterThan(0.2);
    // Non-text contrast against white, WCAG 1.4.11: (1.05) / (L + 0.05) >= 3.
    expect(1.05 / (luminance(SERIES_COLOURS.current) + 0.05)).toBeGreaterThanOrEqual(3);
    expect(1.05 / (luminance(PREVIOUS_STROKE) + 0.05)).toBeGreaterThanOrEqual(3);
    const milieus = byId('milieus').svg;
    expect(milieus).toContain(`fill="${SERIES_COLOURS.current}"`);
    expect(milieus).toContain(`fill="${SERIES_COLOURS.previous}"`);
    // Direct labels name the series, so colour is never the only cue.
    expect(milieus).toContain('7 (perioden)');
    expect(milieus).toContain('3 (föreg.)');
  });
});

describe('smallMultiples', () => {
  const charts = smallMultiples(
    [
      { name: 'Spånga-Tensta', values: [{ label: 'Autonoma', value: 4 }, { label: 'Vit makt', value: 1 }] },
      { name: 'Skärholmen', values: [{ label: 'Autonoma', value: null }, { label: 'Vit makt', value: null }] },
    ],
    { measure: 'Observationer per miljö' },
  );

  it('draws one named chart per district, at least 150 × 80 px, no data shown as such', () => {
    expect(charts.map((c) => c.title)).toEqual(['Spånga-Tensta', 'Skärholmen']);
    expect(new Set(charts.map((c) => c.id)).size).toBe(2);
    for (const c of charts) {
      const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(c.svg)!.map(Number);
      expect(w).toBeGreaterThanOrEqual(150);
      expect(h).toBeGreaterThanOrEqual(80);
      expect(c.svg).toContain(`>${c.title}<`);
    }
    expect(charts[0]!.alt).toBe('Observationer per miljö i Spånga-Tensta: Autonoma 4, Vit makt 1.');
    expect(charts[1]!.alt).toBe('Observationer per miljö i Skärholmen: uppgifter saknas.');
    expect(charts[1]!.table.rows).toEqual([['Autonoma', 'Uppgift saknas'], ['Vit makt', 'Uppgift saknas']]);
    expect(charts[1]!.svg).toContain('Uppgifter saknas');
  });
});

describe('svgToPng', () => {
  it('draws a PNG of the asked width with ink on it', () => {
    const chart = lagesbildCharts(figures())[1]!;
    const png = svgToPng(chart.svg, 800);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(800);
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(chart.svg)!.map(Number);
    expect(png.readUInt32BE(20)).toBe(Math.round((800 * h!) / w!));
  });

  it('is not blank: the drawn chart has many more distinct pixel bytes than a blank picture', () => {
    const chart = lagesbildCharts(figures())[1]!;
    const blank = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 242" width="720" height="242"></svg>', 400);
    expect(distinctImageBytes(svgToPng(chart.svg, 400))).toBeGreaterThan(50);
    expect(distinctImageBytes(blank)).toBeLessThan(5);
  });
});

/** The number of distinct bytes in a PNG's inflated image data: a few for a blank one whatever its row filters. */
function distinctImageBytes(png: Buffer): number {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return new Set(inflateSync(Buffer.concat(idat))).size;
}
