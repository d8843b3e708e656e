// A meeting and its forum as the exports show them: every label Swedish,
// every date formatted, in agenda order. The DOCX, HTML and ICS builders all
// read this model, so each document says the same thing the same way.
import { CATEGORY_LABELS, FORUM_TYPE_LABELS, MILIEU_LABELS, SOURCE_LABELS, VBE_STATUS_LABELS } from '../domain/codes.ts';
import type { AgendaKind } from '../domain/codes.ts';
import { VBE_TITLE } from '../domain/agenda.ts';
import { stockholmDate } from '../domain/periods.ts';
import { cleanText } from '../domain/limits.ts';
import { formatDateTime, formatDay } from '../domain/swedish-format.ts';
import type { Forum, Meeting, VbeRecord } from '../domain/types.ts';

/** Shown under the VBE heading of the agenda. */
export const VBE_STANDING_NOTE = 'Stående punkt som tas upp på varje möte enligt stadens riktlinjer mot våldsbejakande extremism.';

export interface CarriedActionView {
  text: string;
  owner: string;
  due: string;
}

export interface ObservationView {
  milieu: string;
  category: string;
  source: string;
  area: string;
  count: string;
  date: string;
  text: string;
}

export interface ActionView {
  text: string;
  owner: string;
  due: string;
  status: string;
}

export interface VbeView {
  /** The VBE status label, or a note that none is recorded yet. */
  status: string;
  observations: ObservationView[];
  actions: ActionView[];
}

export interface ItemView {
  number: number;
  kind: AgendaKind;
  title: string;
  prompts: string[];
  isVbe: boolean;
  /** Only on the follow-up item. */
  carriedActions: CarriedActionView[];
  /** The minutes text, one entry per non-empty line. */
  minutesLines: string[];
  /** Only on the VBE item. */
  vbe?: VbeView;
}

export interface MeetingView {
  meetingId: string;
  forumName: string;
  forumType: string;
  memberOrganisations: string[];
  startsAt: string;
  /** "tis 3 mars 2026 kl. 14.00" */
  when: string;
  /** Stockholm day of the start, YYYY-MM-DD (file names). */
  day: string;
  location?: string;
  approved: boolean;
  /** "Justerat 5 mars 2026 av Anna A, Bertil B" or "Ej justerat". */
  approvalLine: string;
  approvers: string[];
  items: ItemView[];
}

export const NO_VBE_RECORD = 'Ej ifylld';

/** The minutes of the meeting's VBE item, if any. */
export function vbeRecordOf(meeting: Pick<Meeting, 'agenda' | 'minutes'>): VbeRecord | undefined {
  const item = meeting.agenda.find((i) => i.kind === 'vbe');
  return item ? meeting.minutes[item.id]?.vbe : undefined;
}

/** "3 mars 2026" for a day, or the text unchanged when it is not one (never throws on stored data). */
function day(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDay(date) : date;
}

function vbeView(vbe: VbeRecord | undefined): VbeView {
  if (!vbe) return { status: NO_VBE_RECORD, observations: [], actions: [] };
  return {
    status: VBE_STATUS_LABELS[vbe.status],
    observations: vbe.observations.map((o) => ({
      milieu: MILIEU_LABELS[o.milieu],
      category: CATEGORY_LABELS[o.category],
      source: SOURCE_LABELS[o.source],
      area: o.area,
      count: String(o.count),
      date: day(o.date),
      text: o.text,
    })),
    actions: vbe.actions.map((a) => ({
      text: a.text,
      owner: a.owner,
      due: day(a.due),
      status: a.completedAt ? `Klar ${formatDay(stockholmDate(a.completedAt))}` : 'Öppen',
    })),
  };
}

/** Every string of a stored record cleaned: data written before control characters were refused must still make valid files. */
function cleaned<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)])) as T;
  return value;
}

export function meetingView(stored: Meeting, storedForum: Forum): MeetingView {
  const meeting = cleaned(stored);
  const forum = cleaned(storedForum);
  const approval = meeting.status === 'approved' ? meeting.approval : undefined;
  const approvalLine = approval
    ? `Justerat ${formatDay(stockholmDate(approval.at))}${approval.approvers.length ? ` av ${approval.approvers.join(', ')}` : ''}`
    : 'Ej justerat';
  // Approved minutes show the forum as it was when they were approved.
  const asApproved = approval?.forum ?? forum;
  return {
    meetingId: meeting.id,
    forumName: asApproved.name,
    forumType: FORUM_TYPE_LABELS[forum.type],
    memberOrganisations: [...asApproved.memberOrganisations],
    startsAt: meeting.startsAt,
    when: formatDateTime(meeting.startsAt),
    day: stockholmDate(meeting.startsAt),
    location: meeting.location?.trim() || undefined,
    approved: Boolean(approval),
    approvalLine,
    approvers: approval ? [...approval.approvers] : [],
    items: meeting.agenda.map((item, i) => {
      const isVbe = item.kind === 'vbe';
      const minutes = meeting.minutes[item.id];
      return {
        number: i + 1,
        kind: item.kind,
        // The fixed title, whatever was stored.
        title: isVbe ? VBE_TITLE : item.title,
        prompts: [...item.prompts],
        isVbe,
        carriedActions: (item.carriedActions ?? []).map((a) => ({ text: a.text, owner: a.owner, due: day(a.due) })),
        minutesLines: (minutes?.text ?? '')
          .split(/\r\n|\r|\n/)
          .map((line) => line.trim())
          .filter(Boolean),
        ...(isVbe ? { vbe: vbeView(minutes?.vbe) } : {}),
      };
    }),
  };
}

/** Document titles, shared by DOCX and HTML. */
export const AGENDA_TITLE = 'Dagordning';
export function minutesTitle(view: Pick<MeetingView, 'approved'>): string {
  // Approved minutes are the protocol; before approval they are notes.
  return view.approved ? 'Protokoll' : 'Minnesanteckningar';
}

export const OBSERVATION_COLUMNS = ['Miljö', 'Kategori', 'Källa', 'Område', 'Antal', 'Datum', 'Beskrivning'] as const;
export const ACTION_COLUMNS = ['Åtgärd', 'Ansvarig', 'Klart senast', 'Status'] as const;

export function observationCells(o: ObservationView): string[] {
  return [o.milieu, o.category, o.source, o.area, o.count, o.date, o.text];
}

export function actionCells(a: ActionView): string[] {
  return [a.text, a.owner, a.due, a.status];
}

/** "Åtgärd – ansvarig: X, klart senast 3 mars 2026" for the follow-up item. */
export function carriedActionLine(a: CarriedActionView): string {
  return `${a.text} – ansvarig: ${a.owner}, klart senast ${a.due}`;
}
