// Mail over real HTTP (issue 10): a real server configured with SMTP_URL and
// MAIL_FROM sends through a real SMTP server on loopback; the .eml downloads
// are the same messages, access-checked like every download; sendings, the
// account's e-mail, end times, sequences and the forum's usual length
// survive a restart of the lowdb store.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ORGANIZER_EMAIL } from '../../api/http/exports-endpoint.ts';
import { formatDateTime } from '../../api/domain/swedish-format.ts';
import type { Forum, ForumMember, Meeting } from '../../api/domain/types.ts';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../fixtures/api/server.ts';
import { docxText } from '../fixtures/docx-text.ts';
import { parseCalendar, parseMessage } from '../fixtures/mail-parse.ts';
import { startTestSmtp, type TestSmtp } from '../fixtures/smtp.ts';

const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
const CONVENER_EMAIL = 'konvenor.bra@rinkeby-kista.example';
const MEMBERS: ForumMember[] = [
  { id: 'm1', name: 'Anna Andersson', organisation: 'Polisen', role: 'Kommunpolis', email: 'anna.andersson@polisen.example' },
  { id: 'm2', name: 'Bertil Berg', organisation: 'Skolan', role: 'Rektor', email: 'bertil.berg@skola.example' },
];
const HOUR = 3_600_000;

let smtp: TestSmtp;
let server: TestServer;
let convener: ApiClient;
let stranger: ApiClient;
let coordinator: ApiClient;
/** A meeting a week ahead, and one two days ago (approved in the minutes tests). */
let ahead: Meeting;
let past: Meeting;

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

function get(path: string, client?: ApiClient) {
  return fetch(`${server.url}${path}`, { redirect: 'manual', headers: client ? { cookie: client.cookie } : {} });
}

/** Whole minutes, so times read the same in every format. */
const minuteFromNow = (ms: number) => new Date(Math.floor((Date.now() + ms) / 60_000) * 60_000).toISOString();

beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startTestServer(undefined, { SMTP_URL: smtp.url, MAIL_FROM: 'Kunskapsbanken VBE <vbe@stad.example>' });
  await server.app.store.updateForum(server.forums.bra.id, (f: Forum) => ({ ...f, members: MEMBERS, cadence: { ...f.cadence, durationMinutes: 90 } }), SYSTEM);
  convener = await signedIn('konvenor.bra');
  stranger = await signedIn('konvenor.sspf');
  coordinator = await signedIn('samordnare.rk');
  await convener.auth.setEmail.mutate({ email: CONVENER_EMAIL });
  ahead = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: minuteFromNow(7 * 24 * HOUR), location: 'Husby träff' });
  past = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: minuteFromNow(-2 * 24 * HOUR), allowSameDay: true });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

describe('sending over HTTP', () => {
  it('labels a refused e-mail by its Swedish field name', async () => {
    const r = await failure(convener.auth.setEmail.mutate({ email: 'konvenor@' }));
    expect(r.code).toBe('BAD_REQUEST');
    expect(r.message).toBe('Ogiltiga uppgifter: E-post: Ange en giltig e-postadress i tjänsten.');
    const kind = await failure(convener.mail.send.mutate({ meetingId: ahead.id, kind: 'brev' as 'agenda' }));
    expect(kind).toMatchObject({ code: 'BAD_REQUEST', message: 'Ogiltiga uppgifter: Meddelande: Välj agenda, cancellation, minutes.' });
    expect(kind.fields).toEqual([{ field: 'kind', message: 'Välj agenda, cancellation, minutes.' }]);
  });

  it('names the field of a refusal the domain makes', async () => {
    const noSender = await signedIn('samordnare.rk');
    const r = await failure(noSender.mail.send.mutate({ meetingId: ahead.id, kind: 'agenda' }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(r.fields).toEqual([{ field: 'senderEmail', message: r.message }]);
    expect(r.message).toMatch(/^Ditt konto har ingen e-postadress/);
  });

  it('sends the agenda through SMTP_URL from MAIL_FROM, with the invitation', async () => {
    const status = await convener.mail.status.query({ meetingId: ahead.id });
    expect(status).toMatchObject({ smtp: true, senderEmail: CONVENER_EMAIL, recipients: 2 });
    const before = smtp.messages.length;
    const { mailing } = await convener.mail.send.mutate({ meetingId: ahead.id, kind: 'agenda' });
    expect(mailing).toMatchObject({ kind: 'agenda', recipients: 2, sequence: 0 });
    const received = (await smtp.received(before + 1))[before]!;
    const parsed = await parseMessage(received.raw);
    expect(received.rcptTo.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    expect(parsed.from?.address).toBe('vbe@stad.example');
    expect(parsed.replyTo).toEqual([CONVENER_EMAIL]);
    expect(parsed.subject).toBe(`Kallelse: BRÅ Rinkeby-Kista ${formatDateTime(ahead.startsAt)}`);
    expect(parsed.text).toContain(`${TEST_PUBLIC_URL}/arbetsyta/mote/?id=${ahead.id}`);
    const cal = parsed.calendar!;
    expect(cal).toMatchObject({ method: 'REQUEST', sequence: 0, organizer: { email: CONVENER_EMAIL } });
    expect(cal.attendees.every((a) => a.rsvp === 'TRUE')).toBe(true);
    expect(Date.parse(cal.end) - Date.parse(cal.start)).toBe(90 * 60_000);
  });

  it('the mote.ics download is the same meeting request, organised by whoever sent the invitation, whoever downloads it', async () => {
    const own = await get(`/export/mote/${ahead.id}/mote.ics`, convener);
    expect(own.status).toBe(200);
    expect(parseCalendar(await own.text()).organizer).toEqual({ email: CONVENER_EMAIL, cn: 'Test konvenor.bra' });
    // The convener sent the invitation: the coordinator's copy must not name another organiser.
    const byCoordinator = await get(`/export/mote/${ahead.id}/mote.ics`, coordinator);
    const cal = parseCalendar(await byCoordinator.text());
    expect(cal.method).toBe('REQUEST');
    expect(cal.organizer).toEqual({ email: CONVENER_EMAIL, cn: 'Test konvenor.bra' });
    expect(cal.attendees).toHaveLength(2);
    // Before any invitation, the coordinator (no e-mail of their own) gets MAIL_FROM.
    const notInvited = parseCalendar(await (await get(`/export/mote/${past.id}/mote.ics`, coordinator)).text());
    expect(notInvited.organizer).toEqual({ email: 'vbe@stad.example', cn: 'Kunskapsbanken VBE' });
  });
});

describe('.eml downloads', () => {
  it('kallelse.eml is the agenda message as a draft Outlook opens ready to send', async () => {
    const res = await get(`/export/mote/${ahead.id}/kallelse.eml`, convener);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('message/rfc822');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="kallelse-bra-rinkeby-kista-\d{4}-\d{2}-\d{2}\.eml"/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const parsed = await parseMessage(Buffer.from(await res.arrayBuffer()));
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.subject).toBe(`Kallelse: BRÅ Rinkeby-Kista ${formatDateTime(ahead.startsAt)}`);
    expect(parsed.to.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    // Sent from the convener's own mailbox: their own address, no "via", nothing to redirect replies.
    expect(parsed.from).toEqual({ name: 'Test konvenor.bra', address: CONVENER_EMAIL });
    expect(parsed.replyTo).toEqual([]);
    expect(parsed.calendar!.method).toBe('REQUEST');
    expect(parsed.calendar!.organizer).toEqual({ email: CONVENER_EMAIL, cn: 'Test konvenor.bra' });
  });

  it("a coordinator's kallelse.eml keeps the convener who sent the invitation as organiser", async () => {
    const res = await get(`/export/mote/${ahead.id}/kallelse.eml`, coordinator);
    expect(res.status).toBe(200);
    const parsed = await parseMessage(Buffer.from(await res.arrayBuffer()));
    expect(parsed.calendar!.organizer).toMatchObject({ email: CONVENER_EMAIL });
    expect(parsed.from?.address ?? '').not.toBe('vbe@stad.example');
  });

  it('answers 409 with a Swedish page for a message not offered now', async () => {
    const cancel = await get(`/export/mote/${ahead.id}/installt.eml`, convener);
    expect(cancel.status).toBe(409);
    expect(await cancel.text()).toContain('Mötet är inte inställt.');
    const minutes = await get(`/export/mote/${past.id}/protokoll.eml`, convener);
    expect(minutes.status).toBe(409);
    expect(await minutes.text()).toContain('Protokollet är inte justerat än.');
  });

  it('is refused like every download: 404 to a stranger, 303 to the sign-in page signed out', async () => {
    for (const file of ['kallelse.eml', 'installt.eml', 'protokoll.eml']) {
      const foreign = await get(`/export/mote/${ahead.id}/${file}`, stranger);
      expect(foreign.status).toBe(404);
      const out = await get(`/export/mote/${ahead.id}/${file}`);
      expect(out.status).toBe(303);
      expect(out.headers.get('location')).toBe(`/logga-in/?tillbaka=${encodeURIComponent(`/export/mote/${ahead.id}/${file}`)}`);
    }
  });

  it('protokoll.eml, once approved, carries the Word file; the minutes also arrive by SMTP', async () => {
    const vbe = past.agenda.find((i) => i.kind === 'vbe')!;
    const saved = await convener.minutes.saveItem.mutate({
      meetingId: past.id,
      itemId: vbe.id,
      text: 'Skolan berättade om läget.',
      vbe: { status: 'nothing-to-report', observations: [], actions: [] },
    });
    await convener.minutes.approve.mutate({ meetingId: past.id, approvers: ['Anna Andersson'], version: saved.history.at(-1)!.version });

    const res = await get(`/export/mote/${past.id}/protokoll.eml`, convener);
    expect(res.status).toBe(200);
    const file = await parseMessage(Buffer.from(await res.arrayBuffer()));
    expect(file.subject).toBe(`Protokoll: BRÅ Rinkeby-Kista ${formatDateTime(past.startsAt)}`);
    const attached = file.attachments.find((a) => a.filename?.endsWith('.docx'))!;
    expect(attached.filename).toMatch(/^protokoll-brå-rinkeby-kista-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(docxText(attached.content)).toContain('Skolan berättade om läget.');

    const before = smtp.messages.length;
    await convener.mail.send.mutate({ meetingId: past.id, kind: 'minutes' });
    const sent = await parseMessage((await smtp.received(before + 1))[before]!.raw);
    expect(docxText(sent.attachments.find((a) => a.filename?.endsWith('.docx'))!.content)).toContain('Skolan berättade om läget.');
  });
});

describe('a restart of the lowdb store', () => {
  it('keeps the sendings, the account e-mail, end times, sequences and the forum length', async () => {
    const moved = await convener.meetings.reschedule.mutate({ meetingId: ahead.id, startsAt: minuteFromNow(8 * 24 * HOUR), endsAt: minuteFromNow(8 * 24 * HOUR + 2 * HOUR) });
    await convener.mail.send.mutate({ meetingId: ahead.id, kind: 'agenda' });
    const before = (await server.app.store.getMeeting(ahead.id))!;
    expect(before.mailings).toHaveLength(2);
    expect(before.sequence).toBe(1);

    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer(dataDir, { SMTP_URL: smtp.url, MAIL_FROM: 'vbe@stad.example' });

    const after = (await server.app.store.getMeeting(ahead.id))!;
    expect(after.mailings).toEqual(before.mailings);
    expect(after.mailings!.map((m) => [m.kind, m.sequence])).toEqual([
      ['agenda', 0],
      ['agenda', 1],
    ]);
    expect(after.endsAt).toBe(moved.endsAt);
    expect(after.sequence).toBe(1);
    expect((await server.app.store.findAccountByUsername('konvenor.bra'))!.email).toBe(CONVENER_EMAIL);
    expect((await server.app.store.getForum(server.forums.bra.id))!.cadence.durationMinutes).toBe(90);
    expect((await server.app.store.getMeeting(past.id))!.mailings?.map((m) => m.kind)).toEqual(['minutes']);
    // The meetings' data files say how many a message went to, never to whom (only the approved minutes keep the members as they were).
    const files = (await readdir(path.join(dataDir, 'meetings'), { recursive: true })).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = await readFile(path.join(dataDir, 'meetings', f), 'utf8');
      expect(text).not.toContain(CONVENER_EMAIL);
      for (const m of JSON.parse(text).meetings as Meeting[]) {
        expect(m.mailings?.length ?? 0).toBeGreaterThan(0);
        expect(JSON.stringify({ ...m, approval: m.approval && { ...m.approval, forum: undefined } })).not.toContain('@');
      }
    }
  });
});

describe('without SMTP_URL or MAIL_FROM', () => {
  let plain: TestServer;
  afterAll(async () => {
    await plain?.stop();
  });

  it('refuses an invitation nobody could answer (409), and mote.ics is PUBLISH until members have addresses', async () => {
    plain = await startTestServer();
    await plain.app.store.updateForum(plain.forums.bra.id, (f: Forum) => ({ ...f, members: [] }), SYSTEM);
    const client = apiClient(plain.url);
    await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
    const meeting = await client.meetings.create.mutate({ forumId: plain.forums.bra.id, startsAt: minuteFromNow(7 * 24 * HOUR) });
    const fetchAs = (file: string) => fetch(`${plain.url}/export/mote/${meeting.id}/${file}`, { headers: { cookie: client.cookie } });

    // No e-mail on the account, no MAIL_FROM, no invitation sent.
    const refused = await fetchAs('kallelse.eml');
    expect(refused.status).toBe(409);
    const page = await refused.text();
    expect(page).toContain('Skicka till medlemmarna');
    expect(NO_ORGANIZER_EMAIL).toMatch(/Ange din e-postadress på mötets sida/);
    expect(parseCalendar(await (await fetchAs('mote.ics')).text()).method).toBe('PUBLISH');

    // An organiser but nobody to invite: still PUBLISH (RFC 5546).
    await client.auth.setEmail.mutate({ email: CONVENER_EMAIL });
    const noAttendees = parseCalendar(await (await fetchAs('mote.ics')).text());
    expect(noAttendees).toMatchObject({ method: 'PUBLISH', attendees: [] });
    expect(noAttendees.organizer).toBeUndefined();

    await plain.app.store.updateForum(plain.forums.bra.id, (f: Forum) => ({ ...f, members: MEMBERS }), SYSTEM);
    expect(parseCalendar(await (await fetchAs('mote.ics')).text())).toMatchObject({ method: 'REQUEST', organizer: { email: CONVENER_EMAIL } });
    const eml = await fetchAs('kallelse.eml');
    expect(eml.status).toBe(200);
    const parsed = await parseMessage(Buffer.from(await eml.arrayBuffer()));
    expect(parsed.from).toEqual({ name: 'Test konvenor.bra', address: CONVENER_EMAIL });
    expect(parsed.calendar!.organizer).toEqual({ email: CONVENER_EMAIL, cn: 'Test konvenor.bra' });
  });
});
