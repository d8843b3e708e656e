// /export/staden.docx over real HTTP: the city's picture as Word for admins,
// refused for coordinators, signed-out visitors sent to sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';
import { docxText, zipEntry, zipEntryNames } from '../fixtures/docx-text.ts';

let server: TestServer;
let admin: ApiClient;
let coordinator: ApiClient;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PATH = '/export/staden.docx?from=2025-01-01&to=2025-12-31';

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

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedIn('admin');
  coordinator = await signedIn('samordnare.rk');
});
afterAll(async () => server?.stop());

describe('/export/staden.docx', () => {
  it('gives an admin every district side by side, a summary table and page numbers', async () => {
    const res = await get(PATH, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="stadens-lagesbild-2025-01-01-till-2025-12-31\.docx"/);
    const buffer = Buffer.from(await res.arrayBuffer());
    const text = docxText(buffer);
    expect(text).toContain('Stadens lägesbild');
    expect(text).toContain('1 januari 2025 – 31 december 2025');
    expect(text).toContain('Stadsdelarna sida vid sida');
    expect(text).toContain('Hela staden');
    const districts = await admin.districts.list.query();
    for (const d of districts) expect(text).toContain(d.name);
    // A district without data is named as such, never left out.
    expect(text).toContain('Inga uppgifter för perioden');
    expect(docxText(buffer, 'word/footer1.xml')).toContain('Sida');
    // A small chart per district as a picture with its alt text, each drawing's id unique.
    const images = zipEntryNames(buffer).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(images).toHaveLength(districts.length);
    const xml = zipEntry(buffer, 'word/document.xml')!.toString('utf8');
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(districts.length);
    for (const d of districts) expect(descriptions.some((x) => x.startsWith(`Observationer per miljö i ${d.name}:`))).toBe(true);
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses a coordinator with the reason and a malformed period naming the parameter", async () => {
    const refused = await get(PATH, coordinator);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('administratörer och stadens samordnare');
    const bad = await get('/export/staden.docx?from=2025-13-01&to=2025-12-31', admin);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Parametern from');
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    const res = await get(PATH);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/logga-in/?tillbaka=${encodeURIComponent(PATH)}`);
  });
});
