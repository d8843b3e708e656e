// The lowdb store's rewriteMeetingCopies: only the forum's meeting copies,
// only those in the current format, each meeting through the given edit.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../../api/domain/types.ts';
import { openLowdbStore, type OpenedStore } from '../../../../api/store/lowdb-store.ts';

let dir: string;
let store: OpenedStore;
const audit = { actorId: 't', procedure: 'test' };

const meeting = (id: string, forumId: string, text: string): Meeting => ({
  id,
  forumId,
  districtId: 'd1',
  startsAt: '2026-03-03T13:00:00.000Z',
  location: text,
  status: 'planned',
  agenda: [{ id: 'v', kind: 'vbe', title: 'VBE', prompts: [] }],
  minutes: {},
  history: [],
  createdAt: '2026-03-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2026-03-01T00:00:00.000Z',
});

const copyOf = (forum: string, backup = '2026-03-04') => path.join(dir, 'backups', backup, 'meetings', 'd1', forum, '2026.json');
const scrub = (m: Meeting): Meeting => (m.location?.includes('hemlig') ? { ...m, location: '[borttaget]' } : m);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-redact-'));
  store = await openLowdbStore(dir, { lockHeld: true });
  await store.createMeeting(meeting('m1', 'f1', 'hemlig plats'), audit);
  await store.createMeeting(meeting('m2', 'f1', 'annan plats'), audit);
  await store.createMeeting(meeting('m3', 'f2', 'hemlig plats'), audit);
  for (const backup of ['2026-03-04', '2026-03-05']) {
    await mkdir(path.join(dir, 'backups', backup), { recursive: true });
    await cp(path.join(dir, 'meetings'), path.join(dir, 'backups', backup, 'meetings'), { recursive: true });
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rewriteMeetingCopies', () => {
  it("edits each meeting of the forum's copies and rewrites only the copies that changed", async () => {
    const seen: string[] = [];
    const count = await store.rewriteMeetingCopies({ districtId: 'd1', forumId: 'f1' }, (m) => {
      seen.push(m.id);
      return scrub(m);
    });
    expect(count).toEqual({ rewritten: 2, unreadable: 0 });
    expect(seen.sort()).toEqual(['m1', 'm1', 'm2', 'm2']);
    for (const backup of ['2026-03-04', '2026-03-05']) {
      const copy = JSON.parse(await readFile(copyOf('f1', backup), 'utf8')) as { meetings: Meeting[] };
      expect(copy.meetings.map((m) => m.location)).toEqual(['[borttaget]', 'annan plats']);
      // Another forum's copy is not this redaction's business.
      expect(await readFile(copyOf('f2', backup), 'utf8')).toContain('hemlig plats');
    }
    // The live data is the router's to change, not this method's.
    expect((await store.getMeeting('m1'))!.location).toBe('hemlig plats');
    expect(await store.rewriteMeetingCopies({ districtId: 'd1', forumId: 'f1' }, scrub)).toEqual({ rewritten: 0, unreadable: 0 });
  });

  it('leaves a copy it does not understand and names it in a warning, without any text', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeFile(copyOf('f1'), '{"format":1,"meetings":[{"id":"m1","location":"hemlig plats"');
    const count = await store.rewriteMeetingCopies({ districtId: 'd1', forumId: 'f1' }, scrub);
    expect(count).toEqual({ rewritten: 1, unreadable: 1 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain(copyOf('f1'));
    expect(JSON.stringify(warn.mock.calls)).not.toContain('hemlig');
    expect(await readFile(copyOf('f1'), 'utf8')).toContain('hemlig plats');
  });
});
