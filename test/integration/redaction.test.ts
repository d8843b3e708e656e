// Redaction over real HTTP: after minutes.redact, no file in the data folder
// (data files, backups, audit log) holds the text in any case or spacing.
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDailyBackup } from '../../api/store/backups.ts';
import type { Meeting } from '../../api/domain/types.ts';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

// A nickname that passes the guard (it is not a name, number or address) but
// identifies someone all the same: what redaction is for.
const SECRET = 'hemliga bananflugan';
const HOLDS_SECRET = /hemliga(?:\s|\\[nrt]|\\u00a0)+bananflugan/i;

let server: TestServer;
let convener: ApiClient;
let coordinator: ApiClient;
let admin: ApiClient;
let meeting: Meeting;
let later: Meeting;
let copied: Meeting;
/** The meeting file as it was before redaction, to plant a stale backup copy later. */
let staleCopy: string;

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

/** Files under the data folder that hold the secret, in any case and with any whitespace (raw or JSON-escaped). */
async function filesHoldingSecret(): Promise<string[]> {
  const found: string[] = [];
  for (const file of await allFiles(server.dataDir)) {
    const text = await readFile(file, 'utf8');
    if (text.toLowerCase().includes(SECRET) || HOLDS_SECRET.test(text)) found.push(path.relative(server.dataDir, file));
  }
  return found.sort();
}

const backupOn = async (day: string) =>
  createDailyBackup(server.dataDir, { now: new Date(`${day}T12:00:00Z`), files: await server.app.store.dataFiles() });

beforeAll(async () => {
  server = await startTestServer();
  convener = await signedIn('konvenor.bra');
  coordinator = await signedIn('samordnare.rk');
  admin = await signedIn('admin');
  const forumId = server.forums.bra.id;

  // The secret goes in everywhere a user can type it.
  meeting = await convener.meetings.create.mutate({ forumId, startsAt: '2026-02-10T14:00:00+01:00', location: `Lokalen vid Hemliga Bananflugan` });
  meeting = await convener.agenda.addItem.mutate({ meetingId: meeting.id, title: `Om HEMLIGA bananflugan` });
  const topic = meeting.agenda.find((i) => i.kind === 'topic' && i.title.startsWith('Om '))!;
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
  await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: topic.id, text: 'Först: Hemliga  Bananflugan syntes.' });
  await backupOn('2026-02-10');
  await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: topic.id, text: 'Sedan: hemliga\nbananflugan igen, och HEMLIGA BANANFLUGAN.' });
  meeting = await convener.minutes.saveItem.mutate({
    meetingId: meeting.id,
    itemId: vbe.id,
    vbe: {
      status: 'discussed',
      observations: [{ milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Rinkeby', count: 2, date: '2026-02-01', text: 'hemliga bananflugan delade flygblad' }],
      actions: [{ text: 'Följ upp hemliga bananflugan', owner: 'Polisen', due: '2026-03-01' }],
    },
  });
  // As a variable, so the call fits both the current approve input and one that also takes the version seen.
  const approval = { meetingId: meeting.id, approvers: ['Kim Berg'], version: meeting.history.at(-1)!.version };
  meeting = await convener.minutes.approve.mutate(approval);
  // A meeting the next year carries the open action, and so the secret, on its agenda.
  later = await convener.meetings.create.mutate({ forumId, startsAt: '2027-01-12T14:00:00+01:00' });
  expect(JSON.stringify(later.agenda)).toContain('Följ upp hemliga bananflugan');
  // A meeting whose agenda is copied from the previous one copies the item's title too.
  copied = await convener.meetings.create.mutate({ forumId, startsAt: '2026-03-10T14:00:00+01:00', agendaFrom: 'previous' });
  expect(JSON.stringify(copied.agenda)).toContain('Om HEMLIGA bananflugan');
  await backupOn('2026-02-11');
  staleCopy = await readFile(path.join(server.dataDir, 'meetings', meeting.districtId, forumId, '2026.json'), 'utf8');
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

describe('minutes.redact: who may', () => {
  it('refuses a convener of the forum (FORBIDDEN) and hides the meeting from others (NOT_FOUND)', async () => {
    const input = { meetingId: meeting.id, text: SECRET, reason: 'Beslut Dnr 1.2.3-45/2026' };
    expect((await failure(convener.minutes.redact.mutate(input))).code).toBe('FORBIDDEN');
    const otherConvener = await signedIn('konvenor.sspf');
    expect((await failure(otherConvener.minutes.redact.mutate(input))).code).toBe('NOT_FOUND');
    const otherCoordinator = await signedIn('samordnare.eav');
    expect((await failure(otherCoordinator.minutes.redact.mutate(input))).code).toBe('NOT_FOUND');
    expect((await failure(apiClient(server.url).minutes.redact.mutate(input))).code).toBe('UNAUTHORIZED');
    expect((await failure(admin.minutes.redact.mutate({ ...input, meetingId: 'finns-inte' }))).code).toBe('NOT_FOUND');
  });
});

describe('minutes.redact: refusals', () => {
  it('refuses a short text, an absent text and a bad reason on the right field, without echoing the text or changing anything', async () => {
    const before = await coordinator.meetings.get.query({ id: meeting.id });
    const short = await failure(coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: ' hem ', reason: 'Beslut Dnr 1.2.3-45/2026' }));
    expect(short.code).toBe('BAD_REQUEST');
    expect(short.fields.map((f) => f.field)).toEqual(['text']);

    const absent = await failure(coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: 'finns ingenstans alls', reason: 'Beslut Dnr 1.2.3-45/2026' }));
    expect(absent.code).toBe('BAD_REQUEST');
    expect(absent.fields).toHaveLength(1);
    expect(absent.fields[0].field).toBe('text');
    expect(absent.fields[0].message).toMatch(/Text att ta bort/);
    expect(absent.message).not.toContain('finns ingenstans');

    const withPhone = await failure(coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: SECRET, reason: 'Ring 070-123 45 67' }));
    expect(withPhone.fields.map((f) => f.field)).toEqual(['reason']);
    const withSecret = await failure(coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: SECRET, reason: 'Om Hemliga Bananflugan, beslut' }));
    expect(withSecret.fields.map((f) => f.field)).toEqual(['reason']);
    expect(withSecret.message.toLowerCase()).not.toContain('bananflugan');

    expect(await coordinator.meetings.get.query({ id: meeting.id })).toEqual(before);
  });
});

describe('minutes.redact', () => {
  it('takes the text out of the meeting, its versions, the later agenda and every backup, and no file holds it after', async () => {
    const holders = await filesHoldingSecret();
    // Sanity: the search finds the secret where it was put, so an empty result below means something.
    expect(holders).toEqual(
      expect.arrayContaining([
        path.join('meetings', meeting.districtId, meeting.forumId, '2026.json'),
        path.join('meetings', meeting.districtId, meeting.forumId, '2027.json'),
        path.join('backups', '2026-02-10', 'meetings', meeting.districtId, meeting.forumId, '2026.json'),
        path.join('backups', '2026-02-11', 'meetings', meeting.districtId, meeting.forumId, '2027.json'),
      ]),
    );
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');

    const result = await coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: 'HEMLIGA   Bananflugan', reason: 'Beslut Dnr 1.2.3-45/2026' });

    // Location 1, agenda title 1, minutes 2, observation 1, action 1, the later agenda's carried action 1,
    // the copied agenda's title and carried action 2.
    // Versions: two saves of the topic and the VBE save. Backups: 2026.json in both, 2027.json in the second.
    expect(result).toEqual({ replaced: 9, versions: 3, backups: 3, unreadableBackups: 0 });
    expect(await filesHoldingSecret()).toEqual([]);
    for (const spy of [log, warn, error]) expect(JSON.stringify(spy.mock.calls).toLowerCase()).not.toContain('bananflugan');
  });

  it('keeps the minutes approved and the approval as it was, and records who, when and why in the history', async () => {
    const after = await coordinator.meetings.get.query({ id: meeting.id });
    expect(after.status).toBe('approved');
    expect(after.approval).toEqual(meeting.approval);
    expect(after.location).toBe('Lokalen vid [borttaget]');
    const last = after.history.at(-1)!;
    expect(last).toMatchObject({
      version: meeting.history.at(-1)!.version + 1,
      change: 'redact',
      by: server.accounts.coordinator.id,
      reason: 'Beslut Dnr 1.2.3-45/2026',
      replaced: 9,
      versions: 3,
    });
    expect(Date.now() - Date.parse(last.at)).toBeLessThan(60_000);
    const history = await coordinator.minutes.history.query({ meetingId: meeting.id });
    expect(history.at(-1)).toMatchObject({ change: 'redact', byName: server.accounts.coordinator.displayName });
    const carried = (await coordinator.meetings.get.query({ id: later.id })).agenda.flatMap((i) => i.carriedActions ?? []);
    expect(carried.map((c) => c.text)).toEqual(['Följ upp [borttaget]']);
  });

  it('audits the procedure and the meetings, never the text', async () => {
    const entries = (await server.app.store.auditLog()).filter((e) => e.procedure === 'minutes.redact');
    expect(entries.map((e) => e.recordId).sort()).toEqual([meeting.id, later.id, copied.id].sort());
    expect(entries.every((e) => e.actorId === server.accounts.coordinator.id && e.recordType === 'meeting')).toBe(true);
  });

  it('a second time finds nothing and says so', async () => {
    const again = await failure(coordinator.minutes.redact.mutate({ meetingId: meeting.id, text: SECRET, reason: 'Beslut Dnr 1.2.3-45/2026' }));
    expect(again.code).toBe('BAD_REQUEST');
    expect(again.fields[0].field).toBe('text');
  });

  it('takes a copy left in a backup (say, by a redaction that stopped half-way) as an admin, and records it', async () => {
    const folder = path.join(server.dataDir, 'backups', '2026-02-12', 'meetings', meeting.districtId, meeting.forumId);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, '2026.json'), staleCopy);
    expect(await filesHoldingSecret()).toHaveLength(1);

    const result = await admin.minutes.redact.mutate({ meetingId: meeting.id, text: SECRET, reason: 'Beslut Dnr 1.2.3-46/2026, säkerhetskopia' });
    expect(result).toEqual({ replaced: 0, versions: 0, backups: 1, unreadableBackups: 0 });
    expect(await filesHoldingSecret()).toEqual([]);
    const last = (await admin.meetings.get.query({ id: meeting.id })).history.at(-1)!;
    expect(last).toMatchObject({ change: 'redact', by: server.accounts.admin.id, replaced: 0, versions: 0 });
  });

  it('the data folder starts again with the redaction versions in place', async () => {
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer(dataDir);
    const reopened = await (await signedIn('samordnare.rk')).meetings.get.query({ id: meeting.id });
    expect(reopened.history.filter((v) => v.change === 'redact').map((v) => [v.replaced, v.versions])).toEqual([
      [9, 3],
      [0, 0],
    ]);
    expect(reopened.status).toBe('approved');
  });
});
