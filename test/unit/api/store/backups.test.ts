import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDailyBackup, listBackups, newestGoodBackup, rewriteBackupCopies } from '../../../../api/store/backups.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-'));
  await mkdir(path.join(dir, 'forum'), { recursive: true });
  await writeFile(path.join(dir, 'users.json'), '{"users":[1]}');
  await writeFile(path.join(dir, 'forum', 'posts.json'), '{"posts":[]}');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = ['users.json', 'forum/posts.json'];
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));
const backups = (...p: string[]) => path.join(dir, 'backups', ...p);

describe('createDailyBackup', () => {
  it("copies the listed files into backups/<UTC date>/ and returns that folder", async () => {
    // 23:30 UTC on the 22nd is the 23rd in Stockholm: the UTC date counts.
    const created = await createDailyBackup(dir, { now: new Date('2026-11-22T23:30:00Z'), files });
    expect(created).toBe(backups('2026-11-22'));
    expect(await readFile(backups('2026-11-22', 'users.json'), 'utf8')).toBe('{"users":[1]}');
    expect(await readFile(backups('2026-11-22', 'forum', 'posts.json'), 'utf8')).toBe('{"posts":[]}');
    expect(await readdir(backups())).toEqual(['2026-11-22']);
  });

  it('makes one backup per day: a second call the same day returns null and changes nothing', async () => {
    await createDailyBackup(dir, { now: day(22), files });
    await writeFile(path.join(dir, 'users.json'), '{"users":[1,2]}');
    expect(await createDailyBackup(dir, { now: new Date('2026-11-22T23:59:00Z'), files })).toBeNull();
    expect(await readFile(backups('2026-11-22', 'users.json'), 'utf8')).toBe('{"users":[1]}');
    expect(await createDailyBackup(dir, { now: day(23), files })).toBe(backups('2026-11-23'));
    expect(await readFile(backups('2026-11-23', 'users.json'), 'utf8')).toBe('{"users":[1,2]}');
  });

  it('skips listed files that do not exist yet', async () => {
    await createDailyBackup(dir, { now: day(22), files: [...files, 'audit/ny.json'] });
    expect((await readdir(backups('2026-11-22'))).sort()).toEqual(['forum', 'users.json']);
  });

  it('keeps the newest 14 of 20 days', async () => {
    for (let n = 1; n <= 20; n++) await createDailyBackup(dir, { now: day(n), files });
    const expected = Array.from({ length: 14 }, (_, i) => `2026-11-${String(20 - i).padStart(2, '0')}`);
    expect(await listBackups(dir)).toEqual(expected);
    expect((await readdir(backups())).sort()).toEqual([...expected].sort());
  });

  it('honours keep', async () => {
    for (let n = 1; n <= 5; n++) await createDailyBackup(dir, { now: day(n), files, keep: 2 });
    expect(await listBackups(dir)).toEqual(['2026-11-05', '2026-11-04']);
    await expect(createDailyBackup(dir, { now: day(6), files, keep: 0 })).rejects.toThrow(RangeError);
  });

  it('does not count a half-made (.partial) folder as a backup, rebuilds it, and cleans up leftovers', async () => {
    await mkdir(backups('2026-11-22.partial'), { recursive: true });
    await writeFile(backups('2026-11-22.partial', 'users.json'), '{"use');
    await mkdir(backups('2026-11-10.partial'), { recursive: true });
    expect(await listBackups(dir)).toEqual([]);
    expect(await newestGoodBackup(dir, 'users.json')).toBeNull();

    expect(await createDailyBackup(dir, { now: day(22), files })).toBe(backups('2026-11-22'));
    expect(await readFile(backups('2026-11-22', 'users.json'), 'utf8')).toBe('{"users":[1]}');
    expect(await readdir(backups())).toEqual(['2026-11-22']);
  });

  it('cleans leftover .partial folders even when today is already backed up', async () => {
    await createDailyBackup(dir, { now: day(22), files });
    await mkdir(backups('2026-11-21.partial'));
    expect(await createDailyBackup(dir, { now: day(22), files })).toBeNull();
    expect(await readdir(backups())).toEqual(['2026-11-22']);
  });

  it('refuses paths outside the data folder or inside backups/', async () => {
    await expect(createDailyBackup(dir, { now: day(22), files: ['../utanför.json'] })).rejects.toThrow(/inuti datamappen/);
    await expect(createDailyBackup(dir, { now: day(22), files: ['/etc/passwd'] })).rejects.toThrow(/inuti datamappen/);
    await expect(createDailyBackup(dir, { now: day(22), files: ['backups/x.json'] })).rejects.toThrow(/backups/);
  });
});

describe('listBackups', () => {
  it('lists dated folders newest first and ignores everything else', async () => {
    expect(await listBackups(dir)).toEqual([]);
    for (const name of ['2026-11-01', '2026-11-03', '2026-11-02', '2026-11-04.partial', 'anteckningar']) await mkdir(backups(name), { recursive: true });
    await writeFile(backups('2026-11-05'), 'en fil, ingen mapp');
    expect(await listBackups(dir)).toEqual(['2026-11-03', '2026-11-02', '2026-11-01']);
  });
});

describe('newestGoodBackup', () => {
  it('returns the newest copy that parses, skipping a corrupt newest copy', async () => {
    for (let n = 20; n <= 22; n++) await createDailyBackup(dir, { now: day(n), files });
    await writeFile(backups('2026-11-22', 'users.json'), '{"users":[1');
    expect(await newestGoodBackup(dir, 'users.json')).toBe(backups('2026-11-21', 'users.json'));
    expect(await newestGoodBackup(dir, 'forum/posts.json')).toBe(backups('2026-11-22', 'forum', 'posts.json'));
  });

  it('skips copies that fail isValid or are missing', async () => {
    await createDailyBackup(dir, { now: day(20), files });
    await writeFile(path.join(dir, 'users.json'), '{"users":"fel form"}');
    await createDailyBackup(dir, { now: day(21), files });
    await createDailyBackup(dir, { now: day(22), files: ['forum/posts.json'] });
    const isValid = (v: unknown) => Array.isArray((v as { users?: unknown }).users);
    expect(await newestGoodBackup(dir, 'users.json', isValid)).toBe(backups('2026-11-20', 'users.json'));
    expect(await newestGoodBackup(dir, 'users.json')).toBe(backups('2026-11-21', 'users.json'));
    const throwing = () => {
      throw new Error('boom');
    };
    expect(await newestGoodBackup(dir, 'users.json', throwing)).toBeNull();
    expect(await newestGoodBackup(dir, 'finns-inte.json')).toBeNull();
  });
});

describe('rewriteBackupCopies', () => {
  // Replaces "hemlig" in the posts of a copy; undefined when there is none.
  const scrub = (data: unknown) => {
    const posts = (data as { posts: string[] }).posts;
    if (!Array.isArray(posts)) throw new Error('okänt format');
    return posts.some((p) => p.includes('hemlig')) ? { ...(data as object), posts: posts.map((p) => p.replaceAll('hemlig', '[borttaget]')) } : undefined;
  };
  const posts = (...p: string[]) => JSON.stringify({ format: 1, extra: 'kvar', posts: p });

  it('rewrites the copies that change in every backup folder, leaves the others byte for byte, and answers which', async () => {
    await writeFile(path.join(dir, 'forum', 'posts.json'), posts('en hemlig rad', 'annan'));
    await writeFile(path.join(dir, 'forum', 'other.json'), posts('ingenting'));
    const both = [...files, 'forum/other.json'];
    await createDailyBackup(dir, { now: day(20), files: both });
    await createDailyBackup(dir, { now: day(21), files: both });
    await writeFile(backups('2026-11-21', 'forum', 'posts.json'), posts('redan ren'));
    await mkdir(backups('2026-11-19.partial', 'forum'), { recursive: true });
    await writeFile(backups('2026-11-19.partial', 'forum', 'posts.json'), posts('hemlig'));
    const otherBefore = await readFile(backups('2026-11-20', 'forum', 'other.json'), 'utf8');

    const result = await rewriteBackupCopies(dir, { folder: 'forum', edit: scrub });

    expect(result.rewritten.sort()).toEqual([backups('2026-11-19.partial', 'forum', 'posts.json'), backups('2026-11-20', 'forum', 'posts.json')].sort());
    expect(result.unreadable).toEqual([]);
    expect(JSON.parse(await readFile(backups('2026-11-20', 'forum', 'posts.json'), 'utf8'))).toEqual({
      format: 1,
      extra: 'kvar',
      posts: ['en [borttaget] rad', 'annan'],
    });
    expect(await readFile(backups('2026-11-21', 'forum', 'posts.json'), 'utf8')).toBe(posts('redan ren'));
    expect(await readFile(backups('2026-11-20', 'forum', 'other.json'), 'utf8')).toBe(otherBefore);
    // Files outside the folder are never visited, and no temp file is left.
    expect(await readFile(backups('2026-11-20', 'users.json'), 'utf8')).toBe('{"users":[1]}');
    expect((await readdir(backups('2026-11-20', 'forum'))).sort()).toEqual(['other.json', 'posts.json']);
  });

  it('lists copies it cannot read or understand and leaves them', async () => {
    await mkdir(backups('2026-11-20', 'forum'), { recursive: true });
    await writeFile(backups('2026-11-20', 'forum', 'broken.json'), '{"posts":["hemlig"');
    await writeFile(backups('2026-11-20', 'forum', 'odd.json'), '{"posts":"hemlig"}');
    await writeFile(backups('2026-11-20', 'forum', 'notes.txt'), 'hemlig');
    const result = await rewriteBackupCopies(dir, { folder: 'forum', edit: scrub });
    expect(result.rewritten).toEqual([]);
    expect(result.unreadable.sort()).toEqual([backups('2026-11-20', 'forum', 'broken.json'), backups('2026-11-20', 'forum', 'odd.json')]);
    expect(await readFile(backups('2026-11-20', 'forum', 'broken.json'), 'utf8')).toBe('{"posts":["hemlig"');
  });

  it('answers nothing when there are no backups, and refuses a folder outside the data', async () => {
    expect(await rewriteBackupCopies(dir, { folder: 'forum', edit: scrub })).toEqual({ rewritten: [], unreadable: [] });
    await expect(rewriteBackupCopies(dir, { folder: '../x', edit: scrub })).rejects.toThrow(/inuti datamappen/);
  });

  it('waits for a backup being made, so a copy taken before the change is rewritten too', async () => {
    await writeFile(path.join(dir, 'forum', 'posts.json'), posts('hemlig'));
    // Not awaited: the rewrite starts while the backup is being copied.
    const making = createDailyBackup(dir, { now: day(22), files });
    const result = await rewriteBackupCopies(dir, { folder: 'forum', edit: scrub });
    expect(await making).toBe(backups('2026-11-22'));
    expect(result.rewritten).toEqual([backups('2026-11-22', 'forum', 'posts.json')]);
    expect(await readFile(backups('2026-11-22', 'forum', 'posts.json'), 'utf8')).not.toContain('hemlig');
  });
});
