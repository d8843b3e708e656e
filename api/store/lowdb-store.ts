// The embedded store: lowdb over JSON files in DATA_DIR, one writer.
//
//   core.json                  districts, accounts, forums
//   sessions.json              signed-in sessions (token hashes only)
//   meetings/<district>/<forum>/<year>.json   a forum's meetings by year of start
//   reports/<district>/<year>.json      de-identified reports by year of the event's date
//   surveys/<district>/<year>.json      survey rounds by their year
//   statements/<district>/<year>.json   partners' statements by year of `from`
//   imports/<district>/<year>.json      imported observations by year of `from`
//   lagesbilder/<district>/<year>.json  saved lägesbilder by year of `to`
//   audit/<YYYY-MM>.jsonl      append-only audit log
//   backups/<YYYY-MM-DD>/      daily copies
//
// Meetings are split by forum and year so a write rewrites one small file,
// however long the history grows and however many forums a district has. All data is held in memory; reads
// never touch the disk. What else may lie in the folder: data-layout.ts.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { capSessionsPerAccount, isSessionExpired } from '../auth/session-token.ts';
import { badRequest } from '../domain/errors.ts';
import { inPeriod, overlapsPeriod } from '../domain/periods.ts';
import type { Account, AuditEntry, District, Forum, LagesbildDocument, Meeting, ObservationImport, Report, Session, Statement, Survey } from '../domain/types.ts';
import { AppendOnlyLog } from './append-log.ts';
import { newestGoodBackup, rewriteBackupCopies } from './backups.ts';
import {
  AUDIT_DIR,
  CORE,
  FIRST_YEAR,
  IMPORTS_DIR,
  isPlaceableYear,
  LAGESBILDER_DIR,
  LAST_YEAR,
  MEETINGS_DIR,
  meetingFileYear,
  REPORTS_DIR,
  scanDataLayout,
  SESSIONS,
  STATEMENTS_DIR,
  SURVEYS_DIR,
  type DistrictYearDir,
} from './data-layout.ts';
import { diskFullError, isDiskFull } from './disk-full.ts';
import { CorruptDataFileError, DurableJsonFile, removeStaleTempFiles } from './durable-json-file.ts';
import {
  coreFile,
  FORMAT_VERSION,
  importsFile,
  lagesbilderFile,
  meetingsFile,
  reportsFile,
  sessionsFile,
  statementsFile,
  surveysFile,
  type CoreFile,
  type MeetingsFile,
  type RecordsFile,
  type SessionsFile,
} from './file-schemas.ts';
import {
  auditTime,
  compareBy,
  isSafePathSegment,
  RecordConflictError,
  RecordNotFoundError,
  type AuditContext,
  type MeetingQuery,
  type Store,
  type StoredRecord,
} from './store.ts';

/** Thrown inside a change to leave it unchanged when the meeting must move to another year's file. */
const MOVE = Symbol('move meeting to another file');

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly backup: string | null,
  ) {
    super(
      `Datafilen ${file} kan inte läsas: ${reason}\n` +
        (backup
          ? `Senaste fungerande säkerhetskopia: ${backup}\nStoppa allt som använder datamappen, kopiera säkerhetskopian över filen och starta igen.`
          : 'Det finns ingen fungerande säkerhetskopia av filen.'),
    );
    this.name = 'DataFileError';
  }
}

/** The UTC year of an instant, which keys its meeting file; NaN if it is not one. */
export function utcYear(instant: string): number {
  return new Date(instant).getUTCFullYear();
}

/** Where a meeting is stored, relative to the data folder (the UTC year of its start). */
export function meetingFileKey(meeting: Pick<Meeting, 'districtId' | 'forumId' | 'startsAt'>): string {
  return path.join(MEETINGS_DIR, meeting.districtId, meeting.forumId, `${utcYear(meeting.startsAt)}.json`);
}

// Why a meeting is in the wrong file (a hand edit, a restore to the wrong
// place), or null. The loader would otherwise serve it and write it back where it is.
function misplaced(relative: string, meetings: readonly Meeting[]): string | null {
  const [, district, forum, name] = relative.split(path.sep);
  const year = meetingFileYear(name);
  for (const m of meetings) {
    if (m.districtId !== district) return `mötet ${m.id} hör till stadsdelen ${m.districtId}, men ligger i mappen för ${district}.`;
    if (m.forumId !== forum) return `mötet ${m.id} hör till forumet ${m.forumId}, men ligger i mappen för ${forum}.`;
    if (utcYear(m.startsAt) !== year) return `mötet ${m.id} börjar ${m.startsAt}, men ligger i filen för år ${year} (filerna delas efter året i UTC).`;
  }
  return null;
}

type Loaded<T> = { ok: true; low: Low<T> } | { ok: false; reason: string; damaged: boolean };

async function readFileChecked<T>(dataDir: string, relative: string, schema: z.ZodType<T>, empty: T, check?: (data: T) => string | null): Promise<Loaded<T>> {
  const low = new Low<T>(new DurableJsonFile<T>(path.join(dataDir, relative)), empty);
  let parsed: unknown;
  try {
    parsed = await low.adapter.read();
  } catch (err) {
    if (err instanceof CorruptDataFileError) return { ok: false, reason: 'filen är inte giltig JSON.', damaged: true };
    return { ok: false, reason: (err as Error).message, damaged: false };
  }
  if (parsed === null) return { ok: true, low };
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `fel format vid ${issue.path.join('.') || 'roten'}: ${issue.message}`, damaged: true };
  }
  const wrong = check?.(result.data);
  if (wrong) return { ok: false, reason: wrong, damaged: true };
  low.data = result.data;
  return { ok: true, low };
}

async function loadFile<T>(dataDir: string, relative: string, schema: z.ZodType<T>, empty: T, check?: (data: T) => string | null): Promise<Low<T>> {
  const loaded = await readFileChecked(dataDir, relative, schema, empty, check);
  if (loaded.ok) return loaded.low;
  const good = (d: unknown) => {
    const r = schema.safeParse(d);
    return r.success && !check?.(r.data);
  };
  throw new DataFileError(path.join(dataDir, relative), loaded.reason, await newestGoodBackup(dataDir, relative, good));
}

// ---- Records filed by district and year (issue 11) ----

interface DistrictRecord {
  id: string;
  districtId: string;
}

/** How one kind of district-and-year record is filed. */
interface DistrictYearKind<T extends DistrictRecord> {
  dir: DistrictYearDir;
  recordType: StoredRecord;
  schema: z.ZodType<unknown>;
  /** The year that keys the record's file. */
  year(record: T): number;
  /** The field that sets the year, named when it cannot be placed. */
  yearField: string;
  /** What the record is, in Swedish, for start-up messages. */
  noun: string;
}

const dayYear = (day: string) => (/^\d{4}-/.test(day) ? Number(day.slice(0, 4)) : NaN);

const REPORTS: DistrictYearKind<Report> = { dir: REPORTS_DIR, recordType: 'report', schema: reportsFile, year: (r) => dayYear(r.date), yearField: 'date', noun: 'rapporten' };
const SURVEYS: DistrictYearKind<Survey> = { dir: SURVEYS_DIR, recordType: 'survey', schema: surveysFile, year: (s) => s.year, yearField: 'year', noun: 'enkätomgången' };
const STATEMENTS: DistrictYearKind<Statement> = {
  dir: STATEMENTS_DIR,
  recordType: 'statement',
  schema: statementsFile,
  year: (s) => dayYear(s.from),
  yearField: 'from',
  noun: 'lägesbilden',
};
const IMPORTS: DistrictYearKind<ObservationImport> = {
  dir: IMPORTS_DIR,
  recordType: 'import',
  schema: importsFile,
  year: (i) => dayYear(i.from),
  yearField: 'from',
  noun: 'importen',
};

const LAGESBILDER: DistrictYearKind<LagesbildDocument> = {
  dir: LAGESBILDER_DIR,
  recordType: 'lagesbild',
  schema: lagesbilderFile,
  year: (d) => dayYear(d.to),
  yearField: 'to',
  noun: 'lägesbilden',
};

/** Where a record is stored, relative to the data folder. */
function districtYearKey<T extends DistrictRecord>(kind: DistrictYearKind<T>, record: T): string {
  return path.join(kind.dir, record.districtId, `${kind.year(record)}.json`);
}

function misplacedRecord<T extends DistrictRecord>(kind: DistrictYearKind<T>, relative: string, records: readonly T[]): string | null {
  const [, district, name] = relative.split(path.sep);
  const year = meetingFileYear(name);
  for (const r of records) {
    if (r.districtId !== district) return `${kind.noun} ${r.id} hör till stadsdelen ${r.districtId}, men ligger i mappen för ${district}.`;
    if (kind.year(r) !== year) return `${kind.noun} ${r.id} hör till år ${kind.year(r)}, men ligger i filen för år ${year}.`;
  }
  return null;
}

export interface OpenedStore extends Store {
  /** True when the folder had no data: the caller may seed it. */
  readonly wasEmpty: boolean;
  /** Relative paths of all data files and audit logs, for backups. */
  dataFiles(): Promise<string[]>;
}

export interface OpenOptions {
  now?: () => Date;
  /**
   * Only the lock holder may remove temp files left by a crash, repair the
   * audit log or replace a damaged sessions.json; a reader (`npm run user --
   * list` beside a running server) must not.
   */
  lockHeld: boolean;
  /**
   * Start-up could not write at all (the disk is full): every write is
   * refused with the disk-full message, without touching the disk.
   */
  diskFull?: boolean;
  /** Where start-up warnings go (default: stderr). */
  warn?: (message: string) => void;
}

export async function openLowdbStore(dataDir: string, options: OpenOptions): Promise<OpenedStore> {
  const now = options.now ?? (() => new Date());
  const warn = options.warn ?? ((message: string) => console.error(message));
  const mayRepair = options.lockHeld && !options.diskFull;
  if (options.lockHeld) await removeStaleTempFiles(dataDir);
  const layout = await scanDataLayout(dataDir);
  if (layout.outside.length > 0) {
    warn(`Datamappen ${dataDir} innehåller sådant som inte hör till den; servern läser det inte och lämnar det orört:\n${layout.outside.map((f) => `  ${f}`).join('\n')}`);
  }
  const core = await loadFile<CoreFile>(dataDir, CORE, coreFile, { format: FORMAT_VERSION, districts: [], accounts: [], forums: [] });
  const sessions = await loadSessions();
  const meetingFiles = new Map<string, Low<MeetingsFile>>();
  const meetingKey = new Map<string, string>();
  for (const relative of layout.meetingFiles) {
    const low = await loadFile<MeetingsFile>(dataDir, relative, meetingsFile, { format: FORMAT_VERSION, meetings: [] }, (d) => misplaced(relative, d.meetings));
    meetingFiles.set(relative, low);
    for (const m of low.data.meetings) {
      const other = meetingKey.get(m.id);
      if (other) throw new DataFileError(path.join(dataDir, relative), `mötet ${m.id} finns också i ${path.join(dataDir, other)}.`, null);
      meetingKey.set(m.id, relative);
    }
  }
  const tokens = new Map<string, string>(); // a survey unit's answer token → the survey's id
  const tokenIndex: RecordIndex<Survey> = {
    add: (survey) => survey.units.forEach((u) => tokens.set(u.token, survey.id)),
    remove: (survey) => survey.units.forEach((u) => tokens.get(u.token) === survey.id && tokens.delete(u.token)),
  };
  const reports = await districtYearCollection(REPORTS, layout.districtYearFiles[REPORTS_DIR]);
  const surveys = await districtYearCollection(SURVEYS, layout.districtYearFiles[SURVEYS_DIR], tokenIndex);
  const statements = await districtYearCollection(STATEMENTS, layout.districtYearFiles[STATEMENTS_DIR]);
  const imports = await districtYearCollection(IMPORTS, layout.districtYearFiles[IMPORTS_DIR]);
  const lagesbilder = await districtYearCollection(LAGESBILDER, layout.districtYearFiles[LAGESBILDER_DIR]);
  const collections = [reports, surveys, statements, imports, lagesbilder];
  const wasEmpty =
    core.data.accounts.length === 0 && core.data.forums.length === 0 && meetingFiles.size === 0 && collections.every((c) => c.files.size === 0);
  const audit = new AppendOnlyLog(path.join(dataDir, AUDIT_DIR), { warn });
  if (options.lockHeld) {
    for (const torn of await audit.repairTornLines()) {
      warn(`Revisionsloggen ${torn.file} slutade med en ofullständig rad (${torn.bytes} byte), från en skrivning som avbröts innan den bekräftades. Raden är borttagen; resten av loggen är orörd.`);
    }
  }

  // Sessions hold nothing worth keeping: a damaged file costs a new sign-in, not the start.
  async function loadSessions(): Promise<Low<SessionsFile>> {
    const empty: SessionsFile = { format: FORMAT_VERSION, sessions: [] };
    const loaded = await readFileChecked<SessionsFile>(dataDir, SESSIONS, sessionsFile, empty);
    if (loaded.ok) return loaded.low;
    const file = path.join(dataDir, SESSIONS);
    if (!loaded.damaged) throw new DataFileError(file, loaded.reason, null);
    const low = new Low<SessionsFile>(new DurableJsonFile(file), { format: FORMAT_VERSION, sessions: [] });
    if (!mayRepair) {
      warn(`${file} är skadad (${loaded.reason}) och läses som tom.`);
      return low;
    }
    try {
      await low.write();
      warn(`${file} var skadad (${loaded.reason}) och är ersatt med en tom fil: alla behöver logga in på nytt.`);
    } catch (err) {
      warn(`${file} är skadad (${loaded.reason}) och läses som tom, men kunde inte ersättas: ${(err as Error).message}`);
    }
    return low;
  }

  // Activity is kept in memory; the file holds the last sign-in.
  const lastSeen = new Map<string, string>();
  sessions.data.sessions = sessions.data.sessions.filter((s) => !isSessionExpired(s, now()));

  // One change to a file at a time, from reading the record to the data on
  // disk, so no other change is captured in a write that then fails.
  const busy = new WeakMap<object, Promise<unknown>>();
  function exclusive<R>(low: object, work: () => Promise<R>): Promise<R> {
    const run = (busy.get(low) ?? Promise.resolve()).then(work, work);
    busy.set(
      low,
      run.then(
        () => undefined,
        () => undefined,
      ),
    );
    return run;
  }

  interface Step<R> {
    recordId: string;
    apply(): void;
    undo(): void;
    result: R;
  }

  /**
   * Audits and writes one change. `prepare` reads the current state (and may
   * refuse, changing nothing). The write's snapshot holds the change, but
   * memory shows it only once it is on disk, so no reader ever sees a change
   * that is then lost.
   */
  function change<T, R>(low: Low<T>, auditCtx: AuditContext, recordType: AuditEntry['recordType'], prepare: () => Step<R>): Promise<R> {
    return exclusive(low, async () => {
      const step = prepare();
      if (options.diskFull) throw diskFullError();
      try {
        await audit.append({ at: auditTime(now(), auditCtx), actorId: auditCtx.actorId, procedure: auditCtx.procedure, recordType, recordId: step.recordId });
        step.apply();
        let written: Promise<void>;
        try {
          written = low.write(); // serialises synchronously, before the undo below
        } finally {
          step.undo();
        }
        await written;
      } catch (err) {
        // Memory and disk are as before; the people using it get a plain answer, the operator the cause.
        if (!isDiskFull(err)) throw err;
        warn(`Disken är full: ${auditCtx.procedure} (${recordType} ${step.recordId}) sparades inte (${(err as NodeJS.ErrnoException).code}).`);
        throw diskFullError(err);
      }
      step.apply();
      return step.result;
    });
  }

  /** Replaces the record with `id` in `list` by `change(record)`. */
  function replaceStep<T extends { id: string }>(list: T[], id: string, what: StoredRecord, edit: (record: T) => T): Step<T> {
    const index = list.findIndex((r) => r.id === id);
    if (index === -1) throw new RecordNotFoundError(what, id);
    const before = list[index];
    const after = edit(before);
    return { recordId: id, apply: () => void (list[index] = after), undo: () => void (list[index] = before), result: after };
  }

  function appendStep<T>(list: T[], record: T, recordId: string): Step<T> {
    return { recordId, apply: () => void list.push(record), undo: () => void list.splice(list.lastIndexOf(record), 1), result: record };
  }

  async function deleteSessionsWhere(match: (s: Session) => boolean, auditCtx: AuditContext): Promise<void> {
    const list = sessions.data.sessions;
    const doomed = list.find(match);
    if (!doomed) return;
    await change(sessions, auditCtx, 'session', () => {
      const previous = [...list];
      const kept = list.filter((s) => !match(s));
      return {
        recordId: doomed.accountId,
        apply: () => void list.splice(0, list.length, ...kept),
        undo: () => void list.splice(0, list.length, ...previous),
        result: undefined,
      };
    });
  }

  /**
   * Moves a meeting to another year's file (a start moved across New Year).
   * Both files are held, in name order so two moves never wait on each other.
   * The new file is written first: a crash between the two writes leaves the
   * meeting in both files, which start-up names (never in neither).
   */
  function moveMeeting(id: string, fromKey: string, toKey: string, edit: (meeting: Meeting) => Meeting, auditCtx: AuditContext): Promise<Meeting> {
    const from = meetingFiles.get(fromKey)!;
    const to = meetingFile(toKey);
    const [first, second] = fromKey < toKey ? [from, to] : [to, from];
    return exclusive(first, () =>
      exclusive(second, async () => {
        if (meetingKey.get(id) !== fromKey) throw new RecordConflictError('meeting', 'changed-meanwhile');
        const index = from.data.meetings.findIndex((m) => m.id === id);
        const before = from.data.meetings[index];
        const after = edit(before);
        if (meetingFileKey(after) !== toKey) throw new RecordConflictError('meeting', 'changed-meanwhile');
        if (options.diskFull) throw diskFullError();
        const add = () => void to.data.meetings.push(after);
        const unadd = () => void to.data.meetings.splice(to.data.meetings.lastIndexOf(after), 1);
        const remove = () => void from.data.meetings.splice(index, 1);
        const unremove = () => void from.data.meetings.splice(index, 0, before);
        // Snapshots are taken synchronously by write(); memory changes only once both are on disk.
        const written = (low: Low<MeetingsFile>, apply: () => void, undo: () => void) => {
          apply();
          try {
            return low.write();
          } finally {
            undo();
          }
        };
        try {
          await audit.append({ at: auditTime(now(), auditCtx), actorId: auditCtx.actorId, procedure: auditCtx.procedure, recordType: 'meeting', recordId: id });
          await written(to, add, unadd);
          try {
            await written(from, remove, unremove);
          } catch (err) {
            // Take it back out of the new file, so it stays in one place only.
            await to.write().catch(() => warn(`Mötet ${id} ligger nu i både ${fromKey} och ${toKey}; ta bort det ur ${toKey}.`));
            throw err;
          }
        } catch (err) {
          if (!isDiskFull(err)) throw err;
          warn(`Disken är full: ${auditCtx.procedure} (meeting ${id}) sparades inte (${(err as NodeJS.ErrnoException).code}).`);
          throw diskFullError(err);
        }
        add();
        remove();
        meetingKey.set(id, toKey);
        return after;
      }),
    );
  }

  interface RecordIndex<T> {
    add(record: T): void;
    remove(record: T): void;
  }

  /**
   * One kind of record filed by district and year, loaded whole at start.
   * Like meetings: a write rewrites one file, a change of year moves the
   * record (new file first), a record never leaves its district.
   */
  async function districtYearCollection<T extends DistrictRecord>(kind: DistrictYearKind<T>, relatives: readonly string[], index?: RecordIndex<T>) {
    const files = new Map<string, Low<RecordsFile<T>>>();
    const where = new Map<string, string>(); // id → file key
    const empty = (): RecordsFile<T> => ({ format: FORMAT_VERSION, records: [] });
    for (const relative of relatives) {
      const schema = kind.schema as z.ZodType<RecordsFile<T>>;
      const low = await loadFile<RecordsFile<T>>(dataDir, relative, schema, empty(), (d) => misplacedRecord(kind, relative, d.records));
      files.set(relative, low);
      for (const r of low.data.records) {
        const other = where.get(r.id);
        if (other) throw new DataFileError(path.join(dataDir, relative), `${kind.noun} ${r.id} finns också i ${path.join(dataDir, other)}.`, null);
        where.set(r.id, relative);
        index?.add(r);
      }
    }

    function file(key: string): Low<RecordsFile<T>> {
      let low = files.get(key);
      if (!low) {
        low = new Low<RecordsFile<T>>(new DurableJsonFile(path.join(dataDir, key)), empty());
        files.set(key, low);
      }
      return low;
    }

    function placeable(record: T): void {
      if (!isPlaceableYear(kind.year(record))) throw badRequest(`Året måste ligga mellan ${FIRST_YEAR} och ${LAST_YEAR}.`, kind.yearField);
    }

    // The list alone: `at` is the record's place (replace, remove), or -1 to append.
    function listStep(list: T[], at: number, before: T | undefined, after: T | undefined): { apply(): void; undo(): void } {
      return {
        apply: () => {
          if (before && after) list[at] = after;
          else if (after) list.push(after);
          else list.splice(at, 1);
        },
        undo: () => {
          if (before && after) list[at] = before;
          else if (after) list.splice(list.lastIndexOf(after), 1);
          else list.splice(at, 0, before!);
        },
      };
    }

    // The id map and the index follow the list, in the same synchronous step.
    function tracked(list: T[], at: number, before: T | undefined, after: T, key: string): { apply(): void; undo(): void } {
      const step = listStep(list, at, before, after);
      return {
        apply: () => {
          step.apply();
          if (before) index?.remove(before);
          index?.add(after);
          where.set(after.id, key);
        },
        undo: () => {
          step.undo();
          index?.remove(after);
          if (before) index?.add(before);
          else where.delete(after.id);
        },
      };
    }

    /** Moves a record to another year's file, as moveMeeting does. */
    function move(id: string, fromKey: string, toKey: string, edit: (record: T) => T, auditCtx: AuditContext): Promise<T> {
      const from = files.get(fromKey)!;
      const to = file(toKey);
      const [first, second] = fromKey < toKey ? [from, to] : [to, from];
      return exclusive(first, () =>
        exclusive(second, async () => {
          if (where.get(id) !== fromKey) throw new RecordConflictError(kind.recordType, 'changed-meanwhile');
          const at = from.data.records.findIndex((r) => r.id === id);
          const before = from.data.records[at];
          const after = edit(before);
          if (after.districtId !== before.districtId || after.id !== before.id) throw new RecordConflictError(kind.recordType, 'other-district');
          if (districtYearKey(kind, after) !== toKey) throw new RecordConflictError(kind.recordType, 'changed-meanwhile');
          if (options.diskFull) throw diskFullError();
          const add = listStep(to.data.records, -1, undefined, after);
          const remove = listStep(from.data.records, at, before, undefined);
          const written = (low: Low<RecordsFile<T>>, step: { apply(): void; undo(): void }) => {
            step.apply();
            try {
              return low.write();
            } finally {
              step.undo();
            }
          };
          try {
            await audit.append({ at: auditTime(now(), auditCtx), actorId: auditCtx.actorId, procedure: auditCtx.procedure, recordType: kind.recordType, recordId: id });
            await written(to, add);
            try {
              await written(from, remove);
            } catch (err) {
              await to.write().catch(() => warn(`${kind.noun} ${id} ligger nu i både ${fromKey} och ${toKey}; ta bort den ur ${toKey}.`));
              throw err;
            }
          } catch (err) {
            if (!isDiskFull(err)) throw err;
            warn(`Disken är full: ${auditCtx.procedure} (${kind.recordType} ${id}) sparades inte (${(err as NodeJS.ErrnoException).code}).`);
            throw diskFullError(err);
          }
          remove.apply();
          add.apply();
          index?.remove(before);
          index?.add(after);
          where.set(id, toKey);
          return after;
        }),
      );
    }

    return {
      files,
      /** The district's records in files of the years given (both included). */
      list(districtId: string, years: { from?: number; to?: number } = {}): T[] {
        const found: T[] = [];
        for (const [key, low] of files) {
          const [, district, name] = key.split(path.sep);
          const year = Number(name.slice(0, 4));
          if (district !== districtId) continue;
          if ((years.from !== undefined && year < years.from) || (years.to !== undefined && year > years.to)) continue;
          found.push(...low.data.records);
        }
        return found;
      },
      get(id: string): T | undefined {
        const key = where.get(id);
        return key ? files.get(key)!.data.records.find((r) => r.id === id) : undefined;
      },
      create(record: T, auditCtx: AuditContext): Promise<T> {
        assertDistrictFolder(record.districtId);
        placeable(record);
        const key = districtYearKey(kind, record);
        const low = file(key);
        return change(low, auditCtx, kind.recordType, () => {
          if (where.has(record.id)) throw new RecordConflictError(kind.recordType, 'exists');
          return { recordId: record.id, ...tracked(low.data.records, -1, undefined, record, key), result: record };
        });
      },
      remove(id: string, auditCtx: AuditContext): Promise<void> {
        const key = where.get(id);
        const low = key ? files.get(key) : undefined;
        if (!low || !key) return Promise.reject(new RecordNotFoundError(kind.recordType, id));
        return change(low, auditCtx, kind.recordType, () => {
          const at = low.data.records.findIndex((r) => r.id === id);
          if (where.get(id) !== key || at === -1) throw new RecordNotFoundError(kind.recordType, id);
          const before = low.data.records[at];
          const step = listStep(low.data.records, at, before, undefined);
          return {
            recordId: id,
            apply: () => {
              step.apply();
              index?.remove(before);
              where.delete(id);
            },
            undo: () => {
              step.undo();
              index?.add(before);
              where.set(id, key);
            },
            result: undefined,
          };
        });
      },
      async update(id: string, edit: (record: T) => T, auditCtx: AuditContext): Promise<T> {
        const key = where.get(id);
        const low = key ? files.get(key) : undefined;
        if (!low || !key) throw new RecordNotFoundError(kind.recordType, id);
        let moveTo: string | undefined;
        const result = await change(low, auditCtx, kind.recordType, () => {
          if (where.get(id) !== key) throw new RecordConflictError(kind.recordType, 'changed-meanwhile');
          const at = low.data.records.findIndex((r) => r.id === id);
          const before = low.data.records[at];
          const after = edit(before);
          if (after.districtId !== before.districtId || after.id !== before.id) throw new RecordConflictError(kind.recordType, 'other-district');
          const target = districtYearKey(kind, after);
          if (target !== key) {
            placeable(after);
            moveTo = target;
            throw MOVE;
          }
          return { recordId: id, ...tracked(low.data.records, at, before, after, key), result: after };
        }).catch((err) => {
          if (err !== MOVE) throw err;
          return undefined;
        });
        return result ?? move(id, key, moveTo!, edit, auditCtx);
      },
    };
  }

  // The district id becomes a folder name: never one that climbs out of its collection, nor one no district has.
  function assertDistrictFolder(districtId: string): void {
    if (!isSafePathSegment(districtId) || !core.data.districts.some((d) => d.id === districtId)) throw new RecordNotFoundError('district', districtId);
  }

  function meetingFile(key: string): Low<MeetingsFile> {
    let low = meetingFiles.get(key);
    if (!low) {
      low = new Low<MeetingsFile>(new DurableJsonFile(path.join(dataDir, key)), { format: FORMAT_VERSION, meetings: [] });
      meetingFiles.set(key, low);
    }
    return low;
  }

  return {
    wasEmpty,
    async dataFiles() {
      const logs = (await readdir(audit.dir).catch(() => [])).filter((n) => n.endsWith('.jsonl')).map((n) => path.join('audit', n));
      return [CORE, ...meetingFiles.keys(), ...collections.flatMap((c) => [...c.files.keys()]), ...logs];
    },

    async listDistricts() {
      return core.data.districts;
    },
    async getDistrict(id) {
      return core.data.districts.find((d) => d.id === id);
    },
    async putDistrict(district: District, auditCtx) {
      const list = core.data.districts;
      return change(core, auditCtx, 'district', () =>
        list.some((d) => d.id === district.id) ? replaceStep(list, district.id, 'district', () => district) : appendStep(list, district, district.id),
      );
    },

    async listAccounts() {
      return core.data.accounts;
    },
    async getAccount(id) {
      return core.data.accounts.find((a) => a.id === id);
    },
    async findAccountByUsername(username) {
      const wanted = username.trim().toLowerCase();
      return core.data.accounts.find((a) => a.username.toLowerCase() === wanted);
    },
    async createAccount(account: Account, auditCtx) {
      return change(core, auditCtx, 'account', () => {
        if (core.data.accounts.some((a) => a.username.toLowerCase() === account.username.toLowerCase())) {
          throw new RecordConflictError('account', 'username-taken', account.username);
        }
        return appendStep(core.data.accounts, account, account.id);
      });
    },
    async updateAccount(id, edit, auditCtx) {
      return change(core, auditCtx, 'account', () => replaceStep(core.data.accounts, id, 'account', edit));
    },

    async listForums(query = {}) {
      return core.data.forums.filter(
        (f) => (!query.districtId || f.districtId === query.districtId) && (!query.ids || query.ids.includes(f.id)),
      );
    },
    async getForum(id) {
      return core.data.forums.find((f) => f.id === id);
    },
    async createForum(forum: Forum, auditCtx) {
      return change(core, auditCtx, 'forum', () => appendStep(core.data.forums, forum, forum.id));
    },
    async updateForum(id, edit, auditCtx) {
      return change(core, auditCtx, 'forum', () => replaceStep(core.data.forums, id, 'forum', edit));
    },

    async listMeetings(query: MeetingQuery) {
      const forumIds = query.forumIds && new Set(query.forumIds);
      const from = query.from ? Date.parse(query.from) : -Infinity;
      const to = query.to ? Date.parse(query.to) : Infinity;
      // Files are keyed by UTC year, whatever offset the query's instants carry.
      const fromYear = Number.isFinite(from) ? new Date(from).toISOString().slice(0, 4) : '0000';
      const toYear = Number.isFinite(to) ? new Date(to).toISOString().slice(0, 4) : '9999';
      const found: Meeting[] = [];
      for (const [key, low] of meetingFiles) {
        const [, district, forum, file] = key.split(path.sep);
        const year = file.slice(0, 4);
        if (query.districtId && district !== query.districtId) continue;
        if (forumIds && !forumIds.has(forum)) continue;
        if (year < fromYear || year > toYear) continue;
        for (const m of low.data.meetings) {
          const t = Date.parse(m.startsAt);
          if (t >= from && t < to) found.push(m);
        }
      }
      return found.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
    },
    async getMeeting(id) {
      const key = meetingKey.get(id);
      return key ? meetingFiles.get(key)!.data.meetings.find((m) => m.id === id) : undefined;
    },
    async createMeeting(meeting: Meeting, auditCtx) {
      // The loader refuses a file it cannot place, so never write one.
      if (!isPlaceableYear(utcYear(meeting.startsAt))) throw badRequest(`Mötet måste börja mellan år ${FIRST_YEAR} och ${LAST_YEAR}.`, 'startsAt');
      const key = meetingFileKey(meeting);
      const low = meetingFile(key);
      return change(low, auditCtx, 'meeting', () => {
        const step = appendStep(low.data.meetings, meeting, meeting.id);
        return {
          ...step,
          apply: () => {
            step.apply();
            meetingKey.set(meeting.id, key);
          },
          undo: () => {
            step.undo();
            meetingKey.delete(meeting.id);
          },
        };
      });
    },
    async updateMeeting(id, edit, auditCtx) {
      const key = meetingKey.get(id);
      const low = key ? meetingFiles.get(key) : undefined;
      if (!low || !key) throw new RecordNotFoundError('meeting', id);
      let moveTo: string | undefined;
      const result = await change(low, auditCtx, 'meeting', () =>
        replaceStep(low.data.meetings, id, 'meeting', (before) => {
          const after = edit(before);
          const target = meetingFileKey(after);
          if (target === key) return after;
          if (after.districtId !== before.districtId || after.forumId !== before.forumId) throw new RecordConflictError('meeting', 'other-forum');
          if (!isPlaceableYear(utcYear(after.startsAt))) throw badRequest(`Mötet måste börja mellan år ${FIRST_YEAR} och ${LAST_YEAR}.`, 'startsAt');
          moveTo = target;
          throw MOVE;
        }),
      ).catch((err) => {
        if (err !== MOVE) throw err;
        return undefined;
      });
      return result ?? moveMeeting(id, key, moveTo!, edit, auditCtx);
    },

    async rewriteMeetingCopies(forum, edit) {
      const { rewritten, unreadable } = await rewriteBackupCopies(dataDir, {
        folder: path.join(MEETINGS_DIR, forum.districtId, forum.forumId),
        edit: (data) => {
          // Only copies in the current format are edited; unknown keys are kept as they are.
          if (!meetingsFile.safeParse(data).success) throw new Error('not a meetings file');
          const copy = data as MeetingsFile;
          let changed = false;
          const meetings = copy.meetings.map((m) => {
            const after = edit(m);
            if (after !== m) changed = true;
            return after;
          });
          return changed ? { ...copy, meetings } : undefined;
        },
      });
      for (const file of unreadable) {
        console.warn(`Säkerhetskopian ${file} kunde inte läsas och har inte ändrats. Ta bort den om den kan innehålla text som ska tas bort.`);
      }
      return { rewritten: rewritten.length, unreadable: unreadable.length };
    },

    async getSession(tokenHash) {
      const s = sessions.data.sessions.find((x) => x.tokenHash === tokenHash);
      return s && { ...s, lastSeenAt: lastSeen.get(tokenHash) ?? s.lastSeenAt };
    },
    async createSession(session: Session, auditCtx) {
      const list = sessions.data.sessions;
      return change(sessions, auditCtx, 'session', () => {
        // Expired sessions are dropped whenever someone signs in, and so are the account's oldest beyond its limit.
        const previous = [...list];
        const live = list.filter((s) => !isSessionExpired({ ...s, lastSeenAt: lastSeen.get(s.tokenHash) ?? s.lastSeenAt }, now()));
        const next = capSessionsPerAccount([...live, session]);
        return {
          recordId: session.accountId,
          apply: () => void list.splice(0, list.length, ...next),
          undo: () => void list.splice(0, list.length, ...previous),
          result: session,
        };
      });
    },
    async touchSession(tokenHash, at) {
      lastSeen.set(tokenHash, at);
    },
    async deleteSession(tokenHash, auditCtx) {
      await deleteSessionsWhere((s) => s.tokenHash === tokenHash, auditCtx);
      lastSeen.delete(tokenHash);
    },
    async deleteSessionsOf(accountId, auditCtx) {
      await deleteSessionsWhere((s) => s.accountId === accountId, auditCtx);
    },
    async listReports(query) {
      const years = { from: query.from ? dayYear(query.from) : undefined, to: query.to ? dayYear(query.to) : undefined };
      return reports
        .list(query.districtId, years)
        .filter((r) => inPeriod(r.date, query) && (!query.status || r.status === query.status))
        .sort(compareBy((r) => r.receivedAt, (r) => r.id));
    },
    async getReport(id) {
      return reports.get(id);
    },
    async createReport(report, auditCtx) {
      return reports.create(report, auditCtx);
    },
    async updateReport(id, edit, auditCtx) {
      return reports.update(id, edit, auditCtx);
    },

    async listSurveys(query) {
      return surveys
        .list(query.districtId, { from: query.year, to: query.year })
        .filter((s) => query.year === undefined || s.year === query.year)
        .sort(compareBy((s) => s.year, (s) => s.createdAt, (s) => s.id));
    },
    async getSurvey(id) {
      return surveys.get(id);
    },
    async findSurveyByToken(token) {
      const id = tokens.get(token);
      return id === undefined ? undefined : surveys.get(id);
    },
    async createSurvey(survey, auditCtx) {
      return surveys.create(survey, auditCtx);
    },
    async updateSurvey(id, edit, auditCtx) {
      return surveys.update(id, edit, auditCtx);
    },

    // Filed by the year of `from`: a period that began in an earlier year may still overlap.
    async listStatements(query) {
      return statements
        .list(query.districtId, { to: query.to ? dayYear(query.to) : undefined })
        .filter((s) => overlapsPeriod(s, query))
        .sort(compareBy((s) => s.from, (s) => s.source, (s) => s.id));
    },
    async getStatement(id) {
      return statements.get(id);
    },
    async createStatement(statement, auditCtx) {
      return statements.create(statement, auditCtx);
    },
    async updateStatement(id, edit, auditCtx) {
      return statements.update(id, edit, auditCtx);
    },

    async listImports(query) {
      return imports
        .list(query.districtId, { to: query.to ? dayYear(query.to) : undefined })
        .filter((i) => overlapsPeriod(i, query))
        .sort(compareBy((i) => i.importedAt, (i) => i.id));
    },
    async getImport(id) {
      return imports.get(id);
    },
    async createImport(batch, auditCtx) {
      return imports.create(batch, auditCtx);
    },
    async deleteImport(id, auditCtx) {
      return imports.remove(id, auditCtx);
    },
    async updateImport(id, edit, auditCtx) {
      return imports.update(id, edit, auditCtx);
    },

    async listLagesbilder(query) {
      return lagesbilder.list(query.districtId).sort(compareBy((d) => d.to, (d) => d.createdAt, (d) => d.id));
    },
    async getLagesbild(id) {
      return lagesbilder.get(id);
    },
    async createLagesbild(doc, auditCtx) {
      return lagesbilder.create(doc, auditCtx);
    },
    async updateLagesbild(id, edit, auditCtx) {
      return lagesbilder.update(id, edit, auditCtx);
    },

    async rewriteSourceCopies(districtId, edits) {
      assertDistrictFolder(districtId);
      const all: [DistrictYearKind<DistrictRecord>, ((record: never) => unknown) | undefined][] = [
        [REPORTS as never, edits.report],
        [SURVEYS as never, edits.survey],
        [STATEMENTS as never, edits.statement],
        [IMPORTS as never, edits.import],
        [LAGESBILDER as never, edits.lagesbild],
      ];
      const kinds = all.filter((k): k is [DistrictYearKind<DistrictRecord>, (record: never) => unknown] => k[1] !== undefined);
      let rewritten = 0;
      let unreadable = 0;
      for (const [kind, edit] of kinds) {
        const result = await rewriteBackupCopies(dataDir, {
          folder: path.join(kind.dir, districtId),
          edit: (data) => {
            // Only copies in the current format are edited; unknown keys are kept as they are.
            if (!kind.schema.safeParse(data).success) throw new Error(`not a ${kind.dir} file`);
            const copy = data as RecordsFile<never>;
            let changed = false;
            const records = copy.records.map((r) => {
              const after = edit(r);
              if (after !== r) changed = true;
              return after;
            });
            return changed ? { ...copy, records } : undefined;
          },
        });
        for (const file of result.unreadable) {
          warn(`Säkerhetskopian ${file} kunde inte läsas och har inte ändrats. Ta bort den om den kan innehålla text som ska tas bort.`);
        }
        rewritten += result.rewritten.length;
        unreadable += result.unreadable.length;
      }
      return { rewritten, unreadable };
    },

    async auditRead(recordType, recordId, auditCtx) {
      const what = `${auditCtx.procedure} (${recordType} ${recordId})`;
      if (options.diskFull) {
        warn(`Läsningen ${what} kunde inte loggas: datamappen är skrivskyddad eller disken full.`);
        return;
      }
      try {
        await audit.append({ at: auditTime(now(), auditCtx), actorId: auditCtx.actorId, procedure: auditCtx.procedure, recordType, recordId });
      } catch (err) {
        if (!isDiskFull(err)) throw err;
        warn(`Disken är full: läsningen ${what} kunde inte loggas (${(err as NodeJS.ErrnoException).code}).`);
      }
    },
    async auditLog() {
      return (await audit.readAll()) as AuditEntry[];
    },
    async close() {
      await audit.close();
    },
  };
}
