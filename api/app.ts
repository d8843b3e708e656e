// Start-up: lock the data folder, open and check the data, seed demo data
// on an empty folder (never in production), keep daily backups, and build
// the server. `close()` undoes it in reverse. On a full disk it still starts,
// to serve reads, and says why writes will fail.
import { randomUUID } from 'node:crypto';
import { readdir, rm, statfs } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { LoginThrottle } from './auth/login-throttle.ts';
import type { Config } from './config.ts';
import { missingDistricts } from './domain/districts.ts';
import type { DemoAccount } from './seed/demo-data.ts';
import { mailService, type MailTransport } from './mail/transport.ts';
import { createAppServer } from './server.ts';
import { BACKUPS_DIR_NAME, createDailyBackup } from './store/backups.ts';
import { acquireDataDirLock, type DataDirLock } from './store/data-dir-lock.ts';
import { DISK_FULL_MESSAGE, isDiskFull, isDiskFullError } from './store/disk-full.ts';
import { openLowdbStore, type OpenedStore } from './store/lowdb-store.ts';
import { expireOldReports } from './report-retention.ts';
import type { Store } from './store/store.ts';

export interface App {
  server: Server;
  store: OpenedStore;
  /** Demo accounts created at this start, with passwords (print once). */
  demoAccounts: DemoAccount[];
  /** Started on a full disk without the lock: reads only, every write answers the disk-full message. */
  readOnly: boolean;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Below this much free space start-up warns that writes will soon fail. */
export const LOW_SPACE_BYTES = 8 * 1024 * 1024;

// The lock, or null when the disk is too full to write it: the server then
// serves reads only, and needs a restart once there is room.
async function lockOrReadOnly(config: Config, warn: (message: string) => void): Promise<DataDirLock | null> {
  try {
    return await acquireDataDirLock(config.dataDir, { kind: 'server', description: `servern på ${config.host}:${config.port}` });
  } catch (err) {
    if (!isDiskFull(err)) throw err;
    warn(
      `Disken är full: servern kunde inte skriva låsfilen i ${config.dataDir}. ` +
        `Den startar bara för läsning: inloggning och alla ändringar nekas (”${DISK_FULL_MESSAGE}”). ` +
        'Frigör utrymme på disken och starta om servern.',
    );
    return null;
  }
}

async function warnIfLowOnSpace(dataDir: string, warn: (message: string) => void): Promise<void> {
  const fs = await statfs(dataDir).catch(() => undefined);
  if (!fs) return;
  const free = fs.bavail * fs.bsize;
  if (free < LOW_SPACE_BYTES) {
    warn(`Det finns bara ${Math.floor(free / 1024)} kB ledigt på disken för datamappen ${dataDir}. När disken är full nekas ändringar (”${DISK_FULL_MESSAGE}”).`);
  }
}

// A backup that ran out of space would otherwise keep what it copied, and so hold the disk full.
async function removeUnfinishedBackups(dataDir: string): Promise<void> {
  const dir = path.join(dataDir, BACKUPS_DIR_NAME);
  for (const name of await readdir(dir).catch(() => [])) {
    if (name.endsWith('.partial')) await rm(path.join(dir, name), { recursive: true, force: true }).catch(() => {});
  }
}

export async function addReferenceDistricts(store: Store): Promise<void> {
  for (const district of missingDistricts(await store.listDistricts())) {
    await store.putDistrict(district, { actorId: 'system', procedure: 'start.districts' });
  }
}

export interface StartOptions {
  /** Tests send through their own SMTP server instead of SMTP_URL's. */
  mailTransport?: MailTransport;
}

export async function startApp(config: Config, distDir: string, options: StartOptions = {}): Promise<App> {
  const warn = (message: string) => console.error(message);
  const lock = await lockOrReadOnly(config, warn);
  const readOnly = lock === null;
  let store: OpenedStore | undefined;
  try {
    store = await openLowdbStore(config.dataDir, { lockHeld: !readOnly, diskFull: readOnly, warn });
    // Demo code is loaded only when it is used: never in production.
    const demoAccounts =
      !readOnly && store.wasEmpty && !config.production ? await (await import('./seed/demo-data.ts')).seedDemoData(store, { now: new Date() }) : [];
    if (!readOnly) {
      await addReferenceDistricts(store).catch((err) => {
        if (!isDiskFullError(err)) throw err;
        warn('Disken är full: Stockholms stadsdelar som saknas i core.json kunde inte läggas till. De läggs till vid nästa start med ledigt utrymme.');
      });
    }

    const backup = async () => {
      try {
        return await createDailyBackup(config.dataDir, { files: await store!.dataFiles(), keep: config.backupsKept });
      } catch (err) {
        if (isDiskFull(err)) await removeUnfinishedBackups(config.dataDir);
        throw err;
      }
    };
    let timer: NodeJS.Timeout | undefined;
    if (!readOnly) {
      await backup().catch((err) => {
        if (!isDiskFull(err)) throw err;
        warn(`Disken är full: dagens säkerhetskopia kunde inte göras, och ändringar nekas tills det finns plats (”${DISK_FULL_MESSAGE}”).`);
      });
      timer = setInterval(() => backup().catch((err) => console.error('Säkerhetskopieringen misslyckades:', err)), DAY_MS / 4);
      timer.unref();
    }
    await warnIfLowOnSpace(config.dataDir, warn);

    // ---- Report retention (issue 11): at start and once a day ----
    let retentionTimer: NodeJS.Timeout | undefined;
    if (!readOnly) {
      const expire = () =>
        expireOldReports(store!, { now: new Date(), retentionDays: config.reportRetentionDays }).catch((err) =>
          console.error('Gallringen av rapporter misslyckades:', err),
        );
      await expire();
      retentionTimer = setInterval(expire, DAY_MS);
      retentionTimer.unref();
    }

    const mail = mailService(config);
    if (options.mailTransport) mail.transport = options.mailTransport;
    const services = { store, throttle: new LoginThrottle(), now: () => new Date(), newId: randomUUID, mail };
    const server = createAppServer({ distDir, api: { services, trustProxy: config.trustProxy, publicUrl: config.publicUrl, production: config.production } });
    const opened = store;
    return {
      server,
      store: opened,
      demoAccounts,
      readOnly,
      async close() {
        clearInterval(timer);
        clearInterval(retentionTimer);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await opened.close();
        await lock?.release();
      },
    };
  } catch (err) {
    await store?.close();
    await lock?.release();
    throw err;
  }
}
