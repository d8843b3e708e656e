// Retention reaches the backups (issue 11 review): a report past
// REPORT_RETENTION_DAYS leaves the daily copies as it leaves the live file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../api/domain/types.ts';
import { expireOldReports } from '../../api/report-retention.ts';
import { createDailyBackup } from '../../api/store/backups.ts';
import { openLowdbStore } from '../../api/store/lowdb-store.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const SETUP = { actorId: 'test', procedure: 'test.fixture' };
const report = (id: string, receivedAt: string, text: string): Report => ({
  id, districtId: 'd1', receipt: `R-${id}`, receivedAt, date: receivedAt.slice(0, 10), area: 'Exempelby', text, status: 'new',
});

describe('expireOldReports', () => {
  it('reduces the expired report in the backup copies too, and leaves a recent one there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-retention-'));
    dirs.push(dir);
    const store = await openLowdbStore(dir, { lockHeld: true, warn: () => {} });
    await store.putDistrict({ id: 'd1', name: 'Stadsdel 1', areas: [] }, SETUP);
    await store.createReport(report('old', '2024-01-09T23:00:00.000Z', 'Gammal hemlig text.'), SETUP);
    await store.createReport(report('new', '2026-02-20T23:00:00.000Z', 'Ny text som får stå kvar.'), SETUP);
    await createDailyBackup(dir, { now: new Date('2026-02-25T10:00:00Z'), files: await store.dataFiles() });

    expect(await expireOldReports(store, { now: new Date('2026-03-01T10:00:00Z'), retentionDays: 730 })).toBe(1);

    const backups = await readdir(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = await readFile(path.join(dir, 'backups', backups[0], 'reports', 'd1', '2024.json'), 'utf8');
    expect(copy).not.toContain('Gammal hemlig text.');
    expect(JSON.parse(copy).records[0]).toMatchObject({ id: 'old', text: '', area: '', expiredAt: '2026-03-01T10:00:00.000Z' });
    expect(await readFile(path.join(dir, 'backups', backups[0], 'reports', 'd1', '2026.json'), 'utf8')).toContain('Ny text som får stå kvar.');
    expect((await store.getReport('old'))?.text).toBe('');
    await store.close();
  });
});
