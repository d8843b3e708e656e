// compileLagesbild with one observation of every origin (minutes, accepted
// report, partner's statement, import) and a survey round per year; every
// figure computed by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { Category, Milieu, Source } from '../../../api/domain/codes.ts';
import { compileLagesbild, surveyFigures, type LagesbildInput } from '../../../api/domain/lagesbild.ts';
import type { District, Meeting, Observation, ObservationImport, Report, Statement, Survey, SurveyAnswers } from '../../../api/domain/types.ts';

const STAMP = '2026-01-01T09:00:00Z';
const district: District = { id: 'd1', name: 'Rinkeby-Kista', areas: [] };

const obs = (id: string, milieu: Milieu, category: Category, source: Source, area: string, count: number, date: string): Observation => ({
  id, milieu, category, source, area, count, date, text: 'Avidentifierad beskrivning.',
});

const meeting: Meeting = {
  id: 'm1', forumId: 'f1', districtId: 'd1', startsAt: '2026-03-10T16:00:00+01:00', status: 'approved',
  agenda: [{ id: 'v', kind: 'vbe', title: 'VBE', prompts: [] }],
  minutes: { v: { text: '', vbe: { status: 'discussed', observations: [obs('a', 'vit-makt', 'propaganda', 'polis', 'Husby', 2, '2026-03-05')], actions: [] } } },
  history: [], createdAt: STAMP, createdBy: 'u', updatedAt: STAMP,
};

const report = (id: string, date: string, status: Report['status'], observation?: Observation, districtId = 'd1'): Report => ({
  id, districtId, receipt: id.toUpperCase(), receivedAt: `${date}T10:00:00Z`, date, area: 'Rinkeby', text: 'Klotter.', status,
  ...(observation ? { observation } : {}),
});

const statement = (id: string, source: Source, from: string, to: string, observations: Observation[], nothingToReport = false): Statement => ({
  id, districtId: 'd1', from, to, source, summary: nothingToReport ? '' : 'Sammanfattning.', nothingToReport, observations,
  createdAt: STAMP, createdBy: 'u', updatedAt: STAMP, updatedBy: 'u',
});

const answers = (staff: number, courseCompleted: number): SurveyAnswers => ({
  incidents: [{ milieu: 'vit-makt', category: 'klotter', count: 99 }], // never added to the observations
  awareness: { plan: 'helt', guidance: 'delvis', routine: 'inte', form: 'helt' },
  staffAwareness: { plan: 'delvis', guidance: 'delvis', routine: 'inte', form: 'inte' },
  collaboration: { polis: 'har', socialtjanst: 'har', skola: 'onskar', civilsamhalle: 'nej', samfund: 'nej', fastighetsagare: 'onskar' },
  staffKnowledge: 'god',
  staff,
  courseCompleted,
});
const unit = (id: string, response?: SurveyAnswers) => ({ id, name: `Enhet ${id}`, token: `t-${id}`, ...(response ? { response: { at: STAMP, answers: response } } : {}) });
const survey = (id: string, year: number, units: Survey['units'], createdAt = STAMP): Survey => ({
  id, districtId: 'd1', year, closesOn: `${year}-03-31`, units, createdAt, createdBy: 'u', updatedAt: createdAt,
});

const reports: Report[] = [
  report('r1', '2026-05-02', 'accepted', obs('r1o', 'islamistisk', 'rekrytering', 'skola', 'Rinkeby', 1, '2026-05-02')),
  report('r2', '2026-06-01', 'rejected'),
  report('r3', '2026-07-01', 'new'),
  // Past retention: the text is gone, the observation still counts.
  { ...report('r4', '2025-04-01', 'accepted', obs('r4o', 'autonoma', 'klotter', 'egen-verksamhet', 'Kista', 1, '2025-04-01')), text: '', expiredAt: STAMP },
  report('r5', '2026-05-02', 'accepted', obs('r5o', 'oklar', 'hot', 'polis', 'Farsta', 50, '2026-05-02'), 'd2'), // another district
];
const statements: Statement[] = [
  statement('s1', 'polis', '2026-01-01', '2026-06-30', [obs('s1o', 'vit-makt', 'symboler', 'polis', 'husby', 3, '2026-02-14')]),
  statement('s2', 'civilsamhalle', '2026-01-01', '2026-12-31', [], true),
  // July–June: each observation counts in the year of its date.
  statement('s3', 'ia', '2025-07-01', '2026-06-30', [
    obs('s3a', 'oklar', 'hot', 'ia', 'Akalla', 4, '2025-09-01'),
    obs('s3b', 'oklar', 'hot', 'ia', 'Akalla', 5, '2026-02-01'),
  ]),
];
const imports: ObservationImport[] = [
  {
    id: 'i1', districtId: 'd1', from: '2025-01-10', to: '2026-01-15', importedAt: STAMP, importedBy: 'u',
    observations: [
      obs('i1a', 'autonoma', 'klotter', 'polis', 'Tensta', 6, '2025-01-10'),
      obs('i1b', 'vit-makt', 'propaganda', 'fackforvaltning', 'Kista', 7, '2026-01-15'),
    ],
  },
];
const surveys: Survey[] = [
  survey('y25', 2025, [unit('a', answers(10, 2)), unit('b')]),
  // Two of three units answered: 2/3; staff 40 + 20; course 10 + 5.
  survey('y26', 2026, [unit('c', answers(40, 10)), unit('d'), unit('e', answers(20, 5))]),
];

const input = (overrides: Partial<LagesbildInput> = {}): LagesbildInput => ({
  district, forums: [], meetings: [meeting], reports, statements, imports, surveys, from: '2026-01-01', to: '2026-12-31', ...overrides,
});

/** The answers of `n` units that all answered as `answers` does. */
const answeredAs = (n: number) => {
  const a = (helt: number, delvis: number, inte: number) => ({ helt: helt * n, delvis: delvis * n, inte: inte * n });
  const c = (har: number, onskar: number, nej: number) => ({ har: har * n, onskar: onskar * n, nej: nej * n });
  return {
    awareness: { plan: a(1, 0, 0), guidance: a(0, 1, 0), routine: a(0, 0, 1), form: a(1, 0, 0) },
    staffAwareness: { plan: a(0, 1, 0), guidance: a(0, 1, 0), routine: a(0, 0, 1), form: a(0, 0, 1) },
    collaboration: { polis: c(1, 0, 0), socialtjanst: c(1, 0, 0), skola: c(0, 1, 0), civilsamhalle: c(0, 0, 1), samfund: c(0, 0, 1), fastighetsagare: c(0, 1, 0) },
    staffKnowledge: { ingen: 0, liten: 0, god: n, 'mycket-god': 0 },
  };
};

const missing = (source: Source) => ({ source, status: 'missing' as const, statements: 0, observations: 0 });

describe('compileLagesbild with every origin', () => {
  it('counts minutes, an accepted report, statements and an import in every figure of the current period', () => {
    const now = compileLagesbild(input()).current;
    // minutes 2 (Husby) + report 1 (Rinkeby) + statements 3 (husby) + 5 (Akalla) + import 7 (Kista)
    expect(now.observations).toEqual({ records: 5, total: 18 });
    expect(now.byOrigin).toEqual({ minutes: 2, report: 1, statement: 8, import: 7 });
    expect(now.byMilieu).toEqual({ autonoma: 0, 'vit-makt': 12, islamistisk: 1, oklar: 5 }); // vit-makt 2 + 3 + 7
    expect(now.byCategory).toMatchObject({ propaganda: 9, rekrytering: 1, symboler: 3, hot: 5, klotter: 0 }); // no survey incidents
    expect(now.byMilieuCategory['vit-makt']).toMatchObject({ propaganda: 9, symboler: 3 });
    expect(now.bySource).toMatchObject({ polis: 5, skola: 1, ia: 5, fackforvaltning: 7, 'egen-verksamhet': 0 });
    // Husby 2 (minutes) + 3 (husby, a statement): spelled as the minutes first did.
    expect(now.byArea).toEqual([
      { area: 'Kista', count: 7 },
      { area: 'Akalla', count: 5 },
      { area: 'Husby', count: 5 },
      { area: 'Rinkeby', count: 1 },
    ]);
    expect(now.byQuarter).toEqual([
      { quarter: '2026-Q1', count: 17 }, // 2 + 3 + 5 + 7
      { quarter: '2026-Q2', count: 1 }, // the report
      { quarter: '2026-Q3', count: 0 },
      { quarter: '2026-Q4', count: 0 },
    ]);
    expect(now.reports).toEqual({ received: 3, accepted: 1, rejected: 1 }); // r1, r2, r3; r5 is another district's
    expect(now.byQuarterMilieu).toEqual([
      { quarter: '2026-Q1', byMilieu: { autonoma: 0, 'vit-makt': 12, islamistisk: 0, oklar: 5 } }, // 2 + 3 + 7; s3b
      { quarter: '2026-Q2', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 1, oklar: 0 } }, // r1
      { quarter: '2026-Q3', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 } },
      { quarter: '2026-Q4', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 } },
    ]);
    expect(now.survey).toEqual({ units: 3, responded: 2, responseRate: 2 / 3, staff: 60, courseCompleted: 15, ...answeredAs(2) });
    expect(now.statements).toEqual([
      { source: 'polis', status: 'reported', statements: 1, observations: 3 },
      missing('fackforvaltning'),
      { source: 'civilsamhalle', status: 'nothing', statements: 1, observations: 0 },
      missing('fastighetsagare'),
      missing('psykiatri'),
      { source: 'ia', status: 'reported', statements: 1, observations: 5 },
      missing('tyck-till'),
    ]);
    expect(now.meetings).toBe(1);
  });

  it('counts the previous period by the same rules', () => {
    const before = compileLagesbild(input()).previous;
    // report r4 1 (Kista, expired) + statement s3 4 (Akalla) + import 6 (Tensta)
    expect(before.observations).toEqual({ records: 3, total: 11 });
    expect(before.byOrigin).toEqual({ minutes: 0, report: 1, statement: 4, import: 6 });
    expect(before.byArea).toEqual([
      { area: 'Tensta', count: 6 },
      { area: 'Akalla', count: 4 },
      { area: 'Kista', count: 1 },
    ]);
    expect(before.byQuarter.map((q) => q.count)).toEqual([6, 1, 4, 0]);
    expect(before.reports).toEqual({ received: 1, accepted: 1, rejected: 0 });
    expect(before.byQuarterMilieu.map((q) => q.byMilieu)).toEqual([
      { autonoma: 6, 'vit-makt': 0, islamistisk: 0, oklar: 0 }, // i1a
      { autonoma: 1, 'vit-makt': 0, islamistisk: 0, oklar: 0 }, // r4
      { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 4 }, // s3a
      { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 },
    ]);
    expect(before.survey).toEqual({ units: 2, responded: 1, responseRate: 0.5, staff: 10, courseCompleted: 2, ...answeredAs(1) });
    expect(before.statements.find((s) => s.source === 'ia')).toEqual({ source: 'ia', status: 'reported', statements: 1, observations: 4 });
    expect(before.statements.filter((s) => s.status === 'missing')).toHaveLength(6);
  });

  it('counts a report observation dated outside the period in the quarter of the report’s day', () => {
    const late = [report('r6', '2026-08-03', 'accepted', obs('r6o', 'oklar', 'hot', 'polis', 'Kista', 2, '2025-12-30'))];
    const now = compileLagesbild(input({ reports: late, statements: [], imports: [], meetings: [] })).current;
    expect(now.byQuarter.map((q) => q.count)).toEqual([0, 0, 2, 0]);
    expect(now.byOrigin.report).toBe(2);
  });

  it('lists a source outside the expected ones once it has a statement, in code-list order', () => {
    const extra = [statement('s9', 'skola', '2026-03-01', '2026-03-31', [], true)];
    const rows = compileLagesbild(input({ statements: extra })).current.statements;
    expect(rows.map((r) => r.source)).toEqual(['polis', 'skola', 'fackforvaltning', 'civilsamhalle', 'fastighetsagare', 'psykiatri', 'ia', 'tyck-till']);
    expect(rows[1]).toEqual({ source: 'skola', status: 'nothing', statements: 1, observations: 0 });
  });

  it('does not depend on the order of the sources', () => {
    const a = compileLagesbild(input());
    const b = compileLagesbild(input({ reports: [...reports].reverse(), statements: [...statements].reverse(), surveys: [...surveys].reverse() }));
    expect(b.current.byArea).toEqual(a.current.byArea);
    expect(b.current).toEqual(a.current);
  });

  it('takes the newest round of the year, and a round without units has a rate of 0', () => {
    const later = survey('y26b', 2026, [unit('f', answers(5, 5))], '2026-02-01T00:00:00Z');
    expect(surveyFigures([surveys[1], later], 2026)).toEqual({ units: 1, responded: 1, responseRate: 1, staff: 5, courseCompleted: 5, ...answeredAs(1) });
    expect(surveyFigures([survey('z', 2026, [])], 2026)).toEqual({ units: 0, responded: 0, responseRate: 0, staff: 0, courseCompleted: 0, ...answeredAs(0) });
    expect(surveyFigures(surveys, 2024)).toBeNull();
  });
});
