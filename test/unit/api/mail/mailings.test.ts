// The mail rules (api/domain/mailings.ts): what is offered when, updates,
// recipients, and the rate limit against an injected clock.
import { describe, expect, it } from 'vitest';
import type { MailingKind } from '../../../../api/domain/codes.ts';
import {
  addressedMembers,
  firstInviterId,
  isUpdate,
  MAILINGS_PER_HOUR,
  mailingSequence,
  mailingWait,
  meetingOrganizer,
  notOfferedReason,
  offeredKinds,
  recipientMembers,
  sentByOf,
  withMailing,
} from '../../../../api/domain/mailings.ts';
import type { Mailing, Meeting } from '../../../../api/domain/types.ts';

const sent = (at: string, kind: MailingKind = 'agenda', sequence?: number): Mailing => ({ at, by: 'a1', kind, recipients: 3, ...(sequence !== undefined ? { sequence } : {}) });

describe('offers', () => {
  it('offers the agenda while planned or held, the cancellation once cancelled, the minutes once approved', () => {
    expect(offeredKinds({ status: 'planned' })).toEqual(['agenda']);
    expect(offeredKinds({ status: 'held' })).toEqual(['agenda']);
    expect(offeredKinds({ status: 'cancelled' })).toEqual(['cancellation']);
    expect(offeredKinds({ status: 'approved' })).toEqual(['minutes']);
  });

  it('says in Swedish why a kind is not offered', () => {
    expect(notOfferedReason({ status: 'held' }, 'minutes')).toBe('Protokollet är inte justerat än.');
    expect(notOfferedReason({ status: 'planned' }, 'cancellation')).toBe('Mötet är inte inställt.');
    expect(notOfferedReason({ status: 'approved' }, 'agenda')).toMatch(/justerat/);
    expect(notOfferedReason({ status: 'cancelled' }, 'agenda')).toMatch(/inställt/);
    expect(notOfferedReason({ status: 'planned' }, 'agenda')).toBeUndefined();
  });
});

describe('updates and sequence', () => {
  it('an invitation is an update once one was sent with a lower sequence', () => {
    expect(isUpdate({ sequence: 0, mailings: [] }, 'agenda')).toBe(false);
    expect(isUpdate({ sequence: 0, mailings: [sent('2026-03-01T10:00:00Z', 'agenda', 0)] }, 'agenda')).toBe(false);
    expect(isUpdate({ sequence: 1, mailings: [sent('2026-03-01T10:00:00Z', 'agenda', 0)] }, 'agenda')).toBe(true);
    // Another kind does not count.
    expect(isUpdate({ sequence: 1, mailings: [sent('2026-03-01T10:00:00Z', 'agenda', 0)] }, 'cancellation')).toBe(false);
  });

  it('minutes are an update when sent before the latest approval (reopened and approved again)', () => {
    const approval = { at: '2026-03-05T10:00:00Z', by: 'a1', approvers: [] };
    expect(isUpdate({ approval, mailings: [sent('2026-03-04T10:00:00Z', 'minutes')] }, 'minutes')).toBe(true);
    expect(isUpdate({ approval, mailings: [sent('2026-03-06T10:00:00Z', 'minutes')] }, 'minutes')).toBe(false);
  });

  it('invitations and cancellations carry the sequence, minutes none', () => {
    expect(mailingSequence({}, 'agenda')).toBe(0);
    expect(mailingSequence({ sequence: 2 }, 'cancellation')).toBe(2);
    expect(mailingSequence({ sequence: 2 }, 'minutes')).toBeUndefined();
  });

  it('records a sending without touching anything else', () => {
    const meeting = { id: 'm1', updatedAt: '2026-03-01T00:00:00Z', mailings: [sent('2026-03-01T10:00:00Z')] } as unknown as Meeting;
    const next = withMailing(meeting, sent('2026-03-02T10:00:00Z'));
    expect(next.mailings).toHaveLength(2);
    expect(next.updatedAt).toBe(meeting.updatedAt);
    expect(meeting.mailings).toHaveLength(1);
  });
});

describe('recipients', () => {
  it('each usable address once, case ignored, in the forum order', () => {
    expect(
      addressedMembers([
        { name: 'A', email: 'a@stad.example' },
        { name: 'B', email: ' B@Stad.Example ' },
        { name: 'C', email: 'A@STAD.EXAMPLE' },
        { name: 'D', email: '' },
        { name: 'E', email: 'ingen adress' },
      ]),
    ).toEqual([
      { name: 'A', email: 'a@stad.example' },
      { name: 'B', email: 'B@Stad.Example' },
    ]);
  });

  it('approved minutes go to the members kept at approval', () => {
    const now = [{ id: 'n', name: 'Ny', organisation: '', role: '', email: 'ny@stad.example' }];
    const then = [{ id: 'g', name: 'Gammal', organisation: '', role: '', email: 'gammal@stad.example' }];
    const approval = { at: '2026-03-05T10:00:00Z', by: 'a', approvers: [], forum: { name: 'F', memberOrganisations: [], members: then } };
    expect(recipientMembers({ status: 'approved', approval }, now)).toBe(then);
    expect(recipientMembers({ status: 'held' }, now)).toBe(now);
  });
});

describe('rate limit', () => {
  const now = new Date('2026-03-02T12:00:00.000Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

  it(`allows ${MAILINGS_PER_HOUR} sendings in a rolling hour, then says how long to wait`, () => {
    const four = [50, 40, 30, 20].map((m) => sent(minutesAgo(m)));
    expect(mailingWait(four, now)).toBe(0);
    const five = [...four, sent(minutesAgo(10))];
    // The one 50 minutes ago leaves the hour in 10 minutes.
    expect(mailingWait(five, now)).toBe(600);
  });

  it('forgets sendings older than an hour', () => {
    const old = [120, 90, 61, 61, 61].map((m) => sent(minutesAgo(m)));
    expect(mailingWait(old, now)).toBe(0);
    expect(mailingWait(undefined, now)).toBe(0);
  });

  it('holds whatever the date (a moving clock)', () => {
    for (const start of ['2026-12-31T23:30:00Z', '2028-02-29T00:10:00Z', '2031-03-30T00:59:00Z']) {
      const clock = new Date(start);
      const at = (m: number) => new Date(clock.getTime() - m * 60_000).toISOString();
      const five = [59, 45, 30, 15, 1].map((m) => sent(at(m)));
      expect(mailingWait(five, clock)).toBe(60);
      expect(mailingWait(five, new Date(clock.getTime() + 61_000))).toBe(0);
    }
  });
});

describe('the organiser', () => {
  const convener = { displayName: 'Konvenor', email: 'konvenor@stad.example' };
  const coordinator = { displayName: 'Samordnare', email: 'samordnare@stad.example' };
  const noEmail = { displayName: 'Utan adress' };
  const service = { name: 'Kunskapsbanken VBE', address: 'vbe@stad.example' };

  it('is whoever sent the first invitation, whoever is signed in now', () => {
    const mailings = [sent('2026-03-01T10:00:00Z', 'agenda', 0), { ...sent('2026-03-02T10:00:00Z', 'agenda', 1), by: 'a2' }];
    expect(firstInviterId({ mailings })).toBe('a1');
    expect(firstInviterId({ mailings: [{ ...sent('2026-03-01T10:00:00Z', 'minutes'), by: 'x' }] })).toBeUndefined();
    expect(firstInviterId({})).toBeUndefined();
    expect(meetingOrganizer(convener, coordinator, service)).toEqual({ name: 'Konvenor', email: 'konvenor@stad.example' });
    expect(meetingOrganizer(convener, noEmail, undefined)).toEqual({ name: 'Konvenor', email: 'konvenor@stad.example' });
  });

  it('before any invitation (or when its sender has no e-mail any more) is the signed-in account, else MAIL_FROM, else nobody', () => {
    expect(meetingOrganizer(undefined, coordinator, service)).toEqual({ name: 'Samordnare', email: 'samordnare@stad.example' });
    expect(meetingOrganizer(noEmail, coordinator, service)).toEqual({ name: 'Samordnare', email: 'samordnare@stad.example' });
    expect(meetingOrganizer(undefined, noEmail, service)).toEqual({ name: 'Kunskapsbanken VBE', email: 'vbe@stad.example' });
    expect(meetingOrganizer(undefined, noEmail, { name: '', address: 'vbe@stad.example' })).toEqual({ name: 'Utan adress', email: 'vbe@stad.example' });
    expect(meetingOrganizer(undefined, noEmail, undefined)).toBeUndefined();
  });

  it('is SENT-BY the From address only when that is another mailbox', () => {
    expect(sentByOf({ email: 'konvenor@stad.example' }, 'vbe@stad.example')).toBe('vbe@stad.example');
    expect(sentByOf({ email: 'konvenor@stad.example' }, 'Konvenor@STAD.example')).toBeUndefined();
    expect(sentByOf({ email: 'konvenor@stad.example' }, undefined)).toBeUndefined();
    expect(sentByOf(undefined, 'vbe@stad.example')).toBeUndefined();
  });
});
