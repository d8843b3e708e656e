// One contract for the lägesbild's other sources (issue 11), run against
// every store: the memory store the API tests use and the lowdb store over a
// real data folder. A PostgreSQL store joins the list when it comes.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Observation, ObservationImport, Report, Statement, Survey } from '../../api/domain/types.ts';
import { createDailyBackup } from '../../api/store/backups.ts';
import { DataLayoutError } from '../../api/store/data-layout.ts';
import { openLowdbStore } from '../../api/store/lowdb-store.ts';
import { RecordConflictError, RecordNotFoundError, type Store } from '../../api/store/store.ts';
import { createMemoryStore } from '../fixtures/memory-store.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const ctx = { actorId: 'acc-1', procedure: 'test' };
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-sources-'));
  dirs.push(dir);
  return dir;
}

interface World {
  store: Store;
  /** A new store over the same data (lowdb: a restart), or null where nothing outlives the process. */
  reopen(): Promise<Store | null>;
}

// The stores file these records under existing districts only.
async function withDistricts<S extends Store>(store: S): Promise<S> {
  for (const id of ['d1', 'd2']) await store.putDistrict({ id, name: `Stadsdel ${id}`, areas: [] }, { actorId: 'system', procedure: 'setup' });
  return store;
}

const stores: [string, () => Promise<World>][] = [
  ['memory', async () => ({ store: await withDistricts(createMemoryStore({ now: () => NOW })), reopen: async () => null })],
  [
    'lowdb',
    async () => {
      const dir = await tempDir();
      const store = await withDistricts(await openLowdbStore(dir, { lockHeld: true, now: () => NOW, warn: () => {} }));
      return {
        store,
        reopen: async () => {
          await store.close();
          return openLowdbStore(dir, { lockHeld: true, now: () => NOW, warn: () => {} });
        },
      };
    },
  ],
];

const observation = (id: string, date: string): Observation => ({
  id,
  milieu: 'oklar',
  category: 'vald',
  source: 'polis',
  area: 'Exempelby',
  count: 2,
  date,
  text: 'Bråk på skolgården efter lektionstid.',
});

function report(id: string, date: string, extra: Partial<Report> = {}): Report {
  return {
    id,
    districtId: 'd1',
    receipt: `R-${id}`,
    receivedAt: `${date}T12:00:00.000Z`,
    date,
    area: 'Exempelby',
    text: 'Klotter med symboler vid fritidsgården.',
    status: 'new',
    ...extra,
  };
}

function survey(id: string, year: number, tokens: string[]): Survey {
  return {
    id,
    districtId: 'd1',
    year,
    closesOn: `${year}-04-30`,
    units: tokens.map((token, i) => ({ id: `${id}-u${i}`, name: `Exempelskolan ${i + 1}`, staff: 20 + i, token })),
    createdAt: `${year}-02-01T08:00:00.000Z`,
    createdBy: 'acc-1',
    updatedAt: `${year}-02-01T08:00:00.000Z`,
  };
}

function statement(id: string, from: string, to: string, source: Statement['source'], extra: Partial<Statement> = {}): Statement {
  return {
    id,
    districtId: 'd1',
    from,
    to,
    source,
    summary: 'Lugnt i området under perioden.',
    nothingToReport: false,
    observations: [],
    createdAt: '2026-02-01T08:00:00.000Z',
    createdBy: 'acc-1',
    updatedAt: '2026-02-01T08:00:00.000Z',
    updatedBy: 'acc-1',
    ...extra,
  };
}

function batch(id: string, from: string, to: string, importedAt: string): ObservationImport {
  return { id, districtId: 'd1', from, to, importedAt, importedBy: 'acc-1', observations: [observation(`${id}-o1`, from)] };
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe.each(stores)('the sources in the %s store', (_name, open) => {
  it('creates, gets and lists reports by period and status, sorted by receipt', async () => {
    const { store } = await open();
    await store.createReport(report('r2', '2026-01-20', { receivedAt: '2026-01-21T09:00:00.000Z' }), ctx);
    await store.createReport(report('r1', '2026-01-10', { receivedAt: '2026-01-22T09:00:00.000Z', status: 'rejected' }), ctx);
    await store.createReport(report('r3', '2025-12-31'), ctx);
    await store.createReport({ ...report('r4', '2026-01-15'), districtId: 'd2' }, ctx);

    expect(await store.getReport('r1')).toMatchObject({ id: 'r1', status: 'rejected' });
    expect(await store.getReport('nope')).toBeUndefined();
    expect(ids(await store.listReports({ districtId: 'd1' }))).toEqual(['r3', 'r2', 'r1']);
    expect(ids(await store.listReports({ districtId: 'd1', from: '2026-01-10', to: '2026-01-20' }))).toEqual(['r2', 'r1']);
    expect(ids(await store.listReports({ districtId: 'd1', from: '2026-01-11', to: '2026-01-19' }))).toEqual([]);
    expect(ids(await store.listReports({ districtId: 'd1', status: 'new' }))).toEqual(['r3', 'r2']);
    expect(ids(await store.listReports({ districtId: 'd2' }))).toEqual(['r4']);
    await expect(store.createReport(report('r1', '2026-01-10'), ctx)).rejects.toBeInstanceOf(RecordConflictError);
  });

  it('updates a report, moving it between years, never between districts', async () => {
    const { store } = await open();
    await store.createReport(report('r1', '2025-12-30'), ctx);
    const accepted = await store.updateReport(
      'r1',
      (r) => ({ ...r, date: '2026-01-02', status: 'accepted', observation: observation('o1', '2026-01-02'), triage: { at: NOW.toISOString(), by: 'acc-1' } }),
      ctx,
    );
    expect(accepted).toMatchObject({ date: '2026-01-02', status: 'accepted' });
    expect(ids(await store.listReports({ districtId: 'd1', from: '2025-01-01', to: '2025-12-31' }))).toEqual([]);
    expect(await store.listReports({ districtId: 'd1', from: '2026-01-01', to: '2026-12-31' })).toEqual([accepted]);
    expect(await store.getReport('r1')).toEqual(accepted);

    await expect(store.updateReport('r1', (r) => ({ ...r, districtId: 'd2' }), ctx)).rejects.toMatchObject({ reason: 'other-district' });
    await expect(store.updateReport('nope', (r) => r, ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    // A change that throws stores nothing.
    await expect(
      store.updateReport(
        'r1',
        () => {
          throw new Error('no');
        },
        ctx,
      ),
    ).rejects.toThrow('no');
    expect(await store.getReport('r1')).toEqual(accepted);
  });

  it('refuses a year it cannot file, naming the field', async () => {
    const { store } = await open();
    await expect(store.createReport(report('r1', '1999-12-31'), ctx)).rejects.toMatchObject({ field: 'date' });
    await expect(store.createSurvey(survey('s1', 2101, ['t']), ctx)).rejects.toMatchObject({ field: 'year' });
    expect(await store.getReport('r1')).toBeUndefined();
  });

  it.each(['../reports/x', '../../x', 'nope', '.hidden', 'a/b', ''])('refuses to file a record under the district %j: not an existing district or not one path segment', async (districtId) => {
    const { store } = await open();
    if (districtId !== 'nope') await store.putDistrict({ id: districtId, name: 'Otillåten', areas: [] }, ctx);
    const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ constructor: RecordNotFoundError, recordType: 'district', recordId: districtId });
    await refused(store.createReport({ ...report('r1', '2026-01-10'), districtId }, ctx));
    await refused(store.createSurvey({ ...survey('s1', 2026, ['t']), districtId }, ctx));
    await refused(store.createStatement({ ...statement('st1', '2026-01-01', '2026-06-30', 'polis'), districtId }, ctx));
    await refused(store.createImport({ ...batch('i1', '2025-01-01', '2025-12-31', NOW.toISOString()), districtId }, ctx));
    await refused(store.rewriteSourceCopies(districtId, { report: (r) => r, survey: (s) => s, statement: (s) => s, import: (i) => i }));
    expect(await store.getReport('r1')).toBeUndefined();
    expect(await store.getStatement('st1')).toBeUndefined();
  });

  it('finds a survey by a unit token, also after tokens change and the round moves year', async () => {
    const { store } = await open();
    await store.createSurvey(survey('s1', 2026, ['tok-a', 'tok-b']), ctx);
    await store.createSurvey(survey('s0', 2025, ['tok-c']), ctx);
    expect((await store.findSurveyByToken('tok-b'))?.id).toBe('s1');
    expect(await store.findSurveyByToken('tok-x')).toBeUndefined();
    expect(ids(await store.listSurveys({ districtId: 'd1' }))).toEqual(['s0', 's1']);
    expect(ids(await store.listSurveys({ districtId: 'd1', year: 2026 }))).toEqual(['s1']);

    await store.updateSurvey('s1', (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, token: 'tok-new' } : u)) }), ctx);
    expect(await store.findSurveyByToken('tok-a')).toBeUndefined();
    expect((await store.findSurveyByToken('tok-new'))?.id).toBe('s1');

    await store.updateSurvey('s1', (s) => ({ ...s, year: 2027 }), ctx);
    expect(ids(await store.listSurveys({ districtId: 'd1', year: 2027 }))).toEqual(['s1']);
    expect(ids(await store.listSurveys({ districtId: 'd1', year: 2026 }))).toEqual([]);
    expect((await store.findSurveyByToken('tok-b'))?.year).toBe(2027);
  });

  it('lists statements and imports whose period overlaps, sorted', async () => {
    const { store } = await open();
    await store.createStatement(statement('st-police', '2025-07-01', '2026-06-30', 'polis'), ctx);
    await store.createStatement(statement('st-civil', '2026-01-01', '2026-06-30', 'civilsamhalle', { nothingToReport: true, summary: '' }), ctx);
    await store.createStatement(statement('st-edu', '2026-01-01', '2026-06-30', 'fackforvaltning'), ctx);
    await store.createStatement(statement('st-old', '2024-01-01', '2024-12-31', 'polis'), ctx);
    expect(ids(await store.listStatements({ districtId: 'd1', from: '2026-01-01', to: '2026-12-31' }))).toEqual(['st-police', 'st-civil', 'st-edu']);
    expect(ids(await store.listStatements({ districtId: 'd1', from: '2026-07-01' }))).toEqual([]);
    expect(ids(await store.listStatements({ districtId: 'd1', to: '2024-12-31' }))).toEqual(['st-old']);
    expect(ids(await store.listStatements({ districtId: 'd2' }))).toEqual([]);

    const moved = await store.updateStatement('st-old', (s) => ({ ...s, from: '2025-01-01', to: '2025-12-31', updatedBy: 'acc-2' }), ctx);
    expect(await store.getStatement('st-old')).toEqual(moved);
    expect(ids(await store.listStatements({ districtId: 'd1', from: '2025-07-01', to: '2025-07-31' }))).toEqual(['st-old', 'st-police']);

    await store.createImport(batch('i2', '2025-01-01', '2025-12-31', '2026-02-02T08:00:00.000Z'), ctx);
    await store.createImport(batch('i1', '2024-06-01', '2025-03-31', '2026-02-01T08:00:00.000Z'), ctx);
    expect(ids(await store.listImports({ districtId: 'd1', from: '2025-03-01', to: '2025-03-31' }))).toEqual(['i1', 'i2']);
    expect(ids(await store.listImports({ districtId: 'd1', from: '2025-04-01' }))).toEqual(['i2']);
    await expect(store.createImport(batch('i1', '2024-06-01', '2025-03-31', '2026-02-01T08:00:00.000Z'), ctx)).rejects.toBeInstanceOf(RecordConflictError);

    const edited = await store.updateImport('i1', (i) => ({ ...i, observations: i.observations.map((o) => ({ ...o, text: '[borttaget]' })) }), ctx);
    expect((await store.listImports({ districtId: 'd1', to: '2024-12-31' }))[0]).toEqual(edited);
    await expect(store.updateImport('i1', (i) => ({ ...i, districtId: 'd2' }), ctx)).rejects.toMatchObject({ reason: 'other-district' });
    await expect(store.updateImport('nope', (i) => i, ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('audits every change with its record type', async () => {
    const { store } = await open();
    await store.createReport(report('r1', '2026-01-10'), ctx);
    await store.updateReport('r1', (r) => ({ ...r, status: 'rejected' }), { actorId: 'acc-2', procedure: 'reports.triage' });
    await store.createSurvey(survey('s1', 2026, ['t1']), ctx);
    await store.updateSurvey('s1', (s) => ({ ...s, year: 2027 }), ctx);
    await store.createStatement(statement('st1', '2026-01-01', '2026-06-30', 'polis'), ctx);
    await store.updateStatement('st1', (s) => s, ctx);
    await store.createImport(batch('i1', '2025-01-01', '2025-12-31', NOW.toISOString()), ctx);
    const log = (await store.auditLog()).filter((e) => e.procedure !== 'setup');
    expect(log.map((e) => [e.recordType, e.recordId])).toEqual([
      ['report', 'r1'],
      ['report', 'r1'],
      ['survey', 's1'],
      ['survey', 's1'],
      ['statement', 'st1'],
      ['statement', 'st1'],
      ['import', 'i1'],
    ]);
    expect(log[1]).toMatchObject({ actorId: 'acc-2', procedure: 'reports.triage', at: NOW.toISOString() });
  });

  it('writes an audit entry asked for at day precision with the start of its Stockholm day', async () => {
    const { store } = await open();
    await store.createReport(report('r1', '2026-02-27'), { actorId: 'anonym', procedure: 'reports.submit', dayOnly: true });
    await store.auditRead('district', 'd1', { actorId: 'acc-1', procedure: 'reports.list', dayOnly: true });
    const log = (await store.auditLog()).filter((e) => e.procedure.startsWith('reports.'));
    expect(log.map((e) => e.at)).toEqual(['2026-02-28T23:00:00.000Z', '2026-02-28T23:00:00.000Z']);
    expect(Object.keys(log[0]).sort()).toEqual(['actorId', 'at', 'procedure', 'recordId', 'recordType']);
  });

  it('gets and deletes an import, audited, and the deletion outlives a restart', async () => {
    const world = await open();
    const { store } = world;
    await store.createImport(batch('i1', '2025-01-01', '2025-06-30', NOW.toISOString()), ctx);
    await store.createImport(batch('i2', '2025-07-01', '2025-12-31', NOW.toISOString()), ctx);
    expect(await store.getImport('i1')).toMatchObject({ id: 'i1', from: '2025-01-01' });
    expect(await store.getImport('nope')).toBeUndefined();
    await store.deleteImport('i1', { actorId: 'acc-2', procedure: 'imports.remove' });
    expect(await store.getImport('i1')).toBeUndefined();
    expect(ids(await store.listImports({ districtId: 'd1' }))).toEqual(['i2']);
    expect((await store.auditLog()).at(-1)).toMatchObject({ actorId: 'acc-2', procedure: 'imports.remove', recordType: 'import', recordId: 'i1' });
    await expect(store.deleteImport('i1', ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    // The id is free again.
    await store.createImport(batch('i1', '2025-01-01', '2025-06-30', NOW.toISOString()), ctx);
    await store.deleteImport('i1', ctx);
    const again = await world.reopen();
    if (again) {
      expect(ids(await again.listImports({ districtId: 'd1' }))).toEqual(['i2']);
      expect(await again.getImport('i1')).toBeUndefined();
      await again.close();
    }
  });

  it('audits a read as one entry and changes no record', async () => {
    const { store } = await open();
    const before = await store.getDistrict('d1');
    const entries = (await store.auditLog()).length;
    await store.auditRead('district', 'd1', { actorId: 'acc-2', procedure: 'reports.list' });
    const log = await store.auditLog();
    expect(log.slice(entries)).toEqual([{ at: NOW.toISOString(), actorId: 'acc-2', procedure: 'reports.list', recordType: 'district', recordId: 'd1' }]);
    expect(await store.getDistrict('d1')).toEqual(before);
  });

  it('returns copies or read-only records: a caller cannot change what is stored by holding one', async () => {
    const { store } = await open();
    const created = await store.createReport(report('r1', '2026-01-10'), ctx);
    const before = structuredClone(created);
    await store.updateReport('r1', (r) => ({ ...r, status: 'accepted' }), ctx);
    expect(created).toEqual(before);
  });

  it('keeps every record and field across a restart', async () => {
    const world = await open();
    const { store } = world;
    const full = report('r1', '2025-12-30', {
      category: 'vald',
      milieu: 'vit-makt',
      unitType: 'skola',
      policeInformed: true,
      socialServicesInformed: false,
      status: 'accepted',
      triage: { at: NOW.toISOString(), by: 'acc-1', note: 'Stämmer med polisens bild.' },
      observation: observation('o1', '2025-12-30'),
    });
    await store.createReport(full, ctx);
    await store.createReport(report('r2', '2026-01-03', { status: 'rejected', expiredAt: NOW.toISOString(), area: '', text: '' }), ctx);
    const round = survey('s1', 2026, ['tok-a', 'tok-b']);
    round.units[0].response = {
      at: NOW.toISOString(),
      answers: {
        incidents: [{ milieu: 'autonoma', category: 'vald', count: 3 }],
        awareness: { plan: 'helt', guidance: 'delvis', routine: 'inte', form: 'helt' },
        staffAwareness: { plan: 'delvis', guidance: 'delvis', routine: 'inte', form: 'inte' },
        collaboration: { polis: 'har', socialtjanst: 'har', skola: 'onskar', civilsamhalle: 'nej', samfund: 'nej', fastighetsagare: 'onskar' },
        staffKnowledge: 'liten',
        staff: 24,
        courseCompleted: 5,
        comment: 'Vi vill ha mer utbildning.',
      },
    };
    await store.createSurvey(round, ctx);
    const st = statement('st1', '2026-01-01', '2026-06-30', 'polis', { observations: [observation('o2', '2026-02-01')] });
    await store.createStatement(st, ctx);
    const imp = batch('i1', '2025-01-01', '2025-12-31', NOW.toISOString());
    await store.createImport(imp, ctx);

    const again = await world.reopen();
    if (!again) return; // memory: nothing outlives the process
    try {
      expect(await again.getReport('r1')).toEqual(full);
      expect(ids(await again.listReports({ districtId: 'd1' }))).toEqual(['r1', 'r2']);
      expect(await again.getSurvey('s1')).toEqual(round);
      expect((await again.findSurveyByToken('tok-b'))?.id).toBe('s1');
      expect(await again.getStatement('st1')).toEqual(st);
      expect(await again.listImports({ districtId: 'd1' })).toEqual([imp]);
      expect((await again.auditLog()).filter((e) => e.procedure !== 'setup').length).toBe(5);
    } finally {
      await again.close();
    }
  });
});

describe('the lowdb store files the sources', () => {
  async function opened() {
    const dir = await tempDir();
    const store = await withDistricts(await openLowdbStore(dir, { lockHeld: true, now: () => NOW, warn: () => {} }));
    return { dir, store };
  }

  it('one file per kind, district and year, and a write touches only its own', async () => {
    const { dir, store } = await opened();
    await store.createReport(report('r1', '2025-12-30'), ctx);
    await store.createReport(report('r2', '2026-01-03'), ctx);
    await store.createSurvey(survey('s1', 2026, ['t']), ctx);
    await store.createStatement(statement('st1', '2026-01-01', '2026-06-30', 'polis'), ctx);
    await store.createImport(batch('i1', '2025-01-01', '2025-12-31', NOW.toISOString()), ctx);
    const files = (await store.dataFiles()).filter((f) => !f.startsWith('audit') && f !== 'core.json').sort();
    expect(files).toEqual(
      [
        path.join('imports', 'd1', '2025.json'),
        path.join('reports', 'd1', '2025.json'),
        path.join('reports', 'd1', '2026.json'),
        path.join('statements', 'd1', '2026.json'),
        path.join('surveys', 'd1', '2026.json'),
      ].sort(),
    );
    const file2025 = JSON.parse(await readFile(path.join(dir, 'reports', 'd1', '2025.json'), 'utf8'));
    expect(file2025).toEqual({ format: 1, records: [report('r1', '2025-12-30')] });

    // Moving r1 into 2026 empties the 2025 file and leaves the records whole.
    await store.updateReport('r1', (r) => ({ ...r, date: '2026-01-01' }), ctx);
    expect(JSON.parse(await readFile(path.join(dir, 'reports', 'd1', '2025.json'), 'utf8')).records).toEqual([]);
    expect(ids(JSON.parse(await readFile(path.join(dir, 'reports', 'd1', '2026.json'), 'utf8')).records)).toEqual(['r2', 'r1']);
    await store.close();
  });

  it('audits a read in the append-only log without rewriting core.json, and only warns when it cannot write', async () => {
    const { dir, store } = await opened();
    const core = await readFile(path.join(dir, 'core.json'), 'utf8');
    await store.auditRead('district', 'd1', ctx);
    expect(await readFile(path.join(dir, 'core.json'), 'utf8')).toBe(core);
    expect((await store.auditLog()).at(-1)).toMatchObject({ recordType: 'district', recordId: 'd1', procedure: 'test' });
    await store.close();

    const warnings: string[] = [];
    const readOnly = await openLowdbStore(dir, { lockHeld: false, diskFull: true, now: () => NOW, warn: (m) => warnings.push(m) });
    const entries = (await readOnly.auditLog()).length;
    await expect(readOnly.auditRead('district', 'd1', ctx)).resolves.toBeUndefined();
    expect(warnings.join('\n')).toContain('test (district d1)');
    expect(await readOnly.auditLog()).toHaveLength(entries);
    await readOnly.close();
  });

  it('copies the new files in the daily backup', async () => {
    const { dir, store } = await opened();
    await store.createStatement(statement('st1', '2026-01-01', '2026-06-30', 'polis'), ctx);
    await createDailyBackup(dir, { now: NOW, files: await store.dataFiles() });
    const copy = JSON.parse(await readFile(path.join(dir, 'backups', '2026-03-01', 'statements', 'd1', '2026.json'), 'utf8'));
    expect(ids(copy.records)).toEqual(['st1']);
    await store.close();
  });

  it("rewrites the backup copies of one district's sources only, leaving unchanged files and unknown copies alone", async () => {
    const { dir, store } = await opened();
    await store.createReport(report('r1', '2026-01-10', { text: 'Hemlig text vid fritidsgården.' }), ctx);
    await store.createReport({ ...report('r2', '2026-01-10', { text: 'Hemlig text i d2.' }), districtId: 'd2' }, ctx);
    await store.createStatement(statement('st1', '2026-01-01', '2026-06-30', 'polis', { summary: 'Hemlig text hos polisen.' }), ctx);
    await store.createImport(batch('i1', '2025-01-01', '2025-12-31', NOW.toISOString()), ctx);
    await createDailyBackup(dir, { now: NOW, files: await store.dataFiles() });
    await mkdir(path.join(dir, 'backups', '2026-03-01', 'surveys', 'd1'), { recursive: true });
    await writeFile(path.join(dir, 'backups', '2026-03-01', 'surveys', 'd1', '2026.json'), '{"format":9}');

    const scrub = <T extends { id: string }>(r: T): T => {
      const text = JSON.stringify(r);
      return text.includes('Hemlig') ? (JSON.parse(text.replaceAll('Hemlig', '[borttaget]')) as T) : r;
    };
    const result = await store.rewriteSourceCopies('d1', { report: scrub, survey: scrub, statement: scrub, import: scrub });
    expect(result).toEqual({ rewritten: 2, unreadable: 1 });
    const copy = (rel: string) => readFile(path.join(dir, 'backups', '2026-03-01', rel), 'utf8');
    expect(await copy(path.join('reports', 'd1', '2026.json'))).not.toContain('Hemlig');
    expect(await copy(path.join('statements', 'd1', '2026.json'))).not.toContain('Hemlig');
    expect(await copy(path.join('reports', 'd2', '2026.json'))).toContain('Hemlig');
    await store.close();
  });

  it.each(['reports', 'surveys', 'statements', 'imports'])('refuses to start over a file in %s/ it cannot place', async (top) => {
    const dir = await tempDir();
    await mkdir(path.join(dir, top, 'd1'), { recursive: true });
    await writeFile(path.join(dir, top, 'd1', 'gamla.json'), '{"format":1,"records":[]}');
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toBeInstanceOf(DataLayoutError);
  });

  it('refuses a file directly in a sources folder and a year it cannot place, and warns about what is not data', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'statements', 'd1'), { recursive: true });
    await writeFile(path.join(dir, 'statements', '2026.json'), '{"format":1,"records":[]}');
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toThrow(/direkt i mappen statements/);
    await rm(path.join(dir, 'statements', '2026.json'));
    await writeFile(path.join(dir, 'statements', 'd1', '1999.json'), '{"format":1,"records":[]}');
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toThrow(/1999 ligger utanför/);
    await rm(path.join(dir, 'statements', 'd1', '1999.json'));
    await writeFile(path.join(dir, 'statements', 'd1', 'LÄSMIG.txt'), 'anteckning');
    const warnings: string[] = [];
    const store = await openLowdbStore(dir, { lockHeld: true, warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toContain(path.join('statements', 'd1', 'LÄSMIG.txt'));
    await store.close();
  });

  it('applies concurrent changes to one file one at a time, none lost', async () => {
    const { dir, store } = await opened();
    await Promise.all(['a', 'b', 'c', 'd'].map((id, i) => store.createReport(report(id, `2026-01-0${i + 1}`), ctx)));
    await Promise.all([
      store.updateReport('a', (r) => ({ ...r, status: 'accepted' }), ctx),
      store.updateReport('b', (r) => ({ ...r, date: '2025-12-31' }), ctx),
      store.updateReport('c', (r) => ({ ...r, status: 'rejected' }), ctx),
      store.createReport(report('e', '2026-02-01'), ctx),
    ]);
    await store.close();
    const again = await openLowdbStore(dir, { lockHeld: true, warn: () => {} });
    expect((await again.listReports({ districtId: 'd1' })).map((r) => [r.id, r.status, r.date.slice(0, 4)])).toEqual([
      ['a', 'accepted', '2026'],
      ['b', 'new', '2025'],
      ['c', 'rejected', '2026'],
      ['d', 'new', '2026'],
      ['e', 'new', '2026'],
    ]);
    await again.close();
  });

  it('refuses a record in the wrong year file or district folder, and a damaged file', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'reports', 'd2'), { recursive: true });
    await writeFile(path.join(dir, 'reports', 'd2', '2026.json'), JSON.stringify({ format: 1, records: [report('r1', '2026-01-03')] }));
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toThrow(/stadsdelen d1/);

    await writeFile(path.join(dir, 'reports', 'd2', '2026.json'), JSON.stringify({ format: 1, records: [{ ...report('r1', '2025-01-03'), districtId: 'd2' }] }));
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toThrow(/år 2026/);

    await writeFile(path.join(dir, 'reports', 'd2', '2026.json'), JSON.stringify({ format: 1, records: [{ id: 'r1' }] }));
    await expect(openLowdbStore(dir, { lockHeld: true, warn: () => {} })).rejects.toThrow(/fel format/);
    expect((await readdir(path.join(dir, 'reports', 'd2'))).sort()).toEqual(['2026.json']);
  });
});
