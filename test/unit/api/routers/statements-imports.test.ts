// Partners' statements, the CSV import and the lägesbild's other sources
// through the routers over the memory store (issue 11), with the moving clock.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../api/domain/errors.ts';
import type { Report, Survey } from '../../../../api/domain/types.ts';
import { OBSERVATIONS_CSV_HEADER } from '../../../../api/exports/observations-csv.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

async function failure(call: Promise<unknown>): Promise<{ code: string; field?: string; message: string }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) {
      const cause = err.cause instanceof DomainError ? err.cause : undefined;
      return { code: cause?.code ?? err.code, field: cause?.field, message: err.message };
    }
    throw err;
  }
  throw new Error('the call succeeded');
}

const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
const DISTRICT = 'rinkeby-kista';
const observation = { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 3, date: '2026-02-14', text: 'Klistermärken.' } as const;
const police = { districtId: DISTRICT, from: '2026-01-01', to: '2026-06-30', source: 'polis' as const, summary: 'Lugnt första halvåret.', observations: [observation] };

const HEADER = OBSERVATIONS_CSV_HEADER.join(';');
const CSV_OK = `\uFEFF${HEADER}\r\n2025-03-11;BRÅ;BRÅ;Vit makt-miljön;Propaganda;Polisen;Kista;7;2025-03-01;Flygblad\r\n2025-10-01;BRÅ;BRÅ;oklar;hot;ia;Akalla;2;2025-09-20;\r\n`;
const CSV_REFUSED = `${HEADER}\n2025-03-11;BRÅ;BRÅ;vit-makt;propaganda;polis;Kista;7;2025-03-01;Flygblad\n2025-03-11;BRÅ;BRÅ;okänd;propaganda;polis;Kista;1;2025-03-01;\n`;

describe('statements through the routers', () => {
  it('saves, edits and lists a partner’s statement for the district’s coordinator and admins only', async () => {
    const world = await callerWorld('2026-07-01T08:00:00.000Z');
    const coordinator = world.as('coordinator');
    const saved = await coordinator.statements.save(police);
    expect(saved).toMatchObject({ districtId: DISTRICT, source: 'polis', nothingToReport: false, createdBy: 'coordinator' });
    expect(saved.observations[0]).toMatchObject({ ...observation, id: expect.any(String) });

    world.clock.now = new Date('2026-07-02T08:00:00.000Z');
    const edited = await world.as('admin').statements.save({
      ...police, id: saved.id, summary: 'Ändrad.', baseUpdatedAt: saved.updatedAt, observations: [{ ...observation, id: saved.observations[0].id }],
    });
    expect([edited.id, edited.summary, edited.updatedBy, edited.createdBy]).toEqual([saved.id, 'Ändrad.', 'admin', 'coordinator']);
    expect(edited.observations[0].id).toBe(saved.observations[0].id);
    // Saved over a version someone else has changed since.
    expect((await failure(coordinator.statements.save({ ...police, id: saved.id, baseUpdatedAt: saved.updatedAt }))).code).toBe('CONFLICT');

    const nothing = await coordinator.statements.save({ districtId: DISTRICT, from: '2026-07-01', to: '2026-12-31', source: 'civilsamhalle', summary: '', nothingToReport: true });
    expect(nothing.nothingToReport).toBe(true);
    expect((await coordinator.statements.list({ districtId: DISTRICT, from: '2026-01-01', to: '2026-03-31' })).map((s) => s.id)).toEqual([saved.id]);
    expect(await coordinator.statements.list({ districtId: DISTRICT })).toHaveLength(2);

    expect((await failure(world.as('convener').statements.save(police))).code).toBe('FORBIDDEN');
    expect((await failure(world.as('otherCoordinator').statements.list({ districtId: DISTRICT }))).code).toBe('FORBIDDEN');
    // Another district's coordinator cannot reach it through their own district either.
    expect((await failure(world.as('otherCoordinator').statements.save({ ...police, districtId: 'farsta', id: saved.id }))).code).toBe('NOT_FOUND');
    expect((await world.store.auditLog()).filter((e) => e.recordType === 'statement').map((e) => e.procedure)).toEqual([
      'statements.save',
      'statements.save',
      'statements.save',
    ]);
  });

  it('refuses personal data and a statement without an answer, naming the field in Swedish', async () => {
    const world = await callerWorld();
    const coordinator = world.as('coordinator');
    const guard = await failure(coordinator.statements.save({ ...police, summary: 'Polisen nämner Kalle Svensson.' }));
    expect([guard.code, guard.field]).toEqual(['BAD_REQUEST', 'summary']);
    expect(guard.message).toContain('Sammanfattning');
    const empty = await failure(coordinator.statements.save({ ...police, summary: '', observations: [] }));
    expect(empty.field).toBe('summary');
    const late = await failure(coordinator.statements.save({ ...police, observations: [{ ...observation, date: '2026-08-01' }] }));
    expect(late.field).toBe('observations.0.date');
    expect((await failure(coordinator.statements.save({ ...police, observations: [{ ...observation, count: 0 }] }))).code).toBe('BAD_REQUEST');
  });
});

describe('imports through the routers', () => {
  it('previews a file with a refused row, refuses to commit it, and commits a clean file as one import', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const coordinator = world.as('coordinator');
    const preview = await coordinator.imports.preview({ districtId: DISTRICT, csv: CSV_REFUSED });
    expect([preview.accepted, preview.refused]).toEqual([1, 1]);
    expect(preview.rows[1]).toMatchObject({ row: 3, problems: [{ column: 'Miljö' }] });
    const refused = await failure(coordinator.imports.commit({ districtId: DISTRICT, csv: CSV_REFUSED }));
    expect([refused.code, refused.field]).toEqual(['BAD_REQUEST', 'csv']);
    expect(refused.message).toContain('rad 3');
    expect(await world.store.listImports({ districtId: DISTRICT })).toEqual([]);

    const batch = await coordinator.imports.commit({ districtId: DISTRICT, csv: CSV_OK });
    expect(batch).toMatchObject({ districtId: DISTRICT, from: '2025-03-01', to: '2025-09-20', importedBy: 'coordinator', importedAt: '2026-03-02T09:00:00.000Z' });
    expect(batch.observations.map((o) => [o.milieu, o.source, o.area, o.count])).toEqual([
      ['vit-makt', 'polis', 'Kista', 7],
      ['oklar', 'ia', 'Akalla', 2],
    ]);
    expect(await coordinator.imports.list({ districtId: DISTRICT })).toEqual([
      { id: batch.id, from: '2025-03-01', to: '2025-09-20', importedAt: batch.importedAt, observations: 2 },
    ]);
    expect((await world.store.auditLog()).some((e) => e.recordType === 'import' && e.procedure === 'imports.commit')).toBe(true);

    expect((await failure(world.as('convener').imports.preview({ districtId: DISTRICT, csv: CSV_OK }))).code).toBe('FORBIDDEN');
    expect((await failure(world.as('otherCoordinator').imports.commit({ districtId: DISTRICT, csv: CSV_OK }))).code).toBe('FORBIDDEN');
    expect((await failure(coordinator.imports.preview({ districtId: DISTRICT, csv: 'a;b\n1;2' }))).field).toBe('csv');
  });
});

describe('lagesbild.compile with every source', () => {
  it('counts accepted reports, statements and imports by origin and shows the survey round and partners’ answers', async () => {
    const world = await callerWorld('2026-07-01T08:00:00.000Z');
    const coordinator = world.as('coordinator');
    await coordinator.statements.save(police); // 3 (2026)
    await coordinator.imports.commit({ districtId: DISTRICT, csv: CSV_OK }); // 7 + 2 (2025)
    const report = (id: string, date: string, status: Report['status']): Report => ({
      id, districtId: DISTRICT, receipt: id, receivedAt: `${date}T10:00:00.000Z`, date, area: 'Rinkeby', text: 'Klotter.', status,
      ...(status === 'accepted' ? { observation: { id: `${id}-o`, milieu: 'autonoma', category: 'klotter', source: 'skola', area: 'Rinkeby', count: 1, date, text: '' } } : {}),
    });
    for (const r of [report('r1', '2026-04-01', 'accepted'), report('r2', '2026-04-02', 'rejected'), report('r3', '2026-04-03', 'new')]) await world.store.createReport(r, SYSTEM);
    const unit = (id: string, staff?: number, courseCompleted?: number): Survey['units'][number] => ({
      id, name: id, token: `t-${id}`,
      ...(staff === undefined ? {} : {
        response: { at: '2026-03-01T10:00:00.000Z', answers: {
          incidents: [], awareness: { plan: 'helt', guidance: 'helt', routine: 'helt', form: 'helt' }, staffAwareness: { plan: 'inte', guidance: 'inte', routine: 'inte', form: 'inte' },
          collaboration: { polis: 'har', socialtjanst: 'har', skola: 'har', civilsamhalle: 'nej', samfund: 'nej', fastighetsagare: 'nej' }, staffKnowledge: 'liten', staff, courseCompleted: courseCompleted ?? 0,
        } },
      }),
    });
    await world.store.createSurvey(
      { id: 's26', districtId: DISTRICT, year: 2026, closesOn: '2026-03-31', units: [unit('a', 30, 6), unit('b'), unit('c', 10, 4)], createdAt: '2026-02-01T00:00:00.000Z', createdBy: 'coordinator', updatedAt: '2026-02-01T00:00:00.000Z' },
      SYSTEM,
    );

    const picture = await coordinator.lagesbild.compile({ district: DISTRICT, from: '2026-01-01', to: '2026-12-31' });
    expect(picture.current.byOrigin).toEqual({ minutes: 0, report: 1, statement: 3, import: 0 });
    expect(picture.current.observations).toEqual({ records: 2, total: 4 });
    expect(picture.current.reports).toEqual({ received: 3, accepted: 1, rejected: 1 });
    // Both answering units gave the same answers, so every answered value counts 2.
    const helt = { helt: 2, delvis: 0, inte: 0 };
    const inte = { helt: 0, delvis: 0, inte: 2 };
    const har = { har: 2, onskar: 0, nej: 0 };
    const nej = { har: 0, onskar: 0, nej: 2 };
    expect(picture.current.survey).toEqual({
      units: 3, responded: 2, responseRate: 2 / 3, staff: 40, courseCompleted: 10,
      awareness: { plan: helt, guidance: helt, routine: helt, form: helt },
      staffAwareness: { plan: inte, guidance: inte, routine: inte, form: inte },
      collaboration: { polis: har, socialtjanst: har, skola: har, civilsamhalle: nej, samfund: nej, fastighetsagare: nej },
      staffKnowledge: { ingen: 0, liten: 2, god: 0, 'mycket-god': 0 },
    });
    expect(picture.current.statements.find((s) => s.source === 'polis')).toEqual({ source: 'polis', status: 'reported', statements: 1, observations: 3 });
    expect(picture.previous.byOrigin).toEqual({ minutes: 0, report: 0, statement: 0, import: 9 });
    expect(picture.previous.bySource).toMatchObject({ polis: 7, ia: 2 });
    expect(picture.previous.survey).toBeNull();
  });
});
