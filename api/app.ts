// Start-up: lock the data folder, open and check the data, seed demo data
// on an empty folder (never in production), keep daily backups, and build
// the server. `close()` undoes it in reverse.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { LoginThrottle } from './auth/login-throttle.ts';
import type { Config } from './config.ts';
import { missingDistricts } from './domain/districts.ts';
import type { DemoAccount } from './seed/demo-data.ts';
import { createAppServer } from './server.ts';
import { createDailyBackup } from './store/backups.ts';
import { acquireDataDirLock } from './store/data-dir-lock.ts';
import { openLowdbStore, type OpenedStore } from './store/lowdb-store.ts';
import type { Store } from './store/store.ts';

export interface App {
  server: Server;
  store: OpenedStore;
  /** Demo accounts created at this start, with passwords (print once). */
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function addReferenceDistricts(store: Store): Promise<void> {
  for (const district of missingDistricts(await store.listDistricts())) {
    await store.putDistrict(district, { actorId: 'system', procedure: 'start.districts' });
  }
}

export async function startApp(config: Config, distDir: string): Promise<App> {
  await mkdir(config.dataDir, { recursive: true });
  const lock = await acquireDataDirLock(config.dataDir, { kind: 'server', description: `servern på ${config.host}:${config.port}` });
  let store: OpenedStore | undefined;
  try {
    store = await openLowdbStore(config.dataDir, { lockHeld: true });
    // Demo code is loaded only when it is used: never in production.
    const demoAccounts =
      store.wasEmpty && !config.production ? await (await import('./seed/demo-data.ts')).seedDemoData(store, { now: new Date() }) : [];
    await addReferenceDistricts(store);

    const backup = async () => createDailyBackup(config.dataDir, { files: await store!.dataFiles(), keep: config.backupsKept });
    await backup();
    const timer = setInterval(() => backup().catch((err) => console.error('Säkerhetskopieringen misslyckades:', err)), DAY_MS / 4);
    timer.unref();

    const services = { store, throttle: new LoginThrottle(), now: () => new Date(), newId: randomUUID };
    const server = createAppServer({ distDir, api: { services, trustProxy: config.trustProxy, publicUrl: config.publicUrl } });
    const opened = store;
    return {
      server,
      store: opened,
      demoAccounts,
      async close() {
        clearInterval(timer);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await opened.close();
        await lock.release();
      },
    };
  } catch (err) {
    await store?.close();
    await lock.release();
    throw err;
  }
}
