// The closed code lists of the domain (DOMAIN.md) and their Swedish labels.
// Labels are typed by the lists, so a new code without a label does not compile.
// These are the one vocabulary: the site, the workspace and the exports all
// read their milieu, category and source labels from here. The milieus use
// the city's terms (as in the district plans): den autonoma miljön, vit
// makt-miljön, den islamistiska miljön.

export const MILIEUS = ['autonoma', 'vit-makt', 'islamistisk', 'oklar'] as const;
export type Milieu = (typeof MILIEUS)[number];
export const MILIEU_LABELS: Record<Milieu, string> = {
  autonoma: 'Autonoma miljön',
  'vit-makt': 'Vit makt-miljön',
  islamistisk: 'Islamistiska miljön',
  oklar: 'Oklar eller annan',
};

export const CATEGORIES = [
  'klotter',
  'propaganda',
  'symboler',
  'asiktsyttring',
  'hot',
  'vald',
  'rekrytering',
  'oro-anhorig',
  'orosanmalan',
  'lokalbokning',
  'atervandare',
  'ovrigt',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  klotter: 'Klotter och skadegörelse',
  propaganda: 'Affischer, flygblad, klistermärken, propaganda',
  symboler: 'Personer som bär symboler',
  asiktsyttring: 'Extremistiska åsikter uttryckta',
  hot: 'Hot mot personal eller invånare',
  vald: 'Våld',
  rekrytering: 'Rekryteringsförsök',
  'oro-anhorig': 'Anhöriga som uttrycker oro',
  orosanmalan: 'Orosanmälan som rör barn',
  lokalbokning: 'Lokalbokning eller bidrag till odemokratisk aktör',
  atervandare: 'Återvändare',
  ovrigt: 'Övrigt',
};

export const SOURCES = [
  'egen-verksamhet',
  'polis',
  'skola',
  'socialtjanst',
  'fackforvaltning',
  'civilsamhalle',
  'fastighetsagare',
  'psykiatri',
  'ovrigt',
] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_LABELS: Record<Source, string> = {
  'egen-verksamhet': 'Förvaltningens egna verksamheter',
  polis: 'Polisen',
  skola: 'Skola',
  socialtjanst: 'Socialtjänst',
  fackforvaltning: 'Fackförvaltning',
  civilsamhalle: 'Civilsamhället',
  fastighetsagare: 'Fastighetsägare',
  psykiatri: 'Psykiatri och hälso- och sjukvård',
  ovrigt: 'Övriga',
};

export const FORUM_TYPES = ['bra', 'sspf', 'samverkansforum'] as const;
export type ForumType = (typeof FORUM_TYPES)[number];
export const FORUM_TYPE_LABELS: Record<ForumType, string> = {
  bra: 'Lokalt brottsförebyggande råd (BRÅ)',
  sspf: 'SSPF (skola, socialtjänst, polis, fritid)',
  samverkansforum: 'Samverkansforum',
};

/** What the convener sends the members: the invitation with the agenda, a cancellation, the approved minutes. */
export const MAILING_KINDS = ['agenda', 'cancellation', 'minutes'] as const;
export type MailingKind = (typeof MAILING_KINDS)[number];
export const MAILING_KIND_LABELS: Record<MailingKind, string> = {
  agenda: 'Kallelse med dagordning',
  cancellation: 'Meddelande om inställt möte',
  minutes: 'Justerat protokoll',
};

export const ROLES = ['convener', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  convener: 'Sammankallande',
  coordinator: 'Lokal samordnare',
  admin: 'Administratör',
};

export const MEETING_STATUSES = ['planned', 'held', 'approved', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planerat',
  held: 'Genomfört',
  approved: 'Justerat',
  cancelled: 'Inställt',
};

/** What a carried action became, recorded under the follow-up item. */
export const ACTION_OUTCOMES = ['done', 'continues', 'dropped'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];
export const ACTION_OUTCOME_LABELS: Record<ActionOutcome, string> = {
  done: 'Klar',
  continues: 'Fortsätter',
  dropped: 'Avslutas utan åtgärd',
};

export const VBE_STATUSES = ['discussed', 'nothing-to-report', 'not-discussed'] as const;
export type VbeStatus = (typeof VBE_STATUSES)[number];
export const VBE_STATUS_LABELS: Record<VbeStatus, string> = {
  discussed: 'Diskuterad',
  'nothing-to-report': 'Inget att rapportera',
  'not-discussed': 'Inte diskuterad',
};

/** What an agenda item is; `vbe` is the standing item that can never be removed. */
export const AGENDA_KINDS = [
  'opening',
  'minutes-checker',
  'adopt-agenda',
  'previous-minutes',
  'follow-up',
  'vbe',
  'topic',
  'other-business',
  'next-meeting',
  'closing',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const CADENCE_UNITS = ['week', 'month'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];
