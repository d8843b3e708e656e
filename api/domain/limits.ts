// Field limits and the text clean-up every stored text gets. One place, read
// by the server's input schemas and by the workspace's forms (maxLength and
// counters), so the two never disagree.

export const LIMITS = {
  minutesText: 20_000,
  observationText: 500,
  area: 80,
  observationCount: 10_000,
  observations: 100,
  actionText: 500,
  actionOwner: 120,
  actions: 50,
  approverName: 120,
  approvers: 5,
  reason: 1_000,
  itemTitle: 200,
  prompt: 300,
  prompts: 20,
  templateItems: 40,
  forumName: 120,
  organisation: 120,
  organisations: 30,
  location: 200,
  members: 60,
  memberName: 120,
  memberRole: 120,
  email: 254,
  guests: 30,
  outcomeNote: 500,
  redactText: 1_000,
} as const;

/** Instants and days are accepted only in these years: a meeting in year 0000 or 9999 is a typing error. */
export const YEARS = { first: 2000, last: 2100 } as const;

// Control characters make Word, print and calendar files invalid and hide text on screen. Line feed and tab stay.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without control characters (CR LF and CR become LF) and with lone surrogates replaced. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}

// ---- Partners' statements and the CSV import (issue 11) ----
export const STATEMENT_LIMITS = {
  summary: 5_000,
  observations: 100,
  /** Rows in one imported CSV; the 1 MB body limit holds about this many rows with short texts. */
  importRows: 5_000,
  /** Characters of one imported CSV (the body limit is 1 MB of bytes). */
  importChars: 1_000_000,
} as const;

// ---- The units' survey (issue 11) ----
export const SURVEY_LIMITS = {
  units: 200,
  unitName: 120,
  /** Incident rows in one answer: one per milieu and category is 48; a few more for units that split them. */
  incidents: 50,
  incidentCount: 10_000,
  /** Employees of one unit (the largest district has about 2,700 in all). */
  staff: 100_000,
  comment: 2_000,
} as const;

// ---- De-identified reports (issue 11) ----
export const REPORT_LIMITS = {
  /** The free text: short, the coordinator asks for more if needed. */
  text: 2_000,
  /** Days back an event may lie: older ones belong to an earlier lägesbild. */
  maxAgeDays: 730,
  /** A triage note or a rejection's reason. */
  note: 1_000,
} as const;

// ---- The saved lägesbild (issue 12) ----
export const LAGESBILD_LIMITS = {
  /** One of the coordinator's sections (summary, analysis, needs): a few pages each. */
  section: 20_000,
  /** The adoption's decision, e.g. the committee's reference (dnr) and date. */
  decision: 500,
  /** Why an adopted lägesbild is opened again. */
  reason: 1_000,
} as const;
