// One view model of the lägesbild document, rendered to Word, Excel and print
// HTML, so the three files always hold the same chapters, tables and words.
// Tables set this period beside the previous one. Small numbers: a count in a
// breakdown by area (finer than milieu) below 3 is shown as SMALL_COUNT_TEXT,
// so that one returnee or family in one area cannot be recognised; totals
// and breakdowns by milieu, category or source stay exact.
import type { Chart } from '../charts/lagesbild-charts.ts';
import { quarterMilieuRows } from '../charts/quarter-milieus.ts';
import {
  AWARENESS,
  AWARENESS_LABELS,
  AWARENESS_TOPICS,
  AWARENESS_TOPIC_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  COLLABORATION,
  COLLABORATION_LABELS,
  COLLABORATION_PARTNERS,
  COLLABORATION_PARTNER_LABELS,
  STAFF_KNOWLEDGE,
  STAFF_KNOWLEDGE_LABELS,
  MILIEUS,
  MILIEU_LABELS,
  OBSERVATION_ORIGINS,
  OBSERVATION_ORIGIN_LABELS,
  SOURCES,
  SOURCE_LABELS,
} from '../domain/codes.ts';
import type { Lagesbild, PeriodFigures, StatementStatus, SurveyFigures } from '../domain/lagesbild.ts';
import type { DraftSection } from '../domain/lagesbild-text.ts';
import { SMALL_COUNT_TEXT } from '../domain/small-numbers.ts';
import { formatDay } from '../domain/swedish-format.ts';

export type Cell = string | number;

export interface ModelTable {
  /** Unique within the document; the Excel sheet's name (at most 31 characters). */
  sheet: string;
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export type ModelBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; table: ModelTable }
  | { kind: 'chart'; chart: Chart };

export interface ModelChapter {
  title: string;
  blocks: ModelBlock[];
}

export interface LagesbildModel {
  title: string;
  districtName: string;
  /** "1 januari 2026 – 31 december 2026" */
  period: string;
  previousPeriod: string;
  /** "Fastställd 3 mars 2027, dnr 2027/12" when adopted. */
  adoptedLine?: string;
  chapters: ModelChapter[];
}

export interface CoordinatorSections {
  summary: string;
  analysis: string;
  needs: string;
}

export interface LagesbildDocumentInput {
  districtName: string;
  from: string;
  to: string;
  figures: Lagesbild;
  sections?: CoordinatorSections;
  adopted?: { at: string; decision?: string };
}

/** Part A's and part B's functions, passed in so the model stays a pure function of its inputs. */
export interface ModelParts {
  draftSections: (figures: Lagesbild) => DraftSection[];
  charts: (figures: Lagesbild) => Chart[];
  smallCount: (n: number) => number | string;
}

export const DOCUMENT_TITLE = 'Lägesbild våldsbejakande extremism';
export const CURRENT_COLUMN = 'Perioden';
export const PREVIOUS_COLUMN = 'Föregående period';
export const NO_TEXT = 'Samordnaren har inte skrivit något här ännu.';

const STATEMENT_STATUS_TEXT: Record<StatementStatus, string> = {
  reported: 'Lämnat lägesbild',
  nothing: 'Inget att rapportera',
  missing: 'Inte lämnat',
};

export const periodText = (from: string, to: string) => `${formatDay(from)} – ${formatDay(to)}`;

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

function pairTable(sheet: string, caption: string, label: string, rows: [string, Cell, Cell][]): ModelTable {
  return { sheet, caption, columns: [label, CURRENT_COLUMN, PREVIOUS_COLUMN], rows };
}

function byKeys<K extends string>(keys: readonly K[], labels: Record<K, string>, cur: Record<K, number>, prev: Record<K, number>) {
  return keys.map((k): [string, Cell, Cell] => [labels[k], cur[k], prev[k]]);
}

function areaTable(figures: Lagesbild, small: ModelParts['smallCount']): ModelTable {
  const prev = new Map(figures.previous.byArea.map((a) => [a.area.trim().toLowerCase(), a.count]));
  const seen = new Set<string>();
  const rows: [string, Cell, Cell][] = [];
  for (const a of figures.current.byArea) {
    const key = a.area.trim().toLowerCase();
    seen.add(key);
    rows.push([a.area, small(a.count), small(prev.get(key) ?? 0)]);
  }
  for (const a of figures.previous.byArea) {
    if (!seen.has(a.area.trim().toLowerCase())) rows.push([a.area, small(0), small(a.count)]);
  }
  return pairTable('Områden', 'Observationer per område', 'Område', rows);
}

function forumTable(figures: Lagesbild): ModelTable {
  const prev = new Map(figures.previous.meetingsPerForum.map((f) => [f.forumId, f]));
  const rows: Cell[][] = figures.current.meetingsPerForum.map((f) => [
    f.forumName,
    f.meetings,
    f.vbeRaised,
    prev.get(f.forumId)?.meetings ?? 0,
    prev.get(f.forumId)?.vbeRaised ?? 0,
  ]);
  const { current: c, previous: p } = figures;
  rows.push(['Alla forum', c.meetings, c.vbeRaised, p.meetings, p.vbeRaised]);
  return {
    sheet: 'Forum',
    caption: 'Möten och hur ofta VBE-punkten togs upp',
    columns: ['Forum', 'Möten, perioden', 'VBE tagen upp, perioden', 'Möten, föregående period', 'VBE tagen upp, föregående period'],
    rows,
  };
}

function quarterTable(figures: Lagesbild): ModelTable {
  const { current: c, previous: p } = figures;
  const n = Math.max(c.byQuarter.length, p.byQuarter.length);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([c.byQuarter[i]?.quarter ?? '', c.byQuarter[i]?.count ?? '', p.byQuarter[i]?.quarter ?? '', p.byQuarter[i]?.count ?? '']);
  }
  return {
    sheet: 'Kvartal',
    caption: 'Observationer per kvartal',
    columns: ['Kvartal, perioden', 'Antal, perioden', 'Kvartal, föregående period', 'Antal, föregående period'],
    rows,
  };
}

function surveyRows(s: PeriodFigures['survey']): Cell[] {
  if (!s) return ['–', '–', '–', '–', '–', '–'];
  return [s.units, s.responded, percent(s.responseRate), s.staff, s.courseCompleted, percent(s.staff ? s.courseCompleted / s.staff : null)];
}

function surveyTable(figures: Lagesbild): ModelTable {
  const labels = ['Enheter', 'Enheter som svarade', 'Svarsfrekvens', 'Anställda i enheterna som svarade', 'Har gått webbkursen', 'Andel som gått webbkursen'];
  const cur = surveyRows(figures.current.survey);
  const prev = surveyRows(figures.previous.survey);
  return pairTable('Enkät och webbkurs', 'Enkäten till enheterna och webbkursen', 'Uppgift', labels.map((l, i) => [l, cur[i], prev[i]]));
}

/** Per quarter and milieu, this period's quarter beside the same quarter of the previous one. */
export function quarterMilieuTable(figures: Lagesbild): ModelTable {
  return {
    sheet: 'Kvartal och miljö',
    caption: 'Observationer per kvartal och miljö',
    columns: ['Miljö', 'Kvartal', CURRENT_COLUMN, PREVIOUS_COLUMN],
    rows: quarterMilieuRows(figures).map((r) => [MILIEU_LABELS[r.milieu], r.label, r.current, r.previous]),
  };
}

type Answers = Pick<SurveyFigures, 'awareness' | 'staffAwareness' | 'collaboration' | 'staffKnowledge'>;

/** The round's answers, or null without a round (or in a snapshot adopted before the figures carried them). */
const answersOf = (s: SurveyFigures | null | undefined): Answers | null => (s?.awareness && s.staffAwareness && s.collaboration && s.staffKnowledge ? s : null);

/** Rows of keys × answer values, this period's counts then the previous period's ("–" without a round). */
function answerTable<K extends string, V extends string>(
  sheet: string,
  caption: string,
  first: string,
  keys: readonly K[],
  keyLabels: Record<K, string>,
  values: readonly V[],
  valueLabels: Record<V, string>,
  cur: Record<K, Record<V, number>> | null,
  prev: Record<K, Record<V, number>> | null,
): ModelTable {
  return {
    sheet,
    caption,
    columns: [first, ...values.map((v) => `${valueLabels[v]}, perioden`), ...values.map((v) => `${valueLabels[v]}, föregående period`)],
    rows: keys.map((k) => [keyLabels[k], ...values.map((v) => cur?.[k][v] ?? '–'), ...values.map((v) => prev?.[k][v] ?? '–')]),
  };
}

/**
 * The survey's answers (units per answer): managers' and staff's awareness,
 * collaboration (with "Önskar samverkan") and the staff's knowledge; none
 * when neither period has a round with answers in the figures.
 */
export function surveyAnswerTables(figures: Lagesbild): ModelTable[] {
  const c = answersOf(figures.current.survey);
  const p = answersOf(figures.previous.survey);
  if (!c && !p) return [];
  const knowledge = STAFF_KNOWLEDGE.map((k): [string, Cell, Cell] => [STAFF_KNOWLEDGE_LABELS[k], c?.staffKnowledge[k] ?? '–', p?.staffKnowledge[k] ?? '–']);
  return [
    answerTable('Kännedom chefer', 'Chefernas kännedom, antal enheter per svar', 'Ämne', AWARENESS_TOPICS, AWARENESS_TOPIC_LABELS, AWARENESS, AWARENESS_LABELS, c?.awareness ?? null, p?.awareness ?? null),
    answerTable('Kännedom personal', 'Personalens kännedom enligt cheferna, antal enheter per svar', 'Ämne', AWARENESS_TOPICS, AWARENESS_TOPIC_LABELS, AWARENESS, AWARENESS_LABELS, c?.staffAwareness ?? null, p?.staffAwareness ?? null),
    answerTable('Samverkan', 'Samverkan och önskad samverkan, antal enheter per partner', 'Partner', COLLABORATION_PARTNERS, COLLABORATION_PARTNER_LABELS, COLLABORATION, COLLABORATION_LABELS, c?.collaboration ?? null, p?.collaboration ?? null),
    pairTable('Personalens kunskap', 'Personalens kunskap om VBE enligt cheferna, antal enheter', 'Kunskap', knowledge),
  ];
}

function textOr(paragraphs: string[] | undefined): ModelBlock[] {
  return paragraphs?.length ? paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) : [];
}

function ownText(text: string | undefined, fallback: ModelBlock[]): ModelBlock[] {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length) return paragraphs.map((t) => ({ kind: 'paragraph' as const, text: t }));
  return fallback.length ? fallback : [{ kind: 'note', text: NO_TEXT }];
}

/** The document's chapters, tables and charts; pure, given part A's and B's functions. */
export function lagesbildModel(input: LagesbildDocumentInput, parts: ModelParts): LagesbildModel {
  const { figures } = input;
  const { current: c, previous: p } = figures;
  const draft = new Map(parts.draftSections(figures).map((s) => [s.key, s]));
  const drafted = (key: DraftSection['key']) => textOr(draft.get(key)?.paragraphs);
  const charts = parts.charts(figures);
  const chartBlocks: ModelBlock[] = charts.map((chart) => ({ kind: 'chart', chart }));
  const table = (t: ModelTable): ModelBlock => ({ kind: 'table', table: t });

  const origins = pairTable(
    'Ursprung',
    'Observationer efter ursprung',
    'Ursprung',
    byKeys(OBSERVATION_ORIGINS, OBSERVATION_ORIGIN_LABELS, c.byOrigin, p.byOrigin),
  );
  origins.rows.push(['Totalt', c.observations.total, p.observations.total]);
  const prevStatements = new Map(p.statements.map((s) => [s.source, s]));
  const statements: ModelTable = {
    sheet: 'Lägesbilder från partner',
    caption: 'Samverkanspartners lägesbilder',
    columns: ['Källa', 'Perioden', 'Observationer, perioden', 'Föregående period', 'Observationer, föregående period'],
    rows: c.statements.map((s) => {
      const before = prevStatements.get(s.source);
      return [SOURCE_LABELS[s.source], STATEMENT_STATUS_TEXT[s.status], s.observations, STATEMENT_STATUS_TEXT[before?.status ?? 'missing'], before?.observations ?? 0];
    }),
  };
  const milieus = pairTable('Miljöer', 'Observationer per miljö', 'Miljö', byKeys(MILIEUS, MILIEU_LABELS, c.byMilieu, p.byMilieu));
  milieus.rows.push(['Totalt', c.observations.total, p.observations.total]);
  const categories = pairTable('Kategorier', 'Observationer per kategori', 'Kategori', byKeys(CATEGORIES, CATEGORY_LABELS, c.byCategory, p.byCategory));
  const sources = pairTable('Källor', 'Observationer per källa', 'Källa', byKeys(SOURCES, SOURCE_LABELS, c.bySource, p.bySource));
  const reports = pairTable('Rapporter', 'Avidentifierade rapporter', 'Rapporter', [
    ['Inkomna', c.reports.received, p.reports.received],
    ['Godtagna', c.reports.accepted, p.reports.accepted],
    ['Avvisade', c.reports.rejected, p.reports.rejected],
  ]);
  const actions = pairTable('Åtgärder', 'Åtgärder i forumens protokoll', 'Åtgärder', [
    ['Öppna', c.actions.open, p.actions.open],
    ['Avslutade', c.actions.completed, p.actions.completed],
    ['Försenade', c.actions.overdue, p.actions.overdue],
  ]);

  const milieuChapter: ModelBlock[] = [...drafted('milieus'), table(milieus), table(quarterMilieuTable(figures))];
  for (const m of MILIEUS) {
    milieuChapter.push({ kind: 'heading', level: 3, text: MILIEU_LABELS[m] });
    milieuChapter.push(
      table(
        pairTable(
          `Kategorier ${MILIEU_LABELS[m]}`.slice(0, 31),
          `Observationer i ${MILIEU_LABELS[m].toLowerCase()} per kategori`,
          'Kategori',
          byKeys(CATEGORIES, CATEGORY_LABELS, c.byMilieuCategory[m], p.byMilieuCategory[m]),
        ),
      ),
    );
  }

  const adoptedLine = input.adopted
    ? `Fastställd ${formatDay(input.adopted.at.slice(0, 10))}${input.adopted.decision ? `, ${input.adopted.decision}` : ''}`
    : undefined;

  return {
    title: DOCUMENT_TITLE,
    districtName: input.districtName,
    period: periodText(input.from, input.to),
    previousPeriod: periodText(p.from, p.to),
    adoptedLine,
    chapters: [
      { title: 'Källor och metod', blocks: [...drafted('sources'), table(origins), table(statements)] },
      { title: 'Sammanfattning', blocks: ownText(input.sections?.summary, drafted('overall')) },
      {
        title: 'Observationer',
        blocks: [
          table(quarterTable(figures)),
          table(categories),
          table(sources),
          { kind: 'note', text: `I tabellen över områden visas 1 och 2 som ”${SMALL_COUNT_TEXT}”, så att ingen enskild kan kännas igen. Totalerna är exakta.` },
          table(areaTable(figures, parts.smallCount)),
        ],
      },
      { title: 'Miljöer', blocks: milieuChapter },
      { title: 'Forum', blocks: [...drafted('forums'), table(forumTable(figures)), table(actions)] },
      { title: 'Rapporter', blocks: [...drafted('reports'), table(reports)] },
      { title: 'Enkät och webbkurs', blocks: [...drafted('knowledge'), table(surveyTable(figures)), ...surveyAnswerTables(figures).map(table)] },
      ...(chartBlocks.length ? [{ title: 'Diagram', blocks: chartBlocks }] : []),
      { title: 'Analys', blocks: ownText(input.sections?.analysis, []) },
      { title: 'Behov och förslag till handlingsplanen', blocks: ownText(input.sections?.needs, []) },
    ],
  };
}

/** Every table of the model, in document order (the Excel file's sheets). */
export function modelTables(model: LagesbildModel): ModelTable[] {
  return model.chapters.flatMap((ch) => ch.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}

export const cellText = (c: Cell) => (typeof c === 'number' ? new Intl.NumberFormat('sv-SE').format(c) : c);
