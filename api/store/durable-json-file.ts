// A lowdb adapter whose write() resolves only once the data survives a crash
// or power loss: temp file + fsync + rename + directory fsync, strictly in order.
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/** A data file exists but could not be read (permissions, I/O error, a directory in its place). */
export class DataFileReadError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataFileReadError';
    this.file = file;
  }
}

/** A data file exists but is not valid JSON. */
export class CorruptDataFileError extends DataFileReadError {
  constructor(file: string, cause?: unknown) {
    const reason = cause instanceof Error ? ` (${cause.message})` : '';
    super(file, `Datafilen ${file} är skadad: den går inte att läsa som JSON${reason}.`, { cause });
    this.name = 'CorruptDataFileError';
  }
}

/**
 * The file-system calls whose failures matter most (a full disk, a lost
 * directory entry), in one object so tests can replace them or watch them.
 */
export const storageIo = {
  writeFile: (fh: FileHandle, text: string): Promise<void> => fh.writeFile(text, 'utf8'),
  appendFile: (fh: FileHandle, text: string): Promise<void> => fh.appendFile(text, 'utf8'),
  syncDir: syncDirectory,
};

// Keyed by absolute path so two adapters on the same file still write in call order.
const queues = new Map<string, Promise<void>>();

export class DurableJsonFile<T> implements Adapter<T> {
  readonly filePath: string;

  constructor(filePath: string) {
    this.filePath = path.resolve(filePath);
  }

  async read(): Promise<T | null> {
    // Read-your-writes: a read after write() sees that write even if not yet awaited.
    await queues.get(this.filePath);
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return null;
      throw new DataFileReadError(this.filePath, `Datafilen ${this.filePath} går inte att läsa (${errorCode(err) ?? String(err)}).`, { cause: err });
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new CorruptDataFileError(this.filePath, err);
    }
  }

  write(data: T): Promise<void> {
    // Serialise now: lowdb passes its live object, which may change before our turn comes.
    let text: string | undefined;
    try {
      // Compact: indentation doubles the bytes and the time to write them (`jq .` reads it fine).
      text = JSON.stringify(data);
    } catch (err) {
      return Promise.reject(err);
    }
    if (text === undefined) return Promise.reject(new TypeError(`Kan inte spara ${this.filePath}: värdet går inte att skriva som JSON.`));
    const json = text;

    const key = this.filePath;
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(() => writeAtomically(key, json));
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    queues.set(key, tail);
    // Drop the entry once idle so the map does not grow with every file ever written.
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }
}

async function writeAtomically(filePath: string, json: string): Promise<void> {
  const dir = path.dirname(filePath);
  await mkdirDurable(dir);
  const tmp = path.join(dir, `${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fh: FileHandle | undefined;
  try {
    fh = await open(tmp, 'wx');
    await storageIo.writeFile(fh, json);
    await fh.datasync();
    await fh.close();
    fh = undefined;
    await rename(tmp, filePath);
  } catch (err) {
    await fh?.close().catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  // Without this the rename itself may be lost on power failure.
  await fsyncDir(dir);
}

/** Makes the directory's entries (new, renamed or removed files) durable. */
export function fsyncDir(dir: string): Promise<void> {
  return storageIo.syncDir(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    const code = errorCode(err);
    // Some platforms (Windows, some network file systems) cannot open or fsync a directory.
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw err;
  } finally {
    await fh?.close().catch(() => {});
  }
}

// Folders being created, so a concurrent writer waits until the new folder's
// entry in its parent is on disk before it acknowledges a file inside it.
const making = new Map<string, Promise<void>>();

/**
 * Creates the folder and any missing parents, and fsyncs the parent of each
 * folder it creates: without that, a power cut can lose a new folder and every
 * file already acknowledged inside it.
 */
export async function mkdirDurable(dir: string): Promise<void> {
  const abs = path.resolve(dir);
  let made = making.get(abs);
  if (!made) {
    made = makeDir(abs).finally(() => making.delete(abs));
    making.set(abs, made);
  }
  await made;
  // A parent created by another writer may still be waiting for its own fsync.
  for (let p = path.dirname(abs); making.size > 0; p = path.dirname(p)) {
    await making.get(p);
    if (path.dirname(p) === p) break;
  }
}

async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'EEXIST') return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    await mkdirDurable(parent);
    try {
      await mkdir(dir);
    } catch (err2) {
      if (errorCode(err2) === 'EEXIST') return;
      throw err2;
    }
  }
  await fsyncDir(path.dirname(dir));
}

/**
 * Deletes temp files a crashed writer left behind. Call at start-up, after the
 * data-dir lock is held and before any write: it would delete an in-flight temp file.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return removed;
    throw err;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symlinks are neither followed nor removed.
    if (entry.isDirectory()) {
      removed.push(...(await removeStaleTempFiles(full)));
    } else if (entry.isFile() && entry.name.endsWith('.tmp')) {
      await rm(full, { force: true });
      removed.push(full);
    }
  }
  return removed;
}

export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
