// Local drafts of an item's minutes, so nothing typed is lost to a dropped
// connection, an expired session or a closed tab. Stored in this browser only,
// per meeting and item, and removed as soon as the server has the same text.
// Storage may be disabled or full, and what is stored may be stale or
// tampered with: every function here swallows that rather than throw.
import { CATEGORIES, MILIEUS, SOURCES } from '../../../../api/domain/codes.ts';
import { isActionOutcome, isVbeStatus, newKey, sameContent, type ActionRow, type ItemForm, type ObservationRow } from './MinutesForm.ts';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredDraft {
  /** When the draft was last written (ISO instant). */
  savedAt: string;
  form: ItemForm;
}

/** The browser's localStorage, or null where it is disabled (reading it can throw). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const DRAFT_PREFIX = 'vbe-utkast:';

export function draftKey(meetingId: string, itemId: string): string {
  return `${DRAFT_PREFIX}${meetingId}:${itemId}`;
}

/** True if written; false when storage is missing, full or refuses. */
export function writeDraft(storage: DraftStorage | null, key: string, form: ItemForm, now: Date = new Date()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), form }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a draft we cannot remove is offered again and can be discarded then.
  }
}

export function readDraft(storage: DraftStorage | null, key: string): StoredDraft | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || typeof parsed.savedAt !== 'string' || Number.isNaN(Date.parse(parsed.savedAt))) return null;
    const form = formOf(parsed.form);
    return form ? { savedAt: parsed.savedAt, form } : null;
  } catch {
    return null;
  }
}

/** A draft worth offering: it says something the server's minutes do not. */
export function draftDiffers(draft: StoredDraft, server: ItemForm): boolean {
  return !sameContent(draft.form, server);
}

// --- Reading back what was stored, defensively -------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optionalId = (v: unknown): { id?: string } => (typeof v === 'string' && v ? { id: v } : {});
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | '' => ((list as readonly unknown[]).includes(v) ? (v as T) : '');

function formOf(value: unknown): ItemForm | null {
  if (!isRecord(value) || typeof value.text !== 'string') return null;
  const form: ItemForm = { text: value.text };
  if (Array.isArray(value.actions)) form.actions = value.actions.filter(isRecord).map(actionRowOf);
  if (Array.isArray(value.outcomes)) {
    form.outcomes = value.outcomes
      .filter(isRecord)
      .map((o) => ({ meetingId: str(o.meetingId), actionId: str(o.actionId), outcome: isActionOutcome(o.outcome) ? o.outcome : '', note: str(o.note) }));
  }
  if (value.vbe === undefined) return form;
  const vbe = value.vbe;
  if (!isRecord(vbe) || !Array.isArray(vbe.observations) || !Array.isArray(vbe.actions)) return null;
  form.vbe = {
    status: isVbeStatus(vbe.status) ? vbe.status : '',
    // Fresh keys: the stored ones could collide with rows made since the page loaded.
    observations: vbe.observations.filter(isRecord).map(
      (o): ObservationRow => ({
        key: newKey(),
        ...optionalId(o.id),
        milieu: oneOf(MILIEUS, o.milieu),
        category: oneOf(CATEGORIES, o.category),
        source: oneOf(SOURCES, o.source),
        area: str(o.area),
        count: typeof o.count === 'number' ? String(o.count) : str(o.count),
        date: str(o.date),
        text: str(o.text),
      }),
    ),
    actions: vbe.actions.filter(isRecord).map(actionRowOf),
  };
  return form;
}

function actionRowOf(a: Record<string, unknown>): ActionRow {
  return {
    key: newKey(),
    ...optionalId(a.id),
    text: str(a.text),
    owner: str(a.owner),
    due: str(a.due),
    ...(typeof a.completedAt === 'string' ? { completedAt: a.completedAt } : {}),
  };
}


/** Keys of every draft in this browser (on a shared computer they must not outlive a sign-out). */
export function allDraftKeys(storage: Pick<Storage, 'length' | 'key'> | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
  } catch {
    // Storage unavailable: there are no drafts to find.
  }
  return keys;
}
