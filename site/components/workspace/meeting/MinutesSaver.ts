// One agenda item's form, its saving and its local draft. One save in flight
// at a time; a change or click during it is saved right after. The form is
// never replaced by the server's answer (that would eat what is typed during
// the save); only the ids the server assigns are taken over.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../../../api/domain/types.ts';
import { api, problemOf, type Meeting } from '../../../lib/workspace/api.ts';
import { browserStorage, clearDraft, draftDiffers, draftKey, readDraft, writeDraft, type StoredDraft } from './draft.ts';
import {
  contentKey,
  firstInvalid,
  formFromMinutes,
  localFieldErrors,
  planSave,
  withSavedIds,
  type FieldErrors,
  type ItemForm,
  type SaveMode,
} from './MinutesForm.ts';
import { recordSavedVersion } from './unsaved.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'unchanged' }
  | { kind: 'held-back' }
  | { kind: 'restored' }
  | { kind: 'failed'; reason: string }
  /** Someone else saved this item since the editor loaded it; nothing more is sent until a reload. */
  | { kind: 'conflict'; reason: string; draftKept: boolean }
  | { kind: 'signed-out'; draftKept: boolean };

export const AUTOSAVE_DELAY_MS = 1500;

export interface ItemSaver {
  form: ItemForm;
  status: SaveStatus;
  errors: FieldErrors;
  /** An older local draft that differs from the server, waiting for the user's choice. */
  pendingDraft: StoredDraft | null;
  /** Set after a refused explicit save; the view focuses it and calls `focused`. */
  focusKey: string | null;
  /** The refused part of a field's text, by field key: the view selects it when it focuses the field. */
  refusedSpans: Record<string, { start: number; end: number }>;
  focused: () => void;
  /** `touched` are field keys whose error goes away because the user changed them. */
  change: (update: (form: ItemForm) => ItemForm, touched?: string[]) => void;
  save: (mode: SaveMode) => void;
  /** True while something typed (or an offered draft) is not on the server. */
  hasUnsavedChanges: () => boolean;
  /** Saves what can be saved now; true if nothing is left unsaved afterwards. */
  flush: () => Promise<boolean>;
  restoreDraft: () => void;
  discardDraft: () => void;
}

/** The newest version in the meeting's history (0 before the first save). */
export function newestVersion(meeting: Pick<Meeting, 'history'>): number {
  return meeting.history.reduce((max, v) => Math.max(max, v.version), 0);
}

function without(errors: FieldErrors, keys: string[]): FieldErrors {
  if (!keys.some((k) => k in errors)) return errors;
  const rest = { ...errors };
  for (const k of keys) delete rest[k];
  return rest;
}

function errorSummary(errors: FieldErrors, unplaced: string[]): string {
  const messages = [...Object.values(errors), ...unplaced];
  const more = messages.length - 1;
  return more > 0 ? `${messages[0]} (och ${more} fel till, se markeringarna)` : (messages[0] ?? '');
}

export function useItemSaver(meeting: Meeting, item: AgendaItem, onSaved: (meeting: Meeting) => void): ItemSaver {
  const meetingId = meeting.id;
  const key = draftKey(meetingId, item.id);
  const [start] = useState(() => {
    const server = formFromMinutes(meeting.minutes[item.id], item.kind === 'vbe', item.carriedActions);
    const stored = readDraft(browserStorage(), key);
    return { server, stored, offer: stored && draftDiffers(stored, server) ? stored : null };
  });
  const [form, setForm] = useState(start.server);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pendingDraft, setPendingDraft] = useState(start.offer);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [refusedSpans, setRefusedSpans] = useState<Record<string, { start: number; end: number }>>({});
  const focused = useCallback(() => setFocusKey(null), []);

  // Async work reads these, never a render's stale closure.
  const formRef = useRef(form);
  const savedRef = useRef(start.server);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const again = useRef<SaveMode | null>(null);
  const draftKept = useRef(true);
  const running = useRef<Promise<void> | null>(null);
  const pendingRef = useRef(start.offer);
  const conflicted = useRef(false);
  // The newest version this editor's saved state reflects: the server refuses a
  // save if anyone has saved this item after it (CONFLICT) instead of overwriting.
  const baseVersion = useRef(newestVersion(meeting));
  const onSavedRef = useRef(onSaved);
  const latestRef = useRef(meeting);
  useEffect(() => {
    onSavedRef.current = onSaved;
    latestRef.current = meeting;
  }, [onSaved, meeting]);

  useEffect(() => {
    // A draft identical to the server's minutes has done its job.
    if (start.stored && !start.offer) clearDraft(browserStorage(), key);
    return () => clearTimeout(timer.current);
  }, [start, key]);

  function persist(next: ItemForm) {
    const storage = browserStorage();
    if (contentKey(next) === contentKey(savedRef.current)) {
      clearDraft(storage, key);
      draftKept.current = true;
    } else {
      draftKept.current = writeDraft(storage, key, next);
    }
  }

  function setFormNow(next: ItemForm) {
    formRef.current = next;
    setForm(next);
  }

  function change(update: (form: ItemForm) => ItemForm, touched: string[] = []) {
    const next = update(formRef.current);
    setFormNow(next);
    if (touched.length) setErrors((e) => without(e, touched));
    // "Sparat kl. …" would be untrue now; an empty live region says nothing while typing.
    setStatus((s) => (s.kind === 'saved' || s.kind === 'unchanged' || s.kind === 'restored' ? { kind: 'idle' } : s));
    persist(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save('auto'), AUTOSAVE_DELAY_MS);
  }

  /** Saves now, or after the save in flight; resolves when nothing more is queued. */
  function save(mode: SaveMode): Promise<void> {
    clearTimeout(timer.current);
    if (running.current) {
      if (mode === 'explicit' || !again.current) again.current = mode;
      return running.current;
    }
    const run = (async () => {
      try {
        let next: SaveMode | null = mode;
        while (next) {
          again.current = null;
          await saveOnce(next);
          next = again.current;
        }
      } finally {
        // In the same turn as the last look at `again`, so no queued save is dropped.
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }

  async function saveOnce(mode: SaveMode): Promise<void> {
    if (conflicted.current) return;
    const plan = planSave(formRef.current, savedRef.current, mode);
    if (plan.kind === 'nothing') {
      if (mode === 'explicit') setStatus({ kind: 'unchanged' });
      return;
    }
    if (plan.kind === 'invalid') {
      setErrors(plan.errors);
      const count = Object.keys(plan.errors).length;
      setStatus({ kind: 'failed', reason: count === 1 ? 'ett fält behöver fyllas i eller rättas.' : `${count} fält behöver fyllas i eller rättas.` });
      setFocusKey(firstInvalid(formRef.current, plan.errors) ?? null);
      return;
    }
    if (plan.kind === 'held-back') {
      setStatus({ kind: 'held-back' });
      return;
    }

    setStatus({ kind: 'saving' });
    try {
      const updated = await api.minutes.saveItem.mutate({
        meetingId,
        itemId: item.id,
        text: plan.text,
        vbe: plan.vbe,
        actions: plan.actions,
        carriedOutcomes: plan.carriedOutcomes,
        baseVersion: baseVersion.current,
      });
      baseVersion.current = newestVersion(updated);
      recordSavedVersion(meetingId, baseVersion.current);
      const minutes = updated.minutes[item.id];
      savedRef.current = formFromMinutes(minutes, item.kind === 'vbe', item.carriedActions);
      setFormNow(withSavedIds(formRef.current, plan, minutes?.vbe, minutes?.actions));
      persist(formRef.current);
      setErrors((e) => (plan.vbe || plan.actions || plan.carriedOutcomes ? {} : without(e, ['text'])));
      setStatus(plan.heldBack ? { kind: 'held-back' } : { kind: 'saved', at: new Date() });
      // Saves of different items can answer out of order; history only grows, so a shorter one is older.
      if (updated.history.length >= latestRef.current.history.length) onSavedRef.current(updated);
    } catch (err) {
      const problem = problemOf(err);
      if (problem.code === 'UNAUTHORIZED') {
        persist(formRef.current);
        setStatus({ kind: 'signed-out', draftKept: draftKept.current });
        again.current = null;
      } else if (problem.code === 'CONFLICT') {
        // Keep the draft: after a reload it is offered back next to the newer minutes.
        conflicted.current = true;
        persist(formRef.current);
        setStatus({ kind: 'conflict', reason: problem.message, draftKept: draftKept.current });
        again.current = null;
      } else {
        const placed = localFieldErrors(problem.fields, plan, problem.spans);
        const found = Object.keys(placed.errors).length > 0;
        setRefusedSpans(placed.spans);
        if (found) {
          setErrors((e) => ({ ...e, ...placed.errors }));
          if (mode === 'explicit') setFocusKey(firstInvalid(formRef.current, placed.errors) ?? null);
        }
        setStatus({ kind: 'failed', reason: found || placed.unplaced.length ? errorSummary(placed.errors, placed.unplaced) : problem.message });
      }
    }
  }

  function hasUnsavedChanges(): boolean {
    return pendingRef.current !== null || planSave(formRef.current, savedRef.current, 'auto').kind !== 'nothing';
  }

  async function flush(): Promise<boolean> {
    if (pendingRef.current) return false;
    try {
      await save('auto');
    } catch {
      return false;
    }
    return !hasUnsavedChanges();
  }

  function restoreDraft() {
    if (!pendingDraft) return;
    setFormNow(pendingDraft.form);
    pendingRef.current = null;
    setPendingDraft(null);
    persist(pendingDraft.form);
    setErrors({});
    // Not sent yet: the user looks it over and saves.
    setStatus({ kind: 'restored' });
  }

  function discardDraft() {
    clearDraft(browserStorage(), key);
    pendingRef.current = null;
    setPendingDraft(null);
  }

  return {
    form,
    status,
    errors,
    pendingDraft,
    focusKey,
    refusedSpans,
    focused,
    change,
    save: (mode) => void save(mode),
    hasUnsavedChanges,
    flush,
    restoreDraft,
    discardDraft,
  };
}
