// Every procedure on one district's sources goes through districtProcedure
// (or its loader): an unknown district, or an id that would climb out of a
// data folder, is NOT_FOUND with one wording before anything is stored;
// someone else's district is FORBIDDEN.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../api/domain/errors.ts';
import { OBSERVATIONS_CSV_HEADER } from '../../../../api/exports/observations-csv.ts';
import { DISTRICT_NOT_FOUND } from '../../../../api/trpc/district-procedure.ts';
import { callerWorld, type Caller } from '../../../fixtures/api/caller.ts';

async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) return { code: (err.cause instanceof DomainError ? err.cause.code : undefined) ?? err.code, message: err.message };
    throw err;
  }
  throw new Error('the call succeeded');
}

const CSV = `${OBSERVATIONS_CSV_HEADER.join(';')}\n2025-03-11;BRÅ;BRÅ;vit-makt;propaganda;polis;Kista;7;2025-03-01;Flygblad\n`;

const calls: [string, (c: Caller, districtId: string) => Promise<unknown>][] = [
  ['reports.list', (c, districtId) => c.reports.list({ districtId })],
  ['surveys.create', (c, districtId) => c.surveys.create({ districtId, year: 2026, closesOn: '2026-04-30', units: [{ name: 'Exempelskolan', staff: 10 }] })],
  ['surveys.list', (c, districtId) => c.surveys.list({ districtId })],
  ['statements.save', (c, districtId) => c.statements.save({ districtId, from: '2026-01-01', to: '2026-06-30', source: 'polis', summary: 'Lugnt.' })],
  ['statements.list', (c, districtId) => c.statements.list({ districtId })],
  ['imports.preview', (c, districtId) => c.imports.preview({ districtId, csv: CSV })],
  ['imports.commit', (c, districtId) => c.imports.commit({ districtId, csv: CSV })],
  ['imports.list', (c, districtId) => c.imports.list({ districtId })],
  ['sources.redact', (c, districtId) => c.sources.redact({ districtId, text: 'Flygblad', reason: 'Felaktigt inlagd text.' })],
  ['lagesbild.compile', (c, districtId) => c.lagesbild.compile({ district: districtId, from: '2026-01-01', to: '2026-03-31' })],
];

describe('district-scoped procedures', () => {
  it.each(calls)('%s: NOT_FOUND with one wording for an unknown district or a path, FORBIDDEN for another district', async (_name, call) => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const writes = world.store.writes;
    for (const districtId of ['finns-inte', '../reports/x', '../../x']) {
      expect(await failure(call(world.as('admin'), districtId))).toEqual({ code: 'NOT_FOUND', message: DISTRICT_NOT_FOUND });
    }
    expect(world.store.writes).toBe(writes);
    expect((await failure(call(world.as('otherCoordinator'), 'rinkeby-kista'))).code).toBe('FORBIDDEN');
  });
});
