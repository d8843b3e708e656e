// /export/ over real HTTP: the downloads and print views of a meeting, the
// observations CSV, and that they are guarded exactly like the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VBE_TITLE } from '../../api/domain/agenda.ts';
import type { Meeting } from '../../api/domain/types.ts';
import { apiClient, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../fixtures/api/server.ts';
import { docxText, zipEntryNames } from '../fixtures/docx-text.ts';

let server: TestServer;
let convener: ApiClient;
let otherConvener: ApiClient;
let coordinator: ApiClient;
let otherCoordinator: ApiClient;
let meeting: Meeting;

const FILES = ['dagordning.docx', 'protokoll.docx', 'dagordning.html', 'protokoll.html', 'mote.ics'] as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

function get(path: string, client?: ApiClient, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (client) headers.set('cookie', client.cookie);
  return fetch(`${server.url}${path}`, { redirect: 'manual', ...init, headers });
}

const meetingPath = (file: string, id = meeting.id) => `/export/mote/${id}/${file}`;

beforeAll(async () => {
  server = await startTestServer();
  convener = await signedIn('konvenor.bra');
  otherConvener = await signedIn('konvenor.sspf');
  coordinator = await signedIn('samordnare.rk');
  otherCoordinator = await signedIn('samordnare.eav');

  meeting = await convener.meetings.create.mutate({
    forumId: server.forums.bra.id,
    startsAt: '2026-03-03T14:00:00+01:00',
    location: 'Rinkeby bibliotek, lilla salen',
  });
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
  await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: meeting.agenda[0].id, text: 'Ordföranden öppnade mötet.' });
  meeting = await convener.minutes.saveItem.mutate({
    meetingId: meeting.id,
    itemId: vbe.id,
    text: 'Polisen redogjorde för läget i området.',
    vbe: {
      status: 'discussed',
      observations: [
        { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby centrum', count: 4, date: '2026-02-27', text: '=Klistermärken; "nordisk" symbolik' },
      ],
      actions: [{ text: 'Sanera klottret vid torget', owner: 'Fastighetsägaren', due: '2026-03-31' }],
    },
  });
  meeting = await convener.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Anna Andersson', 'Bertil Berg'], version: meeting.history.at(-1)!.version });
});

afterAll(async () => {
  await server?.stop();
});

describe('a convener and their own meeting', () => {
  it('downloads the agenda as DOCX', async () => {
    const res = await get(meetingPath('dagordning.docx'), convener);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="dagordning-bra-rinkeby-kista-2026-03-03.docx"; filename*=UTF-8''dagordning-br%C3%A5-rinkeby-kista-2026-03-03.docx`,
    );
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = docxText(body);
    expect(text).toContain('BRÅ Rinkeby-Kista – Dagordning');
    expect(text).toContain('Tid: tis 3 mars 2026 kl. 14.00');
    expect(text).toContain(VBE_TITLE);
    expect(text).toContain('Polisen, Socialtjänsten');
  });

  it('downloads the minutes as DOCX with the VBE tables and the approvers', async () => {
    const res = await get(meetingPath('protokoll.docx'), convener);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="protokoll-bra-rinkeby-kista-2026-03-03\.docx"; filename\*=UTF-8''/);
    const body = Buffer.from(await res.arrayBuffer());
    const text = docxText(body);
    expect(text).toContain('BRÅ Rinkeby-Kista – Protokoll');
    expect(text).toContain('Anna Andersson, Bertil Berg');
    // The header names the district by its name, not its id.
    const header = zipEntryNames(body).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(docxText(body, header)).toBe('Rinkeby-Kista · BRÅ Rinkeby-Kista');
    expect(text).toContain('Justeras');
    expect(text).toContain(VBE_TITLE);
    expect(text).toContain('Status: Diskuterad');
    expect(text).toContain('Husby centrum');
    expect(text).toContain('Sanera klottret vid torget');
  });

  it('downloads draft minutes as "minnesanteckningar-…", at the same URL', async () => {
    const draft = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-02-03T14:00:00+01:00' });
    const res = await get(meetingPath('protokoll.docx', draft.id), convener);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="minnesanteckningar-bra-rinkeby-kista-2026-02-03.docx"; filename*=UTF-8''minnesanteckningar-br%C3%A5-rinkeby-kista-2026-02-03.docx`,
    );
    expect(docxText(Buffer.from(await res.arrayBuffer()))).toContain('BRÅ Rinkeby-Kista – Minnesanteckningar');
  });

  it('opens both print views: Swedish HTML, the CSP, no inline styles or scripts', async () => {
    for (const file of ['dagordning.html', 'protokoll.html']) {
      const res = await get(meetingPath(file), convener);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self'");
      const html = await res.text();
      expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
      expect(html).toContain(VBE_TITLE);
      expect(html).toContain('Utskriftsvy');
      expect(html).toContain(`href="/arbetsyta/mote/?id=${meeting.id}"`);
      expect(html).not.toMatch(/\sstyle\s*=|<style|<script/i);
    }
    const minutes = await (await get(meetingPath('protokoll.html'), convener)).text();
    expect(minutes).toContain('<th scope="col">Miljö</th>');
    expect(minutes).toContain('=Klistermärken; &quot;nordisk&quot; symbolik');
  });

  it('serves the print stylesheet, cacheable for an hour', async () => {
    const res = await get('/export/utskrift.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const css = await res.text();
    expect(css).toContain('size: A4');
    // The screen header (the "Utskriftsvy" label and the link back) is not printed.
    expect(css).toMatch(/@media print\s*{[\s\S]*\.utskrift\s*{\s*display: none;/);
  });

  it('downloads the meeting as an iCalendar event', async () => {
    const res = await get(meetingPath('mote.ics'), convener);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mote-bra-rinkeby-kista-2026-03-03\.ics"; filename\*=UTF-8''/);
    const ics = await res.text();
    const unfolded = ics.replace(/\r\n /g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(unfolded).toContain(`\r\nUID:${meeting.id}@vbe-stod\r\n`);
    expect(unfolded).toContain('\r\nDTSTART:20260303T130000Z\r\n');
    expect(unfolded).toContain('\r\nDTEND:20260303T150000Z\r\n');
    expect(unfolded).toContain('\r\nLOCATION:Rinkeby bibliotek\\, lilla salen\r\n');
    expect(unfolded).toContain(VBE_TITLE);
    // In production the link's base is PUBLIC_URL, never the request's Host header.
    expect(unfolded).toContain(`\r\nURL:${TEST_PUBLIC_URL}/arbetsyta/mote/?id=${meeting.id}\r\n`);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get(meetingPath('protokoll.docx'), convener, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('lets the district coordinator download the meeting too', async () => {
    expect((await get(meetingPath('protokoll.docx'), coordinator)).status).toBe(200);
  });
});

describe('refusals', () => {
  it('answers another forum’s convener and another district’s coordinator 404, as for an unknown id', async () => {
    const unknown = await get(meetingPath('dagordning.docx', '00000000-0000-4000-8000-000000000000'), convener);
    expect(unknown.status).toBe(404);
    const unknownBody = await unknown.text();
    expect(unknownBody).toContain('<html lang="sv">');
    for (const client of [otherConvener, otherCoordinator]) {
      for (const file of FILES) {
        const res = await get(meetingPath(file), client);
        expect(res.status, file).toBe(404);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('content-disposition')).toBeNull();
        // Word for word the same page: nothing tells the two apart.
        expect(await res.text()).toBe(unknownBody);
      }
    }
    expect((await get('/export/okand-sida', convener)).status).toBe(404);
  });

  it('sends the signed-out to the sign-in page and back', async () => {
    for (const file of FILES) {
      const res = await get(meetingPath(file));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/logga-in/?tillbaka=${encodeURIComponent(meetingPath(file))}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const csv = await get('/export/lagesbild.csv?district=rinkeby-kista&from=2026-01-01&to=2026-03-31');
    expect(csv.status).toBe(303);
    expect(csv.headers.get('location')).toBe('/logga-in/?tillbaka=%2Fexport%2Flagesbild.csv%3Fdistrict%3Drinkeby-kista%26from%3D2026-01-01%26to%3D2026-03-31');
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await get(meetingPath('dagordning.docx'), convener, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses cross-site requests, even with a valid session', async () => {
    const res = await get(meetingPath('protokoll.docx'), convener, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('andra webbplatser');
    expect((await get(meetingPath('protokoll.docx'), convener, { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
  });
});

describe('observations CSV', () => {
  const csvPath = '/export/lagesbild.csv?district=rinkeby-kista&from=2026-03-01&to=2026-03-31';

  it('gives the coordinator one row per observation of approved minutes, with header and BOM', async () => {
    const res = await get(csvPath, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="observationer-rinkeby-kista-2026-03-01-till-2026-03-31.csv"; filename*=UTF-8''observationer-rinkeby-kista-2026-03-01-till-2026-03-31.csv`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Mötesdatum;Forum;Forumtyp;Miljö;Kategori;Källa;Område;Antal;Observationsdatum;Beskrivning');
    expect(lines.slice(1, -1)).toEqual([
      `2026-03-03;BRÅ Rinkeby-Kista;Lokalt brottsförebyggande råd (BRÅ);Vit makt-miljön;"Affischer, flygblad, klistermärken, propaganda";Polisen;Husby centrum;4;2026-02-27;"'=Klistermärken; ""nordisk"" symbolik"`,
    ]);
  });

  it('is empty but for the header outside the period', async () => {
    const res = await get('/export/lagesbild.csv?district=rinkeby-kista&from=2026-04-01&to=2026-04-30', coordinator);
    expect((await res.text()).split('\r\n')).toHaveLength(2);
  });

  it('is refused with 403 to conveners and to coordinators of other districts', async () => {
    for (const client of [convener, otherCoordinator]) {
      const res = await get(csvPath, client);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('Du har inte behörighet');
    }
  });

  it('names the parameter at fault, in Swedish, with 400', async () => {
    const cases: [string, string][] = [
      ['from=2026-01-01&to=2026-03-31', 'Parametern district'],
      ['district=rinkeby-kista&from=2026-02-30&to=2026-03-31', 'Parametern from'],
      ['district=rinkeby-kista&from=2026-01-01', 'Parametern to'],
      ['district=rinkeby-kista&from=2026-03-31&to=2026-01-01', 'Parametern to måste vara samma dag som from eller senare'],
      ['district=rinkeby-kista&from=2010-01-01&to=2026-01-01', 'högst fem år'],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/export/lagesbild.csv?${query}`, coordinator);
      expect(res.status, query).toBe(400);
      expect(await res.text(), query).toContain(message);
    }
  });
});

describe('approved minutes keep their forum as it was', () => {
  it('shows the forum name from the time of approval after the forum is renamed', async () => {
    const server = await startTestServer();
    try {
      const client = apiClient(server.url);
      await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
      const meeting = await client.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-05-05T14:00:00+02:00' });
      const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
      const saved = await client.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: vbe.id, vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
      await client.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Demo Ordförande'], version: saved.history.at(-1)!.version });
      await client.forums.update.mutate({ id: server.forums.bra.id, name: 'Nytt namn på rådet' });
      const html = await (await fetch(`${server.url}/export/mote/${meeting.id}/protokoll.html`, { headers: { cookie: client.cookie } })).text();
      expect(html).toContain(server.forums.bra.name);
      expect(html).not.toContain('Nytt namn på rådet');
    } finally {
      await server.stop();
    }
  });
});
