// The loader never skips a file in the data folder's own layout: what it
// cannot place stops the start naming the file; what lies outside the
// layout is listed as a warning.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../api/domain/types.ts';
import { DataLayoutError, scanDataLayout } from '../../../../api/store/data-layout.ts';
import { DataFileError, meetingFileKey, openLowdbStore } from '../../../../api/store/lowdb-store.ts';

let dir: string;
let warnings: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-layout-'));
  warnings = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AUDIT = { actorId: 't', procedure: 'test' };

const meeting = (id: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  forumId: 'f1',
  districtId: 'd1',
  startsAt: '2026-03-03T13:00:00.000Z',
  status: 'planned',
  agenda: [{ id: 'v', kind: 'vbe', title: 'VBE', prompts: [] }],
  minutes: {},
  history: [],
  createdAt: '2026-03-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

async function put(relative: string, content: unknown = { format: 1, meetings: [] }): Promise<string> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const open = (lockHeld = true) => openLowdbStore(dir, { lockHeld, warn: (m) => warnings.push(m) });

async function refusal(): Promise<Error> {
  const err = await open().then(
    async (store) => {
      await store.close();
      throw new Error('Starten borde ha stoppats.');
    },
    (e: unknown) => e as Error,
  );
  return err;
}

describe('files the loader cannot place stop the start, naming the file', () => {
  it.each([
    ['0000.json', /året 0000 ligger utanför 2000–2100/],
    ['1999.json', /året 1999 ligger utanför 2000–2100/],
    ['2101.json', /året 2101 ligger utanför 2000–2100/],
    ['9999.json', /året 9999 ligger utanför/],
    ['99999.json', /inte ett årtal med fyra siffror/],
    ['20x6.json', /inte ett årtal med fyra siffror/],
    ['2026.JSON', /inte ett årtal med fyra siffror/],
    ['mote.json', /inte ett årtal med fyra siffror/],
  ])('meetings/<district>/<forum>/%s', async (name, reason) => {
    const file = await put(path.join('meetings', 'd1', 'f1', name));
    const err = await refusal();
    expect(err).toBeInstanceOf(DataLayoutError);
    expect((err as DataLayoutError).file).toBe(file);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(reason);
    expect(err.message).toContain('meetings/<stadsdel>/<forum>/<år>.json');
  });

  it('a .json file directly in a district folder, or in meetings/', async () => {
    const file = await put(path.join('meetings', 'd1', '2026.json'));
    await expect(refusal()).resolves.toMatchObject({ name: 'DataLayoutError', file, message: expect.stringMatching(/direkt i stadsdelens mapp/) });
    await rm(file);
    const top = await put(path.join('meetings', '2026.json'));
    await expect(refusal()).resolves.toMatchObject({ name: 'DataLayoutError', file: top, message: expect.stringMatching(/direkt i mappen meetings/) });
  });

  it('an audit file whose name is not a month', async () => {
    const file = await put(path.join('audit', '2026-13.jsonl'), '');
    await expect(refusal()).resolves.toMatchObject({ name: 'DataLayoutError', file, message: expect.stringMatching(/<ÅÅÅÅ-MM>\.jsonl/) });
  });

  it('meetings/ that is a file', async () => {
    await put('meetings', 'x');
    await expect(refusal()).resolves.toMatchObject({ name: 'DataLayoutError', file: path.join(dir, 'meetings'), message: expect.stringMatching(/ska vara en mapp/) });
  });

  it.each([
    ['whose start is in another year (UTC) than its file', meeting('m1', { startsAt: '2027-01-01T00:30:00.000Z' }), /mötet m1 börjar 2027-01-01T00:30:00.000Z, men ligger i filen för år 2026/],
    ['whose start is not an instant', meeting('m1', { startsAt: 'i morgon' }), /mötet m1 börjar i morgon, men ligger i filen för år 2026/],
    ['of another forum', meeting('m1', { forumId: 'f2' }), /mötet m1 hör till forumet f2, men ligger i mappen för f1/],
    ['of another district', meeting('m1', { districtId: 'd2' }), /mötet m1 hör till stadsdelen d2, men ligger i mappen för d1/],
  ])('a meeting %s, with the newest backup where it is placed right', async (_, m, reason) => {
    const file = await put(path.join('meetings', 'd1', 'f1', '2026.json'), { format: 1, meetings: [meeting('m0'), m] });
    const good = await put(path.join('backups', '2026-03-02', 'meetings', 'd1', 'f1', '2026.json'), { format: 1, meetings: [meeting('m0')] });
    await put(path.join('backups', '2026-03-03', 'meetings', 'd1', 'f1', '2026.json'), { format: 1, meetings: [m] });
    const err = await refusal();
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe(file);
    expect(err.message).toMatch(reason);
    expect((err as DataFileError).backup).toBe(good);
  });

  it('the same meeting in two files', async () => {
    await put(path.join('meetings', 'd1', 'f1', '2026.json'), { format: 1, meetings: [meeting('m1')] });
    const second = await put(path.join('meetings', 'd1', 'f1', '2027.json'), { format: 1, meetings: [meeting('m1', { startsAt: '2027-03-03T13:00:00.000Z' })] });
    const err = await refusal();
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe(second);
    expect(err.message).toMatch(/mötet m1 finns också i .*2026\.json/);
  });
});

describe('what lies outside the layout is listed as a warning, and the start goes on', () => {
  it('lost+found, editor backups, hidden files, a README, unknown folders', async () => {
    await put(path.join('meetings', 'd1', 'f1', '2026.json'), { format: 1, meetings: [meeting('m1')] });
    const outside = [
      'README',
      'core.json~',
      '.core.json.swp',
      path.join('lost+found', 'x'),
      path.join('audit', 'anteckningar.txt'),
      path.join('meetings', 'README.md'),
      path.join('meetings', '.DS_Store'),
      path.join('meetings', 'lost+found', '#1234'),
      path.join('meetings', 'd1', 'f1', '2026.json~'),
      path.join('meetings', 'd1', 'f1', '.2026.json.swp'),
      path.join('meetings', 'd1', 'f1', '#2026.json#'),
      path.join('meetings', 'd1', 'f1', '.#2026.json'),
      path.join('meetings', 'd1', 'f1', '2026.json.bak'),
      path.join('meetings', 'd1', 'f1', 'gammalt', '2019.json'),
    ];
    for (const f of outside) await put(f, 'x');
    const store = await open();
    expect((await store.getMeeting('m1'))?.id).toBe('m1');
    await store.close();
    expect(warnings).toHaveLength(1);
    const listed = warnings[0].split('\n').slice(1).map((l) => l.trim());
    expect(warnings[0]).toMatch(/innehåller sådant som inte hör till den; servern läser det inte och lämnar det orört/);
    // Folders are listed, not looked into.
    expect(listed.sort()).toEqual(
      [
        'README',
        'core.json~',
        '.core.json.swp',
        'lost+found',
        path.join('audit', 'anteckningar.txt'),
        path.join('meetings', 'README.md'),
        path.join('meetings', '.DS_Store'),
        path.join('meetings', 'lost+found'),
        path.join('meetings', 'd1', 'f1', '2026.json~'),
        path.join('meetings', 'd1', 'f1', '.2026.json.swp'),
        path.join('meetings', 'd1', 'f1', '#2026.json#'),
        path.join('meetings', 'd1', 'f1', '.#2026.json'),
        path.join('meetings', 'd1', 'f1', '2026.json.bak'),
        path.join('meetings', 'd1', 'f1', 'gammalt'),
      ].sort(),
    );
  });

  it('says nothing about its own files: data, lock, backups, temp files of a running writer', async () => {
    const store = await open();
    await store.createMeeting(meeting('m1'), AUDIT);
    await store.close();
    await put('.lock', '{}');
    await put(path.join('backups', '2026-03-03', 'core.json'), '{}');
    await put(path.join('meetings', 'd1', 'f1', '2026.json.123.abc.tmp'), 'x');
    // A reader leaves a writer's temp files alone and does not mention them.
    const reader = await open(false);
    await reader.close();
    expect(warnings).toEqual([]);
    expect((await scanDataLayout(dir)).meetingFiles).toEqual([path.join('meetings', 'd1', 'f1', '2026.json')]);
  });
});

describe('the store never writes a file the loader would refuse', () => {
  it('keys files by the UTC year of the start, and refuses a start outside 2000–2100', async () => {
    expect(meetingFileKey(meeting('m', { startsAt: '2026-12-31T23:30:00.000Z' }))).toBe(path.join('meetings', 'd1', 'f1', '2026.json'));
    const store = await open();
    await expect(store.createMeeting(meeting('m1', { startsAt: '0000-01-01T10:00:00.000Z' }), AUDIT)).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'startsAt' });
    await expect(store.createMeeting(meeting('m2', { startsAt: new Date(Date.UTC(10000, 0, 1)).toISOString() }), AUDIT)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(store.createMeeting(meeting('m3', { startsAt: 'inte ett datum' }), AUDIT)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await store.createMeeting(meeting('m4', { startsAt: '2100-12-31T22:00:00.000Z' }), AUDIT);
    await store.close();
    expect(JSON.parse(await readFile(path.join(dir, 'meetings', 'd1', 'f1', '2100.json'), 'utf8')).meetings).toHaveLength(1);
    const again = await open();
    expect((await again.getMeeting('m4'))?.id).toBe('m4');
    await again.close();
  });
});
