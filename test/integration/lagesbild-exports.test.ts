// The lägesbild's Word, Excel and print files over real HTTP: opened and read
// back (headings, figures, images with alt text, sheets with both periods),
// small numbers in the area breakdown, and the same access as lagesbild.compile.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/passwords.ts';
import type { Lagesbild } from '../../api/domain/lagesbild.ts';
import type { LagesbildDocument, Meeting } from '../../api/domain/types.ts';
import { apiClient, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';
import { docxText, zipEntry, zipEntryNames } from '../fixtures/docx-text.ts';

let server: TestServer;
let convener: ApiClient;
let coordinator: ApiClient;
let otherCoordinator: ApiClient;
let admin: ApiClient;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const QUERY = 'district=rinkeby-kista&from=2026-01-01&to=2026-06-30';

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

function get(path: string, client?: ApiClient) {
  const headers = new Headers();
  if (client) headers.set('cookie', client.cookie);
  return fetch(`${server.url}${path}`, { redirect: 'manual', headers });
}

type NewObservation = { milieu: 'vit-makt' | 'autonoma'; category: 'propaganda' | 'klotter'; source: 'polis' | 'skola'; area: string; count: number; date: string };

async function approvedMeeting(startsAt: string, observations: NewObservation[]): Promise<void> {
  let meeting: Meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt, location: 'Rinkeby bibliotek' });
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
  meeting = await convener.minutes.saveItem.mutate({
    meetingId: meeting.id,
    itemId: vbe.id,
    text: 'Läget gicks igenom.',
    vbe: { status: 'discussed', observations: observations.map((o) => ({ ...o, text: 'Avidentifierad beskrivning.' })), actions: [] },
  });
  await convener.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Anna Andersson', 'Bertil Berg'], version: meeting.history.at(-1)!.version });
}

beforeAll(async () => {
  server = await startTestServer();
  convener = await signedIn('konvenor.bra');
  coordinator = await signedIn('samordnare.rk');
  otherCoordinator = await signedIn('samordnare.eav');
  admin = await signedIn('admin');
  // This period: 4 in Husby (shown), 1 in Akalla (a small number); last year: 2 in Husby.
  await approvedMeeting('2026-03-03T14:00:00+01:00', [
    { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 4, date: '2026-02-27' },
    { milieu: 'autonoma', category: 'klotter', source: 'skola', area: 'Akalla', count: 1, date: '2026-03-01' },
  ]);
  await approvedMeeting('2025-03-04T14:00:00+01:00', [
    { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2025-03-01' },
  ]);
});

afterAll(async () => {
  await server?.stop();
});

describe('the Word file', () => {
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    const res = await get(`/export/lagesbild.docx?${QUERY}`, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toContain('lagesbild-rinkeby-kista-2026-01-01-till-2026-06-30.docx');
    bytes = Buffer.from(await res.arrayBuffer());
    text = docxText(bytes);
  });

  it('has the title page, the contents and every chapter', () => {
    expect(text).toContain('Lägesbild våldsbejakande extremism');
    expect(text).toContain('Rinkeby-Kista');
    expect(text).toContain('1 januari 2026 – 30 juni 2026');
    expect(text).toContain('Innehåll');
    for (const chapter of ['Källor och metod', 'Sammanfattning', 'Observationer', 'Miljöer', 'Forum', 'Rapporter', 'Enkät och webbkurs', 'Analys', 'Behov och förslag till handlingsplanen']) {
      expect(text).toMatch(new RegExp(`^\\d+\\. ${chapter}$`, 'm'));
    }
  });

  it('sets this period beside the previous one, totals exact', () => {
    const lines = text.split('\n');
    // Table cells are paragraphs: a row reads label, this period, previous period.
    const row = (label: string) => lines.slice(lines.indexOf(label), lines.indexOf(label) + 3);
    expect(lines).toContain('Föregående period');
    expect(row('Vit makt-miljön')).toEqual(['Vit makt-miljön', '4', '2']);
    expect(row('Autonoma miljön')).toEqual(['Autonoma miljön', '1', '0']);
    expect(row('Totalt')).toEqual(['Totalt', '5', '2']);
  });

  it('shows area counts below 3 as "färre än 3"', () => {
    const lines = text.split('\n');
    const row = (label: string) => lines.slice(lines.indexOf(label), lines.indexOf(label) + 3);
    expect(row('Husby')).toEqual(['Husby', '4', 'färre än 3']);
    expect(row('Akalla')).toEqual(['Akalla', 'färre än 3', '0']);
  });

  it('has the charts as PNG images with their alternative text', () => {
    const images = zipEntryNames(bytes).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(images.length).toBeGreaterThanOrEqual(3);
    const xml = zipEntry(bytes, 'word/document.xml')!.toString('utf8');
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(images.length);
    for (const d of descriptions) expect(d.length).toBeGreaterThan(20);
    // Word wants every drawing's id unique in the document.
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(images.length);
  });

  it('numbers its pages', () => {
    const footers = zipEntryNames(bytes).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.some((f) => zipEntry(bytes, f)!.toString('utf8').includes('PAGE'))).toBe(true);
  });
});

describe('the Excel file', () => {
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const res = await get(`/export/lagesbild.xlsx?${QUERY}`, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('cache-control')).toBe('no-store');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
  });

  const rows = (sheet: string) => {
    const ws = book.getWorksheet(sheet);
    expect(ws, sheet).toBeDefined();
    const out: unknown[][] = [];
    ws!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };

  it('has every table as a sheet with a header row naming both periods', () => {
    const names = book.worksheets.map((w) => w.name);
    for (const name of ['Ursprung', 'Miljöer', 'Kvartal', 'Kategorier', 'Källor', 'Områden', 'Forum', 'Rapporter', 'Enkät och webbkurs']) {
      expect(names).toContain(name);
    }
    expect(rows('Miljöer')[1]).toEqual(['Miljö', 'Perioden', 'Föregående period']);
  });

  it('keeps numbers as numbers and totals exact', () => {
    const milieus = rows('Miljöer');
    expect(milieus).toContainEqual(['Vit makt-miljön', 4, 2]);
    expect(milieus).toContainEqual(['Totalt', 5, 2]);
    // 2026-02-27 and 2025-03-01 both fall in the first quarter.
    expect(rows('Kvartal och miljö')).toContainEqual(['Vit makt-miljön', 'Kvartal 1', 4, 2]);
  });

  it('shows area counts below 3 as "färre än 3"', () => {
    const areas = rows('Områden');
    expect(areas).toContainEqual(['Husby', 4, 'färre än 3']);
    expect(areas).toContainEqual(['Akalla', 'färre än 3', 0]);
  });
});

describe('the print view', () => {
  it('is CSP-safe HTML with the charts as inline SVG named by their alt text', async () => {
    const res = await get(`/export/lagesbild.html?${QUERY}`, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>Lägesbild våldsbejakande extremism: Rinkeby-Kista</h1>');
    expect(html).toMatch(/<svg [^>]*aria-label="[^"]{20,}"/);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).not.toMatch(/<style|\sstyle=|<script/i);
    expect(html).toContain('<td>färre än 3</td>');
  });
});

describe('access', () => {
  const paths = ['lagesbild.docx', 'lagesbild.xlsx', 'lagesbild.html'].map((f) => `/export/${f}?${QUERY}`);

  it('sends the signed-out to the sign-in page', async () => {
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('is refused with 403 to conveners and to coordinators of other districts', async () => {
    for (const path of paths) {
      for (const client of [convener, otherCoordinator]) {
        const res = await get(path, client);
        expect(res.status, path).toBe(403);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.text()).toContain('Du har inte behörighet att ladda ner lägesbilden');
      }
    }
  });

  it('names the parameter at fault, as the CSV route does', async () => {
    const cases: [string, string][] = [
      ['from=2026-01-01&to=2026-03-31', 'Parametern district'],
      ['district=rinkeby-kista&from=2026-02-30&to=2026-03-31', 'Parametern from'],
      ['district=rinkeby-kista&from=2026-03-31&to=2026-01-01', 'Parametern to måste vara samma dag som from eller senare'],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/export/lagesbild.docx?${query}`, coordinator);
      expect(res.status, query).toBe(400);
      expect(await res.text(), query).toContain(message);
    }
    const unknown = await get('/export/lagesbild.docx?district=okand&from=2026-01-01&to=2026-03-31', admin);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('stadsdelen finns inte');
  });
});

describe('a saved lägesbild as Word', () => {
  const system = { actorId: 'test', procedure: 'test.fixture' };
  const stamp = '2026-08-01T10:00:00.000Z';
  const sections = {
    summary: 'Vår sammanfattning: läget är i stort sett oförändrat.',
    analysis: 'Analysen av perioden.',
    needs: 'Fler utbildningstillfällen för skolorna.',
  };
  let draft: LagesbildDocument;
  let adopted: LagesbildDocument;
  let city: ApiClient;

  beforeAll(async () => {
    const store = server.app.store;
    const base = {
      districtId: 'rinkeby-kista',
      from: '2026-01-01',
      to: '2026-06-30',
      sections,
      versions: [{ version: 1, at: stamp, by: server.accounts.coordinator.id, change: 'save' as const, sections }],
      createdAt: stamp,
      createdBy: server.accounts.coordinator.id,
      updatedAt: stamp,
    };
    draft = await store.createLagesbild({ ...base, id: randomUUID(), status: 'draft' }, system);
    // The snapshot differs from what the minutes say now: the file must show the snapshot.
    const now = await coordinator.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2026-01-01', to: '2026-06-30' });
    const figures: Lagesbild = { ...now, current: { ...now.current, byMilieu: { ...now.current.byMilieu, 'vit-makt': 17 } } };
    adopted = await store.createLagesbild(
      {
        ...base,
        id: randomUUID(),
        status: 'adopted',
        adoption: { at: '2026-09-15T08:00:00.000Z', by: server.accounts.coordinator.id, version: 1, decision: 'dnr SDN 2026/42', figures },
      },
      system,
    );
    await store.createAccount(
      {
        id: randomUUID(),
        username: 'staden',
        displayName: 'Test staden',
        role: 'city',
        districtId: 'rinkeby-kista',
        forumIds: [],
        passwordHash: await hashPassword(PASSWORD),
        disabled: false,
        createdAt: stamp,
        updatedAt: stamp,
      },
      system,
    );
    city = await signedIn('staden');
  });

  it("has the coordinator's sections and says it is a draft", async () => {
    const res = await get(`/export/lagesbild/${draft.id}.docx`, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toContain('utkast.docx');
    const text = docxText(Buffer.from(await res.arrayBuffer()));
    for (const t of Object.values(sections)) expect(text).toContain(t);
    expect(text).toContain('Utkast, inte fastställd');
  });

  it('when adopted, shows the adoption and the snapshot of its figures', async () => {
    const res = await get(`/export/lagesbild/${adopted.id}.docx`, coordinator);
    expect(res.status).toBe(200);
    const lines = docxText(Buffer.from(await res.arrayBuffer())).split('\n');
    expect(lines).toContain('Fastställd 15 september 2026, dnr SDN 2026/42');
    const at = lines.indexOf('Vit makt-miljön');
    expect(lines.slice(at, at + 3)).toEqual(['Vit makt-miljön', '17', '2']);

    const print = await get(`/export/lagesbild/${adopted.id}.html`, coordinator);
    expect(print.status).toBe(200);
    expect(print.headers.get('cache-control')).toBe('no-store');
    const html = await print.text();
    expect(html).toContain('Fastställd 15 september 2026, dnr SDN 2026/42');
    expect(html).toContain(sections.needs);
    expect(html).toContain('<th scope="row">Vit makt-miljön</th><td>17</td><td>2</td>');
  });

  it("is readable by the city's coordinator, also by the query-string routes", async () => {
    expect((await get(`/export/lagesbild/${adopted.id}.docx`, city)).status).toBe(200);
    expect((await get(`/export/lagesbild.xlsx?${QUERY}`, city)).status).toBe(200);
    // The observations' own words stay with the district.
    expect((await get(`/export/lagesbild.csv?${QUERY}`, city)).status).toBe(403);
  });

  it("is the same 404 for an unknown id and for another district's coordinator or a convener", async () => {
    for (const [path, client] of [
      [`/export/lagesbild/${adopted.id}.docx`, otherCoordinator],
      [`/export/lagesbild/${adopted.id}.docx`, convener],
      [`/export/lagesbild/${adopted.id}.html`, otherCoordinator],
      ['/export/lagesbild/finns-inte.docx', coordinator],
    ] as const) {
      const res = await get(path, client);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
