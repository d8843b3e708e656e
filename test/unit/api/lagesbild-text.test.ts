// The draft text on a fixture computed by hand: every figure below is set
// directly, so each sentence's numbers can be checked against it by eye.
import { describe, expect, it } from 'vitest';
import { AWARENESS, AWARENESS_TOPICS, CATEGORIES, COLLABORATION, COLLABORATION_PARTNERS, MILIEUS, SOURCES, STAFF_KNOWLEDGE } from '../../../api/domain/codes.ts';
import type { Category, Milieu } from '../../../api/domain/codes.ts';
import type { Lagesbild, PeriodFigures } from '../../../api/domain/lagesbild.ts';
import { changeSentence, draftSections, draftText, formatCount, formatPercent } from '../../../api/domain/lagesbild-text.ts';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function period(from: string, to: string): PeriodFigures {
  return {
    from,
    to,
    meetingsPerForum: [],
    meetings: 0,
    vbeRaised: 0,
    vbeShare: null,
    byStatus: { discussed: 0, 'nothing-to-report': 0, 'not-discussed': 0, missing: 0 },
    observations: { records: 0, total: 0 },
    byMilieuCategory: Object.fromEntries(MILIEUS.map((m) => [m, zeros(CATEGORIES)])) as Record<Milieu, Record<Category, number>>,
    byMilieu: zeros(MILIEUS),
    byCategory: zeros(CATEGORIES),
    byArea: [],
    bySource: zeros(SOURCES),
    byQuarter: [],
    byQuarterMilieu: [],
    actions: { open: 0, completed: 0, overdue: 0 },
    reports: { received: 0, accepted: 0, rejected: 0 },
    survey: null,
    statements: [],
    byOrigin: { minutes: 0, report: 0, statement: 0, import: 0 },
  };
}

const answerCounts = <K extends string, V extends string>(keys: readonly K[], values: readonly V[]) =>
  Object.fromEntries(keys.map((k) => [k, zeros(values)])) as Record<K, Record<V, number>>;

/** A round's answers, all zero; a test sets the ones it checks. */
function noAnswers() {
  return {
    awareness: answerCounts(AWARENESS_TOPICS, AWARENESS),
    staffAwareness: answerCounts(AWARENESS_TOPICS, AWARENESS),
    collaboration: answerCounts(COLLABORATION_PARTNERS, COLLABORATION),
    staffKnowledge: zeros(STAFF_KNOWLEDGE),
  };
}

function fixture(): Lagesbild {
  const current = period('2025-01-01', '2025-12-31');
  const previous = period('2024-01-01', '2024-12-31');
  // This year: 18 observations = 10 (minutes) + 5 (reports) + 3 (statements).
  current.observations = { records: 9, total: 18 };
  current.byOrigin = { minutes: 10, report: 5, statement: 3, import: 0 };
  current.byMilieu = { autonoma: 4, 'vit-makt': 12, islamistisk: 0, oklar: 2 };
  current.byMilieuCategory.autonoma.klotter = 4;
  current.byMilieuCategory['vit-makt'].propaganda = 9;
  current.byMilieuCategory['vit-makt'].symboler = 3;
  current.byMilieuCategory.oklar.hot = 2;
  current.byCategory = { ...current.byCategory, klotter: 4, propaganda: 9, symboler: 3, hot: 2 };
  current.byArea = [
    { area: 'Exempelby', count: 11 },
    { area: 'Provtorp', count: 7 },
  ];
  current.meetingsPerForum = [
    { forumId: 'f1', forumName: 'BRÅ', forumType: 'bra', meetings: 6, vbeRaised: 5 },
    { forumId: 'f2', forumName: 'SSPF', forumType: 'sspf', meetings: 2, vbeRaised: 1 },
    { forumId: 'f3', forumName: 'Samverkansforum', forumType: 'samverkansforum', meetings: 0, vbeRaised: 0 },
  ];
  current.meetings = 8;
  current.vbeRaised = 6;
  current.actions = { open: 3, completed: 4, overdue: 1 };
  current.reports = { received: 7, accepted: 5, rejected: 1 };
  current.survey = { units: 24, responded: 14, responseRate: 14 / 24, staff: 1200, courseCompleted: 540, ...noAnswers() };
  // Of the 14 units that answered, 9 say the manager knows the plan fully.
  current.survey.awareness.plan = { helt: 9, delvis: 4, inte: 1 };
  current.statements = [
    { source: 'polis', status: 'reported', statements: 1, observations: 3 },
    { source: 'civilsamhalle', status: 'nothing', statements: 1, observations: 0 },
    { source: 'fastighetsagare', status: 'missing', statements: 0, observations: 0 },
  ];
  // Last year: 12 observations.
  previous.observations = { records: 6, total: 12 };
  previous.byMilieu = { autonoma: 6, 'vit-makt': 6, islamistisk: 0, oklar: 0 };
  previous.meetings = 10;
  previous.vbeRaised = 7;
  previous.reports = { received: 3, accepted: 2, rejected: 1 };
  previous.survey = { units: 20, responded: 10, responseRate: 0.5, staff: 1000, courseCompleted: 300, ...noAnswers() };
  return { districtId: 'd1', districtName: 'Exempelstaden', asOf: '2025-12-31', current, previous };
}

const section = (figures: Lagesbild, key: string) => draftSections(figures).find((s) => s.key === key)!;

describe('draftSections', () => {
  it('gives the six sections in order, each with a title', () => {
    expect(draftSections(fixture()).map((s) => [s.key, s.title])).toEqual([
      ['sources', 'Källor och metod'],
      ['overall', 'Den övergripande bilden'],
      ['milieus', 'Miljöerna'],
      ['forums', 'Forumen'],
      ['reports', 'Rapporter'],
      ['knowledge', 'Kunskap och webbkurs'],
    ]);
  });

  it('sources: the periods, the origins, the response rate and the partners', () => {
    expect(section(fixture(), 'sources').paragraphs).toEqual([
      'Lägesbilden gäller perioden 1 januari 2025–31 december 2025 och jämförs med samma period ett år tidigare (1 januari 2024–31 december 2024).',
      'Av periodens 18 observationer kommer 10 från forumens protokoll, 5 från avidentifierade rapporter och 3 från samverkanspartners lägesbilder.',
      '14 av 24 enheter besvarade enkäten (58 %).',
      '2 av 3 samverkanspartner lämnade en lägesbild för perioden, varav 1 med inget att rapportera. Lägesbild saknas från: Fastighetsägare.',
    ]);
  });

  it('overall: the total with its change, the top categories (small counts without a number), the number of areas, never their names', () => {
    const paragraphs = section(fixture(), 'overall').paragraphs;
    expect(paragraphs).toEqual([
      'Under perioden registrerades 18 observationer. Antalet observationer ökade från 12 till 18.',
      'De vanligaste kategorierna var affischer, flygblad, klistermärken, propaganda (9), klotter och skadegörelse (4) och personer som bär symboler (3).',
      'Observationerna gällde 2 områden i stadsdelen.',
    ]);
    expect(paragraphs.join(' ')).not.toContain('Exempelby');
  });

  it('milieus: each with its change and most common category; those without any named together', () => {
    expect(section(fixture(), 'milieus').paragraphs).toEqual([
      'Autonoma miljön: 4 observationer under perioden. Antalet minskade från 6 till 4. Vanligast var klotter och skadegörelse (4).',
      'Vit makt-miljön: 12 observationer under perioden. Antalet ökade från 6 till 12. Vanligast var affischer, flygblad, klistermärken, propaganda (9).',
      'Oklar eller annan: 2 observationer under perioden. Antalet ökade från 0 till 2. Vanligast var hot mot personal eller invånare.',
      'Inga observationer gällde islamistiska miljön, varken under perioden eller föregående period.',
    ]);
  });

  it('forums: meetings with the change, the VBE item’s coverage against last year, idle forums, actions', () => {
    expect(section(fixture(), 'forums').paragraphs).toEqual([
      '8 justerade möten hölls i 2 forum under perioden. Antalet justerade möten minskade från 10 till 8.',
      'Punkten om våldsbejakande extremism togs upp på 6 av 8 möten (75 %), jämfört med 7 av 10 (70 %) föregående period.',
      '1 av stadsdelens 3 forum hade inget justerat möte under perioden.',
      'Forumen beslutade om 7 åtgärder: 4 är genomförda och 3 är öppna, varav 1 har passerat sitt datum.',
    ]);
  });

  it('reports: received, accepted and rejected with the change', () => {
    expect(section(fixture(), 'reports').paragraphs).toEqual([
      '7 avidentifierade rapporter kom in under perioden, varav 5 godtogs som observationer och 1 avvisades. Antalet inkomna rapporter ökade från 3 till 7.',
    ]);
  });

  it('knowledge: the response, the web course share against last year and the plan awareness, numbers in Swedish format', () => {
    expect(section(fixture(), 'knowledge').paragraphs).toEqual([
      '14 av 24 enheter besvarade enkäten (58 %).',
      'I de enheter som svarade har 540 av 1\u00a0200 anställda gått stadens webbkurs (45 %). Andelen ökade från 30 % till 45 %.',
      '9 av 14 enheter uppger att chefen känner till handlingsplanen helt.',
    ]);
  });

  it('says so when there is nothing: no observations, meetings, reports or survey', () => {
    const empty: Lagesbild = { districtId: 'd1', districtName: 'X', asOf: '2025-12-31', current: period('2025-01-01', '2025-12-31'), previous: period('2024-01-01', '2024-12-31') };
    const all = draftSections(empty);
    expect(all.find((s) => s.key === 'sources')!.paragraphs[2]).toBe('Ingen enkätomgång finns för perioden.');
    expect(all.find((s) => s.key === 'overall')!.paragraphs).toEqual(['Under perioden registrerades 0 observationer. Antalet observationer var detsamma som föregående period, 0.']);
    expect(all.find((s) => s.key === 'milieus')!.paragraphs).toEqual([
      'Inga observationer gällde autonoma miljön, vit makt-miljön, islamistiska miljön och oklar eller annan, varken under perioden eller föregående period.',
    ]);
    expect(all.find((s) => s.key === 'forums')!.paragraphs).toEqual(['Inga justerade möten hölls under perioden (föregående period 0 möten).']);
    expect(all.find((s) => s.key === 'reports')!.paragraphs).toEqual(['Inga avidentifierade rapporter kom in under perioden (föregående period 0).']);
    expect(all.find((s) => s.key === 'knowledge')!.paragraphs).toEqual(['Ingen enkätomgång finns för perioden, så det finns inga siffror om webbkursen.']);
  });

  it('never speaks of religious or ethnic groups', () => {
    const text = draftSections(fixture())
      .flatMap((s) => s.paragraphs)
      .join(' ')
      .toLowerCase();
    for (const word of ['muslim', 'islam ', 'judar', 'kristn', 'somali', 'etnisk', 'religiös', 'invandrar']) expect(text).not.toContain(word);
  });

  it('joins sections into one text for the editor', () => {
    const sections = draftSections(fixture());
    expect(draftText(sections, ['reports'])).toBe(sections.find((s) => s.key === 'reports')!.paragraphs.join('\n\n'));
  });
});

describe('the number helpers', () => {
  it('write Swedish numbers, whole per cents and changes', () => {
    expect(formatCount(12345)).toBe('12\u00a0345');
    expect(formatPercent(14, 24)).toBe('58 %');
    expect(changeSentence('Antalet observationer', 12, 18)).toBe('Antalet observationer ökade från 12 till 18.');
    expect(changeSentence('Antalet observationer', 18, 12)).toBe('Antalet observationer minskade från 18 till 12.');
  });
});
