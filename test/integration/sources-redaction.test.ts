// sources.redact over real HTTP (issue 11): after it, no file in the data
// folder (data files, backups, audit log) holds the text, in a report (and the
// observation made from it), a statement, a survey comment or an import;
// another district's records and anything without the text stay as they were.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, Report, Statement, Survey } from '../../api/domain/types.ts';
import { createDailyBackup } from '../../api/store/backups.ts';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

// A nickname that passes the guard but identifies someone all the same: what redaction is for.
const SECRET = 'hemliga bananflugan';
const HOLDS_SECRET = /hemliga(?:\s|\\[nrt]|\\u00a0)+bananflugan/i;
const REASON = 'Beslut Dnr 1.2.3-45/2026';
const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
const AT = '2026-03-01T09:00:00.000Z';

let server: TestServer;
let coordinator: ApiClient;
let districtId: string;

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function filesHoldingSecret(): Promise<string[]> {
  const found: string[] = [];
  for (const file of await allFiles(server.dataDir)) {
    const text = await readFile(file, 'utf8');
    if (HOLDS_SECRET.test(text)) found.push(path.relative(server.dataDir, file));
  }
  return found.sort();
}

const observation = (id: string, text: string): Observation => ({
  id,
  milieu: 'vit-makt',
  category: 'propaganda',
  source: 'egen-verksamhet',
  area: 'Rinkeby',
  count: 1,
  date: '2026-02-01',
  text,
});

const report = (id: string, district: string, text: string): Report => ({
  id,
  districtId: district,
  receipt: `R-${id}`,
  receivedAt: AT,
  date: '2026-02-01',
  area: 'Rinkeby',
  text,
  status: 'accepted',
  triage: { at: AT, by: 'test', note: 'Godtagen.' },
  observation: observation(`${id}-o`, text),
});

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signedIn('samordnare.rk');
  districtId = server.forums.bra.districtId;
  const store = server.app.store;
  const otherDistrict = (await store.listDistricts()).find((d) => d.id !== districtId)!.id;

  await store.createReport(report('rep-1', districtId, `Hemliga  Bananflugan delade flygblad vid torget.`), SYSTEM);
  await store.createReport(report('rep-2', districtId, 'Klotter vid skolan.'), SYSTEM);
  await store.createReport(report('rep-other', otherDistrict, 'hemliga bananflugan i en annan stadsdel.'), SYSTEM);
  const statement: Statement = {
    id: 'st-1',
    districtId,
    from: '2026-01-01',
    to: '2026-06-30',
    source: 'polis',
    summary: 'Polisen nämner HEMLIGA BANANFLUGAN.',
    nothingToReport: false,
    observations: [observation('st-1-o', 'hemliga\nbananflugan igen')],
    createdAt: AT,
    createdBy: 'test',
    updatedAt: AT,
    updatedBy: 'test',
  };
  await store.createStatement(statement, SYSTEM);
  const survey: Survey = {
    id: 'sv-1',
    districtId,
    year: 2026,
    closesOn: '2026-04-30',
    units: [
      {
        id: 'u1',
        name: 'Exempelskolan',
        token: 'tok-1',
        response: {
          at: AT,
          answers: {
            incidents: [],
            awareness: { plan: 'helt', guidance: 'helt', routine: 'delvis', form: 'inte' },
            staffAwareness: { plan: 'delvis', guidance: 'delvis', routine: 'inte', form: 'inte' },
            collaboration: { polis: 'har', socialtjanst: 'har', skola: 'har', civilsamhalle: 'onskar', samfund: 'nej', fastighetsagare: 'nej' },
            staffKnowledge: 'god',
            staff: 30,
            courseCompleted: 4,
            comment: 'Vi har sett hemliga bananflugan.',
          },
        },
      },
    ],
    createdAt: AT,
    createdBy: 'test',
    updatedAt: AT,
  };
  await store.createSurvey(survey, SYSTEM);
  await store.createImport(
    { id: 'imp-1', districtId, from: '2025-01-01', to: '2025-12-31', importedAt: AT, importedBy: 'test', observations: [observation('imp-1-o', 'Hemliga bananflugan 2025')] },
    SYSTEM,
  );
  await createDailyBackup(server.dataDir, { now: new Date(AT), files: await store.dataFiles() });
});

afterAll(async () => {
  await server?.stop();
});

describe('sources.redact', () => {
  it('refuses anyone but the district’s coordinator and admins, and a bad text or reason on its field', async () => {
    const input = { districtId, text: SECRET, reason: REASON };
    expect((await failure((await signedIn('konvenor.bra')).sources.redact.mutate(input))).code).toBe('FORBIDDEN');
    expect((await failure((await signedIn('samordnare.eav')).sources.redact.mutate(input))).code).toBe('FORBIDDEN');
    expect((await failure(apiClient(server.url).sources.redact.mutate(input))).code).toBe('UNAUTHORIZED');

    const short = await failure(coordinator.sources.redact.mutate({ ...input, text: 'hem' }));
    expect(short.fields.map((f) => f.field)).toEqual(['text']);
    const withSecret = await failure(coordinator.sources.redact.mutate({ ...input, reason: 'Om hemliga bananflugan' }));
    expect(withSecret.fields.map((f) => f.field)).toEqual(['reason']);
    const absent = await failure(coordinator.sources.redact.mutate({ ...input, text: 'finns ingenstans alls' }));
    expect(absent.code).toBe('BAD_REQUEST');
    expect(absent.fields.map((f) => f.field)).toEqual(['text']);
    expect(absent.message).not.toContain('finns ingenstans');
  });

  it('takes the text out of reports, their observations, statements, survey comments, imports and their backups', async () => {
    expect(await filesHoldingSecret()).toEqual(
      expect.arrayContaining([path.join('reports', districtId, '2026.json'), path.join('backups', '2026-03-01', 'statements', districtId, '2026.json')]),
    );
    const result = await coordinator.sources.redact.mutate({ districtId, text: SECRET, reason: REASON });
    // rep-1: text and observation; st-1: summary and observation; sv-1: a comment; imp-1: an observation.
    expect(result).toEqual({ replaced: 6, records: 4, backups: 4, unreadableBackups: 0 });

    const store = server.app.store;
    const otherDistrict = (await store.getReport('rep-other'))!.districtId;
    // Only the other district's report still holds it.
    expect(await filesHoldingSecret()).toEqual(
      [path.join('reports', otherDistrict, '2026.json'), path.join('backups', '2026-03-01', 'reports', otherDistrict, '2026.json')].sort(),
    );
    expect(await store.getReport('rep-1')).toMatchObject({ text: '[borttaget] delade flygblad vid torget.', status: 'accepted', observation: { count: 1 } });
    expect((await store.getReport('rep-2'))!.text).toBe('Klotter vid skolan.');
    const statement = (await store.getStatement('st-1'))!;
    expect(statement.summary).toBe('Polisen nämner [borttaget].');
    // A form loaded before the redaction cannot save the text back.
    expect(statement.updatedAt).not.toBe(AT);
    expect((await store.getSurvey('sv-1'))!.units[0].response!.answers.comment).toBe('Vi har sett [borttaget].');

    const audited = (await store.auditLog()).filter((e) => e.procedure === 'sources.redact');
    expect(audited.map((e) => `${e.recordType} ${e.recordId}`).sort()).toEqual(['import imp-1', 'report rep-1', 'statement st-1', 'survey sv-1']);
  });

  it('a second time finds nothing and says so', async () => {
    const again = await failure(coordinator.sources.redact.mutate({ districtId, text: SECRET, reason: REASON }));
    expect(again.code).toBe('BAD_REQUEST');
    expect(again.fields.map((f) => f.field)).toEqual(['text']);
  });
});
