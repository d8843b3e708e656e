// Settings from the environment, checked once at start-up.
import path from 'node:path';

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
  /** Where users reach the service, for links in calendar files; else the request's host. */
  publicUrl?: string;
}

/** The PUBLIC_URL origin and path without trailing slash; refused at start if malformed. */
export function publicBase(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`PUBLIC_URL måste vara en fullständig adress som https://vbe.example.se (fick "${value}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL måste börja med https:// eller http:// (fick "${value}").`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT || 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT måste vara ett heltal mellan 0 och 65535 (fick "${env.PORT}").`);
  }
  const backupsKept = Number(env.BACKUPS_KEPT || 14);
  if (!Number.isInteger(backupsKept) || backupsKept < 1 || backupsKept > 365) {
    throw new Error(`BACKUPS_KEPT måste vara ett heltal mellan 1 och 365 (fick "${env.BACKUPS_KEPT}").`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    backupsKept,
    publicUrl: publicBase(env.PUBLIC_URL),
  };
}
