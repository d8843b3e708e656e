// The saved lägesbild through the routers (issue 12, part A): versions,
// conflicts, adoption with a snapshot, reopening, redaction, and the
// read-only city role.
import { describe, expect, it } from 'vitest';
import { READ_ONLY_MESSAGE } from '../../../../api/domain/access.ts';
import { appRouter } from '../../../../api/routers/index.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

const D = 'rinkeby-kista';
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const sections = { summary: 'Läget är lugnt.', analysis: 'Klotter ökade vid skolorna.', needs: 'Fler vuxna ute på kvällarna.' };
const SYSTEM = { actorId: 'test', procedure: 'test' };

async function statementWithObservations(world: Awaited<ReturnType<typeof callerWorld>>, id: string, count: number) {
  const at = world.clock.now.toISOString();
  await world.store.createStatement(
    {
      id,
      districtId: D,
      from: '2025-01-01',
      to: '2025-12-31',
      source: 'polis',
      summary: 'Polisens bild.',
      nothingToReport: false,
      observations: [{ id: `${id}-o`, milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Exempelby', count, date: '2025-05-10', text: 'Klistermärken.' }],
      createdAt: at,
      createdBy: 'test',
      updatedAt: at,
      updatedBy: 'test',
    },
    SYSTEM,
  );
}

describe('lagesbild.saveDraft, get and list', () => {
  it('creates version 1 and adds a version per save, each with its sections', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    const first = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    expect(first).toMatchObject({ version: 1, document: { status: 'draft', sections } });
    const second = await c.lagesbild.saveDraft({ id: first.id, districtId: D, ...PERIOD, sections: { ...sections, summary: 'Nytt läge.' }, baseVersion: 1 });
    expect(second.version).toBe(2);
    const { document, figures } = await c.lagesbild.get({ id: first.id });
    expect(document.versions.map((v) => [v.version, v.change, v.sections?.summary])).toEqual([
      [1, 'save', 'Läget är lugnt.'],
      [2, 'save', 'Nytt läge.'],
    ]);
    expect(figures.current.from).toBe('2025-01-01');
    expect(await c.lagesbild.list({ districtId: D })).toEqual([expect.objectContaining({ id: first.id, status: 'draft', version: 2 })]);
  });

  it('refuses a second document for the same period, and a save from an older version', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    const { id } = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    await expect(c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections })).rejects.toMatchObject({ code: 'CONFLICT' });
    await c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 1 });
    await expect(c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 9 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('guards the sections like all free text, naming the field', async () => {
    const world = await callerWorld();
    const err = await world
      .as('coordinator')
      .lagesbild.saveDraft({ districtId: D, ...PERIOD, sections: { ...sections, analysis: 'Eleven 850101-1236 sågs vid skolan.' } })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_REQUEST' });
    expect(String((err as Error).message)).toContain('Analys');
  });

  it('is for the district’s coordinator and admins: another district’s coordinator and conveners are refused', async () => {
    const world = await callerWorld();
    const { id } = await world.as('admin').lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    await expect(world.as('otherCoordinator').lagesbild.saveDraft({ districtId: D, ...PERIOD, sections })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(world.as('otherCoordinator').lagesbild.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(world.as('convener').lagesbild.list({ districtId: D })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('lagesbild.adopt and reopen', () => {
  it('adopts the newest version with a decision, locks it, and keeps the figures of that moment', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    await statementWithObservations(world, 's1', 4);
    const { id, version } = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    const adopted = await c.lagesbild.adopt({ id, version, decision: 'Dnr 1.2.3-45/2026, nämnden 12 mars' });
    expect(adopted.document).toMatchObject({ status: 'adopted', adoption: { version: 1, decision: 'Dnr 1.2.3-45/2026, nämnden 12 mars' } });
    expect(adopted.document.versions.at(-1)).toMatchObject({ version: 2, change: 'adopt' });

    // A later change to the sources changes the compiled figures, not the adopted ones.
    await statementWithObservations(world, 's2', 5);
    const now = await c.lagesbild.compile({ district: D, ...PERIOD });
    expect(now.current.observations.total).toBe(9);
    expect((await c.lagesbild.get({ id })).figures.current.observations.total).toBe(4);

    await expect(c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(c.lagesbild.adopt({ id, version: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to adopt a version that is not the newest', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    const { id } = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    await c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 1 });
    await expect(c.lagesbild.adopt({ id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reopens with a reason (required, guarded), after which the figures are compiled anew and it can be saved', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    await statementWithObservations(world, 's1', 4);
    const { id, version } = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    await c.lagesbild.adopt({ id, version });
    await statementWithObservations(world, 's2', 5);
    await expect(c.lagesbild.reopen({ id, reason: 'kort' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(c.lagesbild.reopen({ id, reason: 'Ring 070-123 45 67 om detta' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const reopened = await world.as('admin').lagesbild.reopen({ id, reason: 'Polisens siffror kom in sent.' });
    expect(reopened.document.status).toBe('draft');
    expect(reopened.document.adoption).toBeUndefined();
    expect(reopened.document.versions.at(-1)).toMatchObject({ change: 'reopen', reason: 'Polisens siffror kom in sent.' });
    expect((await c.lagesbild.get({ id })).figures.current.observations.total).toBe(9);
    expect((await c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: reopened.version })).version).toBe(reopened.version + 1);
  });

  it('keeps an earlier year’s adopted lägesbild readable beside this year’s draft', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    const last = await c.lagesbild.saveDraft({ districtId: D, from: '2024-01-01', to: '2024-12-31', sections });
    await c.lagesbild.adopt({ id: last.id, version: last.version });
    await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    expect((await c.lagesbild.list({ districtId: D })).map((d) => [d.to, d.status])).toEqual([
      ['2024-12-31', 'adopted'],
      ['2025-12-31', 'draft'],
    ]);
  });
});

describe('sources.redact reaches saved lägesbilder', () => {
  it('takes the text out of the sections and every version, and adds a redact version', async () => {
    const world = await callerWorld();
    const c = world.as('coordinator');
    const { id } = await c.lagesbild.saveDraft({ districtId: D, ...PERIOD, sections: { ...sections, analysis: 'Föreningen Exempelklubben hyrde lokalen.' } });
    await c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections: { ...sections, analysis: 'Exempelklubben igen.' }, baseVersion: 1 });
    const result = await c.sources.redact({ districtId: D, text: 'Exempelklubben', reason: 'Namnet på en förening hör inte hit.' });
    // The current sections and both versions.
    expect(result.replaced).toBe(3);
    const { document } = await c.lagesbild.get({ id });
    expect(JSON.stringify(document)).not.toContain('Exempelklubben');
    expect(document.versions.at(-1)).toMatchObject({ change: 'redact' });
    // An editor loaded before the redaction cannot save the old text back.
    await expect(c.lagesbild.saveDraft({ id, districtId: D, ...PERIOD, sections, baseVersion: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the read-only city role', () => {
  it('reads every district’s figures and lägesbilder', async () => {
    const world = await callerWorld();
    const { id } = await world.as('otherCoordinator').lagesbild.saveDraft({ districtId: 'farsta', ...PERIOD, sections });
    const city = world.as('city');
    expect((await city.lagesbild.compile({ district: 'farsta', ...PERIOD })).districtId).toBe('farsta');
    expect((await city.lagesbild.list({ districtId: 'farsta' })).map((d) => d.id)).toEqual([id]);
    expect((await city.lagesbild.get({ id })).document.sections).toEqual(sections);
  });

  it('writes nothing: every mutation is refused before its input is read', async () => {
    const world = await callerWorld();
    const { id } = await world.as('coordinator').lagesbild.saveDraft({ districtId: D, ...PERIOD, sections });
    const city = world.as('city') as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    // Every mutation of the API, found from the router itself so a new one is covered too.
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const mutations = Object.entries(procedures)
      .filter(([, p]) => p._def.type === 'mutation')
      .map(([path]) => path)
      // Its own sign-in, and the anonymous forms anyone may send (they take no account).
      .filter((path) => !path.startsWith('auth.') && !['reports.submit', 'surveys.form', 'surveys.respond'].includes(path));
    expect(mutations).toEqual(expect.arrayContaining(['lagesbild.saveDraft', 'lagesbild.adopt', 'lagesbild.reopen', 'minutes.saveItem', 'sources.redact', 'mail.send']));
    for (const path of mutations) {
      const [routerName, procedure] = path.split('.');
      const input = path === 'lagesbild.saveDraft' ? { id, districtId: D, ...PERIOD, sections } : {};
      await expect(city[routerName][procedure](input), path).rejects.toMatchObject({ code: 'FORBIDDEN', message: READ_ONLY_MESSAGE });
    }
    expect((await world.store.getLagesbild(id))?.versions).toHaveLength(1);
  });

  it('reads no forum, meeting or report inbox', async () => {
    const world = await callerWorld();
    const city = world.as('city');
    expect(await city.forums.list()).toEqual([]);
    await expect(city.reports.list({ districtId: D })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
