// The storage edges through the storageIo seam: a full disk injected midway
// through a write, and the folders a write creates fsynced in their parents.
// (test/integration/full-disk.test.ts does the same on a real full disk.)
import type { FileHandle } from 'node:fs/promises';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppendOnlyLog } from '../../../../api/store/append-log.ts';
import { createDailyBackup } from '../../../../api/store/backups.ts';
import { acquireDataDirLock } from '../../../../api/store/data-dir-lock.ts';
import { DISK_FULL_MESSAGE } from '../../../../api/store/disk-full.ts';
import { DurableJsonFile, storageIo } from '../../../../api/store/durable-json-file.ts';
import { openLowdbStore } from '../../../../api/store/lowdb-store.ts';
import type { Forum } from '../../../../api/domain/types.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-edges-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** Writes the first half of the text, as a disk that fills up midway does, then fails. */
function failMidway(fh: FileHandle, text: string): Promise<void> {
  return fh.write(text.slice(0, Math.ceil(text.length / 2))).then(() => Promise.reject(enospc()));
}

const SYSTEM = { actorId: 'test', procedure: 'test' };
const forum = (id: string): Forum => ({
  id,
  name: 'BRÅ',
  type: 'bra',
  districtId: 'rinkeby-kista',
  memberOrganisations: [],
  cadence: { every: 1, unit: 'month' },
  template: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('a full disk (injected)', () => {
  it('a durable write that fails midway leaves the old file and no temp file', async () => {
    const file = path.join(dir, 'a.json');
    const adapter = new DurableJsonFile<{ v: number }>(file);
    await adapter.write({ v: 1 });
    vi.spyOn(storageIo, 'writeFile').mockImplementationOnce(failMidway);
    await expect(adapter.write({ v: 2 })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('a failed audit append is cut back to its previous size: no torn line, and the next append is clean', async () => {
    const log = new AppendOnlyLog(path.join(dir, 'audit'));
    await log.append({ at: '2026-11-01T00:00:00Z', i: 1 });
    const file = path.join(dir, 'audit', '2026-11.jsonl');
    const before = await readFile(file, 'utf8');
    vi.spyOn(storageIo, 'appendFile').mockImplementationOnce(failMidway);
    await expect(log.append({ at: '2026-11-01T00:00:01Z', i: 2, text: 'x'.repeat(200) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe(before);
    await log.append({ at: '2026-11-01T00:00:02Z', i: 3 });
    expect(await log.readAll()).toEqual([
      { at: '2026-11-01T00:00:00Z', i: 1 },
      { at: '2026-11-01T00:00:02Z', i: 3 },
    ]);
    await log.close();
  });

  it('the store answers the Swedish disk-full message and keeps memory and file as before', async () => {
    const warnings: string[] = [];
    const store = await openLowdbStore(dir, { lockHeld: true, warn: (m) => warnings.push(m) });
    await store.createForum(forum('f1'), SYSTEM);
    const core = await readFile(path.join(dir, 'core.json'), 'utf8');

    vi.spyOn(storageIo, 'writeFile').mockImplementationOnce(failMidway);
    const err = await store.updateForum('f1', (f) => ({ ...f, name: 'Nytt namn' }), SYSTEM).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DomainError', code: 'SERVICE_UNAVAILABLE', message: DISK_FULL_MESSAGE });
    expect((await store.getForum('f1'))?.name).toBe('BRÅ');
    expect(await readFile(path.join(dir, 'core.json'), 'utf8')).toBe(core);
    expect(warnings.join('\n')).toMatch(/Disken är full: test \(forum f1\) sparades inte \(ENOSPC\)/);

    // The audit append fails first: nothing is written at all.
    vi.spyOn(storageIo, 'appendFile').mockImplementationOnce(failMidway);
    await expect(store.createForum(forum('f2'), SYSTEM)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await store.getForum('f2')).toBeUndefined();

    // EDQUOT (a quota) counts as full too.
    vi.spyOn(storageIo, 'writeFile').mockRejectedValueOnce(Object.assign(new Error('EDQUOT'), { code: 'EDQUOT' }));
    await expect(store.createForum(forum('f3'), SYSTEM)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

    // With room again, writes work, and the audit log holds only whole lines.
    await store.updateForum('f1', (f) => ({ ...f, name: 'Nytt namn' }), SYSTEM);
    expect((await store.getForum('f1'))?.name).toBe('Nytt namn');
    const audit = await store.auditLog();
    expect(audit.map((e) => e.recordId)).toEqual(['f1', 'f1', 'f3', 'f1']);
    await store.close();
  });

  it('a store opened for a full disk refuses every write without touching the disk', async () => {
    const store = await openLowdbStore(dir, { lockHeld: false, diskFull: true, warn: () => {} });
    await expect(store.createForum(forum('f1'), SYSTEM)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: DISK_FULL_MESSAGE });
    expect(await readdir(dir)).toEqual([]);
    await store.close();
  });
});

describe('new folders are fsynced in their parent', () => {
  const synced = () => {
    const dirs: string[] = [];
    const real = storageIo.syncDir;
    vi.spyOn(storageIo, 'syncDir').mockImplementation((d) => {
      dirs.push(path.relative(dir, d) || '.');
      return real(d);
    });
    return dirs;
  };

  it('a data file in new folders: each new folder’s parent, then the file’s folder', async () => {
    const dirs = synced();
    await new DurableJsonFile(path.join(dir, 'meetings', 'd', 'f', '2026.json')).write({});
    expect(new Set(dirs)).toEqual(new Set(['.', 'meetings', path.join('meetings', 'd'), path.join('meetings', 'd', 'f')]));
    dirs.length = 0;
    await new DurableJsonFile(path.join(dir, 'meetings', 'd', 'f', '2027.json')).write({});
    expect(dirs).toEqual([path.join('meetings', 'd', 'f')]);
  });

  it('concurrent writes into the same new folders all wait for its fsync', async () => {
    const dirs = synced();
    const order: string[] = [];
    await Promise.all(
      ['f1', 'f2', 'f1'].map((f, i) =>
        new DurableJsonFile(path.join(dir, 'meetings', 'd', f, `${2026 + i}.json`)).write({}).then(() => order.push(`${f}/${2026 + i}`)),
      ),
    );
    expect(order).toHaveLength(3);
    // Each write is acknowledged only once the data folder holds meetings/ durably.
    expect(dirs).toContain('.');
    expect(dirs.indexOf('.')).toBeLessThan(dirs.lastIndexOf(path.join('meetings', 'd', 'f1')));
    expect(dirs.filter((d) => d === path.join('meetings', 'd'))).toHaveLength(2); // once for f1, once for f2
  });

  it('the audit folder and a new data folder for the lock', async () => {
    const dirs = synced();
    const log = new AppendOnlyLog(path.join(dir, 'audit'));
    await log.append({ at: '2026-11-01T00:00:00Z' });
    await log.close();
    expect(dirs).toContain('.');
    dirs.length = 0;
    const lock = await acquireDataDirLock(path.join(dir, 'ny', 'data'), { kind: 'script', description: 'test' });
    await lock.release();
    expect(dirs).toEqual(expect.arrayContaining(['.', 'ny', path.join('ny', 'data')]));
  });
});

describe('new backup folders are fsynced in their parent', () => {
  it('backups/, the day’s folder and the folders inside it', async () => {
    await new DurableJsonFile(path.join(dir, 'meetings', 'd', 'f', '2026.json')).write({});
    const dirs: string[] = [];
    const real = storageIo.syncDir;
    vi.spyOn(storageIo, 'syncDir').mockImplementation((d) => {
      dirs.push(path.relative(dir, d) || '.');
      return real(d);
    });
    await createDailyBackup(dir, { files: [path.join('meetings', 'd', 'f', '2026.json')], now: new Date('2026-03-03T12:00:00Z') });
    const partial = path.join('backups', '2026-03-03.partial');
    expect(dirs).toEqual(expect.arrayContaining(['.', 'backups', partial, path.join(partial, 'meetings'), path.join(partial, 'meetings', 'd')]));
  });
});

describe('a torn last line in the audit log (a crash mid-append)', () => {
  it('is repaired at start-up and reported; reading works before and after', async () => {
    const audit = path.join(dir, 'audit');
    const log = new AppendOnlyLog(audit);
    await log.append({ at: '2026-10-01T00:00:00Z', i: 1 });
    await log.append({ at: '2026-11-01T00:00:00Z', i: 2 });
    await log.close();
    await appendFile(path.join(audit, '2026-10.jsonl'), '{"at":"2026-10-02T00:00:00Z","i":');
    await writeFile(path.join(audit, '2026-12.jsonl'), '{"at":"2026-12');

    const warnings: string[] = [];
    const store = await openLowdbStore(dir, { lockHeld: true, warn: (m) => warnings.push(m) });
    expect(warnings.filter((w) => w.includes('ofullständig rad'))).toEqual([
      expect.stringContaining(`${path.join(audit, '2026-10.jsonl')} slutade med en ofullständig rad (33 byte)`),
      expect.stringContaining(`${path.join(audit, '2026-12.jsonl')} slutade med en ofullständig rad (14 byte)`),
    ]);
    expect(await readFile(path.join(audit, '2026-10.jsonl'), 'utf8')).toBe('{"at":"2026-10-01T00:00:00Z","i":1}\n');
    expect((await stat(path.join(audit, '2026-12.jsonl'))).size).toBe(0);
    expect(await store.auditLog()).toEqual([
      { at: '2026-10-01T00:00:00Z', i: 1 },
      { at: '2026-11-01T00:00:00Z', i: 2 },
    ]);
    await store.close();
  });

  it('a reader (no lock) leaves it alone and still reads', async () => {
    const audit = path.join(dir, 'audit');
    const log = new AppendOnlyLog(audit);
    await log.append({ at: '2026-10-01T00:00:00Z', i: 1 });
    await log.close();
    await appendFile(path.join(audit, '2026-10.jsonl'), '{"i":');
    const store = await openLowdbStore(dir, { lockHeld: false, warn: () => {} });
    expect(await store.auditLog()).toEqual([{ at: '2026-10-01T00:00:00Z', i: 1 }]);
    expect(await readFile(path.join(audit, '2026-10.jsonl'), 'utf8')).toMatch(/\{"i":$/);
    await store.close();
  });
});
