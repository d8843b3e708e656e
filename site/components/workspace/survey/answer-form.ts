// The survey answer page's form state: what the fields hold (text for the
// numbers, nothing for a question not yet answered), the checks the browser
// can make before sending (keyed by the server's field paths), the answer
// it sends, and the draft kept in the browser while the form is filled in.
import {
  AWARENESS,
  AWARENESS_TOPIC_LABELS,
  AWARENESS_TOPICS,
  CATEGORIES,
  COLLABORATION,
  COLLABORATION_PARTNER_LABELS,
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
} from '../../../../api/domain/codes.ts';
import { SURVEY_LIMITS } from '../../../../api/domain/limits.ts';
import type { SurveyAnswers } from '../../../../api/domain/types.ts';

export interface IncidentRow {
  /** Only for React's keys: rows are added and removed. */
  key: number;
  milieu: Milieu | '';
  category: Category | '';
  count: string;
}

export interface AnswerForm {
  incidents: IncidentRow[];
  awareness: Partial<Record<AwarenessTopic, Awareness>>;
  staffAwareness: Partial<Record<AwarenessTopic, Awareness>>;
  collaboration: Partial<Record<CollaborationPartner, Collaboration>>;
  staffKnowledge: StaffKnowledge | '';
  staff: string;
  courseCompleted: string;
  comment: string;
}

export function emptyForm(): AnswerForm {
  return { incidents: [], awareness: {}, staffAwareness: {}, collaboration: {}, staffKnowledge: '', staff: '', courseCompleted: '', comment: '' };
}

export function formOf(answers: SurveyAnswers): AnswerForm {
  return {
    incidents: answers.incidents.map((r, i) => ({ key: i + 1, milieu: r.milieu, category: r.category, count: String(r.count) })),
    awareness: { ...answers.awareness },
    staffAwareness: { ...answers.staffAwareness },
    collaboration: { ...answers.collaboration },
    staffKnowledge: answers.staffKnowledge,
    staff: String(answers.staff),
    courseCompleted: String(answers.courseCompleted),
    comment: answers.comment ?? '',
  };
}

const WHOLE = /^\d+$/;

/** A whole number 0 or more as typed ("12", " 12 "), else null. */
export function wholeNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  return WHOLE.test(t) ? Number(t) : null;
}

const CHOOSE = 'Välj ett av svaren.';

/** What the browser can tell before sending, by the server's field paths (`answers.staff` …). */
export function formProblems(form: AnswerForm): Record<string, string> {
  const problems: Record<string, string> = {};
  form.incidents.forEach((row, i) => {
    const at = `answers.incidents.${i}`;
    if (!row.milieu) problems[`${at}.milieu`] = 'Välj en miljö.';
    if (!row.category) problems[`${at}.category`] = 'Välj en kategori.';
    const n = wholeNumber(row.count);
    if (n === null) problems[`${at}.count`] = 'Ange antalet som ett heltal, 0 eller mer.';
    else if (n > SURVEY_LIMITS.incidentCount) problems[`${at}.count`] = `Högst ${SURVEY_LIMITS.incidentCount.toLocaleString('sv-SE')}.`;
  });
  for (const group of ['awareness', 'staffAwareness'] as const) {
    for (const topic of AWARENESS_TOPICS) if (!form[group][topic]) problems[`answers.${group}.${topic}`] = CHOOSE;
  }
  for (const partner of COLLABORATION_PARTNERS) if (!form.collaboration[partner]) problems[`answers.collaboration.${partner}`] = CHOOSE;
  if (!form.staffKnowledge) problems['answers.staffKnowledge'] = CHOOSE;
  const staff = wholeNumber(form.staff);
  const course = wholeNumber(form.courseCompleted);
  if (staff === null) problems['answers.staff'] = 'Ange antalet medarbetare som ett heltal, 0 eller mer.';
  else if (staff > SURVEY_LIMITS.staff) problems['answers.staff'] = `Högst ${SURVEY_LIMITS.staff.toLocaleString('sv-SE')}.`;
  if (course === null) problems['answers.courseCompleted'] = 'Ange antalet som ett heltal, 0 eller mer.';
  else if (staff !== null && course > staff) problems['answers.courseCompleted'] = 'Fler kan inte ha gått webbutbildningen än det finns medarbetare.';
  if (form.comment.length > SURVEY_LIMITS.comment) problems['answers.comment'] = `Högst ${SURVEY_LIMITS.comment} tecken.`;
  return problems;
}

const GROUP_LABELS = { awareness: 'Din kännedom som chef', staffAwareness: 'Medarbetarnas kännedom' } as const;
const ROW_FIELDS = ['milieu', 'category', 'count'] as const;
const ROW_LABELS = { milieu: 'Miljö', category: 'Typ av händelse', count: 'Antal gånger' } as const;
const SINGLE_FIELDS = ['answers.staffKnowledge', 'answers.staff', 'answers.courseCompleted', 'answers.comment'] as const;
const SINGLE_LABELS: Record<(typeof SINGLE_FIELDS)[number], string> = {
  'answers.staffKnowledge': 'Medarbetarnas kunskapsnivå om våldsbejakande extremism',
  'answers.staff': 'Antal medarbetare på enheten',
  'answers.courseCompleted': 'Varav har gått stadens webbutbildning',
  'answers.comment': 'Övriga kommentarer',
};

/** A field path as the error summary names it: the question, with its section where questions repeat. */
export function fieldLabel(path: string): string {
  const [, group, a, b] = path.split('.');
  if (group === 'incidents') {
    if (a === undefined) return 'Händelser under året';
    return `Händelse ${Number(a) + 1}: ${ROW_LABELS[b as keyof typeof ROW_LABELS] ?? 'raden'}`;
  }
  if (group === 'awareness' || group === 'staffAwareness') return `${GROUP_LABELS[group]}: ${AWARENESS_TOPIC_LABELS[a as AwarenessTopic] ?? a}`;
  if (group === 'collaboration') return `Samverkan: ${COLLABORATION_PARTNER_LABELS[a as CollaborationPartner] ?? a}`;
  return SINGLE_LABELS[path as (typeof SINGLE_FIELDS)[number]] ?? 'Svaren';
}

/** Where a field path comes on the page, for sorting: the server's errors may come in any order. */
function pageRank(path: string): number[] {
  const [, group, a, b] = path.split('.');
  if (group === 'incidents') return a === undefined ? [0] : [1, Number(a), ROW_FIELDS.indexOf(b as (typeof ROW_FIELDS)[number])];
  if (group === 'awareness') return [2, AWARENESS_TOPICS.indexOf(a as AwarenessTopic)];
  if (group === 'staffAwareness') return [3, AWARENESS_TOPICS.indexOf(a as AwarenessTopic)];
  if (group === 'collaboration') return [4, COLLABORATION_PARTNERS.indexOf(a as CollaborationPartner)];
  const single = SINGLE_FIELDS.indexOf(path as (typeof SINGLE_FIELDS)[number]);
  return [single < 0 ? 9 : 5 + single];
}

/** Field paths in the order the page shows them. */
export function inPageOrder(paths: readonly string[]): string[] {
  const cmp = (x: number[], y: number[]): number => {
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
  };
  return [...paths].sort((p, q) => cmp(pageRank(p), pageRank(q)));
}

/** The answer to send; call only when formProblems is empty. */
export function answersOf(form: AnswerForm): SurveyAnswers {
  return {
    incidents: form.incidents.map((r) => ({ milieu: r.milieu as Milieu, category: r.category as Category, count: wholeNumber(r.count) ?? 0 })),
    awareness: form.awareness as Record<AwarenessTopic, Awareness>,
    staffAwareness: form.staffAwareness as Record<AwarenessTopic, Awareness>,
    collaboration: form.collaboration as Record<CollaborationPartner, Collaboration>,
    staffKnowledge: form.staffKnowledge as StaffKnowledge,
    staff: wholeNumber(form.staff) ?? 0,
    courseCompleted: wholeNumber(form.courseCompleted) ?? 0,
    ...(form.comment.trim() ? { comment: form.comment } : {}),
  };
}

// ---- The draft ----

const DRAFT_PREFIX = 'vbe-enkat-utkast:';

/**
 * The draft's storage key: a hash of the token, never the token, so whoever
 * reads this browser's storage cannot answer in the unit's name. 64 bits of a
 * 128-bit random token leave nothing to recover it from. Synchronous FNV-1a
 * in two lanes: crypto.subtle needs a secure context, which an intranet
 * server over http is not.
 */
export function draftKey(token: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return DRAFT_PREFIX + hex(a) + hex(b);
}

export interface Draft {
  form: AnswerForm;
  /** When it was last saved (ISO), to compare with the server's answer. */
  savedAt: string;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage, or null where it is blocked (private mode, policies): the form works without a draft. */
export function draftStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** A stored draft read back defensively: anything not of the form's shape is dropped. */
export function readDraft(storage: DraftStorage | null, token: string): Draft | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(draftKey(token)) ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const stored = raw as { form?: unknown; savedAt?: unknown };
  if (!stored.form || typeof stored.form !== 'object') return null;
  const d = stored.form as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const pick = <K extends string, V extends string>(keys: readonly K[], values: readonly V[], v: unknown) => {
    const out: Partial<Record<K, V>> = {};
    if (v && typeof v === 'object') for (const k of keys) if (isOneOf(values, (v as Record<string, unknown>)[k])) out[k] = (v as Record<K, V>)[k];
    return out;
  };
  const rows = Array.isArray(d.incidents) ? d.incidents.slice(0, SURVEY_LIMITS.incidents) : [];
  const form: AnswerForm = {
    incidents: rows.map((r: Record<string, unknown>, i) => ({
      key: i + 1,
      milieu: isOneOf(MILIEUS, r?.milieu) ? r.milieu : '',
      category: isOneOf(CATEGORIES, r?.category) ? r.category : '',
      count: text(r?.count),
    })),
    awareness: pick(AWARENESS_TOPICS, AWARENESS, d.awareness),
    staffAwareness: pick(AWARENESS_TOPICS, AWARENESS, d.staffAwareness),
    collaboration: pick(COLLABORATION_PARTNERS, COLLABORATION, d.collaboration),
    staffKnowledge: isOneOf(STAFF_KNOWLEDGE, d.staffKnowledge) ? d.staffKnowledge : '',
    staff: text(d.staff),
    courseCompleted: text(d.courseCompleted),
    comment: text(d.comment).slice(0, SURVEY_LIMITS.comment),
  };
  return { form, savedAt: text(stored.savedAt) };
}

export function saveDraft(storage: DraftStorage | null, token: string, form: AnswerForm, savedAt = new Date().toISOString()): void {
  try {
    storage?.setItem(draftKey(token), JSON.stringify({ savedAt, form }));
  } catch {
    // A full or blocked storage only loses the draft, never the form.
  }
}

export function clearDraft(storage: DraftStorage | null, token: string): void {
  try {
    storage?.removeItem(draftKey(token));
  } catch {
    // As above.
  }
}

export interface StartingForm {
  form: AnswerForm;
  from: 'draft' | 'answer' | 'empty';
  /** A draft was set aside because the unit's answer was sent after it (from another browser, or by a colleague). */
  draftOutdated: boolean;
}

/** What the form opens with: the draft, unless the server's answer is newer; then the answer. */
export function startingForm(draft: Draft | null, answers: SurveyAnswers | undefined, answeredAt: string | undefined): StartingForm {
  const newer = Boolean(draft && answers && answeredAt && answeredAt >= draft.savedAt);
  if (draft && !newer) return { form: draft.form, from: 'draft', draftOutdated: false };
  if (answers) return { form: formOf(answers), from: 'answer', draftOutdated: newer };
  return { form: emptyForm(), from: 'empty', draftOutdated: false };
}

/** The token from the link's fragment (`#t=…`): it never reaches a server log. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('t')?.trim() ?? '';
}
