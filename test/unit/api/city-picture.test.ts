import { describe, expect, it } from 'vitest';
import { cityPicture, lagesbildStateOf } from '../../../api/domain/city-picture.ts';
import { compileLagesbild, surveyFigures, type Lagesbild, type PeriodFigures } from '../../../api/domain/lagesbild.ts';
import type { Survey } from '../../../api/domain/types.ts';

const FROM = '2025-01-01';
// The survey answers do not enter the city's picture; zero counts stand in for them.
const NO_ANSWERS = surveyFigures([{ year: 2025, units: [] } as unknown as Survey], 2025)!;
const TO = '2025-12-31';

/** An empty district's figures, then the fields a test sets by hand. */
function figures(id: string, name: string, current: Partial<PeriodFigures>, previousTotal = 0): Lagesbild {
  const empty = compileLagesbild({ district: { id, name, areas: [] }, forums: [], meetings: [], from: FROM, to: TO });
  return {
    ...empty,
    current: { ...empty.current, ...current },
    previous: { ...empty.previous, observations: { records: previousTotal, total: previousTotal } },
  };
}

const forumRow = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ forumId: `f${i}`, forumName: `Forum ${i}`, forumType: 'bra' as const, meetings: 0, vbeRaised: 0 }));

// Hand-computed: Södermalm 10 meetings, 8 raised (80 %); 12 observations (vit-makt 7, islamistisk 5);
// 4 reports received, 3 accepted; 20 units, 15 answered (75 %); 300 staff, 120 completed (40 %).
// Farsta: 5 meetings, 2 raised (40 %); 3 observations (autonoma 3); no reports; 10 units, 4 answered; 100 staff, 80 completed.
// Bromma: nothing at all.
const soder = figures(
  'sodermalm',
  'Södermalm',
  {
    meetingsPerForum: forumRow(3),
    meetings: 10,
    vbeRaised: 8,
    vbeShare: 0.8,
    observations: { records: 5, total: 12 },
    byMilieu: { autonoma: 0, 'vit-makt': 7, islamistisk: 5, oklar: 0 },
    reports: { received: 4, accepted: 3, rejected: 1 },
    survey: { ...NO_ANSWERS, units: 20, responded: 15, responseRate: 0.75, staff: 300, courseCompleted: 120 },
  },
  9,
);
const farsta = figures('farsta', 'Farsta', {
  meetingsPerForum: forumRow(2),
  meetings: 5,
  vbeRaised: 2,
  vbeShare: 0.4,
  observations: { records: 2, total: 3 },
  byMilieu: { autonoma: 3, 'vit-makt': 0, islamistisk: 0, oklar: 0 },
  reports: { received: 0, accepted: 0, rejected: 0 },
  survey: { ...NO_ANSWERS, units: 10, responded: 4, responseRate: 0.4, staff: 100, courseCompleted: 80 },
});
const bromma = figures('bromma', 'Bromma', {});

describe('cityPicture', () => {
  const picture = cityPicture(FROM, TO, [
    { figures: soder, documents: [{ id: 'l1', from: FROM, to: TO, status: 'draft' }] },
    { figures: farsta, documents: [{ id: 'l2', from: '2024-01-01', to: '2024-12-31', status: 'adopted' }] },
    { figures: bromma },
  ]);

  it('lists every district by Swedish name order, also the one without data', () => {
    expect(picture.districts.map((d) => d.districtName)).toEqual(['Bromma', 'Farsta', 'Södermalm']);
    expect(picture.districts.map((d) => d.hasData)).toEqual([false, true, true]);
  });

  it("gives each district's figures and shares", () => {
    const s = picture.districts[2];
    expect(s).toMatchObject({
      forums: 3,
      meetings: 10,
      vbeRaised: 8,
      vbeShare: 0.8,
      observations: 12,
      previousObservations: 9,
      byMilieu: { autonoma: 0, 'vit-makt': 7, islamistisk: 5, oklar: 0 },
      reportsReceived: 4,
      reportsAccepted: 3,
      responseRate: 0.75,
      courseShare: 0.4,
      lagesbild: { status: 'draft', id: 'l1' },
    });
    const b = picture.districts[0];
    expect(b).toMatchObject({ meetings: 0, vbeShare: null, responseRate: null, courseShare: null, lagesbild: { status: 'none' } });
    // Last year's adopted lägesbild does not cover this period.
    expect(picture.districts[1].lagesbild).toEqual({ status: 'none' });
  });

  it('sums the city and computes its shares from the sums', () => {
    expect(picture.total).toMatchObject({
      forums: 5,
      meetings: 15,
      vbeRaised: 10,
      observations: 15,
      byMilieu: { autonoma: 3, 'vit-makt': 7, islamistisk: 5, oklar: 0 },
      reportsReceived: 4,
      reportsAccepted: 3,
      surveyUnits: 30,
      surveyResponded: 19,
      staff: 400,
      courseCompleted: 200,
    });
    expect(picture.total.vbeShare).toBeCloseTo(10 / 15);
    expect(picture.total.responseRate).toBeCloseTo(19 / 30);
    expect(picture.total.courseShare).toBe(0.5);
  });
});

describe('lagesbildStateOf', () => {
  it('prefers an adopted document over a draft, then the latest ending', () => {
    const docs = [
      { id: 'a', from: '2025-01-01', to: '2025-06-30', status: 'draft' as const },
      { id: 'b', from: '2025-01-01', to: '2025-12-31', status: 'adopted' as const },
      { id: 'c', from: '2025-07-01', to: '2026-06-30', status: 'draft' as const },
    ];
    expect(lagesbildStateOf(docs, FROM, TO)).toEqual({ status: 'adopted', id: 'b', from: '2025-01-01', to: '2025-12-31' });
    expect(lagesbildStateOf(docs.filter((d) => d.id !== 'b'), FROM, TO).id).toBe('c');
    expect(lagesbildStateOf(docs, '2027-01-01', '2027-12-31')).toEqual({ status: 'none' });
  });
});

