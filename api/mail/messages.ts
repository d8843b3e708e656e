// The three messages a convener sends the members of a meeting, built from
// the same MeetingView as the documents so they say the same thing: the
// invitation with the agenda (a real meeting request attached), the
// cancellation (METHOD:CANCEL), the approved minutes (the Word file). One
// builder serves SMTP and the .eml download.
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailingKind } from '../domain/codes.ts';
import { sentByOf, type MailPerson } from '../domain/mailings.ts';
import { DOCX_TYPE, type MeetingView } from '../exports/export-model.ts';
import { minutesDownloadName } from '../exports/filenames.ts';
import { icsMethod, meetingIcs } from '../exports/ics.ts';
import { minutesDocx } from '../exports/minutes-docx.ts';
import { workspaceMeetingPath } from '../exports/print-html.ts';
import { parseMailbox } from './links.ts';

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
  /** The account sending: signs the message; From of an .eml file. */
  sender: { name: string; email?: string };
  /** The meeting's organiser (meetingOrganizer): the calendar's ORGANIZER, and where replies go when the service sends. */
  organizer?: MailPerson;
  /** MAIL_FROM when the service sends (SMTP); unset for an .eml file the account sends from its own mailbox. */
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
 * The message as nodemailer options. Sent by the service (mailFrom), From is
 * MAIL_FROM with the sender's name ("Namn via Kunskapsbanken VBE") and
 * Reply-To the organiser; as an .eml file it is the account's own message,
 * From its own address. To are the members with an e-mail.
 */
export async function meetingMessage(input: MessageInput): Promise<Mail.Options> {
  const { view, kind, sender, organizer } = input;
  const url = `${input.baseUrl}${workspaceMeetingPath(view.meetingId)}`;
  const service = input.mailFrom ? parseMailbox(input.mailFrom) : undefined;
  const from = service
    ? { name: sender.name ? `${sender.name} via ${SERVICE_NAME}` : service.name || SERVICE_NAME, address: service.address }
    : sender.email
      ? { name: sender.name, address: sender.email }
      : undefined;
  const message: Mail.Options = {
    ...(from ? { from } : {}),
    ...(service && organizer ? { replyTo: { name: organizer.name, address: organizer.email } } : {}),
    to: view.attendees.map((a) => ({ name: a.name, address: a.email })),
    subject: subjectOf(view, kind, input.update),
    text: bodyText(input, url),
    date: input.now,
  };
  if (kind === 'agenda' || kind === 'cancellation') {
    const content = meetingIcs(view, { now: input.now, baseUrl: input.baseUrl, organizer, sentBy: sentByOf(organizer, from?.address) });
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
