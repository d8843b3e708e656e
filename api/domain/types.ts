// The domain's records as plain data. Dates are ISO strings: `YYYY-MM-DD` for
// days, full ISO 8601 with offset for instants (`startsAt`, `...At`).
import type {
  ActionOutcome,
  AgendaKind,
  Awareness,
  AwarenessTopic,
  Collaboration,
  CollaborationPartner,
  ReportStatus,
  StaffKnowledge,
  UnitType,
  CadenceUnit,
  Category,
  ForumType,
  MeetingStatus,
  MailingKind,
  Milieu,
  Role,
  Source,
  VbeStatus,
} from './codes.ts';
import type { Lagesbild } from './lagesbild.ts';

export interface District {
  id: string;
  name: string;
  /** Place names within the district (never addresses), offered as suggestions. */
  areas: string[];
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  districtId: string;
  /** Work e-mail: the organiser of the invitations this account sends, and where replies go. */
  email?: string;
  /** Forums a convener convenes; the one source of truth for their access. */
  forumIds: string[];
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An account as it may leave the server. */
export type PublicAccount = Omit<Account, 'passwordHash'>;

export interface Cadence {
  every: number;
  unit: CadenceUnit;
  /** For `month`: which weekday of the month (1 = first … 5, -1 = last), with `weekday`: "first Tuesday of the month". */
  ordinal?: number;
  /** 0 = Sunday … 6 = Saturday; the weekday meetings keep. */
  weekday?: number;
  /** Usual start, Stockholm time "HH:MM". */
  time?: string;
  /** Usual length in minutes; absent means DEFAULT_MEETING_MINUTES. */
  durationMinutes?: number;
}

/** A member of a forum: an official, named by definition (work address, never a private person's). */
export interface ForumMember {
  id: string;
  name: string;
  organisation: string;
  /** The member's role in their organisation, e.g. "Kommunpolis". */
  role: string;
  /** Work e-mail. */
  email: string;
}

/** One line of a forum's agenda template. */
export interface TemplateItem {
  kind: AgendaKind;
  title: string;
  /** Questions that guide the discussion of the item. */
  prompts: string[];
}

export interface Forum {
  id: string;
  name: string;
  type: ForumType;
  districtId: string;
  memberOrganisations: string[];
  /** The people invited to every meeting; absent in forums made before members existed. */
  members?: ForumMember[];
  cadence: Cadence;
  /** Always contains exactly one `vbe` item (see agenda.ts). */
  template: TemplateItem[];
  createdAt: string;
  updatedAt: string;
}

/** An open action from an earlier meeting, listed under the follow-up item. */
export interface CarriedAction {
  meetingId: string;
  actionId: string;
  text: string;
  owner: string;
  due: string;
}

export interface AgendaItem {
  id: string;
  kind: AgendaKind;
  title: string;
  prompts: string[];
  /** Only on the follow-up item. */
  carriedActions?: CarriedAction[];
}

export interface Observation {
  id: string;
  milieu: Milieu;
  category: Category;
  source: Source;
  /** A place name such as Rinkeby or Husby, never an address. */
  area: string;
  count: number;
  date: string;
  text: string;
}

export interface Action {
  id: string;
  text: string;
  /** A role or an organisation, never a private person. */
  owner: string;
  due: string;
  completedAt?: string;
  completedBy?: string;
}

export interface VbeRecord {
  status: VbeStatus;
  observations: Observation[];
  actions: Action[];
}

/** What became of an action carried from an earlier meeting, recorded under the follow-up item. */
export interface CarriedOutcome {
  meetingId: string;
  actionId: string;
  outcome: ActionOutcome;
  note?: string;
}

export interface ItemMinutes {
  text: string;
  /** Only on the VBE item; only its actions count in the lägesbild. */
  vbe?: VbeRecord;
  /** Actions on any other item. */
  actions?: Action[];
  /** Only on the follow-up item. */
  carriedOutcomes?: CarriedOutcome[];
}

/** A guest at one meeting: an official from outside the forum. */
export interface Guest {
  name: string;
  organisation: string;
  role?: string;
}

/** Who took part, set by the convener (meetings.setAttendance). Member ids refer to the forum's members. */
export interface Attendance {
  present: string[];
  apologies: string[];
  guests: Guest[];
  /** Member id, or a guest's name. */
  chair?: string;
  secretary?: string;
}

/** One sending of a meeting's messages through the SMTP relay. Never the addresses: only how many. */
export interface Mailing {
  at: string;
  /** Account id of the sender. */
  by: string;
  kind: MailingKind;
  recipients: number;
  /** The calendar SEQUENCE the message carried (agenda and cancellation). */
  sequence?: number;
}

export interface Cancellation {
  at: string;
  by: string;
  reason: string;
}

export interface Approval {
  at: string;
  by: string;
  /** Names of the people who approved (justerare), as typed. */
  approvers: string[];
  /** The forum as it was named at approval, so approved minutes read the same later. */
  forum?: { name: string; memberOrganisations: string[]; members?: ForumMember[] };
}

export interface MinutesVersion {
  version: number;
  at: string;
  by: string;
  change: 'save' | 'approve' | 'reopen' | 'complete-action' | 'redact';
  itemId?: string;
  /** The item's minutes as saved (for `save`). */
  item?: ItemMinutes;
  approvers?: string[];
  reason?: string;
  /** For `redact`: occurrences replaced in the current records (never the text itself). */
  replaced?: number;
  /** For `redact`: how many earlier versions held the text. */
  versions?: number;
}

export interface Meeting {
  id: string;
  forumId: string;
  districtId: string;
  startsAt: string;
  /** Absent on meetings made before end times existed: read through meetingEnd (meeting-lifecycle.ts). */
  endsAt?: string;
  location?: string;
  /** iCalendar SEQUENCE: raised whenever time, place or status changes, so calendars take the update. Absent = 0. */
  sequence?: number;
  /** The convener's reference number for the protocol (dnr), shown in its header. */
  reference?: string;
  /** As stored; how a status is read against the clock is in the domain (issue 9: held only once the start has passed). */
  status: MeetingStatus;
  attendance?: Attendance;
  cancellation?: Cancellation;
  agenda: AgendaItem[];
  /** Minutes per agenda item id. */
  minutes: Record<string, ItemMinutes>;
  approval?: Approval;
  /** Messages sent to the members, oldest first. */
  mailings?: Mailing[];
  /** Every saved version, oldest first; never rewritten. */
  history: MinutesVersion[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface Session {
  /** SHA-256 of the token; the token itself is never stored. */
  tokenHash: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface AuditEntry {
  at: string;
  actorId: string;
  procedure: string;
  recordType: 'district' | 'account' | 'forum' | 'meeting' | 'session' | 'report' | 'survey' | 'statement' | 'import' | 'lagesbild';
  recordId: string;
}

// ---- The lägesbild's other sources (issue 11). Days are `YYYY-MM-DD`. ----

/** A de-identified report sent by any employee through /rapportera/, without an account. */
export interface Report {
  id: string;
  districtId: string;
  /** A short code the sender may quote; it reads nothing back. */
  receipt: string;
  /** The start of the Stockholm day it came (an ISO instant at day precision: no time of sending is kept). */
  receivedAt: string;
  /** The day of the event; the report belongs to the period of this day. */
  date: string;
  /** A place name, never an address. */
  area: string;
  text: string;
  category?: Category;
  /** Absent: "vet inte". */
  milieu?: Milieu;
  unitType?: UnitType;
  policeInformed?: boolean;
  socialServicesInformed?: boolean;
  status: ReportStatus;
  /** Who triaged it, when, and why (a rejection's reason, or a note). */
  triage?: { at: string; by: string; note?: string };
  /** Made when accepted; counts in the lägesbild and outlives the report's text at the end of retention. */
  observation?: Observation;
  /** When the retention period ended: text, area and details are gone, the observation (if any) stays. */
  expiredAt?: string;
}

export type AwarenessAnswers = Record<AwarenessTopic, Awareness>;

/** One unit's answers to the city's common survey (kartläggningsenkät). */
export interface SurveyAnswers {
  /** The unit's own count of what it saw; shown beside the observations, never added to them. */
  incidents: { milieu: Milieu; category: Category; count: number }[];
  /** The manager's knowledge of the plan, guidance, routine and form. */
  awareness: AwarenessAnswers;
  /** The staff's, as the manager judges it. */
  staffAwareness: AwarenessAnswers;
  collaboration: Record<CollaborationPartner, Collaboration>;
  staffKnowledge: StaffKnowledge;
  /** Employees of the unit. */
  staff: number;
  /** How many of them have completed the city's web course. */
  courseCompleted: number;
  comment?: string;
}

export interface SurveyUnit {
  id: string;
  name: string;
  /** Employees, as the coordinator knows them when opening the round. */
  staff?: number;
  /** The unit's answer link carries it (in the fragment); it answers for this unit only. */
  token: string;
  /** Absent until the unit answers; may be corrected until the round closes. */
  response?: { at: string; answers: SurveyAnswers };
}

/** A district's survey round for a year. */
export interface Survey {
  id: string;
  districtId: string;
  year: number;
  /** The last day answers are taken. */
  closesOn: string;
  units: SurveyUnit[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** What a partner (police, a specialist department, civil society …) reported for a period. */
export interface Statement {
  id: string;
  districtId: string;
  from: string;
  to: string;
  source: Source;
  summary: string;
  /** "Nothing to report" is an answer, and counts as one. */
  nothingToReport: boolean;
  observations: Observation[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** Observations imported from a CSV (last year's figures, before the tool was used). */
export interface ObservationImport {
  id: string;
  districtId: string;
  /** The first and last observation day in the file. */
  from: string;
  to: string;
  importedAt: string;
  importedBy: string;
  observations: Observation[];
}

// ---- The saved lägesbild (issue 12). Days are `YYYY-MM-DD`. ----

/** The coordinator's own text: the parts of the document the figures cannot write. */
export interface LagesbildSections {
  summary: string;
  analysis: string;
  /** Needs and proposals for the action plan. */
  needs: string;
}

export interface LagesbildVersion {
  version: number;
  at: string;
  by: string;
  change: 'save' | 'adopt' | 'reopen' | 'redact';
  /** The sections as saved (for `save`). */
  sections?: LagesbildSections;
  /** For `adopt`: the decision, e.g. the committee's reference (dnr). */
  decision?: string;
  /** For `reopen`. */
  reason?: string;
}

/** A district's situation picture for a period: its text, versions and, once adopted, a snapshot of the figures. */
export interface LagesbildDocument {
  id: string;
  districtId: string;
  from: string;
  to: string;
  sections: LagesbildSections;
  status: 'draft' | 'adopted';
  /** While adopted: what was adopted, with the figures of that moment. A reopening removes it (the versions keep the decision). */
  adoption?: {
    at: string;
    by: string;
    version: number;
    decision?: string;
    /** The figures as they were when adopted (the `Lagesbild` of lagesbild.ts), so later changes to minutes do not alter it. */
    figures: Lagesbild;
  };
  /** Every version, oldest first; never rewritten except by redaction. */
  versions: LagesbildVersion[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}
