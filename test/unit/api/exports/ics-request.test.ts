// The calendar as a meeting request (issue 10), read back with ical.js as a
// calendar program would: method, organiser, attendees, sequence, UID, end.
import { describe, expect, it } from 'vitest';
import type { Forum, ForumMember, Meeting } from '../../../../api/domain/types.ts';
import { meetingView } from '../../../../api/exports/export-model.ts';
import { foldIcsLine, icsParamValue, meetingIcs } from '../../../../api/exports/ics.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';
import { parseCalendar } from '../../../fixtures/mail-parse.ts';

const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
const ORGANIZER = { name: 'Demo Sammankallande, BRÅ', email: 'sammankallande@rinkeby.example' };
const member = (id: string, name: string, email: string): ForumMember => ({ id, name, organisation: 'Polisen', role: 'Kommunpolis', email });

async function world() {
  // A week before the meeting, so every change below is allowed.
  const w = await callerWorld('2026-03-02T09:00:00.000Z');
  await w.store.updateForum(
    w.forums.bra.id,
    (f: Forum) => ({
      ...f,
      cadence: { ...f.cadence, durationMinutes: 90 },
      members: [
        member('m1', 'Anna "Polis" Andersson', 'anna.andersson@polisen.example'),
        member('m2', 'Bertil Berg', 'bertil.berg@stad.example'),
        // The same address again, in other case: one attendee.
        member('m3', 'Bertil B', 'Bertil.Berg@STAD.example'),
      ],
    }),
    SYSTEM,
  );
  const convener = w.as('convener');
  const meeting = await convener.meetings.create({ forumId: w.forums.bra.id, startsAt: '2026-03-10T13:00:00.000Z', location: 'Husby träff; lilla salen' });
  return { w, convener, meeting };
}

async function ics(w: Awaited<ReturnType<typeof callerWorld>>, meeting: Meeting, withOrganizer = true, sentBy?: string) {
  const forum = (await w.store.getForum(meeting.forumId))!;
  const stored = (await w.store.getMeeting(meeting.id))!;
  return meetingIcs(meetingView(stored, forum), { now: w.clock.now, baseUrl: 'https://vbe.test.example', organizer: withOrganizer ? ORGANIZER : undefined, sentBy });
}

describe('meeting request', () => {
  it('is a REQUEST with the convener as organiser and each member once as an attendee who is asked to answer', async () => {
    const { w, meeting } = await world();
    const cal = parseCalendar(await ics(w, meeting));
    expect(cal.method).toBe('REQUEST');
    expect(cal.status).toBe('CONFIRMED');
    expect(cal.sequence).toBe(0);
    expect(cal.uid).toBe(`${meeting.id}@vbe-stod`);
    expect(cal.organizer).toEqual({ email: ORGANIZER.email, cn: ORGANIZER.name });
    expect(cal.attendees.map((a) => a.email)).toEqual(['anna.andersson@polisen.example', 'bertil.berg@stad.example']);
    for (const a of cal.attendees) expect(a).toMatchObject({ rsvp: 'TRUE', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' });
    // A quote cannot be in a parameter value, even quoted: it is dropped.
    expect(cal.attendees[0]!.cn).toBe('Anna Polis Andersson');
    expect(cal.start).toBe('2026-03-10T13:00:00.000Z');
    // The forum's usual length, 90 minutes.
    expect(cal.end).toBe('2026-03-10T14:30:00.000Z');
    expect(cal.lastModified).toBe(new Date(meeting.updatedAt).toISOString().replace(/\.\d{3}Z$/, '.000Z'));
  });

  it('keeps its UID and raises SEQUENCE when the meeting moves, with the new times', async () => {
    const { w, convener, meeting } = await world();
    const before = parseCalendar(await ics(w, meeting));
    w.clock.now = new Date('2026-03-03T10:00:00.000Z');
    const moved = await convener.meetings.reschedule({ meetingId: meeting.id, startsAt: '2026-03-11T08:00:00.000Z' });
    const after = parseCalendar(await ics(w, moved));
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.method).toBe('REQUEST');
    expect(after.start).toBe('2026-03-11T08:00:00.000Z');
    expect(after.end).toBe('2026-03-11T09:30:00.000Z');
    expect(after.lastModified).toBe('2026-03-03T10:00:00.000Z');
  });

  it('is a CANCEL with STATUS:CANCELLED, the same UID and a higher sequence once cancelled', async () => {
    const { w, convener, meeting } = await world();
    const cancelled = await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Lokalen är inte tillgänglig' });
    const cal = parseCalendar(await ics(w, cancelled));
    expect(cal.method).toBe('CANCEL');
    expect(cal.status).toBe('CANCELLED');
    expect(cal.uid).toBe(`${meeting.id}@vbe-stod`);
    expect(cal.sequence).toBe(1);
    expect(cal.attendees).toHaveLength(2);
  });

  it('without any address to organise from, is a PUBLISH event with no organiser or attendees', async () => {
    const { w, meeting } = await world();
    const cal = parseCalendar(await ics(w, meeting, false));
    expect(cal.method).toBe('PUBLISH');
    expect(cal.organizer).toBeUndefined();
    expect(cal.attendees).toEqual([]);
  });

  it('without any member with an e-mail, is a PUBLISH event even with an organiser: a REQUEST or CANCEL needs attendees (RFC 5546)', async () => {
    const { w, convener, meeting } = await world();
    await w.store.updateForum(w.forums.bra.id, (f: Forum) => ({ ...f, members: [] }), SYSTEM);
    const cal = parseCalendar(await ics(w, meeting));
    expect(cal.method).toBe('PUBLISH');
    expect(cal.organizer).toBeUndefined();
    expect(cal.attendees).toEqual([]);
    const cancelled = await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Lokalen är inte tillgänglig' });
    expect(parseCalendar(await ics(w, cancelled)).method).toBe('PUBLISH');
  });

  it('names the sending mailbox as SENT-BY on ORGANIZER when it is not the organiser (RFC 5545 3.2.18)', async () => {
    const { w, meeting } = await world();
    const text = await ics(w, meeting, true, 'vbe@stad.example');
    expect(parseCalendar(text).organizer).toEqual({ email: ORGANIZER.email, cn: ORGANIZER.name, sentBy: 'vbe@stad.example' });
    expect(text.replace(/\r\n /g, '')).toContain(`ORGANIZER;CN="Demo Sammankallande, BRÅ";SENT-BY="mailto:vbe@stad.example":mailto:${ORGANIZER.email}`);
    expect(await ics(w, meeting)).not.toContain('SENT-BY');
  });

  it('invites the members kept at approval, not those of the forum today', async () => {
    const { w, convener, meeting } = await world();
    w.clock.now = new Date('2026-03-10T15:00:00.000Z');
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    const saved = await convener.minutes.saveItem({ meetingId: meeting.id, itemId: vbe.id, text: 'Inget nytt.', vbe: { status: 'nothing-to-report', observations: [], actions: [] } });
    const approved = await convener.minutes.approve({ meetingId: meeting.id, approvers: ['Anna Andersson'], version: saved.history.at(-1)!.version });
    await w.store.updateForum(w.forums.bra.id, (f: Forum) => ({ ...f, members: [member('m9', 'Ny Medlem', 'ny@stad.example')] }), SYSTEM);
    const cal = parseCalendar(await ics(w, approved));
    expect(cal.attendees.map((a) => a.email)).toEqual(['anna.andersson@polisen.example', 'bertil.berg@stad.example']);
  });

  it('quotes parameter values with separators and folds long lines at 75 octets', async () => {
    expect(icsParamValue('Berg, Bertil')).toBe('"Berg, Bertil"');
    expect(icsParamValue('Anna "A" Andersson')).toBe('Anna A Andersson');
    const { w, meeting } = await world();
    const text = await ics(w, meeting);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('ORGANIZER;CN="Demo Sammankallande, BRÅ":mailto:');
    expect(foldIcsLine('x'.repeat(80)).split('\r\n')).toHaveLength(2);
  });
});
