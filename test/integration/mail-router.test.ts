// mail.status and mail.send over the routers with a moving clock, sending
// through a real SMTP server on loopback; what arrives is parsed back with
// mailparser and ical.js. The HTTP side (.eml downloads, a real server) is
// in mail.test.ts.
import { createServer } from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Forum, ForumMember, Meeting } from '../../api/domain/types.ts';
import { withMailing } from '../../api/domain/mailings.ts';
import { smtpTransport, type MailService } from '../../api/mail/transport.ts';
import { SENT_NOT_RECORDED } from '../../api/routers/mail.ts';
import { callerWorld, type Caller, type CallerWorld } from '../fixtures/api/caller.ts';
import { docxText } from '../fixtures/docx-text.ts';
import { parseMessage } from '../fixtures/mail-parse.ts';
import { startTestSmtp, type TestSmtp } from '../fixtures/smtp.ts';

const SYSTEM = { actorId: 'test', procedure: 'test.fixture' };
const CONVENER_EMAIL = 'sammankallande.rk@rinkeby-kista.example';
const MEMBERS: ForumMember[] = [
  { id: 'm1', name: 'Anna Andersson', organisation: 'Polisen', role: 'Kommunpolis', email: 'anna.andersson@polisen.example' },
  { id: 'm2', name: 'Bertil Berg', organisation: 'Skolan', role: 'Rektor', email: 'bertil.berg@skola.example' },
];

let smtp: TestSmtp;
let mail: MailService;

beforeAll(async () => {
  smtp = await startTestSmtp();
  mail = { transport: nodemailer.createTransport(smtp.url), from: 'Kunskapsbanken VBE <vbe@stad.example>', publicUrl: 'https://vbe.test.example' };
});
afterAll(async () => {
  await smtp?.close();
});

/** A world a week before a meeting of the BRÅ forum, whose members have e-mail and whose convener has set theirs. */
async function world(options: { mail?: MailService | null; convenerEmail?: boolean; members?: ForumMember[] } = {}) {
  const w = await callerWorld('2026-03-02T09:00:00.000Z', { mail: options.mail === null ? undefined : (options.mail ?? mail) });
  await w.store.updateForum(w.forums.bra.id, (f: Forum) => ({ ...f, members: options.members ?? MEMBERS }), SYSTEM);
  const convener = w.as('convener');
  if (options.convenerEmail !== false) await convener.auth.setEmail({ email: CONVENER_EMAIL });
  const meeting = await convener.meetings.create({ forumId: w.forums.bra.id, startsAt: '2026-03-10T13:00:00.000Z', location: 'Husby träff' });
  return { w, convener, meeting };
}

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (err) {
    const e = err as { code: string; message: string; cause?: { field?: string } };
    return { code: e.code, message: e.message, field: e.cause?.field };
  }
  throw new Error('Anropet lyckades men skulle ha misslyckats.');
}

async function sendAndReceive(caller: Caller, meetingId: string, kind: 'agenda' | 'cancellation' | 'minutes') {
  const before = smtp.messages.length;
  const result = await caller.mail.send({ meetingId, kind });
  const [received] = (await smtp.received(before + 1)).slice(before);
  return { result, received: received!, parsed: await parseMessage(received!.raw) };
}

async function approve(w: CallerWorld, convener: Caller, meeting: Meeting): Promise<Meeting> {
  w.clock.now = new Date(Date.parse(meeting.startsAt) + 3 * 3_600_000);
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
  const saved = await convener.minutes.saveItem({
    meetingId: meeting.id,
    itemId: vbe.id,
    text: 'Polisen redogjorde för läget.',
    vbe: { status: 'nothing-to-report', observations: [], actions: [] },
  });
  return convener.minutes.approve({ meetingId: meeting.id, approvers: ['Anna Andersson'], version: saved.history.at(-1)!.version });
}

describe('mail.status', () => {
  it('offers the agenda with its subject and .eml file before the meeting, and says SMTP is set up', async () => {
    const { convener, meeting } = await world();
    const status = await convener.mail.status({ meetingId: meeting.id });
    expect(status).toEqual({
      smtp: true,
      senderEmail: CONVENER_EMAIL,
      recipients: 2,
      offers: [{ kind: 'agenda', subject: 'Kallelse: BRÅ Rinkeby-Kista tis 10 mars 2026 kl. 14.00', eml: `/export/mote/${meeting.id}/kallelse.eml`, update: false }],
      mailings: [],
    });
  });

  it('without SMTP says so, and still offers the .eml file', async () => {
    const { convener, meeting } = await world({ mail: null });
    const status = await convener.mail.status({ meetingId: meeting.id });
    expect(status.smtp).toBe(false);
    expect(status.offers.map((o) => o.eml)).toEqual([`/export/mote/${meeting.id}/kallelse.eml`]);
  });

  it('is refused like meetings.get to someone without reach to the forum', async () => {
    const { w, meeting } = await world();
    expect((await refusal(w.as('otherConvener').mail.status({ meetingId: meeting.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(w.as('otherConvener').mail.send({ meetingId: meeting.id, kind: 'agenda' }))).code).toBe('NOT_FOUND');
  });
});

describe('mail.send', () => {
  it('sends the agenda with a meeting request to the members, replies to the convener, and records how many it went to', async () => {
    const { w, convener, meeting } = await world();
    const { result, received, parsed } = await sendAndReceive(convener, meeting.id, 'agenda');
    expect(received.rcptTo.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    expect(received.mailFrom).toBe('vbe@stad.example');
    expect(parsed.from).toEqual({ name: 'Demo convener via Kunskapsbanken VBE', address: 'vbe@stad.example' });
    expect(parsed.replyTo).toEqual([CONVENER_EMAIL]);
    expect(parsed.to.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    expect(parsed.subject).toBe('Kallelse: BRÅ Rinkeby-Kista tis 10 mars 2026 kl. 14.00');
    expect(parsed.text).toContain('Tid: tis 10 mars 2026 kl. 14.00');
    expect(parsed.text).toContain('Plats: Husby träff');
    expect(parsed.text).toMatch(/Dagordning:\n1\. .+\n2\. /);
    expect(parsed.text).toContain(`https://vbe.test.example/arbetsyta/mote/?id=${meeting.id}`);
    // No draft marker on a message actually sent.
    expect(parsed.headers.has('x-unsent')).toBe(false);

    const cal = parsed.calendar!;
    expect(cal.method).toBe('REQUEST');
    expect(parsed.calendarMethodParam).toBe('REQUEST');
    // The service's mailbox sends on the organiser's behalf.
    expect(cal.organizer).toMatchObject({ email: CONVENER_EMAIL, sentBy: 'vbe@stad.example' });
    expect(cal.attendees.map((a) => [a.email, a.rsvp])).toEqual(MEMBERS.map((m) => [m.email, 'TRUE']));
    expect(cal.sequence).toBe(0);
    expect(parsed.attachments.some((a) => a.filename === 'inbjudan.ics')).toBe(true);

    expect(result.mailing).toEqual({ at: w.clock.now.toISOString(), by: 'convener', kind: 'agenda', recipients: 2, sequence: 0 });
    const stored = (await w.store.getMeeting(meeting.id))!;
    expect(stored.mailings).toEqual([result.mailing]);
    // A sending changes nothing a calendar reads.
    expect(stored.updatedAt).toBe(meeting.updatedAt);
    const status = await convener.mail.status({ meetingId: meeting.id });
    expect(status.mailings).toEqual([{ at: result.mailing.at, kind: 'agenda', recipients: 2, sequence: 0, byName: 'Demo convener' }]);

    // The sending is audited by ids; the meeting's record keeps how many, never to whom.
    const log = await w.store.auditLog();
    expect(log.at(-1)).toMatchObject({ actorId: 'convener', procedure: 'mail.send', recordType: 'meeting', recordId: meeting.id });
    expect(JSON.stringify(stored.mailings)).not.toContain('@');
    expect(JSON.stringify(await w.store.listMeetings({}))).not.toContain('@');
  });

  it('after a move offers and sends an update with the same UID and a higher sequence; after cancelling, a CANCEL', async () => {
    const { w, convener, meeting } = await world();
    const first = await sendAndReceive(convener, meeting.id, 'agenda');
    w.clock.now = new Date('2026-03-03T09:00:00.000Z');
    await convener.meetings.reschedule({ meetingId: meeting.id, startsAt: '2026-03-11T13:00:00.000Z' });
    const offer = (await convener.mail.status({ meetingId: meeting.id })).offers[0]!;
    expect(offer).toMatchObject({ kind: 'agenda', update: true, subject: 'Ändrad kallelse: BRÅ Rinkeby-Kista ons 11 mars 2026 kl. 14.00' });
    const update = await sendAndReceive(convener, meeting.id, 'agenda');
    expect(update.parsed.subject).toBe(offer.subject);
    expect(update.parsed.calendar!.uid).toBe(first.parsed.calendar!.uid);
    expect(update.parsed.calendar!.sequence).toBe(1);
    expect(update.parsed.calendar!.start).toBe('2026-03-11T13:00:00.000Z');
    expect(update.result.mailing.sequence).toBe(1);

    await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Lokalen är inte tillgänglig' });
    const status = await convener.mail.status({ meetingId: meeting.id });
    expect(status.offers.map((o) => [o.kind, o.eml])).toEqual([['cancellation', `/export/mote/${meeting.id}/installt.eml`]]);
    const cancel = await sendAndReceive(convener, meeting.id, 'cancellation');
    expect(cancel.parsed.subject).toBe('Inställt: BRÅ Rinkeby-Kista ons 11 mars 2026 kl. 14.00');
    expect(cancel.parsed.text).toContain('Anledning: Lokalen är inte tillgänglig');
    expect(cancel.parsed.calendar).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: first.parsed.calendar!.uid, sequence: 2 });
    expect(cancel.parsed.calendarMethodParam).toBe('CANCEL');
  });

  it('sends the approved minutes with the Word file to the members kept at approval', async () => {
    const { w, convener, meeting } = await world();
    expect(await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'minutes' }))).toMatchObject({ code: 'CONFLICT', message: 'Protokollet är inte justerat än.' });
    await approve(w, convener, meeting);
    // A member added after approval is not among the recipients.
    await w.store.updateForum(w.forums.bra.id, (f: Forum) => ({ ...f, members: [...MEMBERS, { id: 'm3', name: 'Ny', organisation: 'X', role: 'Y', email: 'ny@stad.example' }] }), SYSTEM);
    const { parsed, received, result } = await sendAndReceive(convener, meeting.id, 'minutes');
    expect(received.rcptTo.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    expect(parsed.subject).toBe('Protokoll: BRÅ Rinkeby-Kista tis 10 mars 2026 kl. 14.00');
    expect(parsed.calendar).toBeUndefined();
    const docx = parsed.attachments.find((a) => a.filename?.endsWith('.docx'))!;
    expect(docx.filename).toBe('protokoll-brå-rinkeby-kista-2026-03-10.docx');
    expect(docxText(docx.content)).toContain('Polisen redogjorde för läget.');
    expect(result.mailing).toMatchObject({ kind: 'minutes', recipients: 2 });
    expect(result.mailing.sequence).toBeUndefined();
  });

  it('refuses a kind not offered now, and the agenda of approved or cancelled meetings', async () => {
    const { convener, meeting } = await world();
    expect(await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'cancellation' }))).toMatchObject({ code: 'CONFLICT', message: 'Mötet är inte inställt.' });
    await convener.meetings.cancel({ meetingId: meeting.id, reason: 'Lokalen är inte tillgänglig' });
    expect((await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }))).code).toBe('CONFLICT');
  });

  it('without SMTP refuses and points to the .eml file', async () => {
    const { convener, meeting } = await world({ mail: null });
    const r = await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }));
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toMatch(/SMTP_URL.*\.eml/);
  });

  it('refuses a sender without e-mail (senderEmail) and a forum without addresses (recipients)', async () => {
    const noSender = await world({ convenerEmail: false });
    expect(await refusal(noSender.convener.mail.send({ meetingId: noSender.meeting.id, kind: 'agenda' }))).toMatchObject({ code: 'BAD_REQUEST', field: 'senderEmail' });
    const noMembers = await world({ members: [] });
    const r = await refusal(noMembers.convener.mail.send({ meetingId: noMembers.meeting.id, kind: 'agenda' }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', field: 'recipients' });
    expect(r.message).toMatch(/^Forumet har inga medlemmar med e-postadress/);
    expect(await noMembers.w.store.getMeeting(noMembers.meeting.id)).not.toHaveProperty('mailings');
  });

  it(`allows five sendings per meeting in a rolling hour`, async () => {
    const { w, convener, meeting } = await world();
    for (let i = 0; i < 5; i++) {
      await convener.mail.send({ meetingId: meeting.id, kind: 'agenda' });
      w.clock.now = new Date(w.clock.now.getTime() + 5 * 60_000);
    }
    const r = await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }));
    expect(r.code).toBe('TOO_MANY_REQUESTS');
    expect(r.message).toMatch(/Försök igen om 35 minuter/);
    // An hour after the first, one more is allowed.
    w.clock.now = new Date(Date.parse('2026-03-02T09:00:00.000Z') + 60 * 60_000 + 1000);
    await convener.mail.send({ meetingId: meeting.id, kind: 'agenda' });
    expect((await w.store.getMeeting(meeting.id))!.mailings).toHaveLength(6);
  });

  it('when the SMTP server refuses, records nothing and says so in Swedish without an address', async () => {
    const { w, convener, meeting } = await world();
    smtp.reject = true;
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const r = await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }));
      expect(r.code).toBe('SERVICE_UNAVAILABLE');
      expect(r.message).toMatch(/^E-postservern tog inte emot meddelandet/);
      expect(r.message).not.toContain('@');
    } finally {
      smtp.reject = false;
      console.error = original;
    }
    expect(JSON.stringify(errors)).not.toContain('@');
    expect((await w.store.getMeeting(meeting.id))!.mailings).toBeUndefined();
    expect((await w.store.auditLog()).some((e) => e.procedure === 'mail.send')).toBe(false);
  });
});

it('counts only the recipients the relay took', async () => {
  const { w, convener, meeting } = await world();
  smtp.refusedRecipients.add(MEMBERS[1]!.email);
  try {
    const { result, received } = await sendAndReceive(convener, meeting.id, 'agenda');
    expect(received.rcptTo).toEqual([MEMBERS[0]!.email]);
    expect(result.mailing.recipients).toBe(1);
    expect((await w.store.getMeeting(meeting.id))!.mailings![0]!.recipients).toBe(1);
  } finally {
    smtp.refusedRecipients.clear();
  }
});

it('a relay that cannot be reached is the same clear refusal, and nothing is recorded', async () => {
  // A port that was just free: nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const { w, convener, meeting } = await world({ mail: { transport: smtpTransport(`smtp://127.0.0.1:${port}`), from: 'vbe@stad.example' } });
  const original = console.error;
  console.error = () => {};
  try {
    const r = await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }));
    expect(r.code).toBe('SERVICE_UNAVAILABLE');
  } finally {
    console.error = original;
  }
  expect((await w.store.getMeeting(meeting.id))!.mailings).toBeUndefined();
});

describe('the organiser and the lock', () => {
  it('stays the convener who sent the first invitation when a coordinator sends the update', async () => {
    const { w, convener, meeting } = await world();
    await sendAndReceive(convener, meeting.id, 'agenda');
    const coordinator = w.as('coordinator');
    await coordinator.auth.setEmail({ email: 'samordnare.rk@rinkeby-kista.example' });
    w.clock.now = new Date('2026-03-03T09:00:00.000Z');
    await coordinator.meetings.reschedule({ meetingId: meeting.id, startsAt: '2026-03-11T13:00:00.000Z' });
    const update = await sendAndReceive(coordinator, meeting.id, 'agenda');
    expect(update.parsed.from).toEqual({ name: 'Demo coordinator via Kunskapsbanken VBE', address: 'vbe@stad.example' });
    expect(update.parsed.replyTo).toEqual([CONVENER_EMAIL]);
    expect(update.parsed.calendar!.organizer).toEqual({ email: CONVENER_EMAIL, cn: 'Demo convener', sentBy: 'vbe@stad.example' });
    expect(update.result.mailing.by).toBe('coordinator');
  });

  it('re-reads the meeting under the lock: a sending recorded after the request loaded it counts against the limit', async () => {
    const { w, convener, meeting } = await world();
    for (let i = 0; i < 4; i++) await convener.mail.send({ meetingId: meeting.id, kind: 'agenda' });
    // The request's middleware gets the meeting as it was; meanwhile a fifth sending is recorded.
    const getMeeting = w.store.getMeeting.bind(w.store);
    let first = true;
    w.store.getMeeting = async (id: string) => {
      const found = await getMeeting(id);
      if (first && id === meeting.id) {
        first = false;
        await w.store.updateMeeting(id, (m) => withMailing(m, { at: w.clock.now.toISOString(), by: 'convener', kind: 'agenda', recipients: 2, sequence: 0 }), SYSTEM);
      }
      return found;
    };
    const before = smtp.messages.length;
    try {
      expect((await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }))).code).toBe('TOO_MANY_REQUESTS');
    } finally {
      w.store.getMeeting = getMeeting;
    }
    expect(first).toBe(false);
    expect(smtp.messages.length).toBe(before);
    expect((await w.store.getMeeting(meeting.id))!.mailings).toHaveLength(5);
  });

  it('when the message went out but cannot be recorded, says it was sent so nobody sends it again', async () => {
    const { w, convener, meeting } = await world();
    const updateMeeting = w.store.updateMeeting;
    w.store.updateMeeting = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write /data/meetings/x.json'), { code: 'ENOSPC' });
    };
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const before = smtp.messages.length;
    let r: Awaited<ReturnType<typeof refusal>>;
    try {
      r = await refusal(convener.mail.send({ meetingId: meeting.id, kind: 'agenda' }));
    } finally {
      w.store.updateMeeting = updateMeeting;
      console.error = original;
    }
    // The members have it.
    const received = (await smtp.received(before + 1))[before]!;
    expect(received.rcptTo.sort()).toEqual(MEMBERS.map((m) => m.email).sort());
    expect(r.code).toBe('SERVICE_UNAVAILABLE');
    expect(r.message).toBe(SENT_NOT_RECORDED);
    expect(r.message).toMatch(/skickades.*Skicka det inte igen/);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]![0])).toMatch(/skickades men kunde inte sparas: ENOSPC$/);
    expect(JSON.stringify(errors)).not.toContain('@');
    expect((await w.store.getMeeting(meeting.id))!.mailings).toBeUndefined();
  });
});

describe('auth.setEmail', () => {
  it('takes and refuses the same addresses as a forum member\'s (one check, isWorkEmail)', async () => {
    const { w } = await world({ convenerEmail: false });
    const convener = w.as('convener');
    const member = (email: string) => ({ name: 'Åsa Ek', organisation: 'Skolan', role: 'Rektor', email });
    for (const ok of ['åsa.ek@skola.example', "o'brien@skola.example"]) {
      expect((await convener.auth.setEmail({ email: ok })).account.email).toBe(ok);
      const forum = await convener.forums.update({ id: w.forums.bra.id, members: [member(ok)] });
      expect(forum.members!.map((m) => m.email)).toEqual([ok]);
    }
    for (const bad of ['asa@skola.example;bertil@skola.example', 'Åsa <asa@skola.example>', 'asa@skola']) {
      expect((await refusal(convener.auth.setEmail({ email: bad }))).code).toBe('BAD_REQUEST');
      expect((await refusal(convener.forums.update({ id: w.forums.bra.id, members: [member(bad)] }))).code).toBe('BAD_REQUEST');
    }
  });

  it('sets, checks and removes the work e-mail', async () => {
    const { w } = await world({ convenerEmail: false });
    const convener = w.as('convener');
    expect((await convener.auth.setEmail({ email: ' ny.adress@stad.example ' })).account.email).toBe('ny.adress@stad.example');
    expect((await convener.auth.me()).account?.email).toBe('ny.adress@stad.example');
    const bad = await refusal(convener.auth.setEmail({ email: 'inte en adress' }));
    expect(bad.code).toBe('BAD_REQUEST');
    // The label ("E-post: …") is added by the HTTP error formatter, tested in mail.test.ts.
    expect(bad.message).toContain('Ange en giltig e-postadress i tjänsten.');
    const removed = await convener.auth.setEmail({ email: '' });
    expect(removed.account).not.toHaveProperty('email');
    expect(removed.account).not.toHaveProperty('passwordHash');
    expect((await w.store.getAccount('convener'))!).not.toHaveProperty('email');
    expect((await w.store.auditLog()).filter((e) => e.procedure === 'auth.setEmail' && e.recordId === 'convener')).toHaveLength(2);
  });
});
