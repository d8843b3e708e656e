// The embedded store: lowdb over JSON files in DATA_DIR, one writer.
//
//   core.json                  districts, accounts, forums
//   sessions.json              signed-in sessions (token hashes only)
//   meetings/<district>/<forum>/<year>.json   a forum's meetings by year of start
//   audit/<YYYY-MM>.jsonl      append-only audit log
//   backups/<YYYY-MM-DD>/      daily copies
//
// Meetings are split by forum and year so a write rewrites one small file,
// however long the history grows and however many forums a district has. All data is held in memory; reads
// never touch the disk.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { isSessionExpired } from '../auth/session-token.ts';
import { conflict, notFound } from '../domain/errors.ts';
import type { Account, AuditEntry, District, Forum, Meeting, Session } from '../domain/types.ts';
import { AppendOnlyLog } from './append-log.ts';
import { newestGoodBackup } from './backups.ts';
import { CorruptDataFileError, DurableJsonFile, removeStaleTempFiles } from './durable-json-file.ts';
import { coreFile, FORMAT_VERSION, meetingsFile, sessionsFile, type CoreFile, type MeetingsFile, type SessionsFile } from './file-schemas.ts';
import type { AuditContext, MeetingQuery, Store } from './store.ts';

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

const CORE = 'core.json';
const SESSIONS = 'sessions.json';
const MEETINGS_DIR = 'meetings';

/** Where a meeting is stored, relative to the data folder (the UTC year of its start). */
export function meetingFileKey(meeting: Pick<Meeting, 'districtId' | 'forumId' | 'startsAt'>): string {
  return path.join(MEETINGS_DIR, meeting.districtId, meeting.forumId, `${meeting.startsAt.slice(0, 4)}.json`);
}

async function loadFile<T>(dataDir: string, relative: string, schema: z.ZodType<T>, empty: T): Promise<Low<T>> {
  const file = path.join(dataDir, relative);
  const low = new Low<T>(new DurableJsonFile<T>(file), empty);
  let parsed: unknown;
  try {
    parsed = await low.adapter.read();
  } catch (err) {
    const reason = err instanceof CorruptDataFileError ? 'filen är inte giltig JSON.' : (err as Error).message;
    throw new DataFileError(file, reason, await newestGoodBackup(dataDir, relative, (d) => schema.safeParse(d).success));
  }
  if (parsed === null) return low;
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const reason = `fel format vid ${issue.path.join('.') || 'roten'}: ${issue.message}`;
    throw new DataFileError(file, reason, await newestGoodBackup(dataDir, relative, (d) => schema.safeParse(d).success));
  }
  low.data = result.data;
  return low;
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

async function listMeetingFiles(dataDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const district of await subfolders(path.join(dataDir, MEETINGS_DIR))) {
    for (const forum of await subfolders(path.join(dataDir, MEETINGS_DIR, district))) {
      for (const name of await readdir(path.join(dataDir, MEETINGS_DIR, district, forum))) {
        if (/^\d{4}\.json$/.test(name)) files.push(path.join(MEETINGS_DIR, district, forum, name));
      }
    }
  }
  return files.sort();
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
   * Only the lock holder may remove temp files left by a crash; a reader
   * (`npm run user -- list` beside a running server) must not.
   */
  lockHeld: boolean;
}

export async function openLowdbStore(dataDir: string, options: OpenOptions): Promise<OpenedStore> {
  const now = options.now ?? (() => new Date());
  if (options.lockHeld) await removeStaleTempFiles(dataDir);
  const core = await loadFile<CoreFile>(dataDir, CORE, coreFile, { format: FORMAT_VERSION, districts: [], accounts: [], forums: [] });
  const sessions = await loadFile<SessionsFile>(dataDir, SESSIONS, sessionsFile, { format: FORMAT_VERSION, sessions: [] });
  const meetingFiles = new Map<string, Low<MeetingsFile>>();
  const meetingKey = new Map<string, string>();
  for (const relative of await listMeetingFiles(dataDir)) {
    const low = await loadFile<MeetingsFile>(dataDir, relative, meetingsFile, { format: FORMAT_VERSION, meetings: [] });
    meetingFiles.set(relative, low);
    for (const m of low.data.meetings) meetingKey.set(m.id, relative);
  }
  const wasEmpty = core.data.accounts.length === 0 && core.data.forums.length === 0 && meetingFiles.size === 0;
  const audit = new AppendOnlyLog(path.join(dataDir, 'audit'));

  // Activity is kept in memory; the file holds the last sign-in.
  const lastSeen = new Map<string, string>();
  sessions.data.sessions = sessions.data.sessions.filter((s) => !isSessionExpired(s, now()));

  async function commit<T>(low: Low<T>, auditCtx: AuditContext, recordType: AuditEntry['recordType'], recordId: string, undo: () => void) {
    const entry: AuditEntry = { at: now().toISOString(), actorId: auditCtx.actorId, procedure: auditCtx.procedure, recordType, recordId };
    try {
      // The snapshot is taken synchronously inside write(); the order of writes is kept.
      await Promise.all([low.write(), audit.append(entry)]);
    } catch (err) {
      undo();
      throw err;
    }
  }

  function replaceIn<T extends { id: string }>(list: T[], before: T, after: T): () => void {
    const index = list.indexOf(before);
    list[index] = after;
    return () => {
      const at = list.indexOf(after);
      if (at !== -1) list[at] = before;
    };
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
      return [CORE, ...meetingFiles.keys(), ...logs];
    },

    async listDistricts() {
      return core.data.districts;
    },
    async getDistrict(id) {
      return core.data.districts.find((d) => d.id === id);
    },
    async putDistrict(district: District, auditCtx) {
      const list = core.data.districts;
      const before = list.find((d) => d.id === district.id);
      if (before) {
        const undo = replaceIn(list, before, district);
        await commit(core, auditCtx, 'district', district.id, undo);
      } else {
        list.push(district);
        await commit(core, auditCtx, 'district', district.id, () => list.splice(list.indexOf(district), 1));
      }
      return district;
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
      if (core.data.accounts.some((a) => a.username.toLowerCase() === account.username.toLowerCase())) {
        throw conflict(`Användarnamnet ${account.username} finns redan.`);
      }
      const list = core.data.accounts;
      list.push(account);
      await commit(core, auditCtx, 'account', account.id, () => list.splice(list.indexOf(account), 1));
      return account;
    },
    async updateAccount(id, change, auditCtx) {
      const before = core.data.accounts.find((a) => a.id === id);
      if (!before) throw notFound('Kontot finns inte.');
      const after = change(before);
      const undo = replaceIn(core.data.accounts, before, after);
      await commit(core, auditCtx, 'account', id, undo);
      return after;
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
      const list = core.data.forums;
      list.push(forum);
      await commit(core, auditCtx, 'forum', forum.id, () => list.splice(list.indexOf(forum), 1));
      return forum;
    },
    async updateForum(id, change, auditCtx) {
      const before = core.data.forums.find((f) => f.id === id);
      if (!before) throw notFound('Forumet finns inte.');
      const after = change(before);
      const undo = replaceIn(core.data.forums, before, after);
      await commit(core, auditCtx, 'forum', id, undo);
      return after;
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
      const key = meetingFileKey(meeting);
      const low = meetingFile(key);
      low.data.meetings.push(meeting);
      meetingKey.set(meeting.id, key);
      await commit(low, auditCtx, 'meeting', meeting.id, () => {
        low.data.meetings.splice(low.data.meetings.indexOf(meeting), 1);
        meetingKey.delete(meeting.id);
      });
      return meeting;
    },
    async updateMeeting(id, change, auditCtx) {
      const key = meetingKey.get(id);
      const low = key ? meetingFiles.get(key) : undefined;
      const before = low?.data.meetings.find((m) => m.id === id);
      if (!low || !before) throw notFound('Mötet finns inte.');
      const after = change(before);
      if (meetingFileKey(after) !== key) throw conflict('Ett möte kan inte flyttas till ett annat forum eller ett annat år.');
      const undo = replaceIn(low.data.meetings, before, after);
      await commit(low, auditCtx, 'meeting', id, undo);
      return after;
    },

    async getSession(tokenHash) {
      const s = sessions.data.sessions.find((x) => x.tokenHash === tokenHash);
      return s && { ...s, lastSeenAt: lastSeen.get(tokenHash) ?? s.lastSeenAt };
    },
    async createSession(session: Session, auditCtx) {
      const list = sessions.data.sessions;
      // Expired sessions are dropped whenever someone signs in.
      const live = list.filter((s) => !isSessionExpired({ ...s, lastSeenAt: lastSeen.get(s.tokenHash) ?? s.lastSeenAt }, now()));
      const previous = [...list];
      list.splice(0, list.length, ...live, session);
      await commit(sessions, auditCtx, 'session', session.accountId, () => list.splice(0, list.length, ...previous));
      return session;
    },
    async touchSession(tokenHash, at) {
      lastSeen.set(tokenHash, at);
    },
    async deleteSession(tokenHash, auditCtx) {
      const list = sessions.data.sessions;
      const index = list.findIndex((s) => s.tokenHash === tokenHash);
      if (index === -1) return;
      const [removed] = list.splice(index, 1);
      lastSeen.delete(tokenHash);
      await commit(sessions, auditCtx, 'session', removed.accountId, () => list.push(removed));
    },
    async deleteSessionsOf(accountId, auditCtx) {
      const list = sessions.data.sessions;
      const previous = [...list];
      const kept = list.filter((s) => s.accountId !== accountId);
      if (kept.length === list.length) return;
      list.splice(0, list.length, ...kept);
      await commit(sessions, auditCtx, 'session', accountId, () => list.splice(0, list.length, ...previous));
    },

    async auditLog() {
      return (await audit.readAll()) as AuditEntry[];
    },
    async close() {
      await audit.close();
    },
  };
}
