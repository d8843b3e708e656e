// The storage interface the routers use. The lowdb store implements it; a
// PostgreSQL store can implement it too without touching routers or domain.
//
// `update*` takes a function from the current record to the new one and
// applies it atomically (no other change to the record in between); if the
// function throws, nothing is stored. Every change names its actor and
// procedure for the audit log. Records returned are read-only.
import type { ReportStatus } from '../domain/codes.ts';
import { stockholmDate, stockholmDayStart } from '../domain/periods.ts';
import type { SourceEdits } from '../domain/redact.ts';
import type { Account, AuditEntry, District, Forum, LagesbildDocument, Meeting, ObservationImport, Report, Session, Statement, Survey } from '../domain/types.ts';

export interface AuditContext {
  actorId: string;
  procedure: string;
  /**
   * Record the entry's time only to the day (the start of its Stockholm day):
   * for an anonymous sender, whose time of sending would be a key into the
   * proxy's access log.
   */
  dayOnly?: boolean;
}

/** The `at` of an audit entry written now. */
export function auditTime(now: Date, audit: AuditContext): string {
  return audit.dayOnly ? stockholmDayStart(stockholmDate(now.toISOString())) : now.toISOString();
}

export interface MeetingQuery {
  forumIds?: readonly string[];
  districtId?: string;
  /** Instants, ISO 8601; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
}

/** A district's records by day, `YYYY-MM-DD`, both ends included; without them, every day. */
export interface DistrictPeriodQuery {
  districtId: string;
  from?: string;
  to?: string;
}

/**
 * Whether a district id may name a folder: one path segment that neither
 * climbs (`..`) nor hides (`.x`), so `reports/<id>/…` stays in its collection.
 */
export function isSafePathSegment(id: string): boolean {
  return id.length > 0 && id.length <= 100 && !id.startsWith('.') && !/[/\\:\0]/.test(id);
}

/** A comparator by the keys in turn; every store sorts with the same one, ties broken by id. */
export function compareBy<T>(...keys: ((record: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export interface Store {
  listDistricts(): Promise<District[]>;
  getDistrict(id: string): Promise<District | undefined>;
  putDistrict(district: District, audit: AuditContext): Promise<District>;

  listAccounts(): Promise<Account[]>;
  getAccount(id: string): Promise<Account | undefined>;
  findAccountByUsername(username: string): Promise<Account | undefined>;
  createAccount(account: Account, audit: AuditContext): Promise<Account>;
  updateAccount(id: string, change: (account: Account) => Account, audit: AuditContext): Promise<Account>;

  listForums(query?: { districtId?: string; ids?: readonly string[] }): Promise<Forum[]>;
  getForum(id: string): Promise<Forum | undefined>;
  createForum(forum: Forum, audit: AuditContext): Promise<Forum>;
  updateForum(id: string, change: (forum: Forum) => Forum, audit: AuditContext): Promise<Forum>;

  /** Sorted by `startsAt`. */
  listMeetings(query: MeetingQuery): Promise<Meeting[]>;
  getMeeting(id: string): Promise<Meeting | undefined>;
  createMeeting(meeting: Meeting, audit: AuditContext): Promise<Meeting>;
  updateMeeting(id: string, change: (meeting: Meeting) => Meeting, audit: AuditContext): Promise<Meeting>;
  /**
   * Rewrites the store's own copies (backups) of a forum's meetings, for
   * redaction: `edit` returns a meeting unchanged (the same object) or
   * changed. Returns how many copies (files) were rewritten; a store that
   * keeps no copies of its own returns 0. Call it after the live records are
   * changed, so that a copy made meanwhile already holds the change.
   */
  rewriteMeetingCopies(forum: { districtId: string; forumId: string }, edit: (meeting: Meeting) => Meeting): Promise<{ rewritten: number; unreadable: number }>;

  getSession(tokenHash: string): Promise<Session | undefined>;
  createSession(session: Session, audit: AuditContext): Promise<Session>;
  /** Marks activity; may be kept in memory only, so it is not audited. */
  touchSession(tokenHash: string, at: string): Promise<void>;
  deleteSession(tokenHash: string, audit: AuditContext): Promise<void>;
  deleteSessionsOf(accountId: string, audit: AuditContext): Promise<void>;

  // The create methods of reports, surveys, statements and imports refuse a
  // districtId that is not an existing district or not a safe path segment
  // (RecordNotFoundError('district', id)): the routers check too, the store is the last line.

  /** Reports whose event `date` lies in the period, sorted by `receivedAt` (then id, as every list here). */
  listReports(query: DistrictPeriodQuery & { status?: ReportStatus }): Promise<Report[]>;
  getReport(id: string): Promise<Report | undefined>;
  createReport(report: Report, audit: AuditContext): Promise<Report>;
  updateReport(id: string, change: (report: Report) => Report, audit: AuditContext): Promise<Report>;

  /** Sorted by year, then createdAt. */
  listSurveys(query: { districtId: string; year?: number }): Promise<Survey[]>;
  getSurvey(id: string): Promise<Survey | undefined>;
  /** The survey one of whose units has this answer token. */
  findSurveyByToken(token: string): Promise<Survey | undefined>;
  createSurvey(survey: Survey, audit: AuditContext): Promise<Survey>;
  updateSurvey(id: string, change: (survey: Survey) => Survey, audit: AuditContext): Promise<Survey>;

  /** Statements whose period overlaps the query's, sorted by `from`, then source. */
  listStatements(query: DistrictPeriodQuery): Promise<Statement[]>;
  getStatement(id: string): Promise<Statement | undefined>;
  createStatement(statement: Statement, audit: AuditContext): Promise<Statement>;
  updateStatement(id: string, change: (statement: Statement) => Statement, audit: AuditContext): Promise<Statement>;

  /** Imports whose period overlaps the query's, sorted by `importedAt`. */
  listImports(query: DistrictPeriodQuery): Promise<ObservationImport[]>;
  getImport(id: string): Promise<ObservationImport | undefined>;
  createImport(batch: ObservationImport, audit: AuditContext): Promise<ObservationImport>;
  /** Removes an import (undoing a mistaken one), audited; RecordNotFoundError if there is none. Backups keep their copies until they rotate out. */
  deleteImport(id: string, audit: AuditContext): Promise<void>;
  /** For redaction: an import keeps its district and period. */
  updateImport(id: string, change: (batch: ObservationImport) => ObservationImport, audit: AuditContext): Promise<ObservationImport>;
  /** Issue 12: a district's saved lägesbilder, sorted by `to` (newest last), then createdAt. */
  listLagesbilder(query: { districtId: string }): Promise<LagesbildDocument[]>;
  getLagesbild(id: string): Promise<LagesbildDocument | undefined>;
  createLagesbild(doc: LagesbildDocument, audit: AuditContext): Promise<LagesbildDocument>;
  updateLagesbild(id: string, change: (doc: LagesbildDocument) => LagesbildDocument, audit: AuditContext): Promise<LagesbildDocument>;

  /**
   * Rewrites the store's own copies (backups) of a district's reports,
   * surveys, statements and imports, for redaction, as rewriteMeetingCopies
   * does for a forum's meetings: each edit returns its record unchanged (the
   * same object) or changed. Call it after the live records are changed.
   */
  rewriteSourceCopies(districtId: string, edits: SourceEdits): Promise<{ rewritten: number; unreadable: number }>;

  /**
   * Appends an audit entry for a read (the inbox: reading reports is as
   * sensitive as changing them) and changes no record. A store that cannot
   * write (read-only, full disk) warns and resolves, so the read still answers.
   */
  auditRead(recordType: StoredRecord, recordId: string, audit: AuditContext): Promise<void>;
  auditLog(): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

export type StoredRecord = AuditEntry['recordType'];

/** No record with this id. The API words it (api/trpc/store-errors.ts); the store says only what and which. */
export class RecordNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly recordType: StoredRecord,
    readonly recordId: string,
  ) {
    super(`${recordType} ${recordId} not found`);
    this.name = 'RecordNotFoundError';
  }
}

export type ConflictReason = 'username-taken' | 'exists' | 'changed-meanwhile' | 'other-forum' | 'other-district';

/** The change would break a rule of the store; `detail` is what the wording may name (e.g. the username). */
export class RecordConflictError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly recordType: StoredRecord,
    readonly reason: ConflictReason,
    readonly detail?: string,
  ) {
    super(`${recordType}: ${reason}`);
    this.name = 'RecordConflictError';
  }
}
