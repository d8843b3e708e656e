// A meeting as an iCalendar event (RFC 5545), for adding it to a calendar.
import type { MeetingView } from './export-model.ts';
import { workspaceMeetingPath } from './print-html.ts';

/**
 * Meetings have a start but no end in the data; two hours is what a forum
 * meeting usually takes, and a calendar needs some end.
 */
export const ASSUMED_DURATION_MS = 2 * 60 * 60 * 1000;

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

export interface IcsOptions {
  now: Date;
  /** Origin (and path prefix) the workspace is reached at, without trailing slash. */
  baseUrl: string;
}

export function meetingIcs(view: MeetingView, opts: IcsOptions): string {
  const start = new Date(view.startsAt);
  const url = `${opts.baseUrl}${workspaceMeetingPath(view.meetingId)}`;
  const description = ['Dagordning:', ...view.items.map((i) => `${i.number}. ${i.title}`), '', `Mötet i arbetsytan: ${url}`].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vbe-stod//Motesexport//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${view.meetingId}@vbe-stod`)}`,
    `DTSTAMP:${icsUtc(opts.now)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(new Date(start.getTime() + ASSUMED_DURATION_MS))}`,
    `SUMMARY:${escapeIcsText(`${view.forumName}: möte`)}`,
    ...(view.location ? [`LOCATION:${escapeIcsText(view.location)}`] : []),
    `DESCRIPTION:${escapeIcsText(description)}`,
    // URI values are not TEXT: no backslash escaping.
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
