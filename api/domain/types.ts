// The domain's records as plain data. Dates are ISO strings: `YYYY-MM-DD` for
// days, full ISO 8601 with offset for instants (`startsAt`, `...At`).
import type {
  AgendaKind,
  CadenceUnit,
  Category,
  ForumType,
  MeetingStatus,
  Milieu,
  Role,
  Source,
  VbeStatus,
} from './codes.ts';

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

export interface ItemMinutes {
  text: string;
  /** Only on the VBE item. */
  vbe?: VbeRecord;
}

export interface Approval {
  at: string;
  by: string;
  /** Names of the people who approved (justerare), as typed. */
  approvers: string[];
  /** The forum as it was named at approval, so approved minutes read the same later. */
  forum?: { name: string; memberOrganisations: string[] };
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
  location?: string;
  status: MeetingStatus;
  agenda: AgendaItem[];
  /** Minutes per agenda item id. */
  minutes: Record<string, ItemMinutes>;
  approval?: Approval;
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
  recordType: 'district' | 'account' | 'forum' | 'meeting' | 'session';
  recordId: string;
}
