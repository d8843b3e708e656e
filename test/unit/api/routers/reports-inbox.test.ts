// The reports inbox through the routers over the memory store: what a read
// leaves behind (issue 11 review).
import { describe, expect, it } from 'vitest';
import { callerWorld } from '../../../fixtures/api/caller.ts';

const DISTRICT = 'rinkeby-kista';

describe('reports.list', () => {
  it('audits the read as one entry for the district without writing the district back', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    // A write of the district would fail (e.g. a lost update, a read-only folder): the read must not need one.
    world.store.putDistrict = () => Promise.reject(new Error('the inbox wrote the district'));
    expect(await world.as('coordinator').reports.list({ districtId: DISTRICT })).toEqual([]);
    expect((await world.store.auditLog()).at(-1)).toMatchObject({ actorId: 'coordinator', procedure: 'reports.list', recordType: 'district', recordId: DISTRICT });
  });
});

describe('the time of a report is kept to the day', () => {
  const SENT = '2026-05-10T12:37:41.123Z'; // 14.37 in Stockholm (summer time)
  const DAY_START = '2026-05-09T22:00:00.000Z';

  it('stores receivedAt and the submit’s audit entry as the start of the Stockholm day, nowhere the time', async () => {
    const world = await callerWorld(SENT);
    await world.as('coordinator').reports.submit({ districtId: DISTRICT, date: '2026-05-08', area: 'Husby', text: 'Klotter vid fritidsgården.' });
    const [stored] = await world.store.listReports({ districtId: DISTRICT });
    expect(stored.receivedAt).toBe(DAY_START);
    const entry = (await world.store.auditLog()).find((e) => e.procedure === 'reports.submit');
    expect(entry).toMatchObject({ at: DAY_START, actorId: 'anonym', recordType: 'report' });
    const submitted = (await world.store.auditLog()).filter((e) => e.recordType === 'report');
    const everything = JSON.stringify([await world.store.listReports({ districtId: DISTRICT }), submitted]);
    expect(everything).not.toMatch(/T1[02]:37/);
    // Signed-in work keeps its time.
    expect((await world.store.auditLog()).at(0)?.at).toBe(SENT);
  });

  it('lists by day of receipt (older records that kept the time read as their day), then id, new first', async () => {
    const world = await callerWorld('2026-05-20T08:00:00.000Z');
    const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
    const report = (id: string, receivedAt: string, status: 'new' | 'rejected' = 'new') =>
      world.store.createReport({ id, districtId: DISTRICT, receipt: `R-${id}`, receivedAt, date: '2026-05-01', area: 'Husby', text: 'Klotter.', status }, SYSTEM);
    await report('b', '2026-05-12T21:59:00.000Z'); // 23.59 on 12 May in Stockholm
    await report('a', '2026-05-11T22:00:00.000Z'); // the start of 12 May
    await report('c', '2026-05-11T04:00:00.000Z');
    await report('d', '2026-05-13T09:00:00.000Z', 'rejected');
    const listed = await world.as('coordinator').reports.list({ districtId: DISTRICT });
    expect(listed.map((r) => [r.id, r.receivedAt])).toEqual([
      ['a', '2026-05-11T22:00:00.000Z'],
      ['b', '2026-05-11T22:00:00.000Z'],
      ['c', '2026-05-10T22:00:00.000Z'],
      ['d', '2026-05-12T22:00:00.000Z'],
    ]);
  });
});
