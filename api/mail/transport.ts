// Where messages go: the city's SMTP relay (SMTP_URL), or nowhere, in which
// case the workspace offers the same messages as .eml files. Injected through
// the services, so tests point it at an SMTP server of their own.
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** What sending needs of nodemailer's transporter. */
export interface MailTransport {
  sendMail(message: Mail.Options): Promise<unknown>;
}

export interface MailService {
  /** Null when SMTP_URL is not set. */
  transport: MailTransport | null;
  /** MAIL_FROM; required with a transport. */
  from?: string;
  /** PUBLIC_URL, for the link to the meeting; in development without it the request's host. */
  publicUrl?: string;
}

/**
 * nodemailer's SMTP transport over SMTP_URL (smtp:// or smtps://, user and
 * password in the URL). Its default waits (two minutes to connect, ten on a
 * silent socket) would hold the convener's request; a relay that does not
 * answer in seconds is reported as down. Settings in the URL's query win.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
}

export function mailService(config: { smtpUrl?: string; mailFrom?: string; publicUrl?: string }): MailService {
  return { transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null, from: config.mailFrom, publicUrl: config.publicUrl };
}
