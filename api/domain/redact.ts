// Redaction: taking back a piece of text that slipped past the guard. Every
// occurrence in a meeting's records and in every stored version of them is
// replaced by a marker. Matching ignores case and treats any run of
// whitespace as equal, so "Kalle  Svensson" also finds "kalle\nSvensson";
// an occurrence starts at the start of a word, so "Anna" takes "Anna" and
// "Annas" but never the end of "Hanna".
//
// Pure functions over plain data; the router applies them to the store and
// the store to its backup copies, so all three change the same fields. The
// workspace imports this file too, so it leaves the guard (and its name
// lists) to the caller.
import type { Lagesbild } from './lagesbild.ts';
import { LIMITS } from './limits.ts';
import { badRequest } from './errors.ts';
import type {
  Action,
  AgendaItem,
  Approval,
  CarriedAction,
  ItemMinutes,
  LagesbildDocument,
  LagesbildSections,
  LagesbildVersion,
  Meeting,
  MinutesVersion,
  Observation,
  ObservationImport,
  Report,
  Statement,
  Survey,
} from './types.ts';

export const REDACTED = '[borttaget]';
export const MIN_REDACT_LENGTH = 4;
export const MAX_REDACT_LENGTH = LIMITS.redactText;
export const MIN_REDACT_REASON = 5;

const TEXT_LABEL = 'Text att ta bort';

/** The text to take away, checked and compiled; build it with `redactionNeedle`. */
export interface Needle {
  /** Global, for replacing. */
  readonly all: RegExp;
  /** Not global (so without lastIndex state), for testing. */
  readonly any: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Checks the text to take away and compiles it. Refuses (BAD_REQUEST on
 * `text`) a text shorter than MIN_REDACT_LENGTH characters after trimming,
 * and one that overlaps the marker: replacing it could then form a new
 * occurrence from the marker and its neighbours. Messages never repeat the text.
 */
export function redactionNeedle(text: string): Needle {
  const trimmed = text.trim();
  // Spaces do not count: "a  b" would take every "a b" in the minutes.
  if ([...trimmed.replace(/\s+/g, '')].length < MIN_REDACT_LENGTH) {
    throw badRequest(`Fältet ”${TEXT_LABEL}” måste ha minst ${MIN_REDACT_LENGTH} tecken, så att inte vanliga ord tas bort av misstag.`, 'text');
  }
  if ([...trimmed].length > MAX_REDACT_LENGTH) throw badRequest(`Fältet ”${TEXT_LABEL}” får ha högst ${MAX_REDACT_LENGTH} tecken.`, 'text');
  const flat = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const marker = REDACTED.toLowerCase();
  let overlaps = marker.includes(flat) || flat.includes(marker);
  for (let k = 1; k < marker.length && !overlaps; k++) {
    overlaps = flat.endsWith(marker.slice(0, k)) || flat.startsWith(marker.slice(-k));
  }
  if (overlaps) {
    throw badRequest(`Fältet ”${TEXT_LABEL}” får inte börja med ], sluta med [ eller innehålla markeringen ${REDACTED}.`, 'text');
  }
  const words = trimmed.split(/\s+/).map(escapeRegExp).join('\\s+');
  const source = /^[\p{L}\p{N}]/u.test(trimmed) ? `(?<![\\p{L}\\p{N}])${words}` : words;
  return { all: new RegExp(source, 'giu'), any: new RegExp(source, 'iu') };
}

/** Whether `text` holds the needle anywhere. */
export function holdsNeedle(text: string, needle: Needle): boolean {
  return needle.any.test(text);
}

/** `text` with every occurrence replaced by the marker, and how many there were. */
export function redactText(text: string, needle: Needle): { text: string; count: number } {
  let count = 0;
  const replaced = text.replace(needle.all, () => {
    count++;
    return REDACTED;
  });
  return { text: count === 0 ? text : replaced, count };
}

/** Counts what one pass replaces, so each record can be rebuilt in one expression. */
class Tally {
  count = 0;
  constructor(private readonly needle: Needle) {}
  text = (s: string): string => {
    const r = redactText(s, this.needle);
    this.count += r.count;
    return r.text;
  };
  list = (items: readonly string[]): string[] => items.map(this.text);
}

function carried(c: CarriedAction, t: Tally): CarriedAction {
  return { ...c, text: t.text(c.text), owner: t.text(c.owner) };
}

function agendaItem(item: AgendaItem, t: Tally): AgendaItem {
  return {
    ...item,
    title: t.text(item.title),
    prompts: t.list(item.prompts),
    ...(item.carriedActions ? { carriedActions: item.carriedActions.map((c) => carried(c, t)) } : {}),
  };
}

function observation(o: Observation, t: Tally): Observation {
  return { ...o, area: t.text(o.area), text: t.text(o.text) };
}

function action(a: Action, t: Tally): Action {
  return { ...a, text: t.text(a.text), owner: t.text(a.owner) };
}

function itemMinutes(item: ItemMinutes, t: Tally): ItemMinutes {
  return {
    ...item,
    text: t.text(item.text),
    ...(item.vbe
      ? { vbe: { ...item.vbe, observations: item.vbe.observations.map((o) => observation(o, t)), actions: item.vbe.actions.map((a) => action(a, t)) } }
      : {}),
    // Actions on other items and the notes on carried actions' outcomes.
    ...(item.actions ? { actions: item.actions.map((a) => action(a, t)) } : {}),
    ...(item.carriedOutcomes
      ? { carriedOutcomes: item.carriedOutcomes.map((o) => (o.note === undefined ? o : { ...o, note: t.text(o.note) })) }
      : {}),
  };
}

function approval(a: Approval, t: Tally): Approval {
  return {
    ...a,
    approvers: t.list(a.approvers),
    ...(a.forum
      ? {
          forum: {
            ...a.forum,
            name: t.text(a.forum.name),
            memberOrganisations: t.list(a.forum.memberOrganisations),
            ...(a.forum.members
              ? { members: a.forum.members.map((m) => ({ ...m, name: t.text(m.name), organisation: t.text(m.organisation), role: t.text(m.role), email: t.text(m.email) })) }
              : {}),
          },
        }
      : {}),
  };
}

function version(v: MinutesVersion, t: Tally): MinutesVersion {
  return {
    ...v,
    ...(v.item ? { item: itemMinutes(v.item, t) } : {}),
    ...(v.approvers ? { approvers: t.list(v.approvers) } : {}),
    ...(v.reason !== undefined ? { reason: t.text(v.reason) } : {}),
  };
}

export interface MeetingRedaction {
  /** The meeting with every occurrence replaced; the same object when there was none. */
  meeting: Meeting;
  /** Occurrences replaced in the current records (agenda, minutes, approval, location). */
  replaced: number;
  /** Stored versions in `history` that held the text. */
  versions: number;
}

/**
 * Replaces the needle in the meeting's current agenda (titles, prompts,
 * carried actions), minutes (text, observations' area and text, actions'
 * text and owner on any item, notes on carried actions' outcomes), guests
 * in the attendance (and a chair or secretary named as one), approval (approvers, forum snapshot), location, the
 * reason a meeting was cancelled, and in every version in its history.
 * Status and approval stay as they were.
 */
export function redactMeeting(meeting: Meeting, needle: Needle): MeetingRedaction {
  const current = new Tally(needle);
  const redacted: Meeting = {
    ...meeting,
    ...(meeting.location !== undefined ? { location: current.text(meeting.location) } : {}),
    agenda: meeting.agenda.map((item) => agendaItem(item, current)),
    minutes: Object.fromEntries(Object.entries(meeting.minutes).map(([id, item]) => [id, itemMinutes(item, current)])),
    ...(meeting.approval ? { approval: approval(meeting.approval, current) } : {}),
    ...(meeting.cancellation ? { cancellation: { ...meeting.cancellation, reason: current.text(meeting.cancellation.reason) } } : {}),
    ...(meeting.attendance
      ? {
          attendance: {
            ...meeting.attendance,
            guests: meeting.attendance.guests.map((g) => ({
              ...g,
              name: current.text(g.name),
              organisation: current.text(g.organisation),
              ...(g.role !== undefined ? { role: current.text(g.role) } : {}),
            })),
            ...(meeting.attendance.chair !== undefined ? { chair: current.text(meeting.attendance.chair) } : {}),
            ...(meeting.attendance.secretary !== undefined ? { secretary: current.text(meeting.attendance.secretary) } : {}),
          },
        }
      : {}),
  };
  let versions = 0;
  const history = meeting.history.map((v) => {
    const t = new Tally(needle);
    const after = version(v, t);
    if (t.count === 0) return v;
    versions++;
    return after;
  });
  if (current.count === 0 && versions === 0) return { meeting, replaced: 0, versions: 0 };
  return { meeting: { ...redacted, history }, replaced: current.count, versions };
}

/**
 * Replaces the needle in a later meeting's agenda: in the actions it carried
 * from meeting `fromMeetingId`, and in its items' titles and prompts, which
 * "agenda from the previous meeting" copies. The same object comes back when
 * there was nothing to replace.
 */
export function redactLaterAgenda(meeting: Meeting, fromMeetingId: string, needle: Needle): { meeting: Meeting; replaced: number } {
  const t = new Tally(needle);
  const agenda = meeting.agenda.map((item) => ({
    ...item,
    title: t.text(item.title),
    prompts: t.list(item.prompts),
    ...(item.carriedActions ? { carriedActions: item.carriedActions.map((c) => (c.meetingId === fromMeetingId ? carried(c, t) : c)) } : {}),
  }));
  return t.count === 0 ? { meeting, replaced: 0 } : { meeting: { ...meeting, agenda }, replaced: t.count };
}

/** Whether `other` comes after `meeting`, so its agenda may hold copies of it. */
export function isLater(other: Pick<Meeting, 'id' | 'startsAt'>, meeting: Pick<Meeting, 'id' | 'startsAt'>): boolean {
  return other.id !== meeting.id && Date.parse(other.startsAt) > Date.parse(meeting.startsAt);
}

/** The edit for a stored copy of the forum's meetings: the meeting itself in full, later ones in their agendas. */
export function redactCopy(meeting: Pick<Meeting, 'id' | 'startsAt'>, needle: Needle): (copy: Meeting) => Meeting {
  return (m) => (m.id === meeting.id ? redactMeeting(m, needle).meeting : isLater(m, meeting) ? redactLaterAgenda(m, meeting.id, needle).meeting : m);
}

/**
 * Checks the reason for a redaction (it is kept in the history, so it must
 * not hold the text it takes away; the caller also runs it through the
 * guard) and returns it trimmed.
 */
export function redactionReason(reason: string, needle: Needle): string {
  const why = reason.trim();
  if (why.length < MIN_REDACT_REASON) {
    throw badRequest(`Fältet ”Motivering” måste ha minst ${MIN_REDACT_REASON} tecken: varför tas texten bort (gärna beslutets diarienummer)?`, 'reason');
  }
  if (holdsNeedle(why, needle)) throw badRequest('Fältet ”Motivering” får inte innehålla texten som tas bort: den sparas i versionshistoriken.', 'reason');
  return why;
}

export interface RedactionRecord {
  at: string;
  by: string;
  reason: string;
  replaced: number;
  versions: number;
}

/** Appends the version that says a redaction happened: who, when, why and how much, never the text. */
export function withRedactionVersion(meeting: Meeting, record: RedactionRecord): Meeting {
  const last = meeting.history.at(-1)?.version ?? 0;
  const entry: MinutesVersion = { version: last + 1, change: 'redact', ...record };
  return { ...meeting, history: [...meeting.history, entry], updatedAt: record.at };
}

/** The message after a redaction: "12 förekomster i 3 versioner och 2 säkerhetskopior togs bort." */
export function redactionSummary(result: { replaced: number; versions: number; backups: number; unreadableBackups?: number }): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const unreadable = result.unreadableBackups ?? 0;
  return (
    `${n(result.replaced, 'förekomst', 'förekomster')} i ${n(result.versions, 'version', 'versioner')} ` +
    `och ${n(result.backups, 'säkerhetskopia', 'säkerhetskopior')} togs bort.` +
    (unreadable > 0
      ? ` ${n(unreadable, 'säkerhetskopia', 'säkerhetskopior')} kunde inte läsas och ändrades inte: be den som driver tjänsten att ta bort ${unreadable === 1 ? 'den' : 'dem'}.`
      : '')
  );
}

// ---- The lägesbild's other sources (issue 11) ----
// A district-wide redaction beside the meeting one: reports (text, area, the
// triage note and the observation made from them), statements (summary,
// observations), survey comments and imports (observations). These records
// keep no versions, so the live record and its backup copies are all there is.

/** A record with every occurrence replaced (the same object when there was none) and how many. */
export interface SourceRedaction<T> {
  record: T;
  replaced: number;
}

function tallied<T>(record: T, t: Tally, redacted: T): SourceRedaction<T> {
  return t.count === 0 ? { record, replaced: 0 } : { record: redacted, replaced: t.count };
}

export function redactReport(report: Report, needle: Needle): SourceRedaction<Report> {
  const t = new Tally(needle);
  return tallied(report, t, {
    ...report,
    area: t.text(report.area),
    text: t.text(report.text),
    ...(report.triage?.note !== undefined ? { triage: { ...report.triage, note: t.text(report.triage.note) } } : {}),
    ...(report.observation ? { observation: observation(report.observation, t) } : {}),
  });
}

export function redactStatement(statement: Statement, needle: Needle): SourceRedaction<Statement> {
  const t = new Tally(needle);
  return tallied(statement, t, { ...statement, summary: t.text(statement.summary), observations: statement.observations.map((o) => observation(o, t)) });
}

export function redactSurvey(survey: Survey, needle: Needle): SourceRedaction<Survey> {
  const t = new Tally(needle);
  return tallied(survey, t, {
    ...survey,
    units: survey.units.map((u) => {
      // A unit may be named after a person (a family day care, a club): its name is redacted too.
      const name = t.text(u.name);
      const comment = u.response?.answers.comment === undefined ? undefined : t.text(u.response.answers.comment);
      if (name === u.name && comment === u.response?.answers.comment) return u;
      return { ...u, name, ...(u.response && comment !== undefined ? { response: { ...u.response, answers: { ...u.response.answers, comment } } } : {}) };
    }),
  });
}

export function redactImport(batch: ObservationImport, needle: Needle): SourceRedaction<ObservationImport> {
  const t = new Tally(needle);
  return tallied(batch, t, { ...batch, observations: batch.observations.map((o) => observation(o, t)) });
}

/** One edit per kind of source record, each returning the record unchanged (the same object) or redacted. */
export interface SourceEdits {
  report(report: Report): Report;
  survey(survey: Survey): Survey;
  statement(statement: Statement): Statement;
  import(batch: ObservationImport): ObservationImport;
  /** Optional so that an edit about the sources alone (retention) leaves lägesbilder alone. */
  lagesbild?(doc: LagesbildDocument): LagesbildDocument;
}

/** The edits for the store's copies (backups) of a district's sources. */
export function sourceEdits(needle: Needle): SourceEdits {
  return {
    report: (r) => redactReport(r, needle).record,
    survey: (s) => redactSurvey(s, needle).record,
    statement: (s) => redactStatement(s, needle).record,
    import: (i) => redactImport(i, needle).record,
    lagesbild: (d) => redactLagesbild(d, needle).record,
  };
}

// ---- The saved lägesbild (issue 12) ----
// Its sections, every version's sections, decision and reason, and the
// adopted snapshot's strings (area names come from reports and minutes).

function sectionsOf(sections: LagesbildSections, t: Tally): LagesbildSections {
  return { summary: t.text(sections.summary), analysis: t.text(sections.analysis), needs: t.text(sections.needs) };
}

function deepStrings(value: unknown, t: Tally): unknown {
  if (typeof value === 'string') return t.text(value);
  if (Array.isArray(value)) return value.map((v) => deepStrings(v, t));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepStrings(v, t)]));
  return value;
}

/** The document redacted; `versions` counts the earlier versions that held the text. Adds no version entry: the router does (appendLagesbildRedaction). */
export function redactLagesbild(doc: LagesbildDocument, needle: Needle): SourceRedaction<LagesbildDocument> & { versions: number } {
  const t = new Tally(needle);
  let versions = 0;
  const history = doc.versions.map((v) => {
    const before = t.count;
    const next: LagesbildVersion = {
      ...v,
      ...(v.sections ? { sections: sectionsOf(v.sections, t) } : {}),
      ...(v.decision !== undefined ? { decision: t.text(v.decision) } : {}),
      ...(v.reason !== undefined ? { reason: t.text(v.reason) } : {}),
    };
    if (t.count > before) versions++;
    return next;
  });
  const redacted: LagesbildDocument = {
    ...doc,
    sections: sectionsOf(doc.sections, t),
    versions: history,
    ...(doc.adoption
      ? {
          adoption: {
            ...doc.adoption,
            ...(doc.adoption.decision !== undefined ? { decision: t.text(doc.adoption.decision) } : {}),
            figures: deepStrings(doc.adoption.figures, t) as Lagesbild,
          },
        }
      : {}),
  };
  return { ...tallied(doc, t, redacted), versions: t.count === 0 ? 0 : versions };
}

