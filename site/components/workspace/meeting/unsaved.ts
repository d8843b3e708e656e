// The minutes editors on the page, so approval can ask them directly whether
// anything is unsaved (local drafts cannot tell when storage is disabled).
export interface UnsavedSource {
  meetingId: string;
  /** The item's number on the agenda as shown (§ N). */
  number: () => number;
  hasUnsavedChanges: () => boolean;
  /** Saves what can be saved; true if nothing is left unsaved. */
  flush: () => Promise<boolean>;
}

const sources = new Set<UnsavedSource>();
// The newest version the editors on this page show, per meeting: the version
// they loaded, then each of their own saves that follows on without a gap.
// A save by someone else in between is not on screen (editors keep what is
// typed rather than take the server's text), so approval stops before it and
// the server answers CONFLICT, asking for a reload.
const shown = new Map<string, number>();
const ownSaves = new Map<string, Set<number>>();

/** The editors (re)loaded the meeting at this version. */
export function noteShownVersion(meetingId: string, version: number): void {
  shown.set(meetingId, version);
  ownSaves.set(meetingId, new Set());
}

/** A save from this page created `version`. */
export function recordSavedVersion(meetingId: string, version: number): void {
  const mine = ownSaves.get(meetingId) ?? new Set<number>();
  mine.add(version);
  ownSaves.set(meetingId, mine);
  let v = shown.get(meetingId) ?? 0;
  while (mine.has(v + 1)) v++;
  shown.set(meetingId, v);
}

/** The version to approve: what the page shows, or `loaded` if no editor is mounted. */
export function seenVersion(meetingId: string, loaded: number): number {
  return shown.get(meetingId) ?? loaded;
}

/** Registers an editor; call the returned function when it unmounts. */
export function registerUnsaved(source: UnsavedSource): () => void {
  sources.add(source);
  return () => {
    sources.delete(source);
  };
}

/** Flushes every editor of the meeting; the item numbers still unsaved afterwards, in order. */
export async function flushUnsaved(meetingId: string): Promise<number[]> {
  const editors = [...sources].filter((s) => s.meetingId === meetingId);
  const left = await Promise.all(
    editors.map(async (s) => {
      const flushed = await s.flush().catch(() => false);
      return flushed && !s.hasUnsavedChanges() ? null : s.number();
    }),
  );
  return left.filter((n): n is number => n !== null).sort((a, b) => a - b);
}
