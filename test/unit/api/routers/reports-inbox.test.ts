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
