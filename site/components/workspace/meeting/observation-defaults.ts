// Defaults that spare the convener clicks: a new observation starts as a copy
// of the previous one (or with the meeting's day and the last used area), a
// new action is due 30 days after the meeting. Pure, apart from the two
// localStorage helpers at the end.
import { addDays, isIsoDate } from '../../../../api/domain/periods.ts';
import { browserStorage, type DraftStorage } from './draft.ts';
import { newKey, type ActionRow, type ObservationRow } from './MinutesForm.ts';

/** Days after the meeting a new action is due unless changed: about one meeting cycle. */
export const ACTION_DUE_DAYS = 30;

/**
 * The next observation: a copy of `previous`'s milieu, category, source, area
 * and date (the count starts at 1, the description empty), or without one the
 * meeting's day and the remembered area.
 */
export function nextObservation(previous: ObservationRow | undefined, meetingDay: string, rememberedArea: string): ObservationRow {
  const base = { key: newKey(), count: '1', text: '' };
  if (previous) return { ...base, milieu: previous.milieu, category: previous.category, source: previous.source, area: previous.area, date: previous.date || meetingDay };
  return { ...base, milieu: '', category: '', source: '', area: rememberedArea, date: meetingDay };
}

export function newAction(meetingDay: string): ActionRow {
  return { key: newKey(), text: '', owner: '', due: isIsoDate(meetingDay) ? addDays(meetingDay, ACTION_DUE_DAYS) : '' };
}

// A place name (never an address: the server's guard sees to that) per district, so it is no personal data.
const AREA_PREFIX = 'vbe-senaste-omrade:';

export function rememberedArea(districtId: string, storage: DraftStorage | null = browserStorage()): string {
  try {
    return storage?.getItem(AREA_PREFIX + districtId) ?? '';
  } catch {
    return '';
  }
}

export function rememberArea(districtId: string, area: string, storage: DraftStorage | null = browserStorage()): void {
  const value = area.trim();
  if (!value) return;
  try {
    storage?.setItem(AREA_PREFIX + districtId, value);
  } catch {
    // Storage full or disabled: the default is a convenience only.
  }
}
