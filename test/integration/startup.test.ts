// Start-up over a real data folder: the lock, damaged files, backups, the
// account tool, and demo data only outside production.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../api/app.ts';
import { configFromEnv } from '../../api/config.ts';
import { DataDirLockedError } from '../../api/store/data-dir-lock.ts';
import { DataLayoutError } from '../../api/store/data-layout.ts';
import { DataFileError } from '../../api/store/lowdb-store.ts';
import { apiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer } from '../fixtures/api/server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vbe-start-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

function userTool(dataDir: string, args: string[], password?: string) {
  const { USER_PASSWORD: _inherited, ...base } = process.env;
  const env = { ...base, DATA_DIR: dataDir, ...(password === undefined ? {} : { USER_PASSWORD: password }) };
  return run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/user.ts'), ...args], { env, cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
}

describe('one writer per data folder', () => {
  it('refuses a second server with a message naming the folder and the holder', async () => {
    const server = await startTestServer(await tempDir());
    try {
      const config = { ...configFromEnv({ DATA_DIR: server.dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 };
      const second = startApp(config, path.join(server.dataDir, 'no-site'));
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(server.dataDir);
    } finally {
      await server.stop({ keepData: true });
    }
  });

  it('lets the account tool refuse while the server runs, and work once it has stopped', async () => {
    const server = await startTestServer(await tempDir());
    const refused = await userTool(server.dataDir, ['add', 'ny.person', '--role', 'coordinator', '--district', 'rinkeby-kista'], 'lila kaniner i snön');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/används redan/);
    expect(refused.stderr).toContain(`pid ${process.pid}`);
    const listed = await userTool(server.dataDir, ['list']);
    expect(listed.stdout).toContain('konvenor.bra');
    const forums = await userTool(server.dataDir, ['forums']);
    expect(forums.stdout).toContain(`${server.forums.bra.id}  rinkeby-kista`);
    await server.stop({ keepData: true });

    const weak = await userTool(server.dataDir, ['add', 'ny.person', '--role', 'coordinator', '--district', 'rinkeby-kista'], 'sommar2024');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/minst 12 tecken/);
    const unknownDistrict = await userTool(server.dataDir, ['add', 'ny.person', '--role', 'coordinator', '--district', 'atlantis'], 'lila kaniner i snön');
    expect(unknownDistrict.stderr).toMatch(/atlantis finns inte/);
    const added = await userTool(server.dataDir, ['add', 'ny.person', '--role', 'coordinator', '--district', 'rinkeby-kista', '--name', 'Ny Samordnare'], 'lila kaniner i snön');
    expect(added.code, added.stderr).toBe(0);
    expect((await userTool(server.dataDir, ['passwd', 'ny.person'], 'gula bussar på torget')).code).toBe(0);

    const again = await startTestServer(server.dataDir);
    try {
      const client = apiClient(again.url);
      await client.auth.login.mutate({ username: 'ny.person', password: 'gula bussar på torget' });
      expect((await client.auth.me.query()).account?.displayName).toBe('Ny Samordnare');
      await again.stop({ keepData: true });
      expect((await userTool(server.dataDir, ['disable', 'ny.person'])).code).toBe(0);
      const third = await startTestServer(server.dataDir);
      const denied = apiClient(third.url);
      await expect(denied.auth.login.mutate({ username: 'ny.person', password: 'gula bussar på torget' })).rejects.toThrow(/Fel användarnamn/);
      await third.stop({ keepData: true });
    } finally {
      await again.stop({ keepData: true }).catch(() => undefined);
    }
  });
});

describe('damaged data', () => {
  it('stops start-up naming the file and the newest good backup', async () => {
    const server = await startTestServer(await tempDir());
    await server.stop({ keepData: true });
    const backups = await readdir(path.join(server.dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    const core = path.join(server.dataDir, 'core.json');
    await writeFile(core, (await readFile(core, 'utf8')).slice(0, 100));

    const config = { ...configFromEnv({ DATA_DIR: server.dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 };
    const failed = startApp(config, path.join(server.dataDir, 'no-site'));
    await expect(failed).rejects.toBeInstanceOf(DataFileError);
    await expect(failed).rejects.toThrow(core);
    await expect(failed).rejects.toThrow(path.join(server.dataDir, 'backups', backups[0], 'core.json'));
    // The failed start released the lock: a fixed folder starts again.
    await writeFile(core, await readFile(path.join(server.dataDir, 'backups', backups[0], 'core.json')));
    const fixed = await startTestServer(server.dataDir);
    await fixed.stop({ keepData: true });
  });

  it('refuses a file with the wrong shape', async () => {
    const server = await startTestServer(await tempDir());
    await server.stop({ keepData: true });
    const core = path.join(server.dataDir, 'core.json');
    const data = JSON.parse(await readFile(core, 'utf8'));
    data.forums[0].type = 'okänd';
    await writeFile(core, JSON.stringify(data));
    const config = { ...configFromEnv({ DATA_DIR: server.dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 };
    await expect(startApp(config, path.join(server.dataDir, 'no-site'))).rejects.toThrow(/forums\.0\.type/);
  });
});

describe('demo data', () => {
  it('seeds an empty folder outside production, with working demo accounts', async () => {
    const dataDir = await tempDir();
    const app = await startApp({ ...configFromEnv({ DATA_DIR: dataDir, NODE_ENV: 'development' }), port: 0 }, path.join(dataDir, 'no-site'));
    try {
      expect(app.demoAccounts.map((a) => a.role).sort()).toEqual(expect.arrayContaining(['admin', 'convener', 'coordinator']));
      const forums = await app.store.listForums();
      for (const district of ['rinkeby-kista', 'enskede-arsta-vantor']) {
        const types = forums.filter((f) => f.districtId === district).map((f) => f.type);
        expect(types.filter((t) => t === 'bra').length).toBeGreaterThanOrEqual(1);
        expect(types.filter((t) => t === 'sspf').length).toBeGreaterThanOrEqual(2);
        expect(types.filter((t) => t === 'samverkansforum').length).toBeGreaterThanOrEqual(2);
      }
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      const address = app.server.address();
      const client = apiClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      const coordinator = app.demoAccounts.find((a) => a.role === 'coordinator')!;
      await client.auth.login.mutate({ username: coordinator.username, password: coordinator.password });
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
      const report = await client.lagesbild.compile.query({ district: coordinator.districtId, from, to });
      expect(report.current.meetings).toBeGreaterThan(0);
      expect(report.current.observations.total).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
    // A second start finds data and seeds nothing.
    const again = await startApp({ ...configFromEnv({ DATA_DIR: dataDir, NODE_ENV: 'development' }), port: 0 }, path.join(dataDir, 'no-site'));
    expect(again.demoAccounts).toEqual([]);
    await again.close();
  });

  it('never seeds in production', async () => {
    const dataDir = await tempDir();
    const app = await startApp({ ...configFromEnv({ DATA_DIR: dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 }, path.join(dataDir, 'no-site'));
    try {
      expect(app.demoAccounts).toEqual([]);
      expect(await app.store.listForums()).toEqual([]);
      expect(await app.store.listAccounts()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('start-up edges', () => {
  const production = (dataDir: string) => ({ ...configFromEnv({ DATA_DIR: dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.test.example' }), port: 0 });

  /** Runs `work` with console.error captured; returns what was printed. */
  async function stderrOf(work: () => Promise<void>): Promise<string> {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    try {
      await work();
    } finally {
      spy.mockRestore();
    }
    return printed.join('\n');
  }

  it.each([
    ['is not JSON', '{"format":1,"sessions":['],
    ['has the wrong shape', JSON.stringify({ format: 1, sessions: [{ tokenHash: 1 }] })],
  ])('replaces a sessions.json that %s by an empty one, with a warning: everyone signs in again', async (_, damaged) => {
    const server = await startTestServer(await tempDir());
    const client = apiClient(server.url);
    await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
    await server.stop({ keepData: true });
    const sessions = path.join(server.dataDir, 'sessions.json');
    await writeFile(sessions, damaged);

    let again: Awaited<ReturnType<typeof startTestServer>> | undefined;
    const printed = await stderrOf(async () => {
      again = await startTestServer(server.dataDir);
    });
    try {
      expect(printed).toContain(`${sessions} var skadad`);
      expect(printed).toContain('ersatt med en tom fil: alla behöver logga in på nytt');
      expect(JSON.parse(await readFile(sessions, 'utf8'))).toEqual({ format: 1, sessions: [] });
      const stale = apiClient(again!.url);
      stale.cookie = client.cookie;
      expect((await stale.auth.me.query()).account).toBeFalsy();
      await stale.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
      expect((await stale.auth.me.query()).account?.username).toBe('konvenor.bra');
    } finally {
      await again?.stop({ keepData: true });
    }
  });

  it('repairs a torn last line of the audit log and says so; the log reads whole', async () => {
    const server = await startTestServer(await tempDir());
    await server.stop({ keepData: true });
    const audit = path.join(server.dataDir, 'audit');
    const [month] = await readdir(audit);
    const file = path.join(audit, month);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole + '{"at":"2026-');

    let app: Awaited<ReturnType<typeof startApp>> | undefined;
    const printed = await stderrOf(async () => {
      app = await startApp(production(server.dataDir), path.join(server.dataDir, 'no-site'));
    });
    try {
      expect(printed).toContain(`Revisionsloggen ${file} slutade med en ofullständig rad (12 byte)`);
      expect(await readFile(file, 'utf8')).toBe(whole);
      expect((await app!.store.auditLog()).length).toBe(whole.split('\n').length - 1);
    } finally {
      await app?.close();
    }
  });

  it('stops on a meeting file it cannot place, naming it; lists files outside the layout and starts', async () => {
    const server = await startTestServer(await tempDir());
    const client = apiClient(server.url);
    await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
    const meeting = await client.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2030-03-05T10:00:00+01:00' });
    await server.stop({ keepData: true });
    const forumDir = path.join(server.dataDir, 'meetings', 'rinkeby-kista', server.forums.bra.id);
    const misplaced = path.join(forumDir, '0000.json');
    await writeFile(misplaced, await readFile(path.join(forumDir, '2030.json')));

    const failed = startApp(production(server.dataDir), path.join(server.dataDir, 'no-site'));
    await expect(failed).rejects.toBeInstanceOf(DataLayoutError);
    await expect(failed).rejects.toThrow(misplaced);

    await rm(misplaced);
    await writeFile(path.join(server.dataDir, 'core.json~'), 'gammal kopia');
    await writeFile(path.join(forumDir, '.2030.json.swp'), 'vim');
    let again: Awaited<ReturnType<typeof startTestServer>> | undefined;
    const printed = await stderrOf(async () => {
      again = await startTestServer(server.dataDir);
    });
    try {
      expect(printed).toMatch(/innehåller sådant som inte hör till den/);
      expect(printed).toContain('core.json~');
      expect(printed).toContain(path.join('meetings', 'rinkeby-kista', server.forums.bra.id, '.2030.json.swp'));
      const reader = apiClient(again!.url);
      await reader.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
      expect((await reader.meetings.get.query({ id: meeting.id })).id).toBe(meeting.id);
    } finally {
      await again?.stop({ keepData: true });
    }
  });
});
