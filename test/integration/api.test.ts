// The API over real HTTP against a temporary data folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

let server: TestServer;
let convener: ApiClient;
let otherConvener: ApiClient;
let coordinator: ApiClient;

const PNR = '811218-9876';

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  convener = await signedIn('konvenor.bra');
  otherConvener = await signedIn('konvenor.sspf');
  coordinator = await signedIn('samordnare.rk');
});

afterAll(async () => {
  await server?.stop();
});

async function post(procedure: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${server.url}/trpc/${procedure}`, { method: 'POST', body: JSON.stringify(body), headers });
}

describe('sign-in and sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and answers me', async () => {
    const res = await post('auth.login', { username: 'konvenor.bra', password: PASSWORD }, { 'content-type': 'application/json', 'x-vbe-client': 't' });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vbe_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP on loopback
    const me = await convener.auth.me.query();
    expect(me.account?.username).toBe('konvenor.bra');
    expect(me.account).not.toHaveProperty('passwordHash');
  });

  it('answers a wrong password and an unknown user with the same generic message', async () => {
    const client = apiClient(server.url);
    const wrong = await failure(client.auth.login.mutate({ username: 'samordnare.rk', password: 'fel lösenord här' }));
    const unknown = await failure(client.auth.login.mutate({ username: 'finns.inte', password: 'fel lösenord här' }));
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(unknown.code).toBe('UNAUTHORIZED');
    expect(wrong.message).toBe(unknown.message);
  });

  it('throttles repeated failures for an account', async () => {
    const client = apiClient(server.url);
    for (let i = 0; i < 5; i++) await failure(client.auth.login.mutate({ username: 'admin', password: `fel lösenord ${i}!!` }));
    const blocked = await failure(client.auth.login.mutate({ username: 'admin', password: PASSWORD }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses unauthenticated calls', async () => {
    const anonymous = apiClient(server.url);
    expect((await failure(anonymous.meetings.list.query())).code).toBe('UNAUTHORIZED');
    expect((await failure(anonymous.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-12-01T14:00:00+01:00' }))).code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('ends the session at logout, also for a copy of the cookie', async () => {
    const client = await signedIn('samordnare.rk');
    const stolen = apiClient(server.url);
    stolen.cookie = client.cookie;
    expect((await stolen.auth.me.query()).account?.username).toBe('samordnare.rk');
    await client.auth.logout.mutate();
    expect((await client.auth.me.query()).account).toBeNull();
    expect((await stolen.auth.me.query()).account).toBeNull();
  });
});

describe('meetings and the standing VBE item', () => {
  it('creates a meeting whose agenda carries the VBE item, which cannot be removed', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-12-01T14:00:00+01:00', location: 'Rinkeby folkets hus' });
    expect(meeting.status).toBe('planned');
    const vbe = meeting.agenda.filter((i) => i.kind === 'vbe');
    expect(vbe).toHaveLength(1);
    expect(meeting.agenda.some((i) => i.kind !== 'vbe')).toBe(true);

    const refused = await failure(convener.agenda.removeItem.mutate({ meetingId: meeting.id, itemId: vbe[0].id }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/extremism/);

    const moved = await convener.agenda.moveItem.mutate({ meetingId: meeting.id, itemId: vbe[0].id, position: 0 });
    expect(moved.agenda[0].kind).toBe('vbe');
    const other = moved.agenda.find((i) => i.kind === 'other-business')!;
    const removed = await convener.agenda.removeItem.mutate({ meetingId: meeting.id, itemId: other.id });
    expect(removed.agenda.some((i) => i.id === other.id)).toBe(false);
    expect((await convener.meetings.get.query({ id: meeting.id })).agenda).toEqual(removed.agenda);
  });

  it('keeps another forum’s meeting out of reach of a convener', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-12-15T14:00:00+01:00' });
    const item = meeting.agenda[0];
    for (const call of [
      otherConvener.meetings.get.query({ id: meeting.id }),
      otherConvener.minutes.history.query({ meetingId: meeting.id }),
      otherConvener.agenda.addItem.mutate({ meetingId: meeting.id, title: 'Smyg' }),
      otherConvener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text: 'Smyg' }),
    ]) {
      const denied = await failure(call);
      expect(denied.code).toBe('NOT_FOUND');
      expect(JSON.stringify(denied)).not.toContain(server.forums.bra.name);
    }
    const ids = (await otherConvener.meetings.list.query()).map((m) => m.id);
    expect(ids).not.toContain(meeting.id);
    expect((await failure(otherConvener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-12-20T10:00:00+01:00' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await convener.meetings.get.query({ id: meeting.id })).agenda).toEqual(meeting.agenda);
  });
});

describe('minutes', () => {
  it('refuses personal data naming the field, storing nothing', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-11-03T14:00:00+01:00' });
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    const refused = await failure(
      convener.minutes.saveItem.mutate({
        meetingId: meeting.id,
        itemId: vbe.id,
        text: 'Genomgång av läget.',
        vbe: {
          status: 'discussed',
          observations: [{ milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2026-10-20', text: `Gäller ${PNR}` }],
          actions: [],
        },
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fields[0]?.field).toBe('vbe.observations.0.text');
    // The span points at the number in the text as sent ("Gäller " is 7 characters), without echoing it.
    expect(refused.fields[0]).toMatchObject({ start: 7, end: 7 + PNR.length });
    expect(refused.message).toMatch(/personnummer/);
    expect(refused.message).not.toContain(PNR);
    const after = await convener.meetings.get.query({ id: meeting.id });
    expect(after.history).toHaveLength(0);
    expect(after.minutes).toEqual({});
  });

  it('names the fields of invalid input', async () => {
    const bad = await failure(convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: 'i morgon' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields.map((f) => f.field)).toContain('startsAt');
    expect(bad.message).toMatch(/^Ogiltiga uppgifter: Datum och tid: /); // the Swedish label, not the parameter name

    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-11-05T14:00:00+01:00' });
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    const badObservation = await failure(
      convener.minutes.saveItem.mutate({
        meetingId: meeting.id,
        itemId: vbe.id,
        vbe: {
          status: 'discussed',
          observations: [{ milieu: 'okänd' as 'oklar', category: 'klotter', source: 'polis', area: 'Husby', count: 0, date: '2026-02-30', text: 'x'.repeat(501) }],
          actions: [],
        },
      }),
    );
    expect(badObservation.fields.map((f) => f.field).sort()).toEqual(
      ['vbe.observations.0.count', 'vbe.observations.0.date', 'vbe.observations.0.milieu', 'vbe.observations.0.text'].sort(),
    );
  });

  it('approves, locks, lets a coordinator reopen with a reason, and keeps every version', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-10-06T14:00:00+02:00' });
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    const opening = meeting.agenda[0];
    await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: opening.id, text: 'Ordföranden öppnade mötet.' });
    await convener.minutes.saveItem.mutate({
      meetingId: meeting.id,
      itemId: vbe.id,
      text: 'Polisen redogjorde för läget.',
      vbe: {
        status: 'discussed',
        observations: [{ milieu: 'autonoma', category: 'klotter', source: 'fastighetsagare', area: 'Kista', count: 3, date: '2026-09-28', text: 'Klotter vid centrum.' }],
        actions: [{ text: 'Anmäla klottret till fastighetsägaren', owner: 'Trygghetssamordnaren', due: '2026-10-20' }],
      },
    });
    const seen = (await convener.meetings.get.query({ id: meeting.id })).history.at(-1)!.version;
    const approved = await convener.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Ordförande Demo', 'Justerare Demo'], version: seen });
    expect(approved.status).toBe('approved');

    const locked = await failure(convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: opening.id, text: 'Ändrat i efterhand' }));
    expect(locked.code).toBe('CONFLICT');
    expect((await failure(convener.minutes.reopen.mutate({ meetingId: meeting.id, reason: 'Fel datum i punkt 2' }))).code).toBe('FORBIDDEN');
    expect((await failure(coordinator.minutes.reopen.mutate({ meetingId: meeting.id, reason: '' }))).fields[0]?.field).toBe('reason');

    const reopened = await coordinator.minutes.reopen.mutate({ meetingId: meeting.id, reason: 'Fel datum i punkt 2' });
    expect(reopened.status).toBe('held');
    await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: opening.id, text: 'Ordföranden öppnade mötet kl. 14.05.' });

    const history = await coordinator.minutes.history.query({ meetingId: meeting.id });
    expect(history.map((v) => v.change)).toEqual(['save', 'save', 'approve', 'reopen', 'save']);
    expect(history[0].item?.text).toBe('Ordföranden öppnade mötet.');
    expect(history[3].reason).toBe('Fel datum i punkt 2');
    expect(history[3].byName).toBe('Test samordnare.rk');

    const actions = await convener.actions.list.query({ forumId: server.forums.bra.id });
    const action = actions.find((a) => a.meetingId === meeting.id)!;
    expect(action.owner).toBe('Trygghetssamordnaren');
    await convener.actions.complete.mutate({ meetingId: meeting.id, actionId: action.id });
    expect((await convener.actions.list.query({ forumId: server.forums.bra.id })).some((a) => a.id === action.id)).toBe(false);
  });

  it('carries open actions into the next meeting’s follow-up item', async () => {
    const first = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-09-01T14:00:00+02:00' });
    const vbe = first.agenda.find((i) => i.kind === 'vbe')!;
    await convener.minutes.saveItem.mutate({
      meetingId: first.id,
      itemId: vbe.id,
      vbe: { status: 'nothing-to-report', observations: [], actions: [{ text: 'Bjuda in fritidsgården', owner: 'Sammankallande', due: '2026-09-30' }] },
    });
    const next = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-09-08T14:00:00+02:00' });
    const followUp = next.agenda.find((i) => i.kind === 'follow-up')!;
    expect(followUp.carriedActions?.map((a) => a.text)).toContain('Bjuda in fritidsgården');
  });
});

describe('cross-site requests', () => {
  const input = () => ({ forumId: server.forums.bra.id, startsAt: '2027-01-10T10:00:00+01:00' });
  const countMeetings = async () => (await convener.meetings.list.query({ forumId: server.forums.bra.id })).length;

  it('refuses mutations without the client header, with a non-JSON body, or marked cross-site', async () => {
    const before = await countMeetings();
    const cookie = convener.cookie;
    const cases: [Record<string, string>, number][] = [
      [{ 'content-type': 'application/json', cookie }, 403],
      [{ 'content-type': 'text/plain', 'x-vbe-client': 'x', cookie }, 415],
      [{ 'content-type': 'application/x-www-form-urlencoded', 'x-vbe-client': 'x', cookie }, 415],
      [{ 'content-type': 'multipart/form-data; boundary=x', 'x-vbe-client': 'x', cookie }, 415],
      [{ 'content-type': 'application/json', 'x-vbe-client': 'x', 'sec-fetch-site': 'cross-site', cookie }, 403],
    ];
    for (const [headers, status] of cases) {
      const res = await post('meetings.create', input(), headers);
      expect(res.status, JSON.stringify(headers)).toBe(status);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(await countMeetings()).toBe(before);
  });

  it('changes nothing on GET and answers no-store', async () => {
    const before = await countMeetings();
    const url = `${server.url}/trpc/meetings.create?input=${encodeURIComponent(JSON.stringify(input()))}`;
    const res = await fetch(url, { headers: { cookie: convener.cookie } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await countMeetings()).toBe(before);
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: convener.cookie } });
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('hides internals of errors', async () => {
    const res = await post('meetings.create', '{"not json', { 'content-type': 'application/json', 'x-vbe-client': 'x', cookie: convener.cookie });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/stack|node_modules|at .*\.ts/);
  });
});

describe('situation report and audit', () => {
  it('lets coordinators of the district compile it, not conveners or other districts', async () => {
    const report = await coordinator.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2026-01-01', to: '2026-12-31' });
    expect(report.current.meetingsPerForum.map((f) => f.forumName).sort()).toEqual(['BRÅ Rinkeby-Kista', 'SSPF Husby']);
    expect((await failure(convener.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2026-01-01', to: '2026-12-31' }))).code).toBe('FORBIDDEN');
    const other = await signedIn('samordnare.eav');
    expect((await failure(other.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2026-01-01', to: '2026-12-31' }))).code).toBe('FORBIDDEN');
  });

  it('logs who changed which record, never the text', async () => {
    const secret = 'Unik anteckning som inte får hamna i loggen';
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-08-04T14:00:00+02:00' });
    await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: meeting.agenda[0].id, text: secret });
    const log = await server.app.store.auditLog();
    const entries = log.filter((e) => e.recordId === meeting.id);
    expect(entries.map((e) => e.procedure)).toEqual(['meetings.create', 'minutes.saveItem']);
    expect(entries.every((e) => e.actorId === server.accounts.convenerBra.id)).toBe(true);
    const month = new Date().toISOString().slice(0, 7);
    const raw = await readFile(path.join(server.dataDir, 'audit', `${month}.jsonl`), 'utf8');
    expect(raw).not.toContain(secret);
  });
});

describe('listing by period', () => {
  it('finds a meeting just after midnight on New Year in Stockholm (still the old year in UTC)', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2027-01-01T00:30:00+01:00' });
    const listed = await convener.meetings.list.query({ forumId: server.forums.bra.id, from: '2027-01-01T00:00:00+01:00', to: '2027-01-02T00:00:00+01:00' });
    expect(listed.map((m) => m.id)).toEqual([meeting.id]);
  });
});

describe('sign-in throttling under parallel attempts', () => {
  it('lets no more than five guesses through, even in one batch or in parallel', async () => {
    const body = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), { username: 'gissad.anvandare', password: `fel gissning nummer ${i}` }]));
    const paths = Array.from({ length: 10 }, () => 'auth.login').join(',');
    const res = await post(`${paths}?batch=1`, body, { 'content-type': 'application/json', 'x-vbe-client': 't' });
    const answers = (await res.json()) as { error: { data: { code: string } } }[];
    const codes = answers.map((a) => a.error.data.code);
    expect(codes.filter((c) => c === 'UNAUTHORIZED').length).toBeLessThanOrEqual(5);
    expect(codes).toContain('TOO_MANY_REQUESTS');

    const tooBig = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i), null]));
    const big = await post(`${Array.from({ length: 11 }, () => 'auth.me').join(',')}?batch=1`, tooBig, { 'content-type': 'application/json', 'x-vbe-client': 't' });
    expect(big.status).toBeGreaterThanOrEqual(400);
  });
});
