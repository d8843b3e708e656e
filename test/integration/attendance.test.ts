// Members, attendance, actions on any item, outcomes of carried actions and
// the justerare among those present, over real HTTP. Meetings are in 2025,
// so they have started whatever today's date is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, failure, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, type TestServer } from '../fixtures/api/server.ts';

let server: TestServer;
let convener: ApiClient;
let otherConvener: ApiClient;
let coordinator: ApiClient;

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

const MEMBERS = [
  { name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'karin.lindberg@polisen.se' },
  { name: 'Ahmed Hassan', organisation: 'Stadsdelsförvaltningen', role: 'Lokal samordnare', email: 'ahmed.hassan@stockholm.se' },
  { name: 'Eva Ström', organisation: 'Skolan', role: 'Rektor', email: 'eva.strom@stockholm.se' },
];

describe('forum members', () => {
  it('lets the forum’s convener and the district’s coordinator set members, keeping ids on edit', async () => {
    const forumId = server.forums.bra.id;
    const set = await convener.forums.update.mutate({ id: forumId, members: MEMBERS });
    expect(set.members?.map((m) => m.name)).toEqual(MEMBERS.map((m) => m.name));
    const ids = set.members!.map((m) => m.id);
    const edited = await coordinator.forums.update.mutate({ id: forumId, members: set.members!.map((m) => ({ ...m, role: `${m.role} ` })) });
    expect(edited.members!.map((m) => m.id)).toEqual(ids);
    expect((await convener.forums.get.query({ id: forumId })).members).toHaveLength(3);
  });

  it('refuses another forum’s convener, a bad address and personal data in a role', async () => {
    const forumId = server.forums.bra.id;
    expect((await failure(otherConvener.forums.update.mutate({ id: forumId, members: MEMBERS }))).code).toBe('NOT_FOUND');
    const bad = await failure(convener.forums.update.mutate({ id: forumId, members: [{ ...MEMBERS[0]!, email: 'inte-en-adress' }] }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields[0]?.field).toBe('members.0.email');
    expect(bad.message).toMatch(/Medlem 1: e-post/);
    const guarded = await failure(convener.forums.update.mutate({ id: forumId, members: [{ ...MEMBERS[0]!, role: 'Ring 070-123 45 67' }] }));
    expect(guarded.fields[0]?.field).toBe('members.0.role');
  });
});

describe('attendance and approval', () => {
  it('sets attendance and picks the justerare among those present', async () => {
    const forum = await convener.forums.update.mutate({ id: server.forums.bra.id, members: MEMBERS });
    const [karin, ahmed, eva] = forum.members!;
    const meeting = await convener.meetings.create.mutate({ forumId: forum.id, startsAt: '2025-03-04T14:00:00+01:00' });

    const both = await failure(convener.meetings.setAttendance.mutate({ meetingId: meeting.id, present: [karin!.id], apologies: [karin!.id] }));
    expect(both.code).toBe('BAD_REQUEST');
    expect(both.fields[0]?.field).toBe('apologies.0');
    const stranger = await failure(convener.meetings.setAttendance.mutate({ meetingId: meeting.id, present: ['okänd'] }));
    expect(stranger.fields[0]?.field).toBe('present.0');
    const guestPhone = await failure(
      convener.meetings.setAttendance.mutate({ meetingId: meeting.id, guests: [{ name: 'Olle Berg', organisation: 'Fryshuset', role: 'tel 123 45 67' }] }),
    );
    expect(guestPhone.fields[0]?.field).toBe('guests.0.role');
    expect((await failure(otherConvener.meetings.setAttendance.mutate({ meetingId: meeting.id, present: [] }))).code).toBe('NOT_FOUND');

    const attended = await convener.meetings.setAttendance.mutate({
      meetingId: meeting.id,
      present: [karin!.id, ahmed!.id],
      apologies: [eva!.id],
      guests: [{ name: 'Olle Berg', organisation: 'Fryshuset' }],
      chair: karin!.id,
      secretary: 'Olle Berg',
    });
    expect(attended.attendance).toEqual({
      present: [karin!.id, ahmed!.id],
      apologies: [eva!.id],
      guests: [{ name: 'Olle Berg', organisation: 'Fryshuset' }],
      chair: karin!.id,
      secretary: 'Olle Berg',
    });

    const vbe = attended.agenda.find((i) => i.kind === 'vbe')!;
    const saved = await convener.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: vbe.id, vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
    const version = saved.history.at(-1)!.version;
    const absent = await failure(convener.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Karin Lindberg', 'Eva Ström'], version }));
    expect(absent.code).toBe('BAD_REQUEST');
    expect(absent.fields[0]?.field).toBe('approvers.1');
    expect(absent.message).toMatch(/närvarande/);
    const approved = await convener.minutes.approve.mutate({ meetingId: meeting.id, approvers: ['Karin Lindberg', 'Olle Berg'], version });
    expect(approved.status).toBe('approved');

    const locked = await failure(convener.meetings.setAttendance.mutate({ meetingId: meeting.id, present: [karin!.id] }));
    expect(locked.code).toBe('CONFLICT');
  });
});

describe('actions on any item and their outcomes', () => {
  it('records actions on a topic item, carries them, and records what became of them', async () => {
    const forumId = server.forums.bra.id;
    const first = await convener.meetings.create.mutate({ forumId, startsAt: '2025-05-06T14:00:00+02:00' });
    const topic = first.agenda.find((i) => i.kind === 'topic' || i.kind === 'other-business')!;
    const withActions = await convener.minutes.saveItem.mutate({
      meetingId: first.id,
      itemId: topic.id,
      actions: [
        { text: 'Bjud in skolan', owner: 'Rektor', due: '2025-06-01' },
        { text: 'Se över belysningen', owner: 'Fastighetsägaren', due: '2025-06-01' },
      ],
    });
    const [invite, light] = withActions.minutes[topic.id]!.actions!;
    const vbeItem = first.agenda.find((i) => i.kind === 'vbe')!;
    const onVbe = await failure(convener.minutes.saveItem.mutate({ meetingId: first.id, itemId: vbeItem.id, actions: [] }));
    expect(onVbe.fields[0]?.field).toBe('actions');

    const listed = await convener.actions.list.query({ forumId, status: 'open' });
    expect(listed.filter((a) => a.meetingId === first.id).map((a) => [a.text, a.onVbeItem])).toEqual([
      ['Bjud in skolan', false],
      ['Se över belysningen', false],
    ]);
    await convener.actions.complete.mutate({ meetingId: first.id, actionId: light!.id });

    const second = await convener.meetings.create.mutate({ forumId, startsAt: '2025-06-10T14:00:00+02:00' });
    const followUp = second.agenda.find((i) => i.kind === 'follow-up')!;
    expect(followUp.carriedActions?.filter((c) => c.meetingId === first.id).map((c) => c.text)).toEqual(['Bjud in skolan']);

    const wrong = await failure(
      convener.minutes.saveItem.mutate({ meetingId: second.id, itemId: followUp.id, carriedOutcomes: [{ meetingId: first.id, actionId: light!.id, outcome: 'done' }] }),
    );
    expect(wrong.fields[0]?.field).toBe('carriedOutcomes.0.actionId');
    const noted = await convener.minutes.saveItem.mutate({
      meetingId: second.id,
      itemId: followUp.id,
      carriedOutcomes: [{ meetingId: first.id, actionId: invite!.id, outcome: 'done', note: 'Skolan deltog i juni' }],
    });
    expect(noted.minutes[followUp.id]!.carriedOutcomes).toEqual([{ meetingId: first.id, actionId: invite!.id, outcome: 'done', note: 'Skolan deltog i juni' }]);
    const listedAgain = await coordinator.actions.list.query({ forumId, status: 'all' });
    expect(listedAgain.find((a) => a.id === invite!.id)?.outcome).toMatchObject({ outcome: 'done', recordedIn: second.id });

    // Recorded as done in a protocol: not carried to the next meeting.
    const third = await convener.meetings.create.mutate({ forumId, startsAt: '2025-08-12T14:00:00+02:00' });
    expect(third.agenda.find((i) => i.kind === 'follow-up')?.carriedActions?.some((c) => c.actionId === invite!.id) ?? false).toBe(false);
  });
});
