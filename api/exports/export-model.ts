// A meeting and its forum as the exports show them: every label Swedish,
// every date formatted, in agenda order. The DOCX, HTML and ICS builders all
// read this model, so each document says the same thing the same way.
import { ACTION_OUTCOME_LABELS, CATEGORY_LABELS, FORUM_TYPE_LABELS, MILIEU_LABELS, SOURCE_LABELS, VBE_STATUS_LABELS } from '../domain/codes.ts';
import type { AgendaKind } from '../domain/codes.ts';
import { VBE_TITLE } from '../domain/agenda.ts';
import { addressedMembers, recipientMembers } from '../domain/mailings.ts';
import { meetingEnd } from '../domain/meeting-time.ts';
import { stockholmDate } from '../domain/periods.ts';
import { cleanText } from '../domain/limits.ts';
import { formatDateTime, formatDay } from '../domain/swedish-format.ts';
import type { Action, Attendance, CarriedOutcome, Forum, ForumMember, Guest, Meeting, VbeRecord } from '../domain/types.ts';

/** Shown under the VBE heading of the agenda. */
export const VBE_STANDING_NOTE = 'Stående punkt som tas upp på varje möte enligt stadens riktlinjer mot våldsbejakande extremism.';

/** The Word files' media type (downloads and the minutes message). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Who the documents name as author and last editor: the service, never a person. */
export const DOCUMENT_AUTHOR = 'Kunskapsbanken mot våldsbejakande extremism';

export interface CarriedActionView {
  text: string;
  owner: string;
  due: string;
  /** What the minutes recorded became of it ("Klar: …"), or undefined when nothing is recorded. */
  outcome?: string;
}

/** An official as the documents name them. Empty strings where unknown. */
export interface PersonView {
  name: string;
  organisation: string;
  role: string;
}

export interface AttendanceView {
  chair?: PersonView;
  secretary?: PersonView;
  present: PersonView[];
  apologies: PersonView[];
  guests: PersonView[];
}

/** One place to sign: an empty name is a line to fill in by hand. */
export interface SignatureView {
  name: string;
  /** "Kommunpolis, Polisen", or empty. */
  detail: string;
  /** The day of approval, or empty. */
  date: string;
}

export interface SignaturesView {
  /** "Vid protokollet". */
  secretary: SignatureView;
  /** "Justeras": one per justerare; blank lines before approval. */
  approvers: SignatureView[];
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
  /** Actions recorded under an item other than VBE (the VBE item's are in `vbe`). */
  actions: ActionView[];
  /** Only on the VBE item. */
  vbe?: VbeView;
}

export interface MeetingView {
  meetingId: string;
  /** The district's name (the header of every document). */
  districtName: string;
  /** The protocol's reference number (dnr), if the convener set one. */
  reference?: string;
  forumName: string;
  forumType: string;
  memberOrganisations: string[];
  startsAt: string;
  /** Stored, or the start plus the forum's usual length for older meetings. */
  endsAt: string;
  /** The calendar SEQUENCE (0 until the meeting is moved or cancelled). */
  sequence: number;
  /** The calendar's LAST-MODIFIED. */
  updatedAt: string;
  cancelled: boolean;
  /** Why it was cancelled, when it was. */
  cancellationReason?: string;
  /** The invited members who have a work e-mail, each address once: the invitation's attendees and the messages' recipients. */
  attendees: { name: string; email: string }[];
  /** "tis 3 mars 2026 kl. 14.00" */
  when: string;
  /** Stockholm day of the start, YYYY-MM-DD (file names). */
  day: string;
  location?: string;
  approved: boolean;
  /** "Justerat 5 mars 2026 av Anna A, Bertil B" or "Ej justerat". */
  approvalLine: string;
  approvers: string[];
  /** "Inställt 1 mars 2026: …" for a cancelled meeting. */
  cancelledLine?: string;
  /** The forum's members: the participants the agenda invites. */
  invited: PersonView[];
  /** Undefined when the convener has not recorded attendance. */
  attendance?: AttendanceView;
  signatures: SignaturesView;
  items: ItemView[];
}

export const NO_VBE_RECORD = 'Ej ifylld';


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
    actions: vbe.actions.map(actionView),
  };
}

function actionView(a: Action): ActionView {
  return {
    text: a.text,
    owner: a.owner,
    due: day(a.due),
    status: a.completedAt ? `Klar ${formatDay(stockholmDate(a.completedAt))}` : 'Öppen',
  };
}

/** Shown for an id no longer among the forum's members. */
export const FORMER_MEMBER = 'Tidigare medlem';

const member = (m: ForumMember): PersonView => ({ name: m.name, organisation: m.organisation, role: m.role });
const guest = (g: Guest): PersonView => ({ name: g.name, organisation: g.organisation, role: g.role ?? '' });

function attendanceView(attendance: Attendance, members: readonly ForumMember[]): AttendanceView {
  const byId = (id: string): PersonView => {
    const found = members.find((m) => m.id === id);
    return found ? member(found) : { name: FORMER_MEMBER, organisation: '', role: '' };
  };
  // The chair and the secretary are a member's id or a guest's name.
  const official = (ref: string | undefined): PersonView | undefined => {
    if (!ref?.trim()) return undefined;
    const found = members.find((m) => m.id === ref);
    if (found) return member(found);
    const g = attendance.guests.find((x) => x.name === ref);
    return g ? guest(g) : { name: ref, organisation: '', role: '' };
  };
  return {
    chair: official(attendance.chair),
    secretary: official(attendance.secretary),
    present: attendance.present.map(byId),
    apologies: attendance.apologies.map(byId),
    guests: attendance.guests.map(guest),
  };
}

/** "Kommunpolis, Polisen": what follows a name, whatever is known. */
export function personDetail(p: PersonView): string {
  return [p.role, p.organisation].filter(Boolean).join(', ');
}

/** "Anna Andersson (Kommunpolis, Polisen)". */
export function personLine(p: PersonView): string {
  const detail = personDetail(p);
  return detail ? `${p.name} (${detail})` : p.name;
}

const normalName = (name: string) => name.trim().toLocaleLowerCase('sv');

function signaturesView(attendance: AttendanceView | undefined, approval: Meeting['approval']): SignaturesView {
  const secretary = attendance?.secretary;
  const people = attendance ? [...attendance.present, ...attendance.guests] : [];
  const blank: SignatureView = { name: '', detail: '', date: '' };
  return {
    secretary: secretary ? { name: secretary.name, detail: personDetail(secretary), date: '' } : blank,
    // Approvers are typed names, picked from those present: their role is looked up by name.
    approvers: approval
      ? approval.approvers.map((name) => {
          const known = people.find((p) => normalName(p.name) === normalName(name));
          return { name, detail: known ? personDetail(known) : '', date: formatDay(stockholmDate(approval.at)) };
        })
      : // Before approval: two lines to sign on paper.
        [blank, blank],
  };
}

function outcomeText(outcome: CarriedOutcome | undefined): string | undefined {
  if (!outcome) return undefined;
  const label = ACTION_OUTCOME_LABELS[outcome.outcome];
  return outcome.note?.trim() ? `${label}: ${outcome.note.trim()}` : label;
}

/** Every string of a stored record cleaned: data written before control characters were refused must still make valid files. */
function cleaned<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)])) as T;
  return value;
}

export interface ViewContext {
  /** The district's name; its id when not given. */
  districtName?: string;
}

export function meetingView(stored: Meeting, storedForum: Forum, context: ViewContext = {}): MeetingView {
  const meeting = cleaned(stored);
  const forum = cleaned(storedForum);
  // Approved minutes name the members as they were at approval, as the messages address them.
  const members = recipientMembers(meeting, forum.members);
  const attendance = meeting.attendance ? attendanceView(meeting.attendance, members) : undefined;
  const cancellation = meeting.status === 'cancelled' ? meeting.cancellation : undefined;
  const approval = meeting.status === 'approved' ? meeting.approval : undefined;
  const approvalLine = approval
    ? `Justerat ${formatDay(stockholmDate(approval.at))}${approval.approvers.length ? ` av ${approval.approvers.join(', ')}` : ''}`
    : 'Ej justerat';
  // Approved minutes show the forum as it was when they were approved.
  const asApproved = approval?.forum ?? forum;
  return {
    meetingId: meeting.id,
    districtName: cleanText(context.districtName?.trim() || meeting.districtId),
    reference: meeting.reference?.trim() || undefined,
    forumName: asApproved.name,
    forumType: FORUM_TYPE_LABELS[forum.type],
    memberOrganisations: [...asApproved.memberOrganisations],
    startsAt: meeting.startsAt,
    endsAt: meetingEnd(meeting, forum.cadence),
    sequence: meeting.sequence ?? 0,
    updatedAt: meeting.updatedAt,
    cancelled: meeting.status === 'cancelled',
    cancellationReason: cancellation?.reason.trim() || undefined,
    attendees: addressedMembers(members),
    when: formatDateTime(meeting.startsAt),
    day: stockholmDate(meeting.startsAt),
    location: meeting.location?.trim() || undefined,
    approved: Boolean(approval),
    approvalLine,
    approvers: approval ? [...approval.approvers] : [],
    cancelledLine:
      meeting.status === 'cancelled'
        ? `Inställt${cancellation ? ` ${formatDay(stockholmDate(cancellation.at))}${cancellation.reason.trim() ? `: ${cancellation.reason.trim()}` : ''}` : ''}`
        : undefined,
    invited: members.map(member),
    attendance,
    signatures: signaturesView(attendance, approval),
    items: meeting.agenda.map((item, i) => {
      const isVbe = item.kind === 'vbe';
      const minutes = meeting.minutes[item.id];
      const outcomes = minutes?.carriedOutcomes ?? [];
      return {
        number: i + 1,
        kind: item.kind,
        // The fixed title, whatever was stored.
        title: isVbe ? VBE_TITLE : item.title,
        prompts: [...item.prompts],
        isVbe,
        carriedActions: (item.carriedActions ?? []).map((a) => ({
          text: a.text,
          owner: a.owner,
          due: day(a.due),
          outcome: outcomeText(outcomes.find((o) => o.meetingId === a.meetingId && o.actionId === a.actionId)),
        })),
        actions: isVbe ? [] : (minutes?.actions ?? []).map(actionView),
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

/** A table's columns and their share of the text width in percent (summing to 100), for Word and print alike. */
export interface TableSpec {
  /** A class name for the print stylesheet. */
  name: string;
  columns: readonly { title: string; percent: number }[];
}

// Widths fit the longest single words of the code labels ("Våldsbejakande",
// "Fastighetsägare") at 9 pt, so no word breaks mid-word; the description takes the rest.
export const OBSERVATION_TABLE: TableSpec = {
  name: 'observationer',
  columns: [
    { title: 'Miljö', percent: 16 },
    { title: 'Kategori', percent: 17 },
    { title: 'Källa', percent: 15 },
    { title: 'Område', percent: 11 },
    { title: 'Antal', percent: 7 },
    { title: 'Datum', percent: 11 },
    { title: 'Beskrivning', percent: 23 },
  ],
};
export const ACTION_TABLE: TableSpec = {
  name: 'atgarder',
  columns: [
    { title: 'Åtgärd', percent: 45 },
    { title: 'Ansvarig', percent: 23 },
    { title: 'Klart senast', percent: 16 },
    { title: 'Status', percent: 16 },
  ],
};
export const CARRIED_TABLE: TableSpec = {
  name: 'uppfoljning',
  columns: [
    { title: 'Åtgärd', percent: 35 },
    { title: 'Ansvarig', percent: 23 },
    { title: 'Klart senast', percent: 16 },
    { title: 'Utfall', percent: 26 },
  ],
};
export const PEOPLE_TABLE: TableSpec = {
  name: 'deltagare',
  columns: [
    { title: 'Namn', percent: 34 },
    { title: 'Roll', percent: 33 },
    { title: 'Organisation', percent: 33 },
  ],
};

export const OBSERVATION_COLUMNS = OBSERVATION_TABLE.columns.map((c) => c.title);
export const ACTION_COLUMNS = ACTION_TABLE.columns.map((c) => c.title);

export function observationCells(o: ObservationView): string[] {
  return [o.milieu, o.category, o.source, o.area, o.count, o.date, o.text];
}

export function actionCells(a: ActionView): string[] {
  return [a.text, a.owner, a.due, a.status];
}

/** Not yet recorded in the minutes. */
export const NO_OUTCOME = 'Ej angivet';

export function carriedCells(a: CarriedActionView): string[] {
  return [a.text, a.owner, a.due, a.outcome ?? NO_OUTCOME];
}

export function personCells(p: PersonView): string[] {
  return [p.name, p.role, p.organisation];
}

/** The lead-in of the carried actions under the follow-up item. */
export const CARRIED_LEAD = 'Öppna åtgärder från tidigare möten';

/** The follow-up item's prompts without the one that only repeats the lead-in of its carried actions. */
export function promptsToShow(item: Pick<ItemView, 'kind' | 'prompts'>): string[] {
  if (item.kind !== 'follow-up') return item.prompts;
  const lead = normalName(CARRIED_LEAD);
  return item.prompts.filter((p) => normalName(p.replace(/[:.]\s*$/, '')) !== lead);
}

/** The document's header line: district, forum and the reference number. */
export function headerParts(view: Pick<MeetingView, 'districtName' | 'forumName' | 'reference'>): { left: string; right: string } {
  return { left: `${view.districtName} · ${view.forumName}`, right: view.reference ? `Dnr ${view.reference}` : '' };
}

/** The footer of the minutes: they hold no personal data about individuals. */
export function deidentifiedNote(view: Pick<MeetingView, 'approved'>): string {
  // Officials are named by definition (attendance, signatures); nobody else is.
  return `${view.approved ? 'Avidentifierat protokoll' : 'Avidentifierade minnesanteckningar'}: inga enskilda personer pekas ut, endast tjänstepersoner i sin yrkesroll namnges.`;
}

export const SIGN_SECRETARY = 'Vid protokollet';
export const SIGN_APPROVERS = 'Justeras';
/** Under a blank signature line. */
export const SIGN_NAME_BLANK = 'Namnförtydligande';
export const SIGN_DATE_BLANK = 'Datum';

/** "Åtgärd – ansvarig: X, klart senast 3 mars 2026" for the follow-up item. */
export function carriedActionLine(a: CarriedActionView): string {
  return `${a.text} – ansvarig: ${a.owner}, klart senast ${a.due}`;
}
