// The mail router's contract (api/routers/mail.ts, issue 10) as the meeting
// page uses it, and the wording of what is offered and what was sent.
import { MAILING_KIND_LABELS } from '../../../api/domain/codes.ts';
import { formatDateTime } from '../../../api/domain/swedish-format.ts';
import { api, type Outputs } from './api.ts';

export type MailStatus = Outputs['mail']['status'];
export type MailOffer = MailStatus['offers'][number];
export type MailingRow = MailStatus['mailings'][number];
export type MailKind = MailOffer['kind'];

export const mailApi = {
  status: (meetingId: string) => api.mail.status.query({ meetingId }),
  send: (meetingId: string, kind: MailKind) => api.mail.send.mutate({ meetingId, kind }),
  setEmail: (email: string) => api.auth.setEmail.mutate({ email }),
};

/**
 * Whether the members' calendars lag behind the meeting: an invitation or
 * cancellation went out, and none since with the meeting's current sequence.
 */
export function calendarsOutOfDate(status: Pick<MailStatus, 'offers' | 'mailings'>, sequence: number | undefined): boolean {
  const now = sequence ?? 0;
  return status.offers.some(
    (o) => o.update && o.kind !== 'minutes' && !status.mailings.some((m) => m.kind === o.kind && (m.sequence ?? 0) >= now),
  );
}

/** "8 medlemmar", "1 medlem". */
export function members(n: number): string {
  return n === 1 ? '1 medlem' : `${n} medlemmar`;
}

/** The button that sends an offer. */
export function sendLabel(offer: Pick<MailOffer, 'kind' | 'update'>, recipients: number): string {
  const to = `till ${members(recipients)}`;
  if (offer.kind === 'agenda') return offer.update ? `Skicka uppdaterad kallelse ${to}` : `Skicka kallelsen med dagordningen ${to}`;
  if (offer.kind === 'cancellation') return `Skicka meddelande om inställt möte ${to}`;
  return `Skicka det justerade protokollet ${to}`;
}

/** The link to an offer's .eml file, when the service does not send itself. */
export function emlLabel(offer: Pick<MailOffer, 'kind' | 'update'>): string {
  if (offer.kind === 'agenda') return offer.update ? 'Den uppdaterade kallelsen som e-postmeddelande' : 'Kallelsen som e-postmeddelande';
  if (offer.kind === 'cancellation') return 'Meddelandet om inställt möte som e-postmeddelande';
  return 'Det justerade protokollet som e-postmeddelande';
}

// The kinds' names are the server's (codes.ts); Swedish participles follow the
// noun's gender: "kallelse skickad", "protokoll skickat".
const SENT: Record<MailKind, string> = { agenda: 'skickad', cancellation: 'skickat', minutes: 'skickat' };

/**
 * What was sent, in the kind's words. An agenda is an update when an earlier
 * agenda went out with a lower sequence, as the server's isUpdate decides
 * (a resend of the same invitation is no update).
 */
export function mailingKindLabel(row: Pick<MailingRow, 'kind' | 'sequence'>, earlier: readonly Pick<MailingRow, 'kind' | 'sequence'>[]): string {
  const now = row.sequence ?? 0;
  if (row.kind === 'agenda' && earlier.some((m) => m.kind === 'agenda' && (m.sequence ?? 0) < now)) return 'Uppdaterad kallelse skickad';
  return `${MAILING_KIND_LABELS[row.kind]} ${SENT[row.kind]}`;
}

/** "Kallelse med dagordning skickad tis 3 december 2026 kl. 14.02 till 8 mottagare av Anna A", oldest first. */
export function describeMailings(rows: readonly MailingRow[]): string[] {
  return rows.map((row, i) => `${mailingKindLabel(row, rows.slice(0, i))} ${formatDateTime(row.at)} till ${row.recipients} mottagare av ${row.byName}`);
}
