// Minutes: saving per item, approval (justering), reopening, and the
// follow-up of actions. Every change appends a version; nothing is rewritten.
import type { VbeStatus } from './codes.ts';
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { assertObservationDates, assertStartedForApproval, assertTakesMinutes, effectiveStatus, statusAfterSave } from './meeting-lifecycle.ts';
import type { Action, CarriedAction, ItemMinutes, Meeting, MinutesVersion, Observation, VbeRecord } from './types.ts';

/** An observation as sent; `id` when editing one saved earlier. */
export type ObservationInput = Omit<Observation, 'id'> & { id?: string };

/** An action as sent; its follow-up state is the server's to keep. */
export type ActionInput = Pick<Action, 'text' | 'owner' | 'due'> & { id?: string };

export interface VbeInput {
  status: VbeStatus;
  observations: ObservationInput[];
  actions: ActionInput[];
}

export interface SaveItemInput {
  itemId: string;
  text?: string;
  vbe?: VbeInput;
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
  input.vbe?.actions.forEach((a, i) => {
    const label = `Åtgärd ${i + 1}`;
    const group = `vbe.actions.${i}`;
    fields.push({ path: `${group}.text`, label: `${label}: beskrivning`, text: a.text, group });
    fields.push({ path: `${group}.owner`, label: `${label}: ansvarig`, text: a.owner, group });
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
  // An edited action keeps its follow-up state.
  const earlier = new Map(previous?.actions.map((a) => [a.id, a]));
  const actionId = idKeeper(earlier.keys(), newId);
  const actions = input.actions.map((a): Action => {
    const id = actionId(a.id);
    const before = earlier.get(id);
    const action: Action = { id, text: a.text.trim(), owner: a.owner.trim(), due: a.due };
    if (before?.completedAt) {
      action.completedAt = before.completedAt;
      action.completedBy = before.completedBy;
    }
    return action;
  });
  return { status: input.status, observations, actions };
}

export function saveItemMinutes(meeting: Meeting, input: SaveItemInput, change: Change): Meeting {
  assertOpen(meeting);
  const item = meeting.agenda.find((i) => i.id === input.itemId);
  if (!item) throw badRequest('Punkten finns inte på dagordningen.', 'itemId');
  if (input.vbe && item.kind !== 'vbe') {
    throw badRequest('Strukturerade uppgifter om VBE hör bara till den stående VBE-punkten.', 'vbe');
  }
  if (input.text === undefined && input.vbe === undefined) {
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

  const updated: Meeting = {
    ...meeting,
    // Notes prepared before the start leave the meeting planned (meeting-lifecycle.ts).
    status: statusAfterSave(meeting, change.now),
    minutes: { ...meeting.minutes, [item.id]: saved },
  };
  return withVersion(updated, { at: change.now, by: change.actorId, change: 'save', itemId: item.id, item: saved });
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
  forum?: { name: string; memberOrganisations: string[] },
): Meeting {
  assertOpen(meeting);
  const names = input.approvers.map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw badRequest('Ange minst en person som justerar protokollet.', 'approvers');
  // Justerare are officials named by definition.
  assertDeidentified(names.map((text, i) => ({ path: `approvers.${i}`, label: `Justerare ${i + 1}`, text, allowNames: true })));
  assertStartedForApproval(meeting, change.now);
  if (effectiveStatus(meeting, change.now) === 'planned' || meeting.history.length === 0) {
    throw badRequest('Det finns inga anteckningar att justera ännu.', 'meetingId');
  }
  assertKnownVersion(meeting, input.version, 'version');
  // Completing an action changes no minutes text; any other later version does.
  if (meeting.history.some((v) => v.version > input.version && v.change !== 'complete-action')) {
    throw conflict('Protokollet har ändrats sedan du läste det. Läs igenom den senaste versionen och justera igen.');
  }
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe');
  if (!vbe || !meeting.minutes[vbe.id]?.vbe) {
    throw badRequest('Ange om VBE-punkten diskuterades innan protokollet justeras.', 'vbe.status');
  }
  const approval = { at: change.now, by: change.actorId, approvers: names, ...(forum ? { forum: { name: forum.name, memberOrganisations: [...forum.memberOrganisations] } } : {}) };
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
    const action = item.vbe?.actions.find((a) => a.id === actionId);
    if (!action) continue;
    if (action.completedAt) throw conflict('Åtgärden är redan markerad som klar.');
    const vbe = item.vbe!;
    const saved: ItemMinutes = {
      ...item,
      vbe: {
        ...vbe,
        actions: vbe.actions.map((a) => (a.id === actionId ? { ...a, completedAt: change.now, completedBy: change.actorId } : a)),
      },
    };
    const updated: Meeting = { ...meeting, minutes: { ...meeting.minutes, [itemId]: saved } };
    return withVersion(updated, { at: change.now, by: change.actorId, change: 'complete-action', itemId, item: saved });
  }
  throw badRequest('Åtgärden finns inte i mötets protokoll.', 'actionId');
}

/** Open actions of a forum's meetings that started before `before`, oldest first. */
export function openActions(meetings: readonly Meeting[], before: string): CarriedAction[] {
  const limit = Date.parse(before);
  return meetings
    .filter((m) => m.status !== 'planned' && Date.parse(m.startsAt) < limit)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .flatMap((m) =>
      Object.values(m.minutes).flatMap((item) =>
        (item.vbe?.actions ?? [])
          .filter((a) => !a.completedAt)
          .map((a) => ({ meetingId: m.id, actionId: a.id, text: a.text, owner: a.owner, due: a.due })),
      ),
    );
}
