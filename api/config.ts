// Settings from the environment, checked once at start-up.
import path from 'node:path';
import { isWorkEmail } from './domain/members.ts';

export interface Config {
  port: number;
  host: string;
  /** Where the data files, lock and backups live. */
  dataDir: string;
  /** Production never seeds demo data. */
  production: boolean;
  /** Trust X-Forwarded-Proto from a reverse proxy that terminates TLS. */
  trustProxy: boolean;
  /** How many daily backups to keep. */
  backupsKept: number;
  /** Where users reach the service, for links in calendar files. Required in production; in development the request's host is used without it. */
  publicUrl?: string;
  /** SMTP_URL: the relay messages are sent through; undefined = no sending, messages offered as .eml files. May hold a password: never log it. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender address, optionally "Name <addr>"; required with SMTP_URL. */
  mailFrom?: string;
  /** REPORT_RETENTION_DAYS: de-identified reports are reduced to a trace this many days after they were received. */
  reportRetentionDays: number;
}

export const PUBLIC_URL_REQUIRED =
  'PUBLIC_URL måste vara satt i produktion (NODE_ENV=production): adressen användarna når tjänsten på, till exempel PUBLIC_URL=https://vbe.intranet.example. Den används i länkarna i kalenderfilerna, som annars skulle ta sin värd från förfrågan.';

export interface ConfigOptions {
  /**
   * False for tools that only need the data folder (npm run user): PUBLIC_URL
   * is then not required in production. The server always requires it.
   */
  publicUrlRequired?: boolean;
}

/** The PUBLIC_URL origin and path without trailing slash; refused at start if malformed. */
export function publicBase(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`PUBLIC_URL måste vara en fullständig adress som https://vbe.example.se (fick ”${value}”).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL måste börja med https:// eller http:// (fick ”${value}”).`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}


/** SMTP_URL checked; the messages never repeat the value, which may hold a password. */
export function smtpUrlFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error('SMTP_URL måste vara en adress som smtp://relay.stad.example:25 eller smtps://användare:lösenord@relay.stad.example:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL måste börja med smtp:// eller smtps://.');
  if (!url.hostname) throw new Error('SMTP_URL saknar värdnamn, till exempel smtp://relay.stad.example:25.');
  return value.trim();
}

/** MAIL_FROM checked: `adress@stad.example` or `Namn <adress@stad.example>`. */
export function mailFromFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const text = value.trim();
  const named = /^(.*)<([^<>]+)>$/.exec(text);
  const address = (named ? named[2] : text).trim();
  if (!isWorkEmail(address)) {
    throw new Error(`MAIL_FROM måste vara en e-postadress som vbe@stad.example eller Kunskapsbanken VBE <vbe@stad.example> (fick ”${text}”).`);
  }
  return text;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, options: ConfigOptions = {}): Config {
  const port = Number(env.PORT || 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT måste vara ett heltal mellan 0 och 65535 (fick ”${env.PORT}”).`);
  }
  const backupsKept = Number(env.BACKUPS_KEPT || 14);
  if (!Number.isInteger(backupsKept) || backupsKept < 1 || backupsKept > 365) {
    throw new Error(`BACKUPS_KEPT måste vara ett heltal mellan 1 och 365 (fick ”${env.BACKUPS_KEPT}”).`);
  }
  const reportRetentionDays = Number(env.REPORT_RETENTION_DAYS || 730);
  if (!Number.isInteger(reportRetentionDays) || reportRetentionDays < 1 || reportRetentionDays > 3650) {
    throw new Error(`REPORT_RETENTION_DAYS måste vara ett heltal mellan 1 och 3650 (fick ”${env.REPORT_RETENTION_DAYS}”).`);
  }
  const production = env.NODE_ENV === 'production';
  const publicUrl = publicBase(env.PUBLIC_URL);
  if (production && !publicUrl && options.publicUrlRequired !== false) throw new Error(PUBLIC_URL_REQUIRED);
  const smtpUrl = smtpUrlFrom(env.SMTP_URL);
  const mailFrom = mailFromFrom(env.MAIL_FROM);
  if (smtpUrl && !mailFrom) throw new Error('MAIL_FROM måste vara satt när SMTP_URL är satt: avsändaradressen för kallelser och protokoll, till exempel MAIL_FROM="Kunskapsbanken VBE <vbe@stad.example>".');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    production,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    backupsKept,
    publicUrl,
    smtpUrl,
    mailFrom,
    reportRetentionDays,
  };
}
