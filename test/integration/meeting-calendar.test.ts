// Moving and cancelling meetings over real HTTP and the real (lowdb) store:
// a move across New Year changes the meeting's year file and survives a
// restart. Nothing here depends on today's date: creating, moving and
// cancelling are allowed at any time before approval.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

let server: TestServer;
let convener: ApiClient;

async function signedIn(username: string): Promise<ApiClient> {
  const client = apiClient(server.url);
  await client.auth.login.mutate({ username, password: PASSWORD });
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  convener = await signedIn('konvenor.bra');
});

afterAll(async () => {
  await server?.stop();
});

const yearFile = async (year: number) => {
  const file = path.join(server.dataDir, 'meetings', 'rinkeby-kista', server.forums.bra.id, `${year}.json`);
  return ((JSON.parse(await readFile(file, 'utf8')) as { meetings: { id: string }[] }).meetings ?? []).map((m) => m.id);
};

describe('meetings.reschedule and meetings.cancel over HTTP', () => {
  it('moves a meeting across New Year into the next year file, refuses a same-day clash, and keeps it through a restart', async () => {
    const forumId = server.forums.bra.id;
    const m = await convener.meetings.create.mutate({ forumId, startsAt: '2040-12-28T14:00:00+01:00', location: 'Kista träff' });
    const other = await convener.meetings.create.mutate({ forumId, startsAt: '2041-01-08T09:00:00+01:00' });
    expect((await failure(convener.meetings.create.mutate({ forumId, startsAt: '2041-01-08T18:00:00+01:00' }))).code).toBe('CONFLICT');

    const moved = await convener.meetings.reschedule.mutate({ meetingId: m.id, startsAt: '2041-01-04T14:00:00+01:00' });
    expect(moved).toMatchObject({ startsAt: '2041-01-04T13:00:00.000Z', location: 'Kista träff', status: 'planned' });
    expect(await yearFile(2040)).not.toContain(m.id);
    expect(await yearFile(2041)).toEqual(expect.arrayContaining([m.id, other.id]));
    const clash = await failure(convener.meetings.reschedule.mutate({ meetingId: m.id, startsAt: '2041-01-08T15:00:00+01:00' }));
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toMatch(/redan ett möte samma dag/);

    const cancelled = await convener.meetings.cancel.mutate({ meetingId: other.id, reason: 'Lokalen är inte tillgänglig' });
    expect(cancelled.status).toBe('cancelled');
    const refused = await failure(convener.meetings.cancel.mutate({ meetingId: m.id, reason: 'Ring 070-123 45 67' }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fields.map((f) => f.field)).toEqual(['reason']);

    await server.app.close();
    server = await startTestServer(server.dataDir);
    convener = await signedIn('konvenor.bra');
    expect((await convener.meetings.get.query({ id: m.id })).startsAt).toBe('2041-01-04T13:00:00.000Z');
    const listed = await convener.meetings.list.query({ forumId, from: '2041-01-01T00:00:00Z' });
    expect(listed.map((x) => [x.id, x.status])).toEqual([
      [m.id, 'planned'],
      [other.id, 'cancelled'],
    ]);
    expect(listed[1]!.cancellation?.reason).toBe('Lokalen är inte tillgänglig');
  });
});
