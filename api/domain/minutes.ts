// Minutes: saving per item, approval (justering), reopening, and the
// follow-up of actions. Every change appends a version; nothing is rewritten.
import type { ActionOutcome, VbeStatus } from './codes.ts';
import { assertApproversPresent } from './attendance.ts';
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { assertObservationDates, assertStartedForApproval, assertTakesMinutes, effectiveStatus, statusAfterSave } from './meeting-lifecycle.ts';
import type { Action, CarriedAction, CarriedOutcome, ForumMember, ItemMinutes, Meeting, MinutesVersion, Observation, VbeRecord } from './types.ts';

/** An observation as sent; `id` when editing one saved earlier. */
export type ObservationInput = Omit<Observation, 'id'> & { id?: string };

/** An action as sent; its follow-up state is the server's to keep. */
export type ActionInput = Pick<Action, 'text' | 'owner' | 'due'> & { id?: string };

export interface VbeInput {
  status: VbeStatus;
  observations: ObservationInput[];
  actions: ActionInput[];
}

/** What became of an action carried onto the follow-up item. */
export interface CarriedOutcomeInput {
  meetingId: string;
  actionId: string;
  outcome: ActionOutcome;
  note?: string;
}

export interface SaveItemInput {
  itemId: string;
  text?: string;
  vbe?: VbeInput;
  /** Actions on any item but the VBE item (whose actions are in `vbe.actions`). */
  actions?: ActionInput[];
  /** Only on the follow-up item: outcomes of the actions carried onto it. */
  carriedOutcomes?: CarriedOutcomeInput[];
  /** The newest version the editor had seen; a later save of the same item is a conflict. */
  baseVersion?: number;
}

export interface Change {
  actorId: string;
  now: string;
  newId: () => string;
}

const LOCKED_MESSAGE = 'Protokollet är justerat och låst. En samordnare kan öppna det igen med en motivering.';

function assertOpen(meeting: Meeting): void {
  if (meeting.status === 'approved') throw conflict(LOCKED_MESSAGE);
  assertTakesMinutes(meeting);
}

/** The structured VBE record of a meeting (the standing item's minutes), if one is saved. The one way to read it. */
export function vbeRecordOf(meeting: Pick<Meeting, 'agenda' | 'minutes'>): VbeRecord | undefined {
  const item = meeting.agenda.find((i) => i.kind === 'vbe');
  return item ? meeting.minutes[item.id]?.vbe : undefined;
}

/** The newest version number of the minutes; 0 before the first save. */
export function latestVersion(meeting: Meeting): number {
  return meeting.history.at(-1)?.version ?? 0;
}

function assertKnownVersion(meeting: Meeting, version: number, field: string): void {
  if (version > latestVersion(meeting)) throw badRequest(`Version ${version} av protokollet finns inte.`, field);
}

function withVersion(meeting: Meeting, version: Omit<MinutesVersion, 'version'>): Meeting {
  const last = latestVersion(meeting);
  return { ...meeting, history: [...meeting.history, { version: last + 1, ...version }], updatedAt: version.at };
}

function minutesFields(input: SaveItemInput): GuardedField[] {
  const fields: GuardedField[] = [];
  if (input.text !== undefined) fields.push({ path: 'text', label: 'Anteckningar', text: input.text });
  input.vbe?.observations.forEach((o, i) => {
    const label = `Observation ${i + 1}`;
    const group = `vbe.observations.${i}`;
    fields.push({ path: `${group}.area`, label: `${label}: område`, text: o.area, group });
    fields.push({ path: `${group}.text`, label: `${label}: beskrivning`, text: o.text, group });
  });
  const actionFields = (actions: ActionInput[] | undefined, prefix: string) =>
    actions?.forEach((a, i) => {
      const label = `Åtgärd ${i + 1}`;
      const group = `${prefix}.${i}`;
      fields.push({ path: `${group}.text`, label: `${label}: beskrivning`, text: a.text, group });
      fields.push({ path: `${group}.owner`, label: `${label}: ansvarig`, text: a.owner, group });
    });
  actionFields(input.vbe?.actions, 'vbe.actions');
  actionFields(input.actions, 'actions');
  input.carriedOutcomes?.forEach((o, i) => {
    if (o.note) fields.push({ path: `carriedOutcomes.${i}.note`, label: `Uppföljning ${i + 1}: kommentar`, text: o.note });
  });
  return fields;
}

/** Keeps a sent id only if it was saved before and not already used in this input. */
function idKeeper(known: Iterable<string>, newId: () => string): (id: string | undefined) => string {
  const unused = new Set(known);
  return (id) => (id !== undefined && unused.delete(id) ? id : newId());
}

function mergeVbe(previous: VbeRecord | undefined, input: VbeInput, newId: () => string): VbeRecord {
  const observationId = idKeeper(previous?.observations.map((o) => o.id) ?? [], newId);
  const observations = input.observations.map(
    (o): Observation => ({
      id: observationId(o.id),
      milieu: o.milieu,
      category: o.category,
      source: o.source,
      area: o.area.trim(),
      count: o.count,
      date: o.date,
      text: o.text.trim(),
    }),
  );
  return { status: input.status, observations, actions: mergeActions(previous?.actions, input.actions, newId) };
}

/** Actions as saved: earlier ids kept, and an edited action keeps its follow-up state. */
function mergeActions(previous: readonly Action[] | undefined, input: readonly ActionInput[], newId: () => string): Action[] {
  const earlier = new Map(previous?.map((a) => [a.id, a]));
  const actionId = idKeeper(earlier.keys(), newId);
  return input.map((a): Action => {
    const id = actionId(a.id);
    const before = earlier.get(id);
    const action: Action = { id, text: a.text.trim(), owner: a.owner.trim(), due: a.due };
    if (before?.completedAt) {
      action.completedAt = before.completedAt;
      action.completedBy = before.completedBy;
    }
    return action;
  });
}

/** Outcomes only for actions carried onto this item, one each, in the order sent. */
function checkOutcomes(carried: readonly CarriedAction[], input: readonly CarriedOutcomeInput[]): CarriedOutcome[] {
  const seen = new Set<string>();
  return input.map((o, i) => {
    const key = `${o.meetingId}/${o.actionId}`;
    if (!carried.some((c) => c.meetingId === o.meetingId && c.actionId === o.actionId)) {
      throw badRequest('Åtgärden finns inte bland de åtgärder som förts över till den här punkten.', `carriedOutcomes.${i}.actionId`);
    }
    if (seen.has(key)) throw badRequest('Åtgärden har redan en uppföljning i listan.', `carriedOutcomes.${i}.actionId`);
    seen.add(key);
    const note = o.note?.trim();
    return { meetingId: o.meetingId, actionId: o.actionId, outcome: o.outcome, ...(note ? { note } : {}) };
  });
}

export function saveItemMinutes(meeting: Meeting, input: SaveItemInput, change: Change): Meeting {
  assertOpen(meeting);
  const item = meeting.agenda.find((i) => i.id === input.itemId);
  if (!item) throw badRequest('Punkten finns inte på dagordningen.', 'itemId');
  if (input.vbe && item.kind !== 'vbe') {
    throw badRequest('Strukturerade uppgifter om VBE hör bara till den stående VBE-punkten.', 'vbe');
  }
  if (input.actions && item.kind === 'vbe') {
    throw badRequest('Åtgärder under VBE-punkten hör till VBE-uppgifterna (vbe.actions).', 'actions');
  }
  if (input.carriedOutcomes && item.kind !== 'follow-up') {
    throw badRequest('Uppföljning av tidigare åtgärder hör bara till uppföljningspunkten.', 'carriedOutcomes');
  }
  if (input.text === undefined && input.vbe === undefined && input.actions === undefined && input.carriedOutcomes === undefined) {
    throw badRequest('Ange anteckningar eller uppgifter om VBE-punkten.', 'text');
  }
  assertDeidentified(minutesFields(input));
  if (input.vbe) assertObservationDates(meeting, input.vbe.observations);
  if (input.baseVersion !== undefined) assertKnownVersion(meeting, input.baseVersion, 'baseVersion');
  // A redaction since the editor loaded counts as a change to every item: saving the old text would bring it back.
  if (input.baseVersion !== undefined && meeting.history.some((v) => v.version > input.baseVersion! && (v.itemId === item.id || v.change === 'redact'))) {
    throw conflict('Punkten har sparats av någon annan sedan du började skriva. Ladda om sidan för att se den senaste versionen; din text finns kvar som utkast.');
  }

  const previous = meeting.minutes[item.id];
  const saved: ItemMinutes = { text: input.text === undefined ? (previous?.text ?? '') : input.text.trim() };
  const vbe = input.vbe ? mergeVbe(previous?.vbe, input.vbe, change.newId) : previous?.vbe;
  if (vbe) saved.vbe = vbe;
  const actions = input.actions ? mergeActions(previous?.actions, input.actions, change.newId) : previous?.actions;
  if (actions?.length) saved.actions = actions;
  const outcomes = input.carriedOutcomes ? checkOutcomes(item.carriedActions ?? [], input.carriedOutcomes) : previous?.carriedOutcomes;
  if (outcomes?.length) saved.carriedOutcomes = outcomes;

  const updated: Meeting = {
    ...meeting,
    // Notes prepared before the start leave the meeting planned (meeting-lifecycle.ts).
    status: statusAfterSave(meeting, change.now),
    minutes: { ...meeting.minutes, [item.id]: saved },
  };
  return withVersion(updated, { at: change.now, by: change.actorId, change: 'save', itemId: item.id, item: saved });
}

/** The forum as it was at approval: its name, organisations and members, so an approved protocol reads the same later. */
function approvalSnapshot(forum: { name: string; memberOrganisations: string[]; members?: ForumMember[] }) {
  return {
    name: forum.name,
    memberOrganisations: [...forum.memberOrganisations],
    ...(forum.members ? { members: forum.members.map((m) => ({ ...m })) } : {}),
  };
}

export interface ApproveInput {
  /** Names of the justerare, as typed. */
  approvers: string[];
  /** The newest version the approvers saw: they approve what they read, not a later save. */
  version: number;
}

export function approveMinutes(
  meeting: Meeting,
  input: ApproveInput,
  change: Change,
  forum?: { name: string; memberOrganisations: string[]; members?: ForumMember[] },
): Meeting {
  assertOpen(meeting);
  const names = input.approvers.map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw badRequest('Ange minst en person som justerar protokollet.', 'approvers');
  // Justerare are officials named by definition.
  assertDeidentified(names.map((text, i) => ({ path: `approvers.${i}`, label: `Justerare ${i + 1}`, text, allowNames: true })));
  // With attendance set, the justerare are among those present.
  if (forum) assertApproversPresent(meeting, forum, names);
  assertStartedForApproval(meeting, change.now);
  if (effectiveStatus(meeting, change.now) === 'planned' || meeting.history.length === 0) {
    throw badRequest('Det finns inga anteckningar att justera ännu.', 'meetingId');
  }
  assertKnownVersion(meeting, input.version, 'version');
  // Completing an action changes no minutes text; any other later version does.
  if (meeting.history.some((v) => v.version > input.version && v.change !== 'complete-action')) {
    throw conflict('Protokollet har ändrats sedan du läste det. Läs igenom den senaste versionen och justera igen.');
  }
  if (!vbeRecordOf(meeting)) throw badRequest('Ange om VBE-punkten diskuterades innan protokollet justeras.', 'vbe.status');
  const approval = { at: change.now, by: change.actorId, approvers: names, ...(forum ? { forum: approvalSnapshot(forum) } : {}) };
  const updated: Meeting = { ...meeting, status: 'approved', approval };
  return withVersion(updated, { at: change.now, by: change.actorId, change: 'approve', approvers: names });
}

export function reopenMinutes(meeting: Meeting, reason: string, change: Change): Meeting {
  if (meeting.status !== 'approved') throw conflict('Protokollet är inte justerat och behöver inte öppnas.');
  const why = reason.trim();
  if (why.length < 5) throw badRequest('Motivera varför protokollet öppnas (minst 5 tecken).', 'reason');
  assertDeidentified([{ path: 'reason', label: 'Motivering', text: why }]);
  const { approval: _previous, ...rest } = meeting;
  return withVersion({ ...rest, status: 'held' }, { at: change.now, by: change.actorId, change: 'reopen', reason: why });
}

/**
 * Marks an action done. Allowed on approved minutes too: following up an
 * action is not a change of what was minuted, but it is versioned all the same.
 */
export function completeAction(meeting: Meeting, actionId: string, change: Change): Meeting {
  for (const [itemId, item] of Object.entries(meeting.minutes)) {
    const action = itemActions(item).find((a) => a.id === actionId);
    if (!action) continue;
    if (action.completedAt) throw conflict('Åtgärden är redan markerad som klar.');
    const done = (actions: Action[]) => actions.map((a) => (a.id === actionId ? { ...a, completedAt: change.now, completedBy: change.actorId } : a));
    const saved: ItemMinutes = { ...item };
    if (item.vbe) saved.vbe = { ...item.vbe, actions: done(item.vbe.actions) };
    if (item.actions) saved.actions = done(item.actions);
    const updated: Meeting = { ...meeting, minutes: { ...meeting.minutes, [itemId]: saved } };
    return withVersion(updated, { at: change.now, by: change.actorId, change: 'complete-action', itemId, item: saved });
  }
  throw badRequest('Åtgärden finns inte i mötets protokoll.', 'actionId');
}

/** An item's actions: the VBE item's (which count in the lägesbild) and those on any other item. */
export function itemActions(item: ItemMinutes): Action[] {
  return [...(item.vbe?.actions ?? []), ...(item.actions ?? [])];
}

/** The items' minutes in the order of the agenda (minutes of items no longer on it last). */
export function minutesInAgendaOrder(meeting: Pick<Meeting, 'agenda' | 'minutes'>): ItemMinutes[] {
  const order = new Map(meeting.agenda.map((item, i) => [item.id, i]));
  return Object.entries(meeting.minutes)
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([, item]) => item);
}

/**
 * The outcome last recorded for each carried action (`meetingId/actionId`),
 * by the start of the meeting whose follow-up item recorded it.
 */
export function recordedOutcomes(meetings: readonly Meeting[]): Map<string, CarriedOutcome & { recordedIn: string }> {
  const outcomes = new Map<string, CarriedOutcome & { recordedIn: string }>();
  for (const m of [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    for (const item of Object.values(m.minutes)) {
      for (const o of item.carriedOutcomes ?? []) outcomes.set(`${o.meetingId}/${o.actionId}`, { ...o, recordedIn: m.id });
    }
  }
  return outcomes;
}

/**
 * Open actions (on any item) of a forum's meetings that started before
 * `before`, oldest first. An action a later protocol recorded as done or
 * dropped is not carried again, even if nobody marked it complete.
 */
export function openActions(meetings: readonly Meeting[], before: string): CarriedAction[] {
  const limit = Date.parse(before);
  const outcomes = recordedOutcomes(meetings.filter((m) => Date.parse(m.startsAt) < limit));
  const closed = (meetingId: string, actionId: string) => {
    const o = outcomes.get(`${meetingId}/${actionId}`)?.outcome;
    return o === 'done' || o === 'dropped';
  };
  return meetings
    // By the start, not the stored status: a past meeting may still be stored as planned.
    .filter((m) => m.status !== 'cancelled' && Date.parse(m.startsAt) < limit)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .flatMap((m) =>
      minutesInAgendaOrder(m).flatMap((item) =>
        itemActions(item)
          .filter((a) => !a.completedAt && !closed(m.id, a.id))
          .map((a) => ({ meetingId: m.id, actionId: a.id, text: a.text, owner: a.owner, due: a.due })),
      ),
    );
}
