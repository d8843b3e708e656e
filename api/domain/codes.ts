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
  'ia',
  'tyck-till',
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
  ia: 'Stadens incidentrapportering (IA)',
  'tyck-till': 'Tyck till-appen',
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

/** Where an observation in the lägesbild comes from. */
export const OBSERVATION_ORIGINS = ['minutes', 'report', 'statement', 'import'] as const;
export type ObservationOrigin = (typeof OBSERVATION_ORIGINS)[number];
export const OBSERVATION_ORIGIN_LABELS: Record<ObservationOrigin, string> = {
  minutes: 'Forumens protokoll',
  report: 'Avidentifierade rapporter',
  statement: 'Samverkanspartners lägesbilder',
  import: 'Importerade siffror',
};

/** The kind of unit that sends a de-identified report. */
export const UNIT_TYPES = ['skola', 'forskola', 'fritid', 'socialtjanst', 'ovrigt'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  skola: 'Skola',
  forskola: 'Förskola',
  fritid: 'Fritidsverksamhet',
  socialtjanst: 'Socialtjänst',
  ovrigt: 'Annan verksamhet',
};

/** A report in the coordinator's inbox: new until triaged. */
export const REPORT_STATUSES = ['new', 'accepted', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  new: 'Ny',
  accepted: 'Godkänd',
  rejected: 'Avvisad',
};

/** The survey asks how well the plan, the guidance, the routine and the form are known. */
export const AWARENESS_TOPICS = ['plan', 'guidance', 'routine', 'form'] as const;
export type AwarenessTopic = (typeof AWARENESS_TOPICS)[number];
export const AWARENESS_TOPIC_LABELS: Record<AwarenessTopic, string> = {
  plan: 'Den lokala handlingsplanen',
  guidance: 'Stadens vägledning',
  routine: 'Rutinen vid oro eller händelse',
  form: 'Blanketten för avidentifierad information',
};
export const AWARENESS = ['helt', 'delvis', 'inte'] as const;
export type Awareness = (typeof AWARENESS)[number];
export const AWARENESS_LABELS: Record<Awareness, string> = {
  helt: 'Känner till helt',
  delvis: 'Känner till delvis',
  inte: 'Känner inte till',
};

/** Whom a unit works with on VBE, or wishes to. */
export const COLLABORATION_PARTNERS = ['polis', 'socialtjanst', 'skola', 'civilsamhalle', 'samfund', 'fastighetsagare'] as const;
export type CollaborationPartner = (typeof COLLABORATION_PARTNERS)[number];
export const COLLABORATION_PARTNER_LABELS: Record<CollaborationPartner, string> = {
  polis: 'Polisen',
  socialtjanst: 'Socialtjänsten',
  skola: 'Skolan',
  civilsamhalle: 'Civilsamhället',
  samfund: 'Trossamfund',
  fastighetsagare: 'Fastighetsägare',
};
export const COLLABORATION = ['har', 'onskar', 'nej'] as const;
export type Collaboration = (typeof COLLABORATION)[number];
export const COLLABORATION_LABELS: Record<Collaboration, string> = {
  har: 'Samverkar redan',
  onskar: 'Önskar samverkan',
  nej: 'Ingen samverkan',
};

export const STAFF_KNOWLEDGE = ['ingen', 'liten', 'god', 'mycket-god'] as const;
export type StaffKnowledge = (typeof STAFF_KNOWLEDGE)[number];
export const STAFF_KNOWLEDGE_LABELS: Record<StaffKnowledge, string> = {
  ingen: 'Ingen kunskap',
  liten: 'Liten kunskap',
  god: 'God kunskap',
  'mycket-god': 'Mycket god kunskap',
};

/** `city`: the city's central coordinator, who reads every district's figures and lägesbilder and writes nothing. */
export const ROLES = ['convener', 'coordinator', 'admin', 'city'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  convener: 'Sammankallande',
  coordinator: 'Lokal samordnare',
  admin: 'Administratör',
  city: 'Stadens samordnare (läsbehörighet)',
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
