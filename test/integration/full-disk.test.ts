// A real full disk: the data folder on a small tmpfs, filled up by a filler
// file. Writes answer the Swedish disk-full message and leave every file and
// the memory as they were, the audit log never holds a torn line, and the
// server starts on a full disk to serve reads.
//
// Mounting needs root on Linux (CI runs as root). Where it is impossible
// these tests are skipped, and test/unit/api/store/storage-edges.test.ts
// covers the same paths with the failure injected.
import { execFile } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rename, rm, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../api/app.ts';
import { configFromEnv } from '../../api/config.ts';
import { AppendOnlyLog } from '../../api/store/append-log.ts';
import { DataDirLockedError } from '../../api/store/data-dir-lock.ts';
import { DISK_FULL_MESSAGE } from '../../api/store/disk-full.ts';
import { apiClient, failure } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

const run = promisify(execFile);
const mounts: string[] = [];

async function mountTmpfs(size: string): Promise<string | null> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-full-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  } catch {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
  mounts.push(dir);
  return dir;
}

const probe = process.platform === 'linux' ? await mountTmpfs('64k') : null;
const mountable = probe !== null;
if (!mountable) {
  console.warn(
    'full-disk.test.ts hoppas över: en tmpfs gick inte att montera (kräver root på Linux). ' +
      'test/unit/api/store/storage-edges.test.ts prövar samma vägar med ett injicerat ENOSPC.',
  );
}

afterAll(async () => {
  for (const dir of mounts.splice(0)) {
    await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
    await rm(dir, { recursive: true, force: true });
  }
});

/** Fills the file system with one file until a write fails with ENOSPC. */
async function fill(mount: string): Promise<string> {
  const filler = path.join(mount, 'fyllnad');
  const fh = await open(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) await fh.write(chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    await fh.close();
  }
  return filler;
}

/** Every file under `dir` (relative path → content), to show nothing changed. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return files;
}

async function auditLines(dataDir: string): Promise<unknown[]> {
  const dir = path.join(dataDir, 'audit');
  const lines: unknown[] = [];
  for (const name of await readdir(dir)) {
    const text = await readFile(path.join(dir, name), 'utf8');
    expect(text === '' || text.endsWith('\n'), `${name} slutar mitt i en rad`).toBe(true);
    for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  }
  return lines;
}

async function stderrOf<T>(work: () => Promise<T>): Promise<{ result: T; printed: string }> {
  const printed: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  try {
    return { result: await work(), printed: printed.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

/** A server with a meeting whose VBE item says "Före", and a signed-in convener. */
async function prepared(mount: string) {
  const server = await startTestServer(path.join(mount, 'data'));
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
  const meeting = await client.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2030-03-05T10:00:00+01:00' });
  const item = meeting.agenda[0];
  await client.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Före' });
  return { server, client, meeting, item };
}

const production = (dataDir: string) => ({ ...configFromEnv({ DATA_DIR: dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 });

async function listen(app: App): Promise<string> {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe.skipIf(!mountable)('a full disk (tmpfs)', () => {
  it('a write answers the Swedish disk-full message and changes nothing; with room again it works', async () => {
    const mount = (await mountTmpfs('4m'))!;
    const { server, client, meeting, item } = await prepared(mount);
    try {
      const filler = await fill(mount);
      const before = await snapshot(server.dataDir);

      const save = await stderrOf(() => failure(client.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Efter' })));
      expect(save.result).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, message: DISK_FULL_MESSAGE });
      expect(save.printed).toMatch(/Disken är full: minutes\.saveItem \(meeting .*\) sparades inte \(ENOSPC\)/);
      // A meeting in a new year means a new file (and on other file systems new folders).
      const created = await failure(client.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2031-03-05T10:00:00+01:00' }));
      expect(created).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: DISK_FULL_MESSAGE });

      // Nothing half-written: every data file as before, no temp file; the audit log only whole lines.
      const after = await snapshot(server.dataDir);
      for (const [file, content] of before) {
        if (!file.startsWith('audit')) expect(after.get(file), file).toBe(content);
      }
      expect([...after.keys()].filter((f) => !before.has(f))).toEqual([]);
      await auditLines(server.dataDir);
      // Memory as before too.
      expect((await client.meetings.get.query({ id: meeting.id })).minutes[item.id]?.text).toBe('Före');
      expect((await client.meetings.list.query({ forumId: server.forums.bra.id })).map((m) => m.id)).toEqual([meeting.id]);

      await rm(filler);
      await client.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Efter' });
      expect((await client.meetings.get.query({ id: meeting.id })).minutes[item.id]?.text).toBe('Efter');
    } finally {
      await server.stop({ keepData: true });
    }
    // The next start finds every file whole.
    const again = await startTestServer(server.dataDir);
    const reader = apiClient(again.url);
    await reader.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
    expect((await reader.meetings.get.query({ id: meeting.id })).minutes[item.id]?.text).toBe('Efter');
    await again.stop({ keepData: true });
  });

  it('the audit log never keeps a torn line: an append the disk cuts short is cut back', async () => {
    const mount = (await mountTmpfs('256k'))!;
    const log = new AppendOnlyLog(path.join(mount, 'audit'));
    await log.append({ at: '2026-11-01T00:00:00Z', i: 1 });
    const file = path.join(mount, 'audit', '2026-11.jsonl');
    const filler = await fill(mount);
    // Longer than what is left in the file's last page: the kernel writes part of it, then ENOSPC.
    await expect(log.append({ at: '2026-11-01T00:00:01Z', i: 2, pad: 'x'.repeat(20_000) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('{"at":"2026-11-01T00:00:00Z","i":1}\n');
    await rm(filler);
    await log.append({ at: '2026-11-01T00:00:02Z', i: 3 });
    expect(await log.readAll()).toEqual([
      { at: '2026-11-01T00:00:00Z', i: 1 },
      { at: '2026-11-01T00:00:02Z', i: 3 },
    ]);
    await log.close();
  });

  it('starts on a full disk to serve reads: says why, reads work, writes and sign-ins answer the disk-full message', async () => {
    const mount = (await mountTmpfs('4m'))!;
    const { server, client, meeting, item } = await prepared(mount);
    await server.stop({ keepData: true });
    const filler = await fill(mount);

    const { result: app, printed } = await stderrOf(() => startApp(production(server.dataDir), path.join(server.dataDir, 'no-site')));
    try {
      expect(app.readOnly).toBe(true);
      expect(printed).toContain(`Disken är full: servern kunde inte skriva låsfilen i ${server.dataDir}`);
      expect(printed).toMatch(/startar bara för läsning/);
      const url = await listen(app);
      const reader = apiClient(url);
      reader.cookie = client.cookie;
      expect((await reader.auth.me.query()).account?.username).toBe('konvenor.bra');
      expect((await reader.meetings.get.query({ id: meeting.id })).minutes[item.id]?.text).toBe('Före');
      expect(await failure(reader.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Efter' }))).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: DISK_FULL_MESSAGE,
      });
      expect(await failure(apiClient(url).auth.login.mutate({ username: 'admin', password: PASSWORD }))).toMatchObject({ message: DISK_FULL_MESSAGE });
    } finally {
      await app.close();
    }

    // Room for the lock only, and no backup yet today: the start takes the lock, says the backup failed and why writes will.
    // (Renamed, not removed: removing would free its space.)
    const backups = path.join(server.dataDir, 'backups');
    for (const [i, name] of (await readdir(backups)).entries()) await rename(path.join(backups, name), path.join(backups, `2000-01-${String(i + 1).padStart(2, '0')}`));
    await truncate(filler, Math.max(0, (await readFile(filler)).length - 4096));
    const second = await stderrOf(() => startApp(production(server.dataDir), path.join(server.dataDir, 'no-site')));
    try {
      expect(second.result.readOnly).toBe(false);
      expect(second.printed).toMatch(/dagens säkerhetskopia kunde inte göras/);
      expect(second.printed).toMatch(/Det finns bara \d+ kB ledigt på disken för datamappen/);
      // The failed backup's copies are removed, so they do not keep the disk full.
      expect((await readdir(backups)).every((n) => n.startsWith('2000-01-'))).toBe(true);
      const writer = apiClient(await listen(second.result));
      writer.cookie = client.cookie;
      expect(await failure(writer.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Efter' }))).toMatchObject({ message: DISK_FULL_MESSAGE });
    } finally {
      await second.result.close();
    }

    // With room again, a plain start writes.
    await rm(filler);
    const again = await startTestServer(server.dataDir);
    expect(again.app.readOnly).toBe(false);
    const writer = apiClient(again.url);
    writer.cookie = client.cookie;
    await writer.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Efter' });
    await again.stop({ keepData: true });
  });

  it('a full disk does not hide that a running server holds the folder', async () => {
    const mount = (await mountTmpfs('4m'))!;
    const server = await startTestServer(path.join(mount, 'data'));
    try {
      await fill(mount);
      await expect(startApp(production(server.dataDir), path.join(server.dataDir, 'no-site'))).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await server.stop({ keepData: true });
    }
  });
});
