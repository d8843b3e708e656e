// The store contract for saved lägesbilder (issue 12), run against every
// store as store-sources.test.ts does for the other sources.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redactionNeedle, sourceEdits } from '../../api/domain/redact.ts';
import type { LagesbildDocument } from '../../api/domain/types.ts';
import { createDailyBackup } from '../../api/store/backups.ts';
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
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-lagesbilder-'));
  dirs.push(dir);
  return dir;
}

async function withDistricts<S extends Store>(store: S): Promise<S> {
  for (const id of ['d1', 'd2']) await store.putDistrict({ id, name: `Stadsdel ${id}`, areas: [] }, { actorId: 'system', procedure: 'setup' });
  return store;
}

interface World {
  store: Store;
  reopen(): Promise<Store | null>;
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

const sections = { summary: 'Sammanfattning.', analysis: 'Analys.', needs: 'Behov.' };

function doc(id: string, to: string, extra: Partial<LagesbildDocument> = {}): LagesbildDocument {
  return {
    id,
    districtId: 'd1',
    from: `${to.slice(0, 4)}-01-01`,
    to,
    sections,
    status: 'draft',
    versions: [{ version: 1, at: NOW.toISOString(), by: 'acc-1', change: 'save', sections }],
    createdAt: NOW.toISOString(),
    createdBy: 'acc-1',
    updatedAt: NOW.toISOString(),
    ...extra,
  };
}

// A snapshot with a field no schema names: it must come back whole.
const figures = { current: { observations: 3, future: { nested: ['Exempelby'] } }, previous: { observations: 1 } } as unknown as NonNullable<LagesbildDocument['adoption']>['figures'];

describe.each(stores)('saved lägesbilder in the %s store', (_name, open) => {
  it('creates, gets and lists a district’s lägesbilder sorted by period end', async () => {
    const { store } = await open();
    await store.createLagesbild(doc('b', '2025-12-31'), ctx);
    await store.createLagesbild(doc('a', '2024-12-31'), ctx);
    await store.createLagesbild(doc('c', '2025-12-31', { districtId: 'd2' }), ctx);
    expect((await store.listLagesbilder({ districtId: 'd1' })).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await store.getLagesbild('b'))?.sections).toEqual(sections);
    expect(await store.getLagesbild('nope')).toBeUndefined();
    await expect(store.createLagesbild(doc('a', '2024-12-31'), ctx)).rejects.toBeInstanceOf(RecordConflictError);
  });

  it('refuses an unknown district and a year it cannot file', async () => {
    const { store } = await open();
    await expect(store.createLagesbild(doc('x', '2025-12-31', { districtId: 'zz' }), ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(store.createLagesbild(doc('x', '2025-12-31', { districtId: '../reports' }), ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(store.createLagesbild(doc('y', '1999-12-31'), ctx)).rejects.toMatchObject({ field: 'to' });
  });

  it('updates a lägesbild, moving it between years, never between districts, audited', async () => {
    const { store } = await open();
    await store.createLagesbild(doc('a', '2025-12-31'), ctx);
    const moved = await store.updateLagesbild('a', (d) => ({ ...d, from: '2026-01-01', to: '2026-06-30' }), ctx);
    expect(moved.to).toBe('2026-06-30');
    expect((await store.listLagesbilder({ districtId: 'd1' })).map((d) => d.to)).toEqual(['2026-06-30']);
    await expect(store.updateLagesbild('a', (d) => ({ ...d, districtId: 'd2' }), ctx)).rejects.toBeInstanceOf(RecordConflictError);
    await expect(store.updateLagesbild('nope', (d) => d, ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    const entries = (await store.auditLog()).filter((e) => e.recordType === 'lagesbild');
    expect(entries.map((e) => e.recordId)).toEqual(['a', 'a']);
  });

  it('keeps every field, the adopted snapshot whole, across a restart', async () => {
    const world = await open();
    const adopted = doc('a', '2025-12-31', {
      status: 'adopted',
      adoption: { at: NOW.toISOString(), by: 'acc-1', version: 1, decision: 'Dnr 1.2.3-45/2026', figures },
      versions: [
        { version: 1, at: NOW.toISOString(), by: 'acc-1', change: 'save', sections },
        { version: 2, at: NOW.toISOString(), by: 'acc-1', change: 'adopt', decision: 'Dnr 1.2.3-45/2026' },
      ],
    });
    await world.store.createLagesbild(adopted, ctx);
    const again = (await world.reopen()) ?? world.store;
    expect(await again.getLagesbild('a')).toEqual(adopted);
  });

  it('returns copies or read-only records: a caller cannot change what is stored by holding one', async () => {
    const { store } = await open();
    const created = await store.createLagesbild(doc('a', '2025-12-31'), ctx);
    const before = structuredClone(created);
    await store.updateLagesbild('a', (d) => ({ ...d, sections: { ...d.sections, summary: 'Ny.' } }), ctx);
    expect(created).toEqual(before);
  });
});

describe('the lowdb store files lägesbilder', () => {
  it('under lagesbilder/<district>/<year of to>.json, and redaction reaches their backup copies', async () => {
    const dir = await tempDir();
    const store = await withDistricts(await openLowdbStore(dir, { lockHeld: true, now: () => NOW, warn: () => {} }));
    await store.createLagesbild(doc('a', '2025-12-31', { sections: { ...sections, analysis: 'Kalle Exempelsson nämndes.' } }), ctx);
    expect(await readdir(path.join(dir, 'lagesbilder', 'd1'))).toEqual(['2025.json']);
    await createDailyBackup(dir, { now: NOW, files: await store.dataFiles() });
    const result = await store.rewriteSourceCopies('d1', sourceEdits(redactionNeedle('Kalle Exempelsson')));
    expect(result.rewritten).toBe(1);
    const backups = await readdir(path.join(dir, 'backups'));
    const copy = await readFile(path.join(dir, 'backups', backups[0], 'lagesbilder', 'd1', '2025.json'), 'utf8');
    expect(copy).not.toContain('Exempelsson');
    await store.close();
  });
});
