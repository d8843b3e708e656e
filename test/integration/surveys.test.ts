// The units' survey end to end: a coordinator opens a round over real HTTP,
// units answer anonymously by their token (JSON and the x-vbe-client header,
// no cookie), correct their answers, and the coordinator reads the results.
// The closing day is tested in the caller world, whose clock the test moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDate } from '../../api/domain/periods.ts';
import type { SurveyAnswers } from '../../api/domain/types.ts';
import { callerWorld } from '../fixtures/api/caller.ts';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../fixtures/api/server.ts';

let server: TestServer;
let coordinator: ApiClient;

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

// The server runs on the real clock: the round is for this year and closes in a month, whatever the date.
const today = () => stockholmDate(new Date().toISOString());

const answers = (over: Partial<SurveyAnswers> = {}): SurveyAnswers => ({
  incidents: [{ milieu: 'autonoma', category: 'klotter', count: 2 }],
  awareness: { plan: 'helt', guidance: 'delvis', routine: 'delvis', form: 'inte' },
  staffAwareness: { plan: 'delvis', guidance: 'inte', routine: 'inte', form: 'inte' },
  collaboration: { polis: 'har', socialtjanst: 'har', skola: 'onskar', civilsamhalle: 'onskar', samfund: 'nej', fastighetsagare: 'nej' },
  staffKnowledge: 'liten',
  staff: 30,
  courseCompleted: 6,
  ...over,
});

/** A unit's call as the answer page makes it: no cookie, JSON, the header. */
async function anonymous(procedure: string, body: unknown) {
  const res = await fetch(`${server.url}/trpc/${procedure}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-vbe-client': 'web' },
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: any }; error?: { message: string; data: { code: string; fields?: { field: string; start?: number; end?: number }[] } } } };
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signedIn('samordnare.rk');
});

afterAll(async () => {
  await server?.stop();
});

describe('a survey round over HTTP', () => {
  let round: { id: string; units: { id: string; name: string; token: string; link: string }[] };
  // Computed once: across Stockholm midnight a second today() would be another day.
  const opened = today();
  const year = Number(opened.slice(0, 4));
  const closesOn = addDays(opened, 30);

  it('is opened by the district coordinator, with a link per unit carrying the token in the fragment', async () => {
    round = await coordinator.surveys.create.mutate({
      districtId: 'rinkeby-kista',
      year,
      closesOn,
      units: [{ name: 'Husby förskola', staff: 30 }, { name: 'Kista fritidsgård' }, { name: 'Rinkeby skola', staff: 55 }],
    });
    expect(round.units.map((u) => u.name)).toEqual(['Husby förskola', 'Kista fritidsgård', 'Rinkeby skola']);
    for (const u of round.units) {
      expect(u.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(u.link).toBe(`${TEST_PUBLIC_URL}/enkat/#t=${u.token}`);
    }
    // One round per district and year.
    const again = await failure(coordinator.surveys.create.mutate({ districtId: 'rinkeby-kista', year, closesOn, units: [{ name: 'A-skolan' }] }));
    expect(again.code).toBe('CONFLICT');
  });

  it('shows a unit its form without an account, and takes its answer', async () => {
    const [husby] = round.units;
    const form = await anonymous('surveys.form', { token: husby!.token });
    expect(form.status).toBe(200);
    expect(form.body.result!.data).toMatchObject({ unitName: 'Husby förskola', year, closesOn, open: true });
    expect(form.body.result!.data.answers).toBeUndefined();

    const sent = await anonymous('surveys.respond', { token: husby!.token, answers: answers() });
    expect(sent.status).toBe(200);
    expect(sent.body.result!.data).toEqual({ unitName: 'Husby förskola', closesOn, correcting: false });
  });

  it('takes a correction and shows the answer given to correct it', async () => {
    const [husby] = round.units;
    const sent = await anonymous('surveys.respond', { token: husby!.token, answers: answers({ courseCompleted: 9 }) });
    expect(sent.body.result!.data.correcting).toBe(true);
    const form = await anonymous('surveys.form', { token: husby!.token });
    expect(form.body.result!.data.answers.courseCompleted).toBe(9);
  });

  it('refuses personal data in the comment and more course takers than staff, naming the field', async () => {
    const token = round.units[1]!.token;
    const comment = await anonymous('surveys.respond', { token, answers: answers({ comment: 'Ring 070-123 45 67' }) });
    expect(comment.status).toBe(400);
    expect(comment.body.error!.data.fields![0]).toMatchObject({ field: 'answers.comment', start: 5, end: 18 });
    expect(comment.body.error!.message).toContain('Kommentar');
    const course = await anonymous('surveys.respond', { token, answers: answers({ staff: 3, courseCompleted: 4 }) });
    expect(course.body.error!.data.fields![0]!.field).toBe('answers.courseCompleted');
  });

  it('answers NOT_FOUND with one message for a wrong, a malformed and a foreign token', async () => {
    const wrong = await anonymous('surveys.respond', { token: 'A'.repeat(22), answers: answers() });
    const malformed = await anonymous('surveys.form', { token: 'inte-en-token' });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error!.data.code).toBe('NOT_FOUND');
    expect(malformed.body.error!.data.code).toBe('NOT_FOUND');
    expect(malformed.body.error!.message).toBe(wrong.body.error!.message);
  });

  it('needs the client header like every mutation', async () => {
    const res = await fetch(`${server.url}/trpc/surveys.respond`, {
      method: 'POST',
      body: JSON.stringify({ token: round.units[2]!.token, answers: answers() }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(403);
  });

  it('shows the coordinator who answered, the links again, and the results', async () => {
    await anonymous('surveys.respond', { token: round.units[2]!.token, answers: answers({ staff: 50, courseCompleted: 10, incidents: [] }) });
    const got = await coordinator.surveys.get.query({ id: round.id });
    expect(got.units.map((u) => [u.name, u.answered])).toEqual([
      ['Husby förskola', true],
      ['Kista fritidsgård', false],
      ['Rinkeby skola', true],
    ]);
    expect(got.units[1]!.link).toBe(round.units[1]!.link);
    const results = await coordinator.surveys.results.query({ id: round.id });
    // Two of three answered; staff 30 + 50 = 80; course 9 (corrected) + 10 = 19; incidents 2 (Husby) + 0.
    expect(results).toMatchObject({ units: 3, responded: 2, staff: 80, courseCompleted: 19 });
    expect(results.responseRate).toBeCloseTo(2 / 3, 10);
    expect(results.incidents.total).toBe(2);
    const list = await coordinator.surveys.list.query({ districtId: 'rinkeby-kista' });
    expect(list).toEqual([expect.objectContaining({ id: round.id, units: 3, responded: 2, open: true })]);
  });

  it('stores nothing about the answerer', async () => {
    const stored = await server.app.store.getSurvey(round.id);
    const unit = stored!.units[0]!;
    expect(Object.keys(unit.response!).sort()).toEqual(['answers', 'at']);
    const entries = (await server.app.store.auditLog()).filter((e) => e.recordType === 'survey' && e.procedure === 'surveys.respond');
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain('127.0.0.1');
  });

  it('is out of reach for a convener (FORBIDDEN) and another district’s coordinator', async () => {
    const convener = await signedIn('konvenor.bra');
    const other = await signedIn('samordnare.eav');
    expect((await failure(convener.surveys.list.query({ districtId: 'rinkeby-kista' }))).code).toBe('FORBIDDEN');
    expect((await failure(convener.surveys.get.query({ id: round.id }))).code).toBe('FORBIDDEN');
    expect((await failure(convener.surveys.create.mutate({ districtId: 'rinkeby-kista', year: year + 1, closesOn: addDays(opened, 3), units: [{ name: 'A-skolan' }] }))).code).toBe('FORBIDDEN');
    expect((await failure(other.surveys.create.mutate({ districtId: 'rinkeby-kista', year: year + 1, closesOn: addDays(opened, 3), units: [{ name: 'A-skolan' }] }))).code).toBe('FORBIDDEN');
    expect((await failure(other.surveys.list.query({ districtId: 'rinkeby-kista' }))).code).toBe('FORBIDDEN');
    // A round of another district is, like any record out of reach, not found.
    expect((await failure(other.surveys.results.query({ id: round.id }))).code).toBe('NOT_FOUND');
  });
});

describe('the closing day (moving clock)', () => {
  it('takes answers through the closing day in Stockholm, refuses them after, and the round can be extended', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const coordinator = world.as('coordinator');
    const round = await coordinator.surveys.create({ districtId: 'rinkeby-kista', year: 2026, closesOn: '2026-03-20', units: [{ name: 'Akalla skola' }] });
    const token = round.units[0]!.token;
    // Any caller reaches the anonymous procedures; the session plays no part.
    const unit = world.as('convener');
    world.clock.now = new Date('2026-03-20T22:59:00Z'); // 23:59 in Stockholm
    expect((await unit.surveys.respond({ token, answers: answers() })).correcting).toBe(false);
    world.clock.now = new Date('2026-03-20T23:00:00Z'); // midnight in Stockholm
    await expect(unit.surveys.respond({ token, answers: answers() })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('stängt') });
    expect((await unit.surveys.form({ token })).open).toBe(false);
    // A later closing day opens it again for corrections.
    await coordinator.surveys.update({ id: round.id, closesOn: '2026-03-27' });
    expect((await unit.surveys.respond({ token, answers: answers({ staff: 31 }) })).correcting).toBe(true);
    const grown = await coordinator.surveys.update({ id: round.id, addUnits: [{ name: 'Kista bibliotek', staff: 8 }] });
    expect(grown.units.map((u) => [u.name, u.answered])).toEqual([
      ['Akalla skola', true],
      ['Kista bibliotek', false],
    ]);
  });
});

