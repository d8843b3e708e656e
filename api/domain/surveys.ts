// The units' survey (kartläggningsenkät): opening a round, its answer tokens,
// answering and correcting until the closing day, and the round's results.
// Pure: the clock, ids and random bytes come in as parameters.
import {
  AWARENESS,
  AWARENESS_TOPICS,
  CATEGORIES,
  COLLABORATION,
  COLLABORATION_PARTNERS,
  MILIEUS,
  STAFF_KNOWLEDGE,
  type Awareness,
  type AwarenessTopic,
  type Category,
  type Collaboration,
  type CollaborationPartner,
  type Milieu,
  type StaffKnowledge,
} from './codes.ts';
import { assertDeidentified } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { cleanText, SURVEY_LIMITS, YEARS } from './limits.ts';
import { isIsoDate, todayIn } from './periods.ts';
import type { Survey, SurveyAnswers, SurveyUnit } from './types.ts';

// ---- Tokens ----

/** 128 random bits: unguessable, and short enough for a link in an e-mail. */
export const SURVEY_TOKEN_BYTES = 16;
/** 16 bytes in unpadded base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export type RandomBytes = (n: number) => Uint8Array;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newSurveyToken(random: RandomBytes): string {
  const bytes = random(SURVEY_TOKEN_BYTES);
  if (bytes.length !== SURVEY_TOKEN_BYTES) throw new RangeError('newSurveyToken: the random source gave the wrong number of bytes');
  return base64url(bytes);
}

/** Only something newSurveyToken could make is looked up: anything else is "not found" at once. */
export function isPlausibleSurveyToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** `/enkat/#t=<token>`: the fragment never reaches a server or a proxy's log. */
export function surveyLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/enkat/#t=${token}`;
}

// ---- Opening a round ----

export interface UnitInput {
  name: string;
  staff?: number;
}

export interface OpenSurveyInput {
  districtId: string;
  year: number;
  closesOn: string;
  units: readonly UnitInput[];
}

export interface SurveyDeps {
  now: Date;
  newId: () => string;
  random: RandomBytes;
  actorId: string;
}

/** A round closes at the end of its closing day in Stockholm. */
export function surveyIsOpen(survey: Pick<Survey, 'closesOn'>, now: Date): boolean {
  return todayIn(now) <= survey.closesOn;
}

function assertClosesOn(closesOn: string, now: Date, field: string): void {
  if (!isIsoDate(closesOn)) throw badRequest('Ange sista svarsdag som ÅÅÅÅ-MM-DD.', field);
  if (closesOn < todayIn(now)) throw badRequest('Sista svarsdag kan inte ha passerat: välj i dag eller en senare dag.', field);
}

function assertStaff(staff: number | undefined, field: string): void {
  if (staff === undefined) return;
  if (!Number.isInteger(staff) || staff < 0) throw badRequest('Antalet medarbetare måste vara ett heltal, 0 eller mer.', field);
  if (staff > SURVEY_LIMITS.staff) throw badRequest(`Antalet medarbetare får vara högst ${SURVEY_LIMITS.staff.toLocaleString('sv-SE')}.`, field);
}

/** Checks new units against each other and against the round's units; returns them trimmed. */
function checkedUnits(units: readonly UnitInput[], existing: readonly SurveyUnit[], path: string): UnitInput[] {
  if (existing.length + units.length > SURVEY_LIMITS.units) throw badRequest(`En enkätomgång kan ha högst ${SURVEY_LIMITS.units} enheter.`, path);
  // Names compare without case and extra spaces: "Husby fritidsgård" and "husby  fritidsgård" are one unit.
  const key = (name: string) => name.toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  const seen = new Set(existing.map((u) => key(u.name)));
  const trimmed = units.map((u, i) => {
    const name = cleanText(u.name).replace(/\s+/g, ' ').trim();
    const field = `${path}.${i}.name`;
    if (!name) throw badRequest(`Enhet ${i + 1}: ange enhetens namn.`, field);
    if (name.length > SURVEY_LIMITS.unitName) throw badRequest(`Enhet ${i + 1}: namnet får vara högst ${SURVEY_LIMITS.unitName} tecken.`, field);
    if (seen.has(key(name))) throw badRequest(`Enhet ${i + 1}: ”${name}” finns redan i omgången.`, field);
    seen.add(key(name));
    assertStaff(u.staff, `${path}.${i}.staff`);
    return { name, ...(u.staff !== undefined ? { staff: u.staff } : {}) };
  });
  // Unit names are units ("Husby förskola"), never people: the guard refuses a person's name as anywhere else.
  assertDeidentified(trimmed.map((u, i) => ({ path: `${path}.${i}.name`, label: `Enhet ${i + 1}: namn`, text: u.name })));
  return trimmed;
}

function newUnits(units: readonly UnitInput[], deps: SurveyDeps): SurveyUnit[] {
  return units.map((u) => ({ id: deps.newId(), name: u.name, ...(u.staff !== undefined ? { staff: u.staff } : {}), token: newSurveyToken(deps.random) }));
}

export function openSurvey(input: OpenSurveyInput, deps: SurveyDeps): Survey {
  if (!Number.isInteger(input.year) || input.year < YEARS.first || input.year > YEARS.last) {
    throw badRequest(`Året måste vara mellan ${YEARS.first} och ${YEARS.last}.`, 'year');
  }
  assertClosesOn(input.closesOn, deps.now, 'closesOn');
  if (input.units.length === 0) throw badRequest('Lägg till minst en enhet.', 'units');
  const units = checkedUnits(input.units, [], 'units');
  const at = deps.now.toISOString();
  return {
    id: deps.newId(),
    districtId: input.districtId,
    year: input.year,
    closesOn: input.closesOn,
    units: newUnits(units, deps),
    createdAt: at,
    createdBy: deps.actorId,
    updatedAt: at,
  };
}

/** A later closing day, or more units (a unit forgotten at the start). Answers already given stay. */
export function changeSurvey(survey: Survey, change: { closesOn?: string; addUnits?: readonly UnitInput[] }, deps: SurveyDeps): Survey {
  if (change.closesOn !== undefined) assertClosesOn(change.closesOn, deps.now, 'closesOn');
  const added = change.addUnits ? newUnits(checkedUnits(change.addUnits, survey.units, 'addUnits'), deps) : [];
  return {
    ...survey,
    closesOn: change.closesOn ?? survey.closesOn,
    units: [...survey.units, ...added],
    updatedAt: deps.now.toISOString(),
  };
}

// ---- Answering ----

/** The answer as stored: checked, the comment cleaned and without an empty one. */
export function checkedAnswers(answers: SurveyAnswers): SurveyAnswers {
  const field = (path: string) => `answers.${path}`;
  if (answers.incidents.length > SURVEY_LIMITS.incidents) throw badRequest(`Högst ${SURVEY_LIMITS.incidents} rader med händelser.`, field('incidents'));
  answers.incidents.forEach((row, i) => {
    const at = `Händelse ${i + 1}`;
    if (!(MILIEUS as readonly string[]).includes(row.milieu)) throw badRequest(`${at}: välj en miljö i listan.`, field(`incidents.${i}.milieu`));
    if (!(CATEGORIES as readonly string[]).includes(row.category)) throw badRequest(`${at}: välj en kategori i listan.`, field(`incidents.${i}.category`));
    if (!Number.isInteger(row.count) || row.count < 0) throw badRequest(`${at}: antalet måste vara ett heltal, 0 eller mer.`, field(`incidents.${i}.count`));
    if (row.count > SURVEY_LIMITS.incidentCount) throw badRequest(`${at}: antalet får vara högst ${SURVEY_LIMITS.incidentCount.toLocaleString('sv-SE')}.`, field(`incidents.${i}.count`));
  });
  for (const group of ['awareness', 'staffAwareness'] as const) {
    for (const topic of AWARENESS_TOPICS) {
      if (!(AWARENESS as readonly string[]).includes(answers[group]?.[topic])) throw badRequest('Välj ett av svaren.', field(`${group}.${topic}`));
    }
  }
  for (const partner of COLLABORATION_PARTNERS) {
    if (!(COLLABORATION as readonly string[]).includes(answers.collaboration?.[partner])) throw badRequest('Välj ett av svaren.', field(`collaboration.${partner}`));
  }
  if (!(STAFF_KNOWLEDGE as readonly string[]).includes(answers.staffKnowledge)) throw badRequest('Välj ett av svaren.', field('staffKnowledge'));
  if (!Number.isInteger(answers.staff) || answers.staff < 0) throw badRequest('Antalet medarbetare måste vara ett heltal, 0 eller mer.', field('staff'));
  if (answers.staff > SURVEY_LIMITS.staff) throw badRequest(`Antalet medarbetare får vara högst ${SURVEY_LIMITS.staff.toLocaleString('sv-SE')}.`, field('staff'));
  if (!Number.isInteger(answers.courseCompleted) || answers.courseCompleted < 0) {
    throw badRequest('Antalet som gått webbutbildningen måste vara ett heltal, 0 eller mer.', field('courseCompleted'));
  }
  if (answers.courseCompleted > answers.staff) {
    throw badRequest('Fler kan inte ha gått webbutbildningen än det finns medarbetare.', field('courseCompleted'));
  }
  const cleaned = answers.comment === undefined ? '' : cleanText(answers.comment);
  const comment = cleaned.trim();
  if (comment.length > SURVEY_LIMITS.comment) throw badRequest(`Kommentaren får vara högst ${SURVEY_LIMITS.comment} tecken.`, field('comment'));
  // The untrimmed text, so the refused span matches what the form holds.
  if (comment) assertDeidentified([{ path: field('comment'), label: 'Kommentar', text: cleaned }]);
  return {
    incidents: answers.incidents.map((r) => ({ milieu: r.milieu, category: r.category, count: r.count })),
    awareness: pickTopics(answers.awareness),
    staffAwareness: pickTopics(answers.staffAwareness),
    collaboration: Object.fromEntries(COLLABORATION_PARTNERS.map((p) => [p, answers.collaboration[p]])) as Record<CollaborationPartner, Collaboration>,
    staffKnowledge: answers.staffKnowledge,
    staff: answers.staff,
    courseCompleted: answers.courseCompleted,
    ...(comment ? { comment } : {}),
  };
}

function pickTopics(a: Record<AwarenessTopic, Awareness>): Record<AwarenessTopic, Awareness> {
  return Object.fromEntries(AWARENESS_TOPICS.map((t) => [t, a[t]])) as Record<AwarenessTopic, Awareness>;
}

export const SURVEY_CLOSED = 'Enkäten har stängt: svar tas inte emot efter sista svarsdagen.';

/**
 * The round with the unit's answer (new or corrected). Refused after the
 * closing day. `correcting` says whether the unit had answered before.
 */
export function answerSurvey(survey: Survey, token: string, answers: SurveyAnswers, now: Date): { survey: Survey; unit: SurveyUnit; correcting: boolean } {
  const index = survey.units.findIndex((u) => u.token === token);
  // The caller found the round by this token; a mismatch is a bug, not a user's mistake.
  if (index < 0) throw new Error('answerSurvey: the token is not one of the round');
  if (!surveyIsOpen(survey, now)) throw conflict(SURVEY_CLOSED);
  const clean = checkedAnswers(answers);
  const before = survey.units[index]!;
  const unit: SurveyUnit = { ...before, response: { at: now.toISOString(), answers: clean } };
  const units = survey.units.map((u, i) => (i === index ? unit : u));
  return { survey: { ...survey, units, updatedAt: now.toISOString() }, unit, correcting: before.response !== undefined };
}

// ---- Results ----

type Counts<K extends string> = Record<K, number>;

function zeros<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
}

export interface SurveyResults {
  units: number;
  responded: number;
  /** responded / units, 0–1 (0 for a round without units). */
  responseRate: number;
  /** Summed over the units that responded, as they answered. */
  staff: number;
  courseCompleted: number;
  /** The units' own counts of what they saw, summed; never added to the observations. */
  incidents: {
    total: number;
    byMilieu: Counts<Milieu>;
    byCategory: Counts<Category>;
    /** Milieu × category, only the pairs with a count. */
    rows: { milieu: Milieu; category: Category; count: number }[];
  };
  /** Answers per topic and value (the managers'). */
  awareness: Record<AwarenessTopic, Counts<Awareness>>;
  /** The staff's, as the managers judge them. */
  staffAwareness: Record<AwarenessTopic, Counts<Awareness>>;
  collaboration: Record<CollaborationPartner, Counts<Collaboration>>;
  staffKnowledge: Counts<StaffKnowledge>;
  perUnit: {
    id: string;
    name: string;
    answeredAt: string | null;
    staff: number | null;
    courseCompleted: number | null;
    incidents: number | null;
    comment: string | null;
  }[];
}

export function surveyResults(survey: Pick<Survey, 'units'>): SurveyResults {
  const answered = survey.units.flatMap((u) => (u.response ? [u.response.answers] : []));
  const byTopic = () => Object.fromEntries(AWARENESS_TOPICS.map((t) => [t, zeros(AWARENESS)])) as Record<AwarenessTopic, Counts<Awareness>>;
  const awareness = byTopic();
  const staffAwareness = byTopic();
  const collaboration = Object.fromEntries(COLLABORATION_PARTNERS.map((p) => [p, zeros(COLLABORATION)])) as Record<CollaborationPartner, Counts<Collaboration>>;
  const staffKnowledge = zeros(STAFF_KNOWLEDGE);
  const byMilieu = zeros(MILIEUS);
  const byCategory = zeros(CATEGORIES);
  const pairs = new Map<string, { milieu: Milieu; category: Category; count: number }>();
  let staff = 0;
  let courseCompleted = 0;
  let total = 0;
  for (const a of answered) {
    staff += a.staff;
    courseCompleted += a.courseCompleted;
    for (const t of AWARENESS_TOPICS) {
      awareness[t][a.awareness[t]] += 1;
      staffAwareness[t][a.staffAwareness[t]] += 1;
    }
    for (const p of COLLABORATION_PARTNERS) collaboration[p][a.collaboration[p]] += 1;
    staffKnowledge[a.staffKnowledge] += 1;
    for (const row of a.incidents) {
      total += row.count;
      byMilieu[row.milieu] += row.count;
      byCategory[row.category] += row.count;
      const key = `${row.milieu}|${row.category}`;
      const pair = pairs.get(key) ?? { milieu: row.milieu, category: row.category, count: 0 };
      pair.count += row.count;
      pairs.set(key, pair);
    }
  }
  const rows = [...pairs.values()]
    .filter((r) => r.count > 0)
    .sort((a, b) => MILIEUS.indexOf(a.milieu) - MILIEUS.indexOf(b.milieu) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const units = survey.units.length;
  return {
    units,
    responded: answered.length,
    responseRate: units === 0 ? 0 : answered.length / units,
    staff,
    courseCompleted,
    incidents: { total, byMilieu, byCategory, rows },
    awareness,
    staffAwareness,
    collaboration,
    staffKnowledge,
    perUnit: survey.units.map((u) => {
      const a = u.response?.answers;
      return {
        id: u.id,
        name: u.name,
        answeredAt: u.response?.at ?? null,
        staff: a ? a.staff : null,
        courseCompleted: a ? a.courseCompleted : null,
        incidents: a ? a.incidents.reduce((sum, r) => sum + r.count, 0) : null,
        comment: a?.comment ?? null,
      };
    }),
  };
}
