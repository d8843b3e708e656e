// Where a meeting's messages and links point: the .eml downloads, the
// workspace's address, and the sender's mailbox.
import type { IncomingMessage } from 'node:http';
import type { MailingKind } from '../domain/codes.ts';

export type EmlFile = 'kallelse.eml' | 'installt.eml' | 'protokoll.eml';

/** The message files, by kind: the same messages mail.send sends. */
export const EML_FILES: Record<MailingKind, EmlFile> = { agenda: 'kallelse.eml', cancellation: 'installt.eml', minutes: 'protokoll.eml' };

/** `/export/mote/<id>/kallelse.eml` … */
export function emlPath(meetingId: string, kind: MailingKind): string {
  return `/export/mote/${encodeURIComponent(meetingId)}/${EML_FILES[kind]}`;
}

/** Host header values used in links; anything else (or none) falls back to loopback. */
const HOST_RE = /^[a-zA-Z0-9.-]+(:\d+)?$/;

/** Where links point: PUBLIC_URL, else (development only) a plain Host header, else loopback. */
export function linkBase(publicUrl: string | undefined, req: IncomingMessage | undefined): string {
  if (publicUrl) return publicUrl;
  // The Host header is the client's to choose: only a plain host[:port] goes into a link.
  const host = req?.headers.host ?? '';
  return `http://${HOST_RE.test(host) ? host : '127.0.0.1'}`;
}

/** `Name <addr>` or `addr` as name and address. */
export function parseMailbox(value: string): { name: string; address: string } {
  const named = /^(.*)<([^<>]+)>\s*$/.exec(value.trim());
  if (!named) return { name: '', address: value.trim() };
  return { name: named[1]!.trim().replace(/^"|"$/g, ''), address: named[2]!.trim() };
}
