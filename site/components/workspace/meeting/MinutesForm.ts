// The editable shape of one agenda item's minutes and the pure rules around
// it: what counts as a change, what must be filled in, what is sent, and how
// the server's dotted field paths map back onto the rows on screen.
import { ACTION_OUTCOMES, VBE_STATUSES, type ActionOutcome, type Category, type Milieu, type Source, type VbeStatus } from '../../../../api/domain/codes.ts';
import type { ActionInput, CarriedOutcomeInput, VbeInput } from '../../../../api/domain/minutes.ts';
import { isIsoDate } from '../../../../api/domain/periods.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';
import type { Action, CarriedAction, ItemMinutes, VbeRecord } from '../../../../api/domain/types.ts';

export interface ObservationRow {
  /** Local identity on screen; stable while rows are added and removed. */
  key: string;
  /** The server's id once saved, sent back so the record is edited, not replaced. */
  id?: string;
  milieu: Milieu | '';
  category: Category | '';
  source: Source | '';
  area: string;
  /** As typed: a number input gives text, and may be empty mid-edit. */
  count: string;
  date: string;
  text: string;
}

export interface ActionRow {
  key: string;
  id?: string;
  text: string;
  owner: string;
  due: string;
  /** Shown only; completion is kept by the server when an action is edited. */
  completedAt?: string;
}

export interface VbeFormState {
  status: VbeStatus | '';
  observations: ObservationRow[];
  actions: ActionRow[];
}

/** What became of one action carried onto the follow-up item; `outcome` empty while none is chosen. */
export interface OutcomeRow {
  meetingId: string;
  actionId: string;
  outcome: ActionOutcome | '';
  note: string;
}

export interface ItemForm {
  text: string;
  /** Only on the VBE item. */
  vbe?: VbeFormState;
  /** Actions on any other item (the VBE item's are in `vbe`). */
  actions?: ActionRow[];
  /** Only on the follow-up item: one row per carried action. */
  outcomes?: OutcomeRow[];
}

/** Messages by local field key: `text`, `vbe.status`, `obs.<rowKey>.<field>`, `act.<rowKey>.<field>`, `out.<actionId>.<field>`. */
export type FieldErrors = Record<string, string>;

export const OBSERVATION_FIELDS = ['milieu', 'category', 'source', 'area', 'count', 'date', 'text'] as const;
export const ACTION_FIELDS = ['text', 'owner', 'due'] as const;
export const OBSERVATION_TEXT_MAX = LIMITS.observationText;

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `r${counter}`;
}

export function emptyVbe(): VbeFormState {
  return { status: '', observations: [], actions: [] };
}

function actionRows(actions: readonly Action[] | undefined): ActionRow[] {
  return (actions ?? []).map((a) => {
    const row: ActionRow = { key: newKey(), id: a.id, text: a.text, owner: a.owner, due: a.due };
    if (a.completedAt) row.completedAt = a.completedAt;
    return row;
  });
}

/** The form of an item's minutes; `carried` are the actions listed under the follow-up item. */
export function formFromMinutes(minutes: ItemMinutes | undefined, isVbe: boolean, carried?: readonly CarriedAction[]): ItemForm {
  const form: ItemForm = { text: minutes?.text ?? '' };
  if (!isVbe) {
    form.actions = actionRows(minutes?.actions);
    if (carried?.length) {
      form.outcomes = carried.map((c) => {
        const saved = minutes?.carriedOutcomes?.find((o) => o.meetingId === c.meetingId && o.actionId === c.actionId);
        return { meetingId: c.meetingId, actionId: c.actionId, outcome: saved?.outcome ?? '', note: saved?.note ?? '' };
      });
    }
    return form;
  }
  const vbe = minutes?.vbe;
  form.vbe = {
    status: vbe?.status ?? '',
    observations: (vbe?.observations ?? []).map((o) => ({
      key: newKey(),
      id: o.id,
      milieu: o.milieu,
      category: o.category,
      source: o.source,
      area: o.area,
      count: String(o.count),
      date: o.date,
      text: o.text,
    })),
    actions: actionRows(vbe?.actions),
  };
  return form;
}

const countKey = (c: string) => (/^\d+$/.test(c.trim()) ? String(Number(c.trim())) : c.trim());

/** The VBE content as the server would store it; ids and local keys do not count. */
export function vbeContentKey(vbe: VbeFormState | undefined): string {
  const v = vbe ?? emptyVbe();
  return JSON.stringify([
    v.status,
    v.observations.map((o) => [o.milieu, o.category, o.source, o.area.trim(), countKey(o.count), o.date, o.text.trim()]),
    v.actions.map((a) => [a.text.trim(), a.owner.trim(), a.due]),
  ]);
}

const actionsKey = (actions: readonly ActionRow[] | undefined) => JSON.stringify((actions ?? []).map((a) => [a.text.trim(), a.owner.trim(), a.due]));
// Empty rows are not sent, so they are no content; a note without an outcome is (and is invalid).
const outcomesKey = (outcomes: readonly OutcomeRow[] | undefined) =>
  JSON.stringify((outcomes ?? []).filter((o) => o.outcome !== '' || o.note.trim()).map((o) => [o.meetingId, o.actionId, o.outcome, o.note.trim()]));

/** The server trims text, so surrounding white space is not a change. */
export function contentKey(form: ItemForm): string {
  return JSON.stringify([form.text.trim(), vbeContentKey(form.vbe), actionsKey(form.actions), outcomesKey(form.outcomes)]);
}

export function sameContent(a: ItemForm, b: ItemForm): boolean {
  return contentKey(a) === contentKey(b);
}

/** What must be filled in before the VBE record can be sent (the server checks the same). */
function validateActions(actions: readonly ActionRow[], errors: FieldErrors): void {
  for (const a of actions) {
    const k = `act.${a.key}.`;
    if (!a.text.trim()) errors[`${k}text`] = 'Ange vad som ska göras.';
    if (!a.owner.trim()) errors[`${k}owner`] = 'Ange en ansvarig roll eller organisation.';
    if (!isIsoDate(a.due)) errors[`${k}due`] = 'Ange ett datum.';
  }
}

export function validate(form: ItemForm): FieldErrors {
  const errors: FieldErrors = {};
  validateActions(form.actions ?? [], errors);
  for (const o of form.outcomes ?? []) {
    if (o.outcome === '' && o.note.trim()) errors[`out.${o.actionId}.outcome`] = 'Välj vad som blev av åtgärden, eller töm kommentaren.';
    if (o.note.length > LIMITS.outcomeNote) errors[`out.${o.actionId}.note`] = `Högst ${LIMITS.outcomeNote} tecken.`;
  }
  const vbe = form.vbe;
  if (!vbe) return errors;
  if (vbe.status === '' && (vbe.observations.length > 0 || vbe.actions.length > 0)) {
    errors['vbe.status'] = 'Välj om VBE-frågan togs upp. Observationer och åtgärder sparas först då.';
  }
  for (const o of vbe.observations) {
    const k = `obs.${o.key}.`;
    if (!o.milieu) errors[`${k}milieu`] = 'Välj en miljö.';
    if (!o.category) errors[`${k}category`] = 'Välj en kategori.';
    if (!o.source) errors[`${k}source`] = 'Välj en källa.';
    if (!o.area.trim()) errors[`${k}area`] = 'Ange ett område: ett ortnamn, aldrig en adress.';
    const count = Number(o.count.trim());
    if (!/^\d+$/.test(o.count.trim()) || count < 1 || count > 10000) errors[`${k}count`] = 'Ange ett antal mellan 1 och 10 000.';
    if (!isIsoDate(o.date)) errors[`${k}date`] = 'Ange ett datum.';
    if (o.text.length > OBSERVATION_TEXT_MAX) errors[`${k}text`] = `Högst ${OBSERVATION_TEXT_MAX} tecken.`;
  }
  validateActions(vbe.actions, errors);
  return errors;
}

/** Field keys in the order they appear on screen, to focus the first invalid one. */
export function fieldOrder(form: ItemForm): string[] {
  const keys = ['text'];
  for (const o of form.outcomes ?? []) keys.push(`out.${o.actionId}.outcome`, `out.${o.actionId}.note`);
  for (const a of form.actions ?? []) for (const f of ACTION_FIELDS) keys.push(`act.${a.key}.${f}`);
  if (!form.vbe) return keys;
  keys.push('vbe.status');
  for (const o of form.vbe.observations) for (const f of OBSERVATION_FIELDS) keys.push(`obs.${o.key}.${f}`);
  for (const a of form.vbe.actions) for (const f of ACTION_FIELDS) keys.push(`act.${a.key}.${f}`);
  return keys;
}

export function firstInvalid(form: ItemForm, errors: FieldErrors): string | undefined {
  return fieldOrder(form).find((k) => k in errors) ?? Object.keys(errors)[0];
}

export interface SendPlan {
  kind: 'send';
  text: string;
  vbe?: VbeInput;
  /** Actions of a non-VBE item, when changed. */
  actions?: ActionInput[];
  carriedOutcomes?: CarriedOutcomeInput[];
  /** Row keys in the order sent: the server's answer and its field paths follow this order. */
  observationKeys: string[];
  actionKeys: string[];
  /** Carried action ids in the order their outcomes are sent. */
  outcomeIds: string[];
  /** VBE changes that could not go yet (no status, or fields missing). */
  heldBack: boolean;
}

export type SavePlan =
  | { kind: 'nothing' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'held-back' }
  | SendPlan;

export type SaveMode = 'explicit' | 'auto';

/**
 * What to send for the form against the last saved state. An explicit save
 * with missing fields sends nothing and points at them; an autosave sends
 * the text and holds back an incomplete VBE record without complaining.
 */
export function planSave(form: ItemForm, saved: ItemForm, mode: SaveMode): SavePlan {
  const textChanged = form.text.trim() !== saved.text.trim();
  const vbeChanged = !!form.vbe && vbeContentKey(form.vbe) !== vbeContentKey(saved.vbe);
  const actionsChanged = !!form.actions && actionsKey(form.actions) !== actionsKey(saved.actions);
  const outcomesChanged = !!form.outcomes && outcomesKey(form.outcomes) !== outcomesKey(saved.outcomes);
  const structuredChanged = vbeChanged || actionsChanged || outcomesChanged;
  if (!textChanged && !structuredChanged) return { kind: 'nothing' };
  const errors = validate(form);
  if (mode === 'explicit' && Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const valid = Object.keys(errors).length === 0;
  const vbeReady = !!form.vbe && form.vbe.status !== '' && valid;
  const sendVbe = vbeChanged && vbeReady;
  // An autosave holds back incomplete rows and sends the text.
  const sendActions = actionsChanged && valid;
  const sendOutcomes = outcomesChanged && valid;
  if (!textChanged && !sendVbe && !sendActions && !sendOutcomes) return { kind: 'held-back' };
  const plan: SendPlan = {
    kind: 'send',
    text: form.text,
    observationKeys: [],
    actionKeys: [],
    outcomeIds: [],
    heldBack: (vbeChanged && !sendVbe) || (actionsChanged && !sendActions) || (outcomesChanged && !sendOutcomes),
  };
  if (sendActions && form.actions) {
    plan.actions = toActionInputs(form.actions);
    plan.actionKeys = form.actions.map((a) => a.key);
  }
  if (sendOutcomes && form.outcomes) {
    const chosen = form.outcomes.filter((o) => o.outcome !== '');
    plan.carriedOutcomes = chosen.map((o) => ({
      meetingId: o.meetingId,
      actionId: o.actionId,
      outcome: o.outcome as ActionOutcome,
      ...(o.note.trim() ? { note: o.note.trim() } : {}),
    }));
    plan.outcomeIds = chosen.map((o) => o.actionId);
  }
  if (sendVbe && form.vbe) {
    plan.vbe = toVbeInput(form.vbe);
    plan.observationKeys = form.vbe.observations.map((o) => o.key);
    plan.actionKeys = form.vbe.actions.map((a) => a.key);
  }
  return plan;
}

/** Only for a validated form: the selects are filled in and the count is a number. */
export function toVbeInput(vbe: VbeFormState): VbeInput {
  return {
    status: vbe.status as VbeStatus,
    observations: vbe.observations.map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      milieu: o.milieu as Milieu,
      category: o.category as Category,
      source: o.source as Source,
      area: o.area.trim(),
      count: Number(o.count.trim()),
      date: o.date,
      text: o.text.trim(),
    })),
    actions: toActionInputs(vbe.actions),
  };
}

function toActionInputs(actions: readonly ActionRow[]): ActionInput[] {
  return actions.map((a) => ({ ...(a.id ? { id: a.id } : {}), text: a.text.trim(), owner: a.owner.trim(), due: a.due }));
}

/** Gives the rows that were sent the ids the server assigned, so the next save edits them. */
export function withSavedIds(form: ItemForm, plan: SendPlan, saved: VbeRecord | undefined, savedActions?: readonly Action[]): ItemForm {
  if (form.actions && plan.actions) {
    const sent = new Map(plan.actionKeys.map((k, i) => [k, savedActions?.[i]]));
    return {
      ...form,
      actions: form.actions.map((a) => {
        const s = sent.get(a.key);
        if (!s) return a;
        const row: ActionRow = { ...a, id: s.id };
        if (s.completedAt) row.completedAt = s.completedAt;
        return row;
      }),
    };
  }
  if (!form.vbe || !plan.vbe || !saved) return form;
  const obsIds = new Map(plan.observationKeys.map((k, i) => [k, saved.observations[i]?.id]));
  const actions = new Map(plan.actionKeys.map((k, i) => [k, saved.actions[i]]));
  return {
    ...form,
    vbe: {
      ...form.vbe,
      observations: form.vbe.observations.map((o) => {
        const id = obsIds.get(o.key);
        return id ? { ...o, id } : o;
      }),
      actions: form.vbe.actions.map((a) => {
        const s = actions.get(a.key);
        if (!s) return a;
        const row: ActionRow = { ...a, id: s.id };
        if (s.completedAt) row.completedAt = s.completedAt;
        return row;
      }),
    },
  };
}

/** Turns the server's dotted paths (by index as sent) into local field keys (by row). */
export function localFieldErrors(
  fields: Record<string, string>,
  plan: Pick<SendPlan, 'observationKeys' | 'actionKeys'> & Partial<Pick<SendPlan, 'outcomeIds'>>,
  spans: Record<string, { start: number; end: number }> = {},
): { errors: FieldErrors; unplaced: string[]; spans: Record<string, { start: number; end: number }> } {
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  const localSpans: Record<string, { start: number; end: number }> = {};
  for (const [path, message] of Object.entries(fields)) {
    // `vbe.actions.N` on the VBE item, `actions.N` on any other: the same rows on screen.
    const row = /^(?:vbe\.)?(observations|actions)\.(\d+)\.(\w+)$/.exec(path);
    const rowKey = row && (row[1] === 'observations' ? plan.observationKeys : plan.actionKeys)[Number(row[2])];
    const outcome = /^carriedOutcomes\.(\d+)\.(\w+)$/.exec(path);
    const outcomeId = outcome && plan.outcomeIds?.[Number(outcome[1])];
    const key =
      path === 'text' || path === 'vbe.status'
        ? path
        : row && rowKey
          ? `${row[1] === 'observations' ? 'obs' : 'act'}.${rowKey}.${row[3]}`
          : outcome && outcomeId
            ? `out.${outcomeId}.${outcome[2] === 'note' ? 'note' : 'outcome'}`
            : null;
    if (key === null) {
      unplaced.push(message);
      continue;
    }
    errors[key] = message;
    if (spans[path]) localSpans[key] = spans[path];
  }
  return { errors, unplaced, spans: localSpans };
}

export function isActionOutcome(value: unknown): value is ActionOutcome {
  return (ACTION_OUTCOMES as readonly unknown[]).includes(value);
}

export function isVbeStatus(value: unknown): value is VbeStatus {
  return (VBE_STATUSES as readonly unknown[]).includes(value);
}
