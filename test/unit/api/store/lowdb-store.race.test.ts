// A write that fails must not reach the disk through another change's write,
// and no reader may see it in the meantime.
import fs, { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../api/domain/types.ts';
import { openLowdbStore } from '../../../../api/store/lowdb-store.ts';

let failNextMeetingWrite = false;
const realOpen = fs.promises.open;
const dir = mkdtempSync(path.join(os.tmpdir(), 'vbe-race-'));

beforeAll(() => {
  // Fails the next temp file of a meetings file, after a moment, as a disk error would.
  fs.promises.open = (async (file: fs.PathLike, ...rest: Parameters<typeof realOpen> extends [unknown, ...infer R] ? R : never) => {
    if (failNextMeetingWrite && String(file).includes(`${path.sep}meetings${path.sep}`) && String(file).endsWith('.tmp')) {
      failNextMeetingWrite = false;
      await new Promise((r) => setTimeout(r, 20));
      throw Object.assign(new Error('EIO (simulerat)'), { code: 'EIO' });
    }
    return realOpen(file, ...rest);
  }) as typeof realOpen;
  syncBuiltinESMExports();
});

afterAll(() => {
  fs.promises.open = realOpen;
  syncBuiltinESMExports();
  rmSync(dir, { recursive: true, force: true });
});

const meeting = (id: string): Meeting => ({
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
});

describe('lowdb store under a failing write', () => {
  it('keeps a failed change out of memory, the file and the next start, while a concurrent change to the same file lands', async () => {
    const audit = { actorId: 't', procedure: 'test' };
    const store = await openLowdbStore(dir, { lockHeld: true });
    await store.createMeeting(meeting('m1'), audit);
    await store.createMeeting(meeting('m2'), audit);

    failNextMeetingWrite = true;
    const failing = store.updateMeeting('m1', (m) => ({ ...m, location: 'MISSLYCKAD' }), audit);
    const seenMeanwhile = (await store.getMeeting('m1'))?.location;
    const landing = store.updateMeeting('m2', (m) => ({ ...m, location: 'LYCKAD' }), audit);
    const [a, b] = await Promise.allSettled([failing, landing]);

    expect(a.status).toBe('rejected');
    expect(b.status).toBe('fulfilled');
    expect(seenMeanwhile).toBeUndefined();
    expect((await store.getMeeting('m1'))?.location).toBeUndefined();
    expect((await store.getMeeting('m2'))?.location).toBe('LYCKAD');
    const disk = JSON.parse(readFileSync(path.join(dir, 'meetings', 'd1', 'f1', '2026.json'), 'utf8')) as { meetings: Meeting[] };
    expect(disk.meetings.find((m) => m.id === 'm1')?.location).toBeUndefined();
    expect(disk.meetings.find((m) => m.id === 'm2')?.location).toBe('LYCKAD');
    await store.close();

    const reopened = await openLowdbStore(dir, { lockHeld: true });
    expect((await reopened.getMeeting('m1'))?.location).toBeUndefined();
    expect((await reopened.getMeeting('m2'))?.location).toBe('LYCKAD');
    await reopened.close();
  });
});
