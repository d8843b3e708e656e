// Daily copies of the data files in <dataDir>/backups/<YYYY-MM-DD>/ (UTC date), newest `keep` kept.
import type { FileHandle } from 'node:fs/promises';
import { copyFile, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DurableJsonFile, errorCode, fsyncDir, mkdirDurable } from './durable-json-file.ts';

export const BACKUPS_DIR_NAME = 'backups';
export const DEFAULT_BACKUPS_KEPT = 14;

const DATED = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_SUFFIX = '.partial';

export interface DailyBackupOptions {
  /** Decides the folder's date (UTC). Default: now. */
  now?: Date;
  /** How many dated folders to keep. Default 14. */
  keep?: number;
  /** Data files to copy, relative to dataDir. Files that do not exist yet are skipped. */
  files: string[];
}

/**
 * Copies today's backup unless it exists, then rotates. Returns the new folder, or
 * null if today's backup was already there. Files are copied one by one, so a file
 * written meanwhile may be a newer version than its neighbours; each copy is whole
 * because data files are only ever replaced by rename.
 */
export async function createDailyBackup(dataDir: string, opts: DailyBackupOptions): Promise<string | null> {
  return oneAtATime(path.resolve(dataDir), () => makeDailyBackup(dataDir, opts));
}

async function makeDailyBackup(dataDir: string, opts: DailyBackupOptions): Promise<string | null> {
  const root = path.resolve(dataDir);
  const backupsDir = path.join(root, BACKUPS_DIR_NAME);
  const keep = opts.keep ?? DEFAULT_BACKUPS_KEPT;
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep måste vara ett heltal ≥ 1 (fick ${keep}).`);
  const files = opts.files.map((f) => checkedRelative(root, f));
  const date = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const final = path.join(backupsDir, date);

  let created: string | null = null;
  if (!(await isDirectory(final))) {
    // Built under another name and renamed when complete, so a crash never leaves a half backup that counts.
    const partial = final + PARTIAL_SUFFIX;
    await rm(partial, { recursive: true, force: true });
    await mkdirDurable(partial);
    const dirsToSync = new Set<string>([partial]);
    for (const rel of files) {
      const src = path.join(root, rel);
      const dest = path.join(partial, rel);
      if (!(await exists(src))) continue;
      await mkdirDurable(path.dirname(dest));
      await copyFile(src, dest);
      await fsyncFile(dest);
      dirsToSync.add(path.dirname(dest));
    }
    for (const dir of dirsToSync) await fsyncDir(dir);
    try {
      await rename(partial, final);
      created = final;
    } catch (err) {
      // Another process finished today's backup first.
      const code = errorCode(err);
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
      await rm(partial, { recursive: true, force: true });
    }
    await fsyncDir(backupsDir);
  }

  await rotate(backupsDir, keep);
  return created;
}

// Making a backup and rewriting copies take turns (per data folder, in this
// process, the folder's one writer): a backup that copied a file before a
// redaction must be finished, and so visible, before the rewrite looks for copies.
const turns = new Map<string, Promise<unknown>>();

function oneAtATime<T>(root: string, work: () => Promise<T>): Promise<T> {
  const run = (turns.get(root) ?? Promise.resolve()).then(work, work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  turns.set(root, tail);
  void tail.then(() => {
    if (turns.get(root) === tail) turns.delete(root);
  });
  return run;
}

export interface CopyRewrite {
  /** A folder of data files relative to the data folder, e.g. `meetings/<district>/<forum>`: its `*.json` copies are visited. */
  folder: string;
  /**
   * The new content of a parsed copy, or undefined to leave it untouched.
   * May throw to mark the copy as not understood (it is then left and listed).
   */
  edit(data: unknown): unknown;
}

export interface CopyRewriteResult {
  /** Copies rewritten, absolute paths. */
  rewritten: string[];
  /** Copies that could not be read as JSON or were not understood, left as they were. */
  unreadable: string[];
}

/**
 * Rewrites the backup copies of the files in `rewrite.folder`, in every
 * folder under backups/ (dated ones and any leftover), each durably: temp
 * file, fsync, rename, fsync of the folder. Used to take text out of the
 * backups too when it is redacted from the data.
 */
export async function rewriteBackupCopies(dataDir: string, rewrite: CopyRewrite): Promise<CopyRewriteResult> {
  const root = path.resolve(dataDir);
  const folder = checkedRelative(root, rewrite.folder);
  return oneAtATime(root, async () => {
    const result: CopyRewriteResult = { rewritten: [], unreadable: [] };
    const backupsDir = path.join(root, BACKUPS_DIR_NAME);
    const copies = await readdir(backupsDir, { withFileTypes: true }).catch((err) => {
      if (errorCode(err) === 'ENOENT') return [];
      throw err;
    });
    for (const backup of copies.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const dir = path.join(backupsDir, backup, folder);
      const entries = await readdir(dir, { withFileTypes: true }).catch((err) => {
        if (errorCode(err) === 'ENOENT') return [];
        throw err;
      });
      for (const name of entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name).sort()) {
        const file = path.join(dir, name);
        let next: unknown;
        try {
          next = rewrite.edit(JSON.parse(await readFile(file, 'utf8')));
        } catch {
          result.unreadable.push(file);
          continue;
        }
        if (next === undefined) continue;
        await new DurableJsonFile(file).write(next);
        result.rewritten.push(file);
      }
    }
    return result;
  });
}

/** Dated backup folder names, newest first. */
export async function listBackups(dataDir: string): Promise<string[]> {
  const backupsDir = path.join(path.resolve(dataDir), BACKUPS_DIR_NAME);
  let entries;
  try {
    entries = await readdir(backupsDir, { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return [];
    throw err;
  }
  return entries
    .filter((e) => e.isDirectory() && DATED.test(e.name))
    .map((e) => e.name)
    .sort()
    .reverse();
}

/** The newest backup copy of a data file that parses as JSON (and passes isValid), or null. */
export async function newestGoodBackup(dataDir: string, relativeFile: string, isValid?: (parsed: unknown) => boolean): Promise<string | null> {
  const root = path.resolve(dataDir);
  const rel = checkedRelative(root, relativeFile);
  for (const name of await listBackups(root)) {
    const candidate = path.join(root, BACKUPS_DIR_NAME, name, rel);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(candidate, 'utf8'));
    } catch {
      continue;
    }
    try {
      if (isValid && !isValid(parsed)) continue;
    } catch {
      continue;
    }
    return candidate;
  }
  return null;
}

async function rotate(backupsDir: string, keep: number): Promise<void> {
  let entries;
  try {
    entries = await readdir(backupsDir, { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  const dated = entries.filter((e) => e.isDirectory() && DATED.test(e.name)).map((e) => e.name).sort().reverse();
  const leftovers = entries.filter((e) => e.isDirectory() && e.name.endsWith(PARTIAL_SUFFIX)).map((e) => e.name);
  for (const name of [...dated.slice(keep), ...leftovers]) {
    await rm(path.join(backupsDir, name), { recursive: true, force: true });
  }
}

// Relative paths only, inside dataDir and outside the backups folder itself.
function checkedRelative(root: string, rel: string): string {
  const normalised = path.normalize(rel);
  const full = path.resolve(root, normalised);
  const inside = path.relative(root, full);
  if (path.isAbsolute(rel) || inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new Error(`Säkerhetskopian kan bara omfatta filer inuti datamappen ${root} (fick ${rel}).`);
  }
  if (inside.split(path.sep)[0] === BACKUPS_DIR_NAME) {
    throw new Error(`Säkerhetskopian kan inte omfatta själva mappen ${BACKUPS_DIR_NAME} (fick ${rel}).`);
  }
  return inside;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw err;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw err;
  }
}

async function fsyncFile(file: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(file, 'r');
    await fh.sync();
  } finally {
    await fh?.close();
  }
}
