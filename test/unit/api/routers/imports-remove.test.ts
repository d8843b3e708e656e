// An import can be undone, and cannot be counted twice (issue 11 review).
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../api/domain/errors.ts';
import { OBSERVATIONS_CSV_HEADER } from '../../../../api/exports/observations-csv.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) return { code: (err.cause instanceof DomainError ? err.cause.code : undefined) ?? err.code, message: err.message };
    throw err;
  }
  throw new Error('the call succeeded');
}

const DISTRICT = 'rinkeby-kista';
const HEADER = OBSERVATIONS_CSV_HEADER.join(';');
const csv = (...days: string[]) => `${HEADER}\n${days.map((d) => `2025-03-11;BRÅ;BRÅ;vit-makt;propaganda;polis;Kista;2;${d};`).join('\n')}\n`;

describe('imports.commit and imports.remove', () => {
  it('refuses a file whose period overlaps an earlier import, naming that period; a removed import no longer counts and can be imported again', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const coordinator = world.as('coordinator');
    const first = await coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-03-01', '2025-09-20') });

    const refused = await failure(coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-09-20', '2025-12-31') }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('1 mars 2025–20 september 2025');
    // Another period, or another district, is fine.
    const other = await coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-09-21', '2025-12-31') });
    await world.as('admin').imports.commit({ districtId: 'farsta', csv: csv('2025-03-01') });
    expect((await coordinator.imports.list({ districtId: DISTRICT })).map((b) => b.id)).toEqual([first.id, other.id]);

    for (const who of ['otherCoordinator', 'convener'] as const) {
      expect((await failure(world.as(who).imports.remove({ id: first.id }))).code).toBe('NOT_FOUND');
    }
    expect(await coordinator.imports.remove({ id: first.id })).toEqual({ id: first.id, from: '2025-03-01', to: '2025-09-20', observations: 2 });
    expect((await coordinator.imports.list({ districtId: DISTRICT })).map((b) => b.id)).toEqual([other.id]);
    expect((await failure(coordinator.imports.remove({ id: first.id }))).code).toBe('NOT_FOUND');
    expect((await world.store.auditLog()).filter((e) => e.procedure === 'imports.remove').map((e) => [e.actorId, e.recordType, e.recordId])).toEqual([
      ['coordinator', 'import', first.id],
    ]);
    await coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-03-01', '2025-09-20') });
  });

  it('lets only one of two overlapping files through when both are committed at once', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const coordinator = world.as('coordinator');
    const results = await Promise.allSettled([
      coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-03-01') }),
      coordinator.imports.commit({ districtId: DISTRICT, csv: csv('2025-03-01') }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await coordinator.imports.list({ districtId: DISTRICT })).toHaveLength(1);
  });
});
