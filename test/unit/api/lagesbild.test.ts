import { describe, expect, it } from 'vitest';
import type { Category, ForumType, MeetingStatus, Milieu, Source, VbeStatus } from '../../../api/domain/codes.ts';
import { DomainError } from '../../../api/domain/errors.ts';
import { compileLagesbild } from '../../../api/domain/lagesbild.ts';
import type { LagesbildInput, PeriodFigures } from '../../../api/domain/lagesbild.ts';
import type { Action, District, Forum, Meeting, Observation, VbeRecord } from '../../../api/domain/types.ts';

// ---- factories -------------------------------------------------------------

const STAMP = '2025-01-01T09:00:00+01:00';

const district: District = { id: 'd1', name: 'Rinkeby-Kista', areas: ['Rinkeby', 'Husby', 'Kista', 'Akalla'] };

function forum(id: string, name: string, type: ForumType, districtId = 'd1'): Forum {
  return {
    id,
    name,
    type,
    districtId,
    memberOrganisations: ['Polisen', 'Skola'],
    cadence: { every: 1, unit: 'month' },
    template: [{ kind: 'vbe', title: 'Våldsbejakande extremism', prompts: [] }],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function obs(
  id: string,
  milieu: Milieu,
  category: Category,
  source: Source,
  area: string,
  count: number,
  date: string,
): Observation {
  return { id, milieu, category, source, area, count, date, text: 'Avidentifierad beskrivning.' };
}

function action(id: string, due: string, completedAt?: string): Action {
  const a: Action = { id, text: 'Följ upp', owner: 'Lokal samordnare', due };
  if (completedAt) {
    a.completedAt = completedAt;
    a.completedBy = 'u1';
  }
  return a;
}

const vbe = (status: VbeStatus, observations: Observation[] = [], actions: Action[] = []): VbeRecord => ({
  status,
  observations,
  actions,
});

/** `vbe: null` writes minutes for the VBE item without a VBE record. */
function meeting(
  id: string,
  forumId: string,
  startsAt: string,
  status: MeetingStatus,
  record: VbeRecord | null,
  districtId = 'd1',
): Meeting {
  const vbeItemId = `${id}-vbe`;
  return {
    id,
    forumId,
    districtId,
    startsAt,
    status,
    agenda: [
      { id: `${id}-open`, kind: 'opening', title: 'Mötets öppnande', prompts: [] },
      { id: vbeItemId, kind: 'vbe', title: 'Våldsbejakande extremism', prompts: [] },
    ],
    minutes: {
      [`${id}-open`]: { text: 'Mötet öppnades.' },
      [vbeItemId]: record ? { text: 'Se nedan.', vbe: record } : { text: 'Hanns inte med.' },
    },
    history: [],
    createdAt: STAMP,
    createdBy: 'u1',
    updatedAt: STAMP,
  };
}

// ---- fixture ---------------------------------------------------------------

const BRA = forum('f-bra', 'BRÅ Rinkeby-Kista', 'bra');
const SSPF = forum('f-sspf', 'SSPF Husby', 'sspf');
const SAM = forum('f-sam', 'Trygghet i fastigheter', 'samverkansforum'); // never meets

// Current period 2026 (approved, in the district).
const m1 = meeting(
  'm1',
  'f-bra',
  '2026-02-10T16:00:00+01:00',
  'approved',
  vbe(
    'discussed',
    [
      obs('o1', 'vit-makt', 'propaganda', 'polis', 'Husby', 2, '2026-02-03'),
      obs('o2', 'autonoma', 'klotter', 'egen-verksamhet', 'Rinkeby', 3, '2026-01-20'),
    ],
    [action('a1', '2026-03-01'), action('a2', '2026-02-20', '2026-02-18T10:00:00+01:00')],
  ),
);
// 23:30Z on New Year's Eve is 00:30 on 2026-01-01 in Stockholm: belongs to 2026.
const m2 = meeting('m2', 'f-sspf', '2025-12-31T23:30:00Z', 'approved', vbe('nothing-to-report'));
const m3 = meeting(
  'm3',
  'f-sspf',
  '2026-05-12T08:30:00+02:00',
  'approved',
  vbe(
    'discussed',
    [
      obs('o3', 'islamistisk', 'rekrytering', 'skola', 'husby ', 4, '2026-04-28'),
      // Dated before the period (mistyped year): counted in the meeting's quarter, Q2.
      obs('o4', 'vit-makt', 'propaganda', 'fastighetsagare', 'KISTA', 5, '2025-12-20'),
    ],
    [action('a3', '2027-01-15'), action('a4', '2026-05-01', '2026-05-20T12:00:00+02:00')],
  ),
);
const m4 = meeting('m4', 'f-bra', '2026-09-15T16:00:00+02:00', 'approved', vbe('not-discussed'));
const m5 = meeting('m5', 'f-bra', '2026-11-10T16:00:00+01:00', 'approved', null); // VBE record missing
const m6 = meeting(
  'm6',
  'f-sspf',
  '2026-10-06T08:30:00+02:00',
  'approved',
  vbe(
    'discussed',
    [
      obs('o5', 'vit-makt', 'symboler', 'skola', ' Kista', 2, '2026-09-28'),
      obs('o6', 'oklar', 'oro-anhorig', 'socialtjanst', 'Husby', 3, '2026-10-02'),
      obs('o7', 'vit-makt', 'propaganda', 'polis', 'Ärvinge', 3, '2026-10-05'),
    ],
    [action('a5', '2026-11-30')],
  ),
);

// Previous period 2025.
const m11 = meeting(
  'm11',
  'f-bra',
  '2025-03-11T17:00:00+01:00',
  'approved',
  vbe(
    'discussed',
    [
      obs('o8', 'autonoma', 'hot', 'polis', 'Rinkeby', 2, '2025-03-01'),
      obs('o9', 'islamistisk', 'lokalbokning', 'civilsamhalle', 'Kista', 2, '2025-03-10'),
    ],
    [action('a6', '2025-06-01')],
  ),
);
// 22:30Z on New Year's Eve is 23:30 local: still 2025.
const m12 = meeting('m12', 'f-sspf', '2025-12-31T22:30:00Z', 'approved', vbe('not-discussed'));

// Ignored: not approved, outside both periods, or another district's.
const bigRecord = () =>
  vbe('discussed', [obs('x', 'vit-makt', 'vald', 'polis', 'Husby', 100, '2026-06-01')], [action('ax', '2026-01-01')]);
const m7 = meeting('m7', 'f-bra', '2026-12-01T16:00:00+01:00', 'held', bigRecord());
const m8 = meeting('m8', 'f-sspf', '2026-12-15T08:30:00+01:00', 'planned', bigRecord());
const m9 = meeting('m9', 'f-bra', '2024-11-05T16:00:00+01:00', 'approved', bigRecord());
const m10 = meeting('m10', 'f-other', '2026-04-01T10:00:00+02:00', 'approved', bigRecord(), 'd2');

function input(overrides: Partial<LagesbildInput> = {}): LagesbildInput {
  return {
    district,
    // Deliberately out of order: output order must not depend on input order.
    forums: [SAM, SSPF, BRA],
    meetings: [m10, m6, m9, m3, m12, m1, m7, m5, m2, m11, m4, m8],
    from: '2026-01-01',
    to: '2026-12-31',
    ...overrides,
  };
}

const zeroCategories = (): Record<Category, number> => ({
  klotter: 0,
  propaganda: 0,
  symboler: 0,
  asiktsyttring: 0,
  hot: 0,
  vald: 0,
  rekrytering: 0,
  'oro-anhorig': 0,
  orosanmalan: 0,
  lokalbokning: 0,
  atervandare: 0,
  ovrigt: 0,
});
const zeroSources = (): Record<Source, number> => ({
  'egen-verksamhet': 0,
  polis: 0,
  skola: 0,
  socialtjanst: 0,
  fackforvaltning: 0,
  civilsamhalle: 0,
  fastighetsagare: 0,
  psykiatri: 0,
  ia: 0,
  'tyck-till': 0,
  ovrigt: 0,
});

/** The other sources' figures when only minutes were given: none received, every expected partner missing. */
const minutesOnly = (total: number): Pick<PeriodFigures, 'reports' | 'survey' | 'statements' | 'byOrigin'> => ({
  reports: { received: 0, accepted: 0, rejected: 0 },
  survey: null,
  statements: (['polis', 'fackforvaltning', 'civilsamhalle', 'fastighetsagare', 'psykiatri', 'ia', 'tyck-till'] as const).map((source) => ({
    source,
    status: 'missing' as const,
    statements: 0,
    observations: 0,
  })),
  byOrigin: { minutes: total, report: 0, statement: 0, import: 0 },
});

// ---- tests -----------------------------------------------------------------

describe('compileLagesbild', () => {
  it('compiles the current period (2026) by hand-computed figures', () => {
    const result = compileLagesbild(input());
    expect(result.districtId).toBe('d1');
    expect(result.districtName).toBe('Rinkeby-Kista');
    expect(result.asOf).toBe('2026-12-31'); // defaults to `to`

    const expected: PeriodFigures = {
      from: '2026-01-01',
      to: '2026-12-31',
      meetingsPerForum: [
        // bra: m1, m4, m5; raised only in m1 (m4 not discussed, m5 missing)
        { forumId: 'f-bra', forumName: 'BRÅ Rinkeby-Kista', forumType: 'bra', meetings: 3, vbeRaised: 1 },
        // sspf: m2 (local 2026-01-01), m3, m6; all raised
        { forumId: 'f-sspf', forumName: 'SSPF Husby', forumType: 'sspf', meetings: 3, vbeRaised: 3 },
        {
          forumId: 'f-sam',
          forumName: 'Trygghet i fastigheter',
          forumType: 'samverkansforum',
          meetings: 0,
          vbeRaised: 0,
        },
      ],
      meetings: 6, // m1..m6; m7 held, m8 planned, m9 2024, m10 other district
      vbeRaised: 4, // m1, m3, m6 discussed + m2 nothing to report
      vbeShare: 4 / 6,
      byStatus: {
        discussed: 3, // m1, m3, m6
        'nothing-to-report': 1, // m2
        'not-discussed': 1, // m4
        missing: 1, // m5
      },
      observations: {
        records: 7, // o1..o7
        total: 22, // 2 + 3 + 4 + 5 + 2 + 3 + 3
      },
      byMilieuCategory: {
        autonoma: { ...zeroCategories(), klotter: 3 }, // o2
        'vit-makt': {
          ...zeroCategories(),
          propaganda: 10, // 2 (o1) + 5 (o4) + 3 (o7)
          symboler: 2, // o5
        },
        islamistisk: { ...zeroCategories(), rekrytering: 4 }, // o3
        oklar: { ...zeroCategories(), 'oro-anhorig': 3 }, // o6
      },
      byMilieu: {
        autonoma: 3, // o2
        'vit-makt': 12, // 10 propaganda + 2 symboler
        islamistisk: 4, // o3
        oklar: 3, // o6
      },
      byCategory: {
        ...zeroCategories(),
        klotter: 3, // o2
        propaganda: 10, // 2 (o1) + 5 (o4) + 3 (o7)
        symboler: 2, // o5
        rekrytering: 4, // o3
        'oro-anhorig': 3, // o6
      },
      byArea: [
        { area: 'Husby', count: 9 }, // 2 (Husby, o1/m1) + 4 (husby , o3/m3) + 3 (Husby, o6/m6)
        { area: 'KISTA', count: 7 }, // 5 (KISTA, o4/m3) + 2 ( Kista, o5/m6); m3 is earlier, so its spelling
        { area: 'Rinkeby', count: 3 }, // o2; ties with Ärvinge, and Ä sorts after R in Swedish
        { area: 'Ärvinge', count: 3 }, // o7
      ],
      bySource: {
        ...zeroSources(),
        'egen-verksamhet': 3, // o2
        polis: 5, // 2 (o1) + 3 (o7)
        skola: 6, // 4 (o3) + 2 (o5)
        socialtjanst: 3, // o6
        fastighetsagare: 5, // o4
      },
      byQuarter: [
        { quarter: '2026-Q1', count: 5 }, // 2 (o1, 02-03) + 3 (o2, 01-20)
        { quarter: '2026-Q2', count: 9 }, // 4 (o3, 04-28) + 5 (o4, dated 2025 → m3's 05-12)
        { quarter: '2026-Q3', count: 2 }, // o5, 09-28 (recorded at m6 in Q4)
        { quarter: '2026-Q4', count: 6 }, // 3 (o6, 10-02) + 3 (o7, 10-05)
      ],
      byQuarterMilieu: [
        { quarter: '2026-Q1', byMilieu: { autonoma: 3, 'vit-makt': 2, islamistisk: 0, oklar: 0 } }, // o2, o1
        { quarter: '2026-Q2', byMilieu: { autonoma: 0, 'vit-makt': 5, islamistisk: 4, oklar: 0 } }, // o4, o3
        { quarter: '2026-Q3', byMilieu: { autonoma: 0, 'vit-makt': 2, islamistisk: 0, oklar: 0 } }, // o5
        { quarter: '2026-Q4', byMilieu: { autonoma: 0, 'vit-makt': 3, islamistisk: 0, oklar: 3 } }, // o7, o6
      ],
      actions: {
        open: 3, // a1, a3, a5
        completed: 2, // a2, a4 (a4 past due but done)
        overdue: 2, // a1 (due 03-01), a5 (due 11-30); a3 due 2027-01-15
      },
      ...minutesOnly(22),
    };
    expect(result.current).toEqual(expected);
  });

  it('compiles the previous period (2025) by the same rules', () => {
    const expected: PeriodFigures = {
      from: '2025-01-01',
      to: '2025-12-31',
      meetingsPerForum: [
        { forumId: 'f-bra', forumName: 'BRÅ Rinkeby-Kista', forumType: 'bra', meetings: 1, vbeRaised: 1 }, // m11
        { forumId: 'f-sspf', forumName: 'SSPF Husby', forumType: 'sspf', meetings: 1, vbeRaised: 0 }, // m12, not discussed
        {
          forumId: 'f-sam',
          forumName: 'Trygghet i fastigheter',
          forumType: 'samverkansforum',
          meetings: 0,
          vbeRaised: 0,
        },
      ],
      meetings: 2, // m11, m12 (23:30 local on 2025-12-31); m2 went to 2026
      vbeRaised: 1, // m11
      vbeShare: 0.5,
      byStatus: { discussed: 1, 'nothing-to-report': 0, 'not-discussed': 1, missing: 0 },
      observations: { records: 2, total: 4 }, // o8 2 + o9 2
      byMilieuCategory: {
        autonoma: { ...zeroCategories(), hot: 2 }, // o8
        'vit-makt': zeroCategories(),
        islamistisk: { ...zeroCategories(), lokalbokning: 2 }, // o9
        oklar: zeroCategories(),
      },
      byMilieu: { autonoma: 2, 'vit-makt': 0, islamistisk: 2, oklar: 0 },
      byCategory: { ...zeroCategories(), hot: 2, lokalbokning: 2 },
      byArea: [
        { area: 'Kista', count: 2 }, // o9; ties with Rinkeby, K before R
        { area: 'Rinkeby', count: 2 }, // o8
      ],
      bySource: { ...zeroSources(), polis: 2, civilsamhalle: 2 },
      byQuarter: [
        { quarter: '2025-Q1', count: 4 }, // 2 (o8, 03-01) + 2 (o9, 03-10)
        { quarter: '2025-Q2', count: 0 },
        { quarter: '2025-Q3', count: 0 },
        { quarter: '2025-Q4', count: 0 },
      ],
      byQuarterMilieu: [
        { quarter: '2025-Q1', byMilieu: { autonoma: 2, 'vit-makt': 0, islamistisk: 2, oklar: 0 } }, // o8, o9
        { quarter: '2025-Q2', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 } },
        { quarter: '2025-Q3', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 } },
        { quarter: '2025-Q4', byMilieu: { autonoma: 0, 'vit-makt': 0, islamistisk: 0, oklar: 0 } },
      ],
      // a6 due 2025-06-01, still open, judged against the same asOf (2026-12-31)
      actions: { open: 1, completed: 0, overdue: 1 },
      ...minutesOnly(4),
    };
    expect(compileLagesbild(input()).previous).toEqual(expected);
  });

  it('counts overdue actions against an explicit asOf', () => {
    const result = compileLagesbild(input({ asOf: '2026-06-01' }));
    expect(result.asOf).toBe('2026-06-01');
    // a1 (due 2026-03-01) only; a5 (due 2026-11-30) not yet due.
    expect(result.current.actions).toEqual({ open: 3, completed: 2, overdue: 1 });
    // Due on asOf itself is not overdue: still a1 only.
    expect(compileLagesbild(input({ asOf: '2026-11-30' })).current.actions.overdue).toBe(1);
    expect(result.previous.actions).toEqual({ open: 1, completed: 0, overdue: 1 });
  });

  it('gives every row and code with zeros and a null share when nothing was held', () => {
    const result = compileLagesbild(input({ meetings: [], from: '2026-04-01', to: '2026-06-30' }));
    const empty = result.current;
    expect(empty.meetings).toBe(0);
    expect(empty.vbeShare).toBeNull();
    expect(empty.meetingsPerForum.map((r) => [r.forumId, r.meetings])).toEqual([
      ['f-bra', 0],
      ['f-sspf', 0],
      ['f-sam', 0],
    ]);
    expect(empty.byStatus).toEqual({ discussed: 0, 'nothing-to-report': 0, 'not-discussed': 0, missing: 0 });
    expect(empty.byMilieuCategory.oklar).toEqual(zeroCategories());
    expect(empty.bySource).toEqual(zeroSources());
    expect(empty.byArea).toEqual([]);
    expect(empty.byQuarter).toEqual([{ quarter: '2026-Q2', count: 0 }]);
    // A quarter maps to the same quarter a year earlier.
    expect([result.previous.from, result.previous.to]).toEqual(['2025-04-01', '2025-06-30']);
    expect(result.previous.byQuarter).toEqual([{ quarter: '2025-Q2', count: 0 }]);
  });

  it('sorts forums by type then Swedish name, and drops other districts’ forums', () => {
    const result = compileLagesbild(
      input({
        forums: [
          forum('f-z', 'Östra BRÅ', 'bra'),
          SAM,
          forum('f-a', 'Akalla BRÅ', 'bra'),
          forum('f-x', 'Annat distrikt', 'bra', 'd2'),
          SSPF,
          BRA,
        ],
        meetings: [],
      }),
    );
    // In Swedish Ö is a letter of its own after Z, not a variant of O.
    expect(result.current.meetingsPerForum.map((r) => r.forumName)).toEqual([
      'Akalla BRÅ',
      'BRÅ Rinkeby-Kista',
      'Östra BRÅ',
      'SSPF Husby',
      'Trygghet i fastigheter',
    ]);
  });

  it('counts a meeting of a forum not listed in the totals only', () => {
    const orphan = meeting('m-orphan', 'f-gone', '2026-03-03T10:00:00+01:00', 'approved', vbe('discussed'));
    const result = compileLagesbild(input({ meetings: [orphan] }));
    expect(result.current.meetings).toBe(1);
    expect(result.current.vbeRaised).toBe(1);
    expect(result.current.meetingsPerForum.every((r) => r.meetings === 0)).toBe(true);
  });

  it('treats a meeting without a vbe agenda item as missing', () => {
    const noItem = { ...meeting('m-x', 'f-bra', '2026-03-03T10:00:00+01:00', 'approved', vbe('discussed')) };
    noItem.agenda = noItem.agenda.filter((i) => i.kind !== 'vbe');
    const result = compileLagesbild(input({ meetings: [noItem] }));
    expect(result.current.byStatus.missing).toBe(1);
    expect(result.current.vbeRaised).toBe(0);
    expect(result.current.observations).toEqual({ records: 0, total: 0 });
  });

  it('does not depend on the order of meetings, and leaves its input alone', () => {
    const a = input();
    const snapshot = structuredClone(a);
    const first = compileLagesbild(a);
    const reversed = compileLagesbild({ ...a, meetings: [...a.meetings].reverse(), forums: [...a.forums].reverse() });
    expect(reversed).toEqual(first);
    expect(a).toEqual(snapshot);
  });

  it('rejects malformed or reversed periods with a BAD_REQUEST', () => {
    const cases: [Partial<LagesbildInput>, string][] = [
      [{ from: '2026-02-30' }, 'from'],
      [{ to: '2026-12-32' }, 'to'],
      [{ from: '2026-12-31', to: '2026-01-01' }, 'to'],
      [{ asOf: '31/12/2026' }, 'asOf'],
    ];
    for (const [overrides, field] of cases) {
      let error: unknown;
      try {
        compileLagesbild(input(overrides));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_REQUEST');
      expect((error as DomainError).field).toBe(field);
    }
  });

  // Speed is measured by `npm run bench:api`, not here.
  it('compiles a district-year of 120 meetings × 10 observations', () => {
    const milieus: Milieu[] = ['autonoma', 'vit-makt', 'islamistisk', 'oklar'];
    const areas = ['Rinkeby', 'Husby', 'Kista', 'Akalla', 'Tensta', 'Hjulsta'];
    const meetings: Meeting[] = [];
    for (const year of [2025, 2026]) {
      for (let i = 0; i < 120; i++) {
        const month = String((i % 12) + 1).padStart(2, '0');
        const day = String((i % 28) + 1).padStart(2, '0');
        const observations = Array.from({ length: 10 }, (_, k) =>
          obs(
            `o${year}-${i}-${k}`,
            milieus[k % 4]!,
            'propaganda',
            'polis',
            areas[(i + k) % 6]!,
            1 + (k % 3),
            `${year}-${month}-${day}`,
          ),
        );
        const status: VbeStatus = i % 5 === 0 ? 'not-discussed' : 'discussed';
        meetings.push(
          meeting(
            `m${year}-${i}`,
            i % 2 ? 'f-bra' : 'f-sspf',
            `${year}-${month}-${day}T16:00:00+01:00`,
            'approved',
            vbe(status, observations, [action(`a${year}-${i}`, `${year}-${month}-${day}`)]),
          ),
        );
      }
    }
    const big = input({ meetings });
    const result = compileLagesbild(big);
    expect(result.current.meetings).toBe(120);
    expect(result.current.observations.records).toBe(1200);
    expect(result.current.observations.total).toBe(2280); // 120 × (1+2+3+1+2+3+1+2+3+1 = 19)
  });
});
