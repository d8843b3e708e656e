// What the convener may send the members of a meeting, and when: the
// invitation with the agenda while the meeting is ahead or held, the
// cancellation once it is cancelled, the minutes once they are approved.
// Pure rules over the meeting and a clock; sending is the router's.
import type { MailingKind } from './codes.ts';
import type { ForumMember, Mailing, Meeting } from './types.ts';

/** At most this many sendings per meeting in any rolling hour: a slip of the finger must not flood the members. */
export const MAILINGS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

/** The kinds that can be sent now, in this order. */
export function offeredKinds(meeting: Pick<Meeting, 'status'>): MailingKind[] {
  switch (meeting.status) {
    case 'planned':
    case 'held':
      return ['agenda'];
    case 'cancelled':
      return ['cancellation'];
    case 'approved':
      return ['minutes'];
  }
}

/** Why a kind is not offered now, in Swedish; undefined when it is. */
export function notOfferedReason(meeting: Pick<Meeting, 'status'>, kind: MailingKind): string | undefined {
  if (offeredKinds(meeting).includes(kind)) return undefined;
  switch (kind) {
    case 'agenda':
      return meeting.status === 'cancelled'
        ? 'Mötet är inställt: kallelsen skickas inte längre. Skicka meddelandet om inställt möte i stället.'
        : 'Protokollet är justerat: kallelsen skickas inte längre.';
    case 'cancellation':
      return 'Mötet är inte inställt.';
    case 'minutes':
      return meeting.status === 'cancelled' ? 'Mötet är inställt och har inget protokoll.' : 'Protokollet är inte justerat än.';
  }
}

/** The calendar sequence a message of this kind carries now (the minutes carry none). */
export function mailingSequence(meeting: Pick<Meeting, 'sequence'>, kind: MailingKind): number | undefined {
  return kind === 'minutes' ? undefined : (meeting.sequence ?? 0);
}

/**
 * Whether this message replaces one sent earlier: an invitation or a
 * cancellation sent with a lower sequence (the meeting moved since), or
 * minutes sent before the latest approval (reopened and approved again).
 */
export function isUpdate(meeting: Pick<Meeting, 'sequence' | 'mailings' | 'approval'>, kind: MailingKind): boolean {
  const earlier = (meeting.mailings ?? []).filter((m) => m.kind === kind);
  if (kind === 'minutes') {
    const approvedAt = meeting.approval ? Date.parse(meeting.approval.at) : NaN;
    return earlier.some((m) => Date.parse(m.at) < approvedAt);
  }
  const now = meeting.sequence ?? 0;
  return earlier.some((m) => (m.sequence ?? 0) < now);
}

/** The members a message goes to: the approval's snapshot once approved (as the documents name them). */
export function recipientMembers(meeting: Pick<Meeting, 'status' | 'approval'>, forumMembers: readonly ForumMember[] | undefined): readonly ForumMember[] {
  return (meeting.status === 'approved' ? meeting.approval?.forum?.members : undefined) ?? forumMembers ?? [];
}

/**
 * Members with a work e-mail, each address once (case ignored), in the
 * forum's order. The addresses were checked when the members were saved
 * (checkMembers); this module stays free of the guard so the browser may use it.
 */
export function addressedMembers(members: readonly Pick<ForumMember, 'name' | 'email'>[]): { name: string; email: string }[] {
  const seen = new Set<string>();
  const out: { name: string; email: string }[] = [];
  for (const m of members) {
    const email = (m.email ?? '').trim();
    const key = email.toLowerCase();
    if (!email.includes('@') || seen.has(key)) continue;
    seen.add(key);
    out.push({ name: m.name.trim(), email });
  }
  return out;
}

/** Seconds until another sending is allowed, or 0 when one is allowed now. */
export function mailingWait(mailings: readonly Pick<Mailing, 'at'>[] | undefined, now: Date): number {
  const since = now.getTime() - HOUR_MS;
  const recent = (mailings ?? [])
    .map((m) => Date.parse(m.at))
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (recent.length < MAILINGS_PER_HOUR) return 0;
  // The oldest one that must fall out of the hour before the next is allowed.
  const oldest = recent[recent.length - MAILINGS_PER_HOUR]!;
  return Math.max(1, Math.ceil((oldest + HOUR_MS - now.getTime()) / 1000));
}

/** The meeting with one more sending recorded; nothing else changes (not even updatedAt, which calendars read as LAST-MODIFIED). */
export function withMailing(meeting: Meeting, mailing: Mailing): Meeting {
  return { ...meeting, mailings: [...(meeting.mailings ?? []), mailing] };
}

/** A person a calendar names: the organiser. */
export interface MailPerson {
  name: string;
  email: string;
}

/** Who sent the meeting's first invitation: the id of the first `agenda` sending, or undefined before any. */
export function firstInviterId(meeting: Pick<Meeting, 'mailings'>): string | undefined {
  return (meeting.mailings ?? []).find((m) => m.kind === 'agenda')?.by;
}

/**
 * The meeting's organiser, stable once the members have an invitation:
 * Outlook matches updates and cancellations by UID and organiser, and may
 * ignore one from someone else. It is the account that sent the first
 * invitation while that account exists with an e-mail; before that the
 * signed-in account, else the service's MAIL_FROM; else nobody (PUBLISH).
 */
export function meetingOrganizer(
  firstInviter: { displayName: string; email?: string } | undefined,
  signedIn: { displayName: string; email?: string },
  mailFrom: { name: string; address: string } | undefined,
): MailPerson | undefined {
  const inviterEmail = firstInviter?.email?.trim();
  if (firstInviter && inviterEmail) return { name: firstInviter.displayName, email: inviterEmail };
  const ownEmail = signedIn.email?.trim();
  if (ownEmail) return { name: signedIn.displayName, email: ownEmail };
  return mailFrom?.address ? { name: mailFrom.name || signedIn.displayName, email: mailFrom.address } : undefined;
}

/** The ORGANIZER's SENT-BY (RFC 5545 3.2.18): the From address when it is not the organiser's own. */
export function sentByOf(organizer: Pick<MailPerson, 'email'> | undefined, fromAddress: string | undefined): string | undefined {
  if (!organizer || !fromAddress) return undefined;
  return fromAddress.trim().toLowerCase() === organizer.email.trim().toLowerCase() ? undefined : fromAddress.trim();
}
