// A meeting as an iCalendar meeting request (RFC 5545, iTIP RFC 5546): with
// an organiser and the members as attendees, Outlook shows Accept/Decline,
// takes a moved meeting as an update (same UID, higher SEQUENCE) and a
// cancellation as METHOD:CANCEL. Without an organiser or without any
// attendee (a REQUEST or CANCEL needs both, RFC 5546 3.2) it is a plain
// PUBLISH event to save.
import type { MeetingView } from './export-model.ts';
import { workspaceMeetingPath } from './print-html.ts';

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `YYYYMMDDTHHMMSSZ` */
export function icsUtc(instant: string | Date): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

const MAX_OCTETS = 75;

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 3.1):
 * CRLF plus one space before each continuation, never inside a UTF-8
 * sequence. The leading space counts towards the continuation's 75.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * A parameter value (RFC 5545 3.2): DQUOTE is not allowed even quoted, so it
 * is dropped, control characters too; a value with `:`, `;` or `,` is quoted.
 */
export function icsParamValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '').trim();
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A mailto: URI for an address (the address never has spaces or quotes: isWorkEmail). */
function mailto(email: string): string {
  return `mailto:${email.trim()}`;
}

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsOptions {
  now: Date;
  /** Origin (and path prefix) the workspace is reached at, without trailing slash. */
  baseUrl: string;
  /** The meeting's organiser (meetingOrganizer). Without one the file is a PUBLISH event with no organiser or attendees. */
  organizer?: IcsPerson;
  /** The From address when it is not the organiser's (sentByOf): ORGANIZER's SENT-BY. */
  sentBy?: string;
}

/** The iTIP method of the calendar: what Outlook does with it. */
export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export function icsMethod(view: Pick<MeetingView, 'cancelled' | 'attendees'>, opts: Pick<IcsOptions, 'organizer'>): IcsMethod {
  if (!opts.organizer || view.attendees.length === 0) return 'PUBLISH';
  return view.cancelled ? 'CANCEL' : 'REQUEST';
}

export function meetingIcs(view: MeetingView, opts: IcsOptions): string {
  const method = icsMethod(view, opts);
  const url = `${opts.baseUrl}${workspaceMeetingPath(view.meetingId)}`;
  const description = [
    ...(view.cancelled ? [view.cancelledLine ?? 'Inställt', ''] : []),
    'Dagordning:',
    ...view.items.map((i) => `${i.number}. ${i.title}`),
    '',
    `Mötet i arbetsytan: ${url}`,
  ].join('\n');
  const organizer = method === 'PUBLISH' ? undefined : opts.organizer;
  const sentBy = opts.sentBy ? `;SENT-BY="${mailto(opts.sentBy)}"` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vbe-stod//Motesexport//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    // The same UID forever: a calendar matches updates and cancellations by it.
    `UID:${escapeIcsText(`${view.meetingId}@vbe-stod`)}`,
    `SEQUENCE:${view.sequence}`,
    `DTSTAMP:${icsUtc(opts.now)}`,
    `LAST-MODIFIED:${icsUtc(view.updatedAt)}`,
    `DTSTART:${icsUtc(view.startsAt)}`,
    `DTEND:${icsUtc(view.endsAt)}`,
    `STATUS:${view.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(`${view.cancelled ? 'Inställt: ' : ''}${view.forumName}: möte`)}`,
    ...(view.location ? [`LOCATION:${escapeIcsText(view.location)}`] : []),
    `DESCRIPTION:${escapeIcsText(description)}`,
    // URI values are not TEXT: no backslash escaping.
    `URL:${url}`,
    ...(organizer
      ? [
          `ORGANIZER;CN=${icsParamValue(organizer.name || organizer.email)}${sentBy}:${mailto(organizer.email)}`,
          ...view.attendees.map(
            (a) => `ATTENDEE;CN=${icsParamValue(a.name || a.email)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(a.email)}`,
          ),
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
