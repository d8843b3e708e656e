// A meeting moved across New Year changes files: the lowdb store keys meeting
// files by the UTC year of the start.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../api/domain/types.ts';
import { openLowdbStore } from '../../../../api/store/lowdb-store.ts';

const audit = { actorId: 't', procedure: 'meetings.reschedule' };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const meeting = (id: string, startsAt: string): Meeting => ({
  id,
  forumId: 'f1',
  districtId: 'd1',
  startsAt,
  status: 'planned',
  agenda: [{ id: 'v', kind: 'vbe', title: 'VBE', prompts: [] }],
  minutes: {},
  history: [],
  createdAt: '2026-03-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2026-03-01T00:00:00.000Z',
});
const onDisk = (dir: string, year: number) => {
  const file = path.join(dir, 'meetings', 'd1', 'f1', `${year}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { meetings: Meeting[] }).meetings.map((m) => m.id) : [];
};

describe('lowdb store: moving a meeting to another year', () => {
  it('moves it between year files, both ways, and the next start finds it once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vbe-move-'));
    dirs.push(dir);
    const store = await openLowdbStore(dir, { lockHeld: true });
    await store.createMeeting(meeting('m1', '2026-12-29T13:00:00.000Z'), audit);
    await store.createMeeting(meeting('m2', '2026-12-01T13:00:00.000Z'), audit);

    const moved = await store.updateMeeting('m1', (m) => ({ ...m, startsAt: '2027-01-05T13:00:00.000Z' }), audit);
    expect(moved.startsAt).toBe('2027-01-05T13:00:00.000Z');
    expect(onDisk(dir, 2026)).toEqual(['m2']);
    expect(onDisk(dir, 2027)).toEqual(['m1']);
    expect((await store.getMeeting('m1'))?.startsAt).toBe('2027-01-05T13:00:00.000Z');
    expect((await store.listMeetings({ forumIds: ['f1'] })).map((m) => m.id)).toEqual(['m2', 'm1']);
    // Later changes go to the new file.
    await store.updateMeeting('m1', (m) => ({ ...m, location: 'Kista' }), audit);
    expect(onDisk(dir, 2027)).toEqual(['m1']);
    // And back again, with the other move at the same time in the other direction.
    await Promise.all([
      store.updateMeeting('m1', (m) => ({ ...m, startsAt: '2026-12-30T13:00:00.000Z' }), audit),
      store.updateMeeting('m2', (m) => ({ ...m, startsAt: '2027-01-12T13:00:00.000Z' }), audit),
    ]);
    expect(onDisk(dir, 2026)).toEqual(['m1']);
    expect(onDisk(dir, 2027)).toEqual(['m2']);
    expect((await store.auditLog()).filter((e) => e.procedure === 'meetings.reschedule')).toHaveLength(6);
    await store.close();

    const reopened = await openLowdbStore(dir, { lockHeld: true });
    expect((await reopened.getMeeting('m1'))).toMatchObject({ startsAt: '2026-12-30T13:00:00.000Z', location: 'Kista' });
    expect((await reopened.getMeeting('m2'))?.startsAt).toBe('2027-01-12T13:00:00.000Z');
    await reopened.close();
  });

  it('still refuses a move to another forum, and a year it cannot file, changing nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vbe-move-'));
    dirs.push(dir);
    const store = await openLowdbStore(dir, { lockHeld: true });
    await store.createMeeting(meeting('m1', '2026-12-29T13:00:00.000Z'), audit);
    await expect(store.updateMeeting('m1', (m) => ({ ...m, forumId: 'f2' }), audit)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.updateMeeting('m1', (m) => ({ ...m, startsAt: '2101-01-05T13:00:00.000Z' }), audit)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A change that throws while moving stores nothing.
    // The change is applied again once both files are held; a refusal then stores nothing either.
    let calls = 0;
    await expect(
      store.updateMeeting(
        'm1',
        (m) => {
          if (++calls === 1) return { ...m, startsAt: '2027-01-05T13:00:00.000Z' };
          throw new Error('refused');
        },
        audit,
      ),
    ).rejects.toThrow('refused');
    expect(calls).toBe(2);
    expect((await store.getMeeting('m1'))?.startsAt).toBe('2026-12-29T13:00:00.000Z');
    expect(onDisk(dir, 2026)).toEqual(['m1']);
    expect(onDisk(dir, 2027)).toEqual([]);
    await store.close();
  });
});
