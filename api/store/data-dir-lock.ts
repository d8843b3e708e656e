// One writer per data folder: a lock file <dataDir>/.lock naming its holder.
// A lock is stale when its holder is gone: dead, on this host, or alive but
// another program that got the same pid (told apart by the start time the
// lock records, where /proc exists).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorCode, fsyncDir, mkdirDurable } from './durable-json-file.ts';

export const LOCK_FILE_NAME = '.lock';

export interface DataDirLockOwner {
  kind: 'server' | 'script';
  description: string;
}

/** Which process a pid stood for: the same pid after a reboot or a restart is another process. */
export interface ProcessIdentity {
  /** /proc/sys/kernel/random/boot_id */
  bootId: string;
  /** Start time in clock ticks after boot, field 22 of /proc/<pid>/stat. */
  startTicks: string;
}

export interface DataDirLockInfo extends DataDirLockOwner {
  pid: number;
  hostname: string;
  /** ISO 8601, UTC. */
  startedAt: string;
  /** Absent where /proc is missing (and in locks written before it was recorded). */
  process?: ProcessIdentity;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly lockFile: string;
  readonly info: DataDirLockInfo;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly lockFile: string;
  /** null when the lock file was being replaced and could not be read. */
  readonly holder: DataDirLockInfo | null;

  constructor(dataDir: string, lockFile: string, holder: DataDirLockInfo | null) {
    super(lockedMessage(dataDir, lockFile, holder));
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.lockFile = lockFile;
    this.holder = holder;
  }
}

// Locks this process holds, so a second acquire in the same process is refused
// while a lock left by an earlier process with our pid (a restarted container) counts as stale.
const heldHere = new Map<string, DataDirLockInfo>();

export async function acquireDataDirLock(dataDir: string, owner: DataDirLockOwner): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  const lockFile = path.join(dir, LOCK_FILE_NAME);
  const mine = heldHere.get(dir);
  if (mine) throw new DataDirLockedError(dir, lockFile, mine);

  await mkdirDurable(dir);
  const identity = processIdentity(process.pid);
  const info: DataDirLockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    kind: owner.kind,
    description: owner.description,
    startedAt: new Date().toISOString(),
    ...(identity ? { process: identity } : {}),
  };
  const content = JSON.stringify(info, null, 2) + '\n';

  for (let attempt = 0; attempt < 2; attempt++) {
    let created: boolean;
    try {
      created = await createExclusively(lockFile, content);
    } catch (err) {
      // A full disk cannot hide that someone holds the folder: say who, rather than why we could not write.
      const current = await readLockFile(lockFile).catch(() => null);
      if (current?.status === 'ok' && !isStale(current.info)) throw new DataDirLockedError(dir, lockFile, current.info);
      throw err;
    }
    if (created) {
      heldHere.set(dir, info);
      return makeLock(dir, lockFile, info);
    }
    const current = await readLockFile(lockFile);
    if (current.status === 'missing') continue; // released meanwhile: try again
    if (attempt > 0) {
      // Someone else took it between our removal and our retry.
      throw new DataDirLockedError(dir, lockFile, current.status === 'ok' ? current.info : null);
    }
    if (current.status === 'ok' && !isStale(current.info)) throw new DataDirLockedError(dir, lockFile, current.info);
    if (await takeOver(lockFile, current.raw, content)) {
      heldHere.set(dir, info);
      return makeLock(dir, lockFile, info);
    }
    const now = await readLockFile(lockFile);
    throw new DataDirLockedError(dir, lockFile, now.status === 'ok' ? now.info : null);
  }
  const last = await readLockFile(lockFile);
  throw new DataDirLockedError(dir, lockFile, last.status === 'ok' ? last.info : null);
}

/** Who holds the lock, or null if nobody does (or the lock file is unreadable, i.e. stale). */
export async function readDataDirLock(dataDir: string): Promise<DataDirLockInfo | null> {
  const current = await readLockFile(path.join(path.resolve(dataDir), LOCK_FILE_NAME));
  return current.status === 'ok' ? current.info : null;
}

function makeLock(dataDir: string, lockFile: string, info: DataDirLockInfo): DataDirLock {
  let released = false;
  return {
    dataDir,
    lockFile,
    info,
    async release() {
      if (released) return;
      released = true;
      if (heldHere.get(dataDir) === info) heldHere.delete(dataDir);
      const current = await readLockFile(lockFile);
      // Never remove a lock that someone else has taken over in the meantime.
      if (current.status === 'ok' && sameHolder(current.info, info)) {
        await rm(lockFile, { force: true });
      }
    },
  };
}

// Written to a temp file first and hard-linked into place, so the lock file never
// exists half-written: an unreadable lock file can then only be a stale one.
async function createExclusively(lockFile: string, content: string): Promise<boolean> {
  const tmp = `${lockFile}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeSynced(tmp, content);
    try {
      await link(tmp, lockFile);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EEXIST') return false;
      // File systems without hard links: fall back to a plain exclusive create.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        try {
          await writeSynced(lockFile, content);
        } catch (err2) {
          if (errorCode(err2) === 'EEXIST') return false;
          throw err2;
        }
      } else {
        throw err;
      }
    }
    await fsyncDir(path.dirname(lockFile));
    return true;
  } finally {
    await rm(tmp, { force: true }).catch(() => {});
  }
}

async function writeSynced(file: string, content: string): Promise<void> {
  let fh: FileHandle | undefined = await open(file, 'wx');
  try {
    await fh.writeFile(content, 'utf8');
    await fh.datasync();
    await fh.close();
    fh = undefined;
  } catch (err) {
    await fh?.close().catch(() => {});
    await rm(file, { force: true }).catch(() => {});
    throw err;
  }
}

type LockFileState = { status: 'missing' } | { status: 'invalid'; raw: string } | { status: 'ok'; raw: string; info: DataDirLockInfo };

async function readLockFile(lockFile: string): Promise<LockFileState> {
  let raw: string;
  try {
    raw = await readFile(lockFile, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { status: 'missing' };
    throw err;
  }
  const info = parseLockInfo(raw);
  return info ? { status: 'ok', raw, info } : { status: 'invalid', raw };
}

function parseLockInfo(raw: string): DataDirLockInfo | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
  if (typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return null;
  if (v.kind !== 'server' && v.kind !== 'script') return null;
  const p = v.process as Record<string, unknown> | null | undefined;
  const identity = typeof p === 'object' && p !== null && typeof p.bootId === 'string' && typeof p.startTicks === 'string' ? { bootId: p.bootId, startTicks: p.startTicks } : null;
  return {
    pid: v.pid,
    hostname: v.hostname,
    kind: v.kind,
    description: typeof v.description === 'string' ? v.description : '',
    startedAt: v.startedAt,
    ...(identity ? { process: identity } : {}),
  };
}

function isStale(holder: DataDirLockInfo): boolean {
  // Another host's process cannot be checked from here: assume it runs.
  if (holder.hostname !== os.hostname()) return false;
  // Our pid but not a lock we hold (checked by the caller): left by an earlier process.
  if (holder.pid === process.pid) return true;
  return !isAlive(holder.pid) || !isHolder(holder);
}

// Whether the live process with the holder's pid is the one that wrote the lock.
function isHolder(holder: DataDirLockInfo): boolean {
  const now = processIdentity(holder.pid);
  if (holder.process && now) return holder.process.bootId === now.bootId && holder.process.startTicks === now.startTicks;
  // A lock without the start time (an older release): at least the program must be Node.
  const program = commandOf(holder.pid);
  if (program === null) return true; // no /proc: cannot tell, so it counts as held
  const name = path.basename(program).toLowerCase();
  return /^node(js)?[\d.-]*(\.exe)?$/.test(name) || name === path.basename(process.execPath).toLowerCase();
}

/** The process's boot id and start time from /proc, or null where there is no /proc (or no such process). */
export function processIdentity(pid: number): ProcessIdentity | null {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields[19]; // field 22; fields[0] is field 3
    return bootId && startTicks && /^\d+$/.test(startTicks) ? { bootId, startTicks } : null;
  } catch {
    return null;
  }
}

// argv[0] of the process, or null where /proc cannot tell.
function commandOf(pid: number): string | null {
  try {
    // Empty for kernel threads and zombies: neither holds a lock.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return errorCode(err) !== 'ESRCH';
  }
}

/**
 * Replaces the stale lock `staleRaw` with ours. Takeovers are serialised by a
 * mark file, so two processes that both saw the same stale lock cannot both
 * replace it (the second would remove the first's fresh lock). Returns false
 * when another process is taking over or already has.
 */
async function takeOver(lockFile: string, staleRaw: string, content: string): Promise<boolean> {
  const mark = `${lockFile}.takeover.tmp`;
  if (!(await createExclusively(mark, JSON.stringify({ pid: process.pid })))) {
    // Another process is taking over; if it died doing so, clear its mark for the next start.
    const raw = await readFile(mark, 'utf8').catch(() => '');
    let pid = NaN;
    try {
      pid = Number((JSON.parse(raw) as { pid?: unknown }).pid);
    } catch {
      // An unreadable mark is as good as a dead one.
    }
    if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid))) await removeIfUnchanged(mark, raw);
    return false;
  }
  try {
    const current = await readLockFile(lockFile);
    if (current.status !== 'missing' && current.raw !== staleRaw) return false;
    await rm(lockFile, { force: true });
    return await createExclusively(lockFile, content);
  } finally {
    await rm(mark, { force: true });
  }
}

// Moves a stale file aside instead of deleting it, so that if another process
// replaced it with a fresh lock in the meantime, we can tell and put that one back.
async function removeIfUnchanged(lockFile: string, expectedRaw: string): Promise<void> {
  const aside = `${lockFile}.${process.pid}.${randomBytes(6).toString('hex')}.stale.tmp`;
  try {
    await rename(lockFile, aside);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  try {
    const raw = await readFile(aside, 'utf8');
    if (raw !== expectedRaw) await link(aside, lockFile).catch(() => {});
  } finally {
    await rm(aside, { force: true });
  }
}

function sameHolder(a: DataDirLockInfo, b: DataDirLockInfo): boolean {
  return a.pid === b.pid && a.startedAt === b.startedAt && a.hostname === b.hostname;
}

function lockedMessage(dataDir: string, lockFile: string, holder: DataDirLockInfo | null): string {
  if (!holder) return `Datamappen ${dataDir} låses just nu av en annan process (${lockFile}). Försök igen om en stund.`;
  const who = holder.kind === 'server' ? 'servern' : `skriptet ${JSON.stringify(holder.description)}`;
  const started = formatLocal(holder.startedAt);
  if (holder.hostname !== os.hostname()) {
    return (
      `Datamappen ${dataDir} används redan av ${who} på datorn ${holder.hostname} (pid ${holder.pid}, startad ${started}). ` +
      `Stoppa den först. Om den inte längre körs, ta bort låsfilen ${lockFile} och försök igen.`
    );
  }
  return `Datamappen ${dataDir} används redan av ${who} (pid ${holder.pid}, startad ${started}). Stoppa den först, eller använd en annan DATA_DIR.`;
}

function formatLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
