// Append-only JSON Lines log (the audit log), one file per UTC month.
// append() resolves only once the line is fsynced; a failed append (a full
// disk) is cut back, so the log never holds a torn line.
import type { FileHandle } from 'node:fs/promises';
import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, fsyncDir, mkdirDurable, storageIo } from './durable-json-file.ts';

export const MONTH_FILE = /^\d{4}-(?:0[1-9]|1[0-2])\.jsonl$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

/** A line in the middle of a log file is not valid JSON: not a crash artefact, so never skipped silently. */
export class CorruptLogLineError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, cause?: unknown) {
    super(`Loggfilen ${file} är skadad på rad ${line}: raden går inte att läsa som JSON.`, { cause });
    this.name = 'CorruptLogLineError';
    this.file = file;
    this.line = line;
  }
}

export class AppendOnlyLog {
  readonly dir: string;
  private readonly handles = new Map<string, FileHandle>();
  private queue: Promise<void> = Promise.resolve();
  private readonly warn: (message: string) => void;

  constructor(dir: string, options: { warn?: (message: string) => void } = {}) {
    this.dir = path.resolve(dir);
    this.warn = options.warn ?? ((message) => console.error(message));
  }

  append(entry: object): Promise<void> {
    let line: string | undefined;
    try {
      line = JSON.stringify(entry);
    } catch (err) {
      return Promise.reject(err);
    }
    if (line === undefined) return Promise.reject(new TypeError('Loggposten går inte att skriva som JSON.'));
    const text = line + '\n';
    const month = monthOf(entry);
    return this.enqueue(async () => {
      const fh = await this.handleFor(month);
      const { size } = await fh.stat();
      try {
        await storageIo.appendFile(fh, text);
        await fh.datasync();
      } catch (err) {
        await this.cutBack(month, fh, size);
        throw err;
      }
    });
  }

  /**
   * Cuts every month file's unfinished last line (left by a crash mid-append:
   * that append never resolved) and returns what it cut. Call at start-up,
   * holding the data folder's lock.
   */
  async repairTornLines(): Promise<{ file: string; bytes: number }[]> {
    await this.queue;
    const repaired: { file: string; bytes: number }[] = [];
    for (const name of await this.monthFiles()) {
      const file = path.join(this.dir, name);
      const fh = await open(file, 'r+');
      try {
        const bytes = await dropPartialLastLine(fh);
        if (bytes > 0) repaired.push({ file, bytes });
      } finally {
        await fh.close();
      }
    }
    return repaired;
  }

  /** Every entry, oldest month first. */
  async readAll(): Promise<object[]> {
    await this.queue;
    const entries: object[] = [];
    for (const name of await this.monthFiles()) {
      const file = path.join(this.dir, name);
      const lines = (await readFile(file, 'utf8')).split('\n');
      if (lines.at(-1) === '') lines.pop();
      lines.forEach((line, i) => {
        try {
          entries.push(JSON.parse(line) as object);
        } catch (err) {
          // Each file's last line may be cut short by a crash mid-append: that append never resolved.
          if (i !== lines.length - 1) throw new CorruptLogLineError(file, i + 1, err);
        }
      });
    }
    return entries;
  }

  async close(): Promise<void> {
    await this.enqueue(() => this.closeHandles());
  }

  private async monthFiles(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((n) => MONTH_FILE.test(n)).sort();
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return [];
      throw err;
    }
  }

  // Back to the size before the append, so a half-written line (a full disk
  // stops a write midway) never stays; failing that, reopen so the tail is repaired.
  private async cutBack(month: string, fh: FileHandle, size: number): Promise<void> {
    try {
      await fh.truncate(size);
      await fh.datasync();
    } catch {
      if (this.handles.get(month) === fh) this.handles.delete(month);
      await fh.close().catch(() => {});
    }
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    // A failed append rejects its own promise only; later appends still run.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async handleFor(month: string): Promise<FileHandle> {
    const open_ = this.handles.get(month);
    if (open_) return open_;
    // Appends are mostly for the current month: close last month's file when a new one starts.
    await this.closeHandles();
    await mkdirDurable(this.dir);
    const file = path.join(this.dir, `${month}.jsonl`);
    // 'a+' rather than 'a': we must read the tail to repair a cut-off last line.
    const fh = await open(file, 'a+');
    try {
      const cut = await dropPartialLastLine(fh);
      if (cut > 0) this.warn(`Revisionsloggen ${file} slutade med en ofullständig rad (${cut} byte) som aldrig bekräftades; den är borttagen.`);
      await fsyncDir(this.dir);
    } catch (err) {
      await fh.close().catch(() => {});
      throw err;
    }
    this.handles.set(month, fh);
    return fh;
  }

  private async closeHandles(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(handles.map((fh) => fh.close()));
  }
}

// A line without its newline was never acknowledged; appending after it would glue
// the next entry onto it and make both unreadable. Returns the bytes cut.
async function dropPartialLastLine(fh: FileHandle): Promise<number> {
  const { size } = await fh.stat();
  if (size === 0) return 0;
  const chunkSize = 64 * 1024;
  const buf = Buffer.alloc(chunkSize);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunkSize);
    const { bytesRead } = await fh.read(buf, 0, end - start, start);
    const newline = buf.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline !== -1) {
      const keep = start + newline + 1;
      if (keep === size) return 0;
      await fh.truncate(keep);
      await fh.datasync();
      return size - keep;
    }
    end = start;
  }
  await fh.truncate(0);
  await fh.datasync();
  return size;
}

function monthOf(entry: object): string {
  const at = (entry as { at?: unknown }).at;
  const date = typeof at === 'string' && ISO_DATE.test(at) && !Number.isNaN(Date.parse(at)) ? new Date(at) : new Date();
  return date.toISOString().slice(0, 7);
}
