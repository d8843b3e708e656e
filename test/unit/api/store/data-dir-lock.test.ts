import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataDirLock, DataDirLockInfo } from '../../../../api/store/data-dir-lock.ts';
import { acquireDataDirLock, DataDirLockedError, processIdentity, readDataDirLock } from '../../../../api/store/data-dir-lock.ts';

const hasProc = processIdentity(process.pid) !== null;

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const lockModule = fileURLToPath(new URL('../../../../api/store/data-dir-lock.ts', import.meta.url));

let dir: string;
let held: DataDirLock[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-'));
  held = [];
});

afterEach(async () => {
  for (const lock of held) await lock.release();
  await rm(dir, { recursive: true, force: true });
});

async function acquire(kind: 'server' | 'script' = 'server', description = 'test') {
  const lock = await acquireDataDirLock(dir, { kind, description });
  held.push(lock);
  return lock;
}

function run(args: string[]): Promise<{ code: number | null; pid: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, pid: child.pid!, stdout }));
  });
}

async function deadPid(): Promise<number> {
  const { pid } = await run(['-e', '']);
  return pid;
}

const lockInfo = (over: Partial<DataDirLockInfo>): DataDirLockInfo => ({
  pid: 1,
  hostname: hostname(),
  kind: 'server',
  description: 'annan',
  startedAt: '2026-11-22T18:30:00.000Z',
  ...over,
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const writeLock = (content: unknown) => writeFile(path.join(dir, '.lock'), typeof content === 'string' ? content : JSON.stringify(content));

describe('acquireDataDirLock', () => {
  it('creates .lock naming this process', async () => {
    const lock = await acquire('server', 'API-servern');
    const content = JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')) as DataDirLockInfo;
    expect(content).toEqual({
      pid: process.pid,
      hostname: hostname(),
      kind: 'server',
      description: 'API-servern',
      startedAt: lock.info.startedAt,
      // Where /proc exists: which process this pid is, to tell it from a later one with the same pid.
      ...(hasProc ? { process: { bootId: expect.stringMatching(/\S/), startTicks: expect.stringMatching(/^\d+$/) } } : {}),
    });
    expect(await readDataDirLock(dir)).toEqual(content);
    // No temp files left from the link-into-place.
    expect(await readdir(dir)).toEqual(['.lock']);
  });

  it('creates the data folder if it does not exist', async () => {
    const sub = path.join(dir, 'ny', 'data');
    const lock = await acquireDataDirLock(sub, { kind: 'script', description: 'x' });
    held.push(lock);
    expect((await stat(path.join(sub, '.lock'))).isFile()).toBe(true);
  });

  it('refuses a second process with a Swedish message naming folder and pid', async () => {
    const lock = await acquire('server', 'API-servern');
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(lockModule)});
      try {
        await acquireDataDirLock(${JSON.stringify(dir)}, { kind: 'script', description: 'import' });
        console.log(JSON.stringify({ ok: true }));
      } catch (err) {
        console.log(JSON.stringify({ name: err.name, message: err.message, holder: err.holder }));
      }`;
    const { stdout, code } = await run(['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { name: string; message: string; holder: DataDirLockInfo };
    expect(result.name).toBe('DataDirLockedError');
    expect(result.holder).toEqual(lock.info);
    expect(result.message).toContain(`Datamappen ${dir} används redan av servern (pid ${process.pid}, startad `);
    expect(result.message).toContain('Stoppa den först, eller använd en annan DATA_DIR.');
    expect(await readDataDirLock(dir)).toEqual(lock.info);
  });

  it('refuses a second acquire in the same process', async () => {
    await acquire();
    await expect(acquireDataDirLock(dir, { kind: 'script', description: 'x' })).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('refuses while a live process on this host holds it', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      const holder = lockInfo({ pid: child.pid!, kind: 'script', description: 'import av användare' });
      await writeLock(holder);
      const err = await acquireDataDirLock(dir, { kind: 'server', description: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).holder).toEqual(holder);
      expect((err as DataDirLockedError).dataDir).toBe(dir);
      expect((err as Error).message).toMatch(new RegExp(`^Datamappen ${escapeRegExp(dir)} används redan av skriptet "import av användare" \\(pid ${child.pid}, startad \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\.`));
      expect(JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8'))).toEqual(holder);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a stale lock left by a dead process', async () => {
    const pid = await deadPid();
    await writeLock(lockInfo({ pid }));
    const lock = await acquire();
    expect(lock.info.pid).toBe(process.pid);
    expect(await readDataDirLock(dir)).toEqual(lock.info);
    expect(await readdir(dir)).toEqual(['.lock']);
  });

  it('takes over a lock with our own pid that this process does not hold (pid reuse after restart)', async () => {
    await writeLock(lockInfo({ pid: process.pid, startedAt: '2020-01-01T00:00:00.000Z' }));
    const lock = await acquire();
    expect(await readDataDirLock(dir)).toEqual(lock.info);
    expect(lock.info.startedAt).not.toBe('2020-01-01T00:00:00.000Z');
  });

  it.each([['not JSON', '{"pid": 12'], ['empty', ''], ['wrong shape', '{"pid":"x"}']])('takes over an unreadable lock file (%s)', async (_, content) => {
    await writeLock(content);
    expect(await readDataDirLock(dir)).toBeNull();
    const lock = await acquire();
    expect(await readDataDirLock(dir)).toEqual(lock.info);
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    await writeLock(lockInfo({ pid: await deadPid() }));
    // All try at the same moment; the winner holds on (without releasing) until every attempt is done.
    const startAt = Date.now() + 1200;
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(lockModule)});
      await new Promise((r) => setTimeout(r, ${startAt} - Date.now()));
      try {
        await acquireDataDirLock(${JSON.stringify(dir)}, { kind: 'script', description: String(process.pid) });
        console.log('ok');
        process.stdin.resume();
        await new Promise((r) => process.stdin.on('end', r));
      } catch (err) {
        console.log(err.name);
      }`;
    const children = Array.from({ length: 6 }, () => spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] }));
    const outcomes = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve, reject) => {
            let out = '';
            child.stdout.on('data', (c: Buffer) => {
              out += c.toString();
              if (out.includes('\n')) resolve(out.trim());
            });
            child.on('error', reject);
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    const holder = await readDataDirLock(dir);
    for (const child of children) child.stdin.end();
    await Promise.all(children.map((child) => new Promise((r) => (child.exitCode === null ? child.on('close', r) : r(null)))));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DataDirLockedError')).toHaveLength(5);
    expect(holder?.pid).toBe(children[outcomes.indexOf('ok')].pid);
  });

  describe.skipIf(!hasProc)('a live pid that is not the holder (Linux /proc)', () => {
    // Waits for 'spawn', so /proc shows the program and not the forked parent.
    async function started(command: string, args: string[]) {
      const child = spawn(command, args, { stdio: 'ignore' });
      await once(child, 'spawn');
      return child;
    }
    const spawnSleep = () => started('sleep', ['30']);
    const spawnNode = () => started(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);

    it('takes over a lock whose pid now belongs to another program (a lock without a start time)', async () => {
      const sleeper = await spawnSleep();
      try {
        await writeLock(lockInfo({ pid: sleeper.pid! }));
        const lock = await acquire();
        expect(lock.info.pid).toBe(process.pid);
        expect(await readDataDirLock(dir)).toEqual(lock.info);
      } finally {
        sleeper.kill('SIGKILL');
      }
    });

    it('takes over a lock whose recorded start time is not that of the live process with its pid', async () => {
      const sleeper = await spawnSleep();
      const node = await spawnNode();
      try {
        const real = processIdentity(sleeper.pid!)!;
        await writeLock(lockInfo({ pid: sleeper.pid!, process: { ...real, startTicks: String(Number(real.startTicks) + 1) } }));
        const first = await acquire();
        await first.release();
        // Another Node program with the pid is not the holder either.
        const nodeNow = processIdentity(node.pid!)!;
        await writeLock(lockInfo({ pid: node.pid!, process: { ...nodeNow, startTicks: '1' } }));
        await acquire();
        // Nor is the same process after a reboot (another boot id).
        await held.pop()!.release();
        await writeLock(lockInfo({ pid: node.pid!, process: { ...nodeNow, bootId: 'en-annan-uppstart' } }));
        await acquire();
      } finally {
        sleeper.kill('SIGKILL');
        node.kill('SIGKILL');
      }
    });

    it('refuses while the recorded process still runs', async () => {
      const sleeper = await spawnSleep();
      const node = await spawnNode();
      try {
        // Recorded start time matches: it is the holder, whatever program it is.
        const holder = lockInfo({ pid: sleeper.pid!, process: processIdentity(sleeper.pid!)! });
        await writeLock(holder);
        const err = await acquireDataDirLock(dir, { kind: 'server', description: 'x' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DataDirLockedError);
        expect((err as DataDirLockedError).holder).toEqual(holder);
        // No start time recorded (an older lock): a live Node process counts as the holder.
        await writeLock(lockInfo({ pid: node.pid! }));
        await expect(acquireDataDirLock(dir, { kind: 'server', description: 'x' })).rejects.toBeInstanceOf(DataDirLockedError);
      } finally {
        sleeper.kill('SIGKILL');
        node.kill('SIGKILL');
      }
    });
  });

  it('does not take over a lock from another host, and says how to clear it', async () => {
    await writeLock(lockInfo({ hostname: 'en-annan-dator', pid: 999999 }));
    const err = await acquireDataDirLock(dir, { kind: 'server', description: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain('på datorn en-annan-dator');
    expect((err as Error).message).toContain(path.join(dir, '.lock'));
  });
});

describe('DataDirLock.release', () => {
  it('removes the lock file, is safe to call twice, and allows a new acquire', async () => {
    const lock = await acquire();
    await lock.release();
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
    expect(await readDataDirLock(dir)).toBeNull();
    const again = await acquire('script', 'igen');
    expect(await readDataDirLock(dir)).toEqual(again.info);
  });

  it('leaves a lock that is no longer ours', async () => {
    const lock = await acquire();
    const other = lockInfo({ pid: 424242, startedAt: '2030-01-01T00:00:00.000Z' });
    await writeLock(other);
    await lock.release();
    expect(await readDataDirLock(dir)).toEqual(other);
  });
});
