// Sending a meeting's messages to the forum's members through the city's
// SMTP relay: what can be sent now (status) and the sending itself (send).
// A sending is recorded on the meeting with how many it went to, never to
// whom: addresses stay out of the meeting's record and the audit log.
import { z } from 'zod';
import { MAILING_KINDS, type MailingKind } from '../domain/codes.ts';
import { DomainError, badRequest, conflict } from '../domain/errors.ts';
import { isUpdate, mailingSequence, mailingWait, notOfferedReason, offeredKinds, withMailing } from '../domain/mailings.ts';
import type { Mailing } from '../domain/types.ts';
import { emlPath, linkBase } from '../mail/links.ts';
import { meetingViewOf, organizerOf } from '../mail/meeting-context.ts';
import { meetingMessage, subjectOf } from '../mail/messages.ts';
import { router } from '../trpc/init.ts';
import { loadReadableMeeting, meetingProcedure } from '../trpc/meeting-procedure.ts';

const kind = z.enum(MAILING_KINDS, { error: `Välj ${MAILING_KINDS.join(', ')}.` });

export const SMTP_MISSING =
  'E-post kan inte skickas härifrån: tjänsten har ingen e-postserver inställd (SMTP_URL). Ladda ner meddelandet som .eml-fil och skicka det från ditt e-postprogram.';
export const NO_SENDER_EMAIL =
  'Ditt konto har ingen e-postadress i tjänsten. Ange den på mötets sida under ”Skicka till medlemmarna”, så går svaren till dig.';
export const NO_RECIPIENTS = 'Forumet har inga medlemmar med e-postadress. Lägg till medlemmarnas e-postadresser i tjänsten under forumets inställningar.';
export const SEND_FAILED =
  'E-postservern tog inte emot meddelandet, så det skickades inte. Försök igen om en stund, eller ladda ner meddelandet som .eml-fil och skicka det från ditt e-postprogram.';

export const SENT_NOT_RECORDED =
  'Meddelandet skickades till medlemmarna men kunde inte sparas i mötets historik. Skicka det inte igen. Kontakta den som förvaltar tjänsten om felet består.';

function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Mötets meddelanden har skickats många gånger den senaste timmen. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`;
}

/** mail.status's answer: the contract the meeting page codes against. */
export interface MailStatus {
  /** SMTP_URL and MAIL_FROM are set: the service sends itself; else the page offers the .eml files. */
  smtp: boolean;
  senderEmail: string | null;
  recipients: number;
  offers: { kind: MailingKind; subject: string; eml: string; update: boolean }[];
  mailings: { at: string; kind: MailingKind; recipients: number; sequence?: number; byName: string }[];
}

// One sending per meeting at a time, so two quick clicks cannot both pass the rate limit and reach the members twice.
const sending = new Set<string>();

/** nodemailer's `accepted` list, when the transport gives one. */
function acceptedCount(info: unknown): number | undefined {
  const accepted = (info as { accepted?: unknown } | undefined)?.accepted;
  return Array.isArray(accepted) ? accepted.length : undefined;
}

/** An error's code for the log, never its message: a relay's or a file system's message can name addresses or paths. */
function errorCode(err: unknown): string {
  const e = err as { responseCode?: number; code?: string } | undefined;
  return String(e?.responseCode ?? e?.code ?? 'okänt');
}

export const mailRouter = router({
  /** What the meeting page offers: the messages that can be sent now, and those already sent. */
  status: meetingProcedure.query(async ({ ctx }): Promise<MailStatus> => {
    const { meeting, forum } = ctx;
    const view = await meetingViewOf(ctx.store, meeting, forum);
    const names = new Map<string, string>();
    for (const m of meeting.mailings ?? []) {
      if (!names.has(m.by)) names.set(m.by, (await ctx.store.getAccount(m.by))?.displayName ?? 'Borttaget konto');
    }
    return {
      smtp: Boolean(ctx.mail?.transport && ctx.mail.from),
      senderEmail: ctx.account.email ?? null,
      recipients: view.attendees.length,
      offers: offeredKinds(meeting).map((k) => {
        const update = isUpdate(meeting, k);
        return { kind: k, subject: subjectOf(view, k, update), eml: emlPath(meeting.id, k), update };
      }),
      mailings: (meeting.mailings ?? []).map((m) => ({
        at: m.at,
        kind: m.kind,
        recipients: m.recipients,
        ...(m.sequence !== undefined ? { sequence: m.sequence } : {}),
        byName: names.get(m.by)!,
      })),
    };
  }),

  /** Sends the message now, then records it; a refused or failed sending records nothing. */
  send: meetingProcedure.input(z.object({ kind })).mutation(async ({ ctx, input }): Promise<{ mailing: Mailing }> => {
    const what: MailingKind = input.kind;
    const mail = ctx.mail;
    const meetingId = ctx.meeting.id;
    if (sending.has(meetingId)) throw conflict('Ett utskick för mötet pågår redan. Vänta tills det är klart.');
    sending.add(meetingId);
    try {
      // Read again under the lock: a sending that ended after the middleware read the meeting must count against the limit.
      const { meeting, forum } = await loadReadableMeeting(ctx.store, ctx.actor, meetingId);
      const refused = notOfferedReason(meeting, what);
      if (refused) throw conflict(refused);
      if (!mail?.transport || !mail.from) throw conflict(SMTP_MISSING);
      const senderEmail = ctx.account.email?.trim();
      if (!senderEmail) throw badRequest(NO_SENDER_EMAIL, 'senderEmail');
      const view = await meetingViewOf(ctx.store, meeting, forum);
      if (view.attendees.length === 0) throw badRequest(NO_RECIPIENTS, 'recipients');
      const now = ctx.now();
      const wait = mailingWait(meeting.mailings, now);
      if (wait > 0) {
        ctx.http?.res.setHeader('Retry-After', String(wait));
        throw new DomainError('TOO_MANY_REQUESTS', waitMessage(wait));
      }
      const message = await meetingMessage({
        view,
        kind: what,
        update: isUpdate(meeting, what),
        sender: { name: ctx.account.displayName, email: senderEmail },
        organizer: await organizerOf(ctx.store, meeting, { displayName: ctx.account.displayName, email: senderEmail }, mail.from),
        mailFrom: mail.from,
        baseUrl: linkBase(mail.publicUrl, ctx.http?.req),
        now,
      });
      let info: unknown;
      try {
        info = await mail.transport.sendMail(message);
      } catch (err) {
        // The relay's reply can name addresses: only its code reaches the log.
        console.error(`E-postservern tog inte emot ett utskick (${what}, möte ${meeting.id}): ${errorCode(err)}`);
        throw new DomainError('SERVICE_UNAVAILABLE', SEND_FAILED);
      }
      const sequence = mailingSequence(meeting, what);
      const mailing: Mailing = {
        at: now.toISOString(),
        by: ctx.account.id,
        kind: what,
        // The relay may take some recipients and refuse others: count those it took.
        recipients: acceptedCount(info) ?? view.attendees.length,
        ...(sequence !== undefined ? { sequence } : {}),
      };
      try {
        await ctx.store.updateMeeting(meeting.id, (m) => withMailing(m, mailing), ctx.audit);
      } catch (err) {
        // The members have the message: the generic failure would invite a second one.
        console.error(`Ett utskick (${what}, möte ${meeting.id}) skickades men kunde inte sparas: ${errorCode(err)}`);
        throw new DomainError('SERVICE_UNAVAILABLE', SENT_NOT_RECORDED);
      }
      return { mailing };
    } finally {
      sending.delete(meetingId);
    }
  }),
});
