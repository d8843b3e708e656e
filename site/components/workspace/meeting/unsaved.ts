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
// The newest version this page has saved, per meeting: what the approvers have seen includes their own last saves.
const savedVersions = new Map<string, number>();

export function recordSavedVersion(meetingId: string, version: number): void {
  savedVersions.set(meetingId, Math.max(version, savedVersions.get(meetingId) ?? 0));
}

/** The newest version the page knows of: the meeting it loaded or any save made since. */
export function seenVersion(meetingId: string, loaded: number): number {
  return Math.max(loaded, savedVersions.get(meetingId) ?? 0);
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
