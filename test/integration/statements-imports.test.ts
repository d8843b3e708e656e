// Partners' statements and the CSV import over real HTTP and the lowdb
// store: labelled Swedish errors, the preview never in a URL, durability
// across a restart, and both sources in lagesbild.compile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBSERVATIONS_CSV_HEADER } from '../../api/exports/observations-csv.ts';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

let server: TestServer;
let coordinator: ApiClient;

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

// Years long before any test data: the figures are this file's alone.
const observation = { milieu: 'islamistisk', category: 'rekrytering', source: 'polis', area: 'Husby', count: 5, date: '2012-05-02', text: 'Värvning vid centrum.' } as const;
const police = { districtId: 'rinkeby-kista', from: '2012-01-01', to: '2012-12-31', source: 'polis' as const, summary: 'Polisens lägesbild.', observations: [observation] };
const CSV = `\uFEFF${OBSERVATIONS_CSV_HEADER.join(';')}\r\n2011-03-01;BRÅ;BRÅ;Vit makt-miljön;klotter;Skola;Kista;4;2011-02-27;"Klotter; ""88"" på skolgården"\r\n`;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signedIn('samordnare.rk');
});

afterAll(async () => {
  await server?.stop();
});

describe('statements and imports over HTTP', () => {
  it('labels refused input in Swedish and names the guarded field with its span', async () => {
    const count = await failure(coordinator.statements.save.mutate({ ...police, observations: [{ ...observation, count: 0 }] }));
    expect([count.code, count.httpStatus]).toEqual(['BAD_REQUEST', 400]);
    expect(count.message).toContain('Observation 1: antal');
    expect(count.fields[0]?.field).toBe('observations.0.count');

    const guard = await failure(coordinator.statements.save.mutate({ ...police, observations: [{ ...observation, text: 'Ring 070-123 45 67.' }] }));
    expect(guard.fields).toEqual([{ field: 'observations.0.text', message: expect.stringContaining('telefonnummer'), start: 5, end: 18 }]);
    expect(guard.message).not.toContain('070');
  });

  it('takes the CSV only in a POST body: a GET of the preview is refused', async () => {
    const res = await fetch(`${server.url}/trpc/imports.preview?input=${encodeURIComponent(JSON.stringify({ districtId: 'rinkeby-kista', csv: CSV }))}`, {
      headers: { cookie: coordinator.cookie },
    });
    expect(res.status).toBe(405);
  });

  it('keeps a statement and an import across a restart, and counts both in the lägesbild with their origins', async () => {
    const saved = await coordinator.statements.save.mutate(police);
    const preview = await coordinator.imports.preview.mutate({ districtId: 'rinkeby-kista', csv: CSV });
    expect(preview.rows).toEqual([
      { row: 2, observation: { milieu: 'vit-makt', category: 'klotter', source: 'skola', area: 'Kista', count: 4, date: '2011-02-27', text: 'Klotter; "88" på skolgården' }, problems: [] },
    ]);
    const batch = await coordinator.imports.commit.mutate({ districtId: 'rinkeby-kista', csv: CSV });

    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer(dataDir);
    coordinator = await signedIn('samordnare.rk');

    expect((await coordinator.statements.list.query({ districtId: 'rinkeby-kista', from: '2012-06-01', to: '2012-06-30' })).map((s) => s.id)).toEqual([saved.id]);
    expect((await coordinator.imports.list.query({ districtId: 'rinkeby-kista' })).map((b) => b.id)).toContain(batch.id);

    const picture = await coordinator.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2012-01-01', to: '2012-12-31' });
    expect(picture.current.byOrigin).toEqual({ minutes: 0, report: 0, statement: 5, import: 0 });
    expect(picture.current.statements.find((s) => s.source === 'polis')).toEqual({ source: 'polis', status: 'reported', statements: 1, observations: 5 });
    expect(picture.previous.byOrigin).toEqual({ minutes: 0, report: 0, statement: 0, import: 4 });
    expect(picture.previous.byMilieuCategory['vit-makt'].klotter).toBe(4);
    expect(picture.previous.bySource.skola).toBe(4);

    const audit = (await server.app.store.auditLog()).filter((e) => e.recordType === 'statement' || e.recordType === 'import');
    expect(audit.map((e) => [e.procedure, e.recordType, e.actorId])).toEqual([
      ['statements.save', 'statement', server.accounts.coordinator.id],
      ['imports.commit', 'import', server.accounts.coordinator.id],
    ]);
  });
});
