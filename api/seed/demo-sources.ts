// The lägesbild's other sources in the demo (issue 11): de-identified reports
// in the coordinator's inbox (new, accepted into observations, one rejected),
// this year's survey round with some units answered, and partners'
// statements (police, a specialist department, civil society with "nothing
// to report") for this year's period and the police's for the year before.
// Built with the domain's own rules, so the demo passes what a user's input
// must. Content depends only on `now` (a seeded PRNG); ids, receipts and
// survey tokens are random, as in use: a token must never be guessable.
import { randomBytes } from 'node:crypto';
import type { Category, Collaboration, Milieu, Source, StaffKnowledge, UnitType } from '../domain/codes.ts';
import { addDays } from '../domain/periods.ts';
import { newReport, receiptFrom, RECEIPT_BYTES, triageReport } from '../domain/reports.ts';
import { buildStatement, type StatementInput } from '../domain/statements.ts';
import { answerSurvey, openSurvey } from '../domain/surveys.ts';
import type { Account, Report, Statement, Survey, SurveyAnswers } from '../domain/types.ts';
import { DAY, dayOf, stockholmTime } from './demo-calendar.ts';
import type { DistrictSpec } from './demo-forums.ts';
import { int, mulberry32, pick, seedOf, weighted, type Rng } from './random.ts';

interface ReportTemplate {
  category?: Category;
  milieu?: Milieu;
  unitType?: UnitType;
  policeInformed?: boolean;
  socialServicesInformed?: boolean;
  text: string;
}

// What an employee might write: roles and places no finer than an area, never a person.
const REPORTS: ReportTemplate[] = [
  { category: 'klotter', milieu: 'vit-makt', unitType: 'skola', policeInformed: true, text: 'Hakkors klottrat på väggen vid skolans entré under helgen. Vaktmästaren har sanerat och rektor har gjort en polisanmälan.' },
  { category: 'propaganda', milieu: 'vit-makt', unitType: 'fritid', text: 'Dekaler med vit makt-budskap på lyktstolparna utanför fritidsgården. Personalen tog bort dem och fotograferade dem först.' },
  { category: 'asiktsyttring', milieu: 'islamistisk', unitType: 'skola', socialServicesInformed: true, text: 'Under en lektion uttryckte några elever stöd för en våldsbejakande organisation. Mentor och kurator har haft samtal i klassen.' },
  { category: 'oro-anhorig', unitType: 'socialtjanst', socialServicesInformed: true, text: 'En förälder hörde av sig med oro för att ett barn tittar på våldsbejakande filmer på nätet. Socialtjänsten har erbjudit stödsamtal.' },
  { category: 'hot', milieu: 'autonoma', unitType: 'ovrigt', policeInformed: true, text: 'Personal vid en lokal fick ett hotfullt mejl efter ett möte om bostadsfrågor; avsändaren anonym. Polisanmält.' },
  { category: 'symboler', milieu: 'vit-makt', unitType: 'fritid', text: 'Ungdomar i gruppen bär tröjor med symboler som används inom vit makt-miljön. Personalen har tagit upp det med dem.' },
  { category: 'rekrytering', milieu: 'islamistisk', unitType: 'fritid', policeInformed: true, text: 'Okända vuxna har flera kvällar försökt samla ungdomar utanför fritidsgården för egna träffar. Personalen har informerat polisen.' },
  { category: 'propaganda', milieu: 'autonoma', unitType: 'skola', text: 'Affischer med antidemokratiska slagord uppsatta på anslagstavlan vid skolgården. Borttagna samma dag.' },
  { text: 'Något som liknade symboler ritades på en bänk i parken; osäkert vad de betyder. Foto skickat till samordnaren.', unitType: 'forskola' },
];

// Not about violent extremism: the coordinator rejects it with a reason.
const REJECTED: ReportTemplate = { category: 'klotter', unitType: 'ovrigt', text: 'Taggar sprayade på cykelskjulet vid förskolan, inget budskap.' };
const REJECTION_NOTE = 'Gäller skadegörelse utan koppling till våldsbejakande extremism; hanteras enligt den vanliga rutinen för klotter.';

// Fictional units, one per kind the survey goes to.
const UNITS: { name: string; staff: number }[] = [
  { name: 'Exempelskolan', staff: 64 },
  { name: 'Exempelförskolan', staff: 22 },
  { name: 'Fritidsgården Exempelgården', staff: 9 },
  { name: 'Exempelgymnasiet', staff: 48 },
  { name: 'Socialtjänstens exempelenhet', staff: 31 },
];
/** The first units answer; the rest are still to be reminded. */
const ANSWERED_UNITS = 3;

const SURVEY_COMMENTS = [
  'Vi vill gärna ha en genomgång av rutinen på ett arbetsplatsträff.',
  'Personalen känner inte till blanketten; mer information behövs.',
  '',
];

interface StatementTemplate {
  source: Source;
  summary: string;
  nothingToReport?: boolean;
  observations: { milieu: Milieu; category: Category; count: number; text: string }[];
}

const STATEMENTS: StatementTemplate[] = [
  {
    source: 'polis',
    summary:
      'Polisen ser en fortsatt låg men stabil nivå av propaganda från vit makt-miljön i området, främst dekaler och flygblad. Inga kända rekryteringsträffar under perioden.',
    observations: [
      { milieu: 'vit-makt', category: 'propaganda', count: 4, text: 'Dekaler och flygblad från en nazistisk organisation vid kollektivtrafiken.' },
      { milieu: 'islamistisk', category: 'asiktsyttring', count: 1, text: 'Våldsbejakande budskap delade i en lokal grupp på sociala medier.' },
    ],
  },
  {
    source: 'fackforvaltning',
    summary: 'Utbildningsförvaltningen: skolorna rapporterar enstaka fall av extremistiska åsikter bland elever, som hanterats med samtal och elevhälsa.',
    observations: [{ milieu: 'oklar', category: 'asiktsyttring', count: 2, text: 'Elever har uttryckt stöd för våld mot folkgrupper under lektionstid.' }],
  },
  { source: 'civilsamhalle', summary: '', nothingToReport: true, observations: [] },
];

const PREVIOUS_POLICE: StatementTemplate = {
  source: 'polis',
  summary: 'Polisen noterade under perioden klotter och propaganda från flera miljöer men inga hot mot verksamheterna.',
  observations: [{ milieu: 'autonoma', category: 'klotter', count: 3, text: 'Antidemokratiska slagord klottrade på offentliga byggnader.' }],
};

export interface DemoSources {
  reports: Report[];
  survey: Survey;
  statements: Statement[];
}

export interface DemoSourcesInput {
  district: DistrictSpec;
  coordinator: Account;
  now: number;
  newId: () => string;
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const receipt = () => receiptFrom(randomBytes(RECEIPT_BYTES));

/** A working-hours instant on a Stockholm day, never after `now`. */
function daytime(rng: Rng, day: string, now: number): Date {
  return new Date(Math.min(stockholmTime(day, int(rng, 8, 16), int(rng, 0, 59)), now - 60_000));
}

function buildReports(input: DemoSourcesInput, rng: Rng, today: string): Report[] {
  const { district, coordinator, now, newId } = input;
  const areas = district.district.areas;
  const make = (template: ReportTemplate, daysAgo: number): Report => {
    const date = addDays(today, -daysAgo);
    const receivedAt = daytime(rng, addDays(date, Math.min(int(rng, 0, 2), daysAgo)), now);
    const { text, ...details } = template;
    return newReport({ districtId: district.district.id, date, area: pick(rng, areas), text, ...details }, { id: newId(), receipt: receipt(), now: receivedAt });
  };
  const triageAt = (report: Report) => new Date(Math.min(Date.parse(report.receivedAt) + int(rng, 1, 4) * DAY, now - 60_000));
  const templates = shuffled(rng, REPORTS);

  // Older ones triaged into observations, the newest still waiting in the inbox.
  const accepted = [40, 95, 170, 260].map((days, i) => {
    const report = make(templates[i]!, days + int(rng, 0, 20));
    return triageReport(report, { decision: 'accepted' }, { by: coordinator.id, now: triageAt(report), newId });
  });
  const rejectedReport = make(REJECTED, 120 + int(rng, 0, 20));
  const rejected = triageReport(rejectedReport, { decision: 'rejected', note: REJECTION_NOTE }, { by: coordinator.id, now: triageAt(rejectedReport), newId });
  const fresh = [3, 9, 21].map((days, i) => make(templates[4 + i]!, days + int(rng, 0, 3)));
  return [...accepted, rejected, ...fresh];
}

function answers(rng: Rng, unit: { staff: number }, comment: string): SurveyAnswers {
  const level = <T>(entries: readonly (readonly [T, number])[]) => weighted(rng, entries);
  const aware = () => level([['helt', 3], ['delvis', 4], ['inte', 2]] as const);
  const staffAware = () => level([['helt', 1], ['delvis', 4], ['inte', 4]] as const);
  const together = (): Collaboration => level([['har', 4], ['onskar', 3], ['nej', 2]] as const);
  const incidents: SurveyAnswers['incidents'] = [];
  for (let i = int(rng, 0, 2); i > 0; i--) {
    incidents.push({ milieu: pick(rng, ['vit-makt', 'autonoma', 'islamistisk', 'oklar'] as const), category: pick(rng, ['klotter', 'propaganda', 'asiktsyttring'] as const), count: int(rng, 1, 4) });
  }
  const knowledge: StaffKnowledge = level([['ingen', 1], ['liten', 4], ['god', 3], ['mycket-god', 1]] as const);
  return {
    incidents,
    awareness: { plan: aware(), guidance: aware(), routine: aware(), form: aware() },
    staffAwareness: { plan: staffAware(), guidance: staffAware(), routine: staffAware(), form: staffAware() },
    collaboration: { polis: together(), socialtjanst: together(), skola: together(), civilsamhalle: together(), samfund: together(), fastighetsagare: together() },
    staffKnowledge: knowledge,
    staff: unit.staff,
    // The audit found few had taken the web course: a small share.
    courseCompleted: Math.round(unit.staff * (0.05 + rng() * 0.2)),
    ...(comment ? { comment } : {}),
  };
}

function buildSurvey(input: DemoSourcesInput, rng: Rng, today: string): Survey {
  const { district, coordinator, now, newId } = input;
  const year = Number(today.slice(0, 4));
  const openedAt = new Date(now - 20 * DAY);
  // Still open, so the demo's links can be tried; within the year it is for.
  const closesOn = [addDays(today, 14), `${year}-12-31`].sort()[0]!;
  let survey = openSurvey(
    { districtId: district.district.id, year, closesOn, units: UNITS },
    { now: openedAt, newId, random: (n) => randomBytes(n), actorId: coordinator.id },
  );
  for (const [i, unit] of survey.units.slice(0, ANSWERED_UNITS).entries()) {
    const at = new Date(Math.min(openedAt.getTime() + int(rng, 1, 15) * DAY + int(rng, 0, 8) * 3_600_000, now - 60_000));
    survey = answerSurvey(survey, unit.token, answers(rng, UNITS[i]!, SURVEY_COMMENTS[i % SURVEY_COMMENTS.length]!), at).survey;
  }
  return survey;
}

function buildStatements(input: DemoSourcesInput, rng: Rng, today: string): Statement[] {
  const { district, coordinator, now, newId } = input;
  const areas = district.district.areas;
  // The overview's default period (the last twelve months) and the twelve before.
  const current = { from: addDays(today, -364), to: today };
  const previous = { from: addDays(current.from, -365), to: addDays(current.from, -1) };
  const make = (t: StatementTemplate, period: { from: string; to: string }, daysAgo: number): Statement => {
    const span = Math.max(0, (Date.parse(period.to) - Date.parse(period.from)) / DAY);
    const statementInput: StatementInput = {
      districtId: district.district.id,
      ...period,
      source: t.source,
      summary: t.summary,
      ...(t.nothingToReport ? { nothingToReport: true } : {}),
      observations: t.observations.map((o) => ({ ...o, source: t.source, area: pick(rng, areas), date: addDays(period.from, int(rng, 0, span)) })),
    };
    const at = new Date(now - daysAgo * DAY - int(rng, 0, 6) * 3_600_000).toISOString();
    return buildStatement(undefined, statementInput, { actorId: coordinator.id, now: at, newId });
  };
  return [make(PREVIOUS_POLICE, previous, 360), ...STATEMENTS.map((t, i) => make(t, current, 10 - i))];
}

/** A district's demo reports, survey round and statements, dated relative to `now`. */
export function buildDemoSources(input: DemoSourcesInput): DemoSources {
  const rng = mulberry32(seedOf(`sources:${input.district.short}`));
  const today = dayOf(input.now);
  return {
    reports: buildReports(input, rng, today),
    survey: buildSurvey(input, rng, today),
    statements: buildStatements(input, rng, today),
  };
}
