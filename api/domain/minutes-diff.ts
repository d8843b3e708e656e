// What changed between two saved versions of one item's minutes, for the
// version history: the text, the VBE status, and observations, actions and
// outcomes of carried actions added, changed (field by field) and removed.
// Records are matched by id, which the server keeps across edits.
import { ACTION_OUTCOME_LABELS, CATEGORY_LABELS, MILIEU_LABELS, SOURCE_LABELS, VBE_STATUS_LABELS } from './codes.ts';
import type { Action, CarriedOutcome, ItemMinutes, Observation } from './types.ts';

export interface FieldChange {
  /** Swedish label of the field, e.g. "Område". */
  label: string;
  before: string;
  after: string;
}

export interface RecordChange {
  kind: 'added' | 'changed' | 'removed';
  what: 'observation' | 'action' | 'vbe-action' | 'outcome';
  /** Swedish summary of the record, e.g. its text or its milieu and area. */
  summary: string;
  /** For `changed`: the fields that differ. */
  fields: FieldChange[];
}

export interface ItemDiff {
  textChanged: boolean;
  vbeStatus?: { before: string; after: string };
  changes: RecordChange[];
}

type Described<T> = { id: string; summary: (r: T) => string; fields: [label: string, value: (r: T) => string][] };

const OBSERVATION: Omit<Described<Observation>, 'id'> = {
  summary: (o) => `${MILIEU_LABELS[o.milieu]}, ${o.area}`,
  fields: [
    ['Miljö', (o) => MILIEU_LABELS[o.milieu]],
    ['Kategori', (o) => CATEGORY_LABELS[o.category]],
    ['Källa', (o) => SOURCE_LABELS[o.source]],
    ['Område', (o) => o.area],
    ['Antal', (o) => String(o.count)],
    ['Datum', (o) => o.date],
    ['Beskrivning', (o) => o.text],
  ],
};

const ACTION: Omit<Described<Action>, 'id'> = {
  summary: (a) => a.text,
  fields: [
    ['Vad ska göras', (a) => a.text],
    ['Ansvarig', (a) => a.owner],
    ['Klart senast', (a) => a.due],
    ['Läge', (a) => (a.completedAt ? 'Klar' : 'Öppen')],
  ],
};

const OUTCOME: Omit<Described<CarriedOutcome>, 'id'> = {
  summary: (o) => ACTION_OUTCOME_LABELS[o.outcome],
  fields: [
    ['Utfall', (o) => ACTION_OUTCOME_LABELS[o.outcome]],
    ['Kommentar', (o) => o.note ?? ''],
  ],
};

function diffRecords<T>(
  what: RecordChange['what'],
  before: readonly T[],
  after: readonly T[],
  key: (r: T) => string,
  described: Omit<Described<T>, 'id'>,
): RecordChange[] {
  const earlier = new Map(before.map((r) => [key(r), r]));
  const later = new Set(after.map(key));
  const changes: RecordChange[] = [];
  for (const r of after) {
    const old = earlier.get(key(r));
    if (!old) {
      changes.push({ kind: 'added', what, summary: described.summary(r), fields: [] });
      continue;
    }
    const fields = described.fields
      .map(([label, value]) => ({ label, before: value(old), after: value(r) }))
      .filter((f) => f.before !== f.after);
    if (fields.length > 0) changes.push({ kind: 'changed', what, summary: described.summary(r), fields });
  }
  for (const r of before) if (!later.has(key(r))) changes.push({ kind: 'removed', what, summary: described.summary(r), fields: [] });
  return changes;
}

/** The difference from `before` (undefined: nothing saved yet) to `after`. */
export function diffItemMinutes(before: ItemMinutes | undefined, after: ItemMinutes): ItemDiff {
  const diff: ItemDiff = { textChanged: (before?.text ?? '') !== after.text, changes: [] };
  const statusBefore = before?.vbe ? VBE_STATUS_LABELS[before.vbe.status] : '';
  const statusAfter = after.vbe ? VBE_STATUS_LABELS[after.vbe.status] : '';
  if (statusBefore !== statusAfter) diff.vbeStatus = { before: statusBefore, after: statusAfter };
  const byId = (r: { id: string }) => r.id;
  diff.changes = [
    ...diffRecords('observation', before?.vbe?.observations ?? [], after.vbe?.observations ?? [], byId, OBSERVATION),
    ...diffRecords('vbe-action', before?.vbe?.actions ?? [], after.vbe?.actions ?? [], byId, ACTION),
    ...diffRecords('action', before?.actions ?? [], after.actions ?? [], byId, ACTION),
    ...diffRecords('outcome', before?.carriedOutcomes ?? [], after.carriedOutcomes ?? [], (o) => `${o.meetingId}/${o.actionId}`, OUTCOME),
  ];
  return diff;
}

/** Whether anything changed at all. */
export function isEmptyDiff(diff: ItemDiff): boolean {
  return !diff.textChanged && !diff.vbeStatus && diff.changes.length === 0;
}
