// The three messages a convener sends the members of a meeting, built from
// the same MeetingView as the documents so they say the same thing: the
// invitation with the agenda (a real meeting request attached), the
// cancellation (METHOD:CANCEL), the approved minutes (the Word file). One
// builder serves SMTP and the .eml download.
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailingKind } from '../domain/codes.ts';
import type { MeetingView } from '../exports/export-model.ts';
import { minutesDownloadName } from '../exports/filenames.ts';
import { icsMethod, meetingIcs } from '../exports/ics.ts';
import { minutesDocx } from '../exports/minutes-docx.ts';
import { workspaceMeetingPath } from '../exports/print-html.ts';
import { organizerOf, parseMailbox } from './links.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The service's short name after "via" in the sender's display name. */
export const SERVICE_NAME = 'Kunskapsbanken VBE';

export function subjectOf(view: Pick<MeetingView, 'forumName' | 'when'>, kind: MailingKind, update: boolean): string {
  const what = `${view.forumName} ${view.when}`;
  switch (kind) {
    case 'agenda':
      return `${update ? 'Ändrad kallelse' : 'Kallelse'}: ${what}`;
    case 'cancellation':
      return `Inställt: ${what}`;
    case 'minutes':
      return `${update ? 'Ändrat protokoll' : 'Protokoll'}: ${what}`;
  }
}

export interface MessageInput {
  view: MeetingView;
  kind: MailingKind;
  /** An earlier message of this kind is replaced (isUpdate). */
  update: boolean;
  /** The account sending: the calendar's organiser and where replies go. */
  sender: { name: string; email?: string };
  /** MAIL_FROM, when configured. */
  mailFrom?: string;
  /** Origin the workspace is reached at, for the link. */
  baseUrl: string;
  now: Date;
}

function bodyText(input: MessageInput, url: string): string {
  const { view, kind } = input;
  const facts = [`Tid: ${view.when}`, ...(view.location ? [`Plats: ${view.location}`] : [])];
  const signature = ['', 'Hälsningar', input.sender.name, view.forumName, '', `Mötet i arbetsytan: ${url}`];
  switch (kind) {
    case 'agenda':
      return [
        input.update
          ? `Mötet i ${view.forumName} har ändrats. Här är den uppdaterade kallelsen.`
          : `Välkommen till ${view.forumName}.`,
        '',
        ...facts,
        '',
        'Dagordning:',
        ...view.items.map((i) => `${i.number}. ${i.title}`),
        '',
        'Inbjudan finns bifogad: svara på den i din kalender.',
        ...signature,
      ].join('\n');
    case 'cancellation':
      return [
        `Mötet i ${view.forumName} är inställt.`,
        '',
        ...facts,
        ...(view.cancellationReason ? ['', `Anledning: ${view.cancellationReason}`] : []),
        '',
        'Kalenderbokningen tas bort med den bifogade avbokningen.',
        ...signature,
      ].join('\n');
    case 'minutes':
      return [
        `Här är det justerade protokollet från ${view.forumName}.`,
        '',
        ...facts,
        view.approvalLine,
        '',
        'Protokollet finns bifogat som Word-fil.',
        ...signature,
      ].join('\n');
  }
}

/**
 * The message as nodemailer options. From is MAIL_FROM with the sender's
 * name ("Namn via Kunskapsbanken VBE"), else the sender's own address;
 * Reply-To is the sender; To are the members with an e-mail.
 */
export async function meetingMessage(input: MessageInput): Promise<Mail.Options> {
  const { view, kind, sender } = input;
  const url = `${input.baseUrl}${workspaceMeetingPath(view.meetingId)}`;
  const configured = input.mailFrom ? parseMailbox(input.mailFrom) : undefined;
  const displayName = sender.name ? `${sender.name} via ${SERVICE_NAME}` : configured?.name || SERVICE_NAME;
  const fromAddress = configured?.address ?? sender.email;
  const message: Mail.Options = {
    ...(fromAddress ? { from: { name: displayName, address: fromAddress } } : {}),
    ...(sender.email ? { replyTo: { name: sender.name, address: sender.email } } : {}),
    to: view.attendees.map((a) => ({ name: a.name, address: a.email })),
    subject: subjectOf(view, kind, input.update),
    text: bodyText(input, url),
    date: input.now,
  };
  if (kind === 'agenda' || kind === 'cancellation') {
    const organizer = organizerOf({ displayName: sender.name, email: sender.email }, input.mailFrom);
    const content = meetingIcs(view, { now: input.now, baseUrl: input.baseUrl, organizer });
    message.icalEvent = { method: icsMethod(view, { organizer }), filename: kind === 'agenda' ? 'inbjudan.ics' : 'avbokning.ics', content };
  } else {
    const name = minutesDownloadName(view);
    message.attachments = [{ filename: name.utf8, content: await minutesDocx(view), contentType: DOCX_TYPE }];
  }
  return message;
}

/**
 * The message as an .eml file. `X-Unsent: 1` makes Outlook open it as a draft
 * ready to send, not as a received message.
 */
export async function messageEml(message: Mail.Options): Promise<Buffer> {
  return new MailComposer({ ...message, headers: { 'X-Unsent': '1' } }).compile().build();
}
