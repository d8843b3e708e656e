// `npm run user` accepts the read-only city role (issue 12).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../api/store/lowdb-store.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
let dataDir: string;

function userTool(args: string[]) {
  const { USER_PASSWORD: _inherited, SMTP_URL: _smtp, MAIL_FROM: _from, ...base } = process.env;
  const env = { ...base, DATA_DIR: dataDir, USER_PASSWORD: 'gröna äpplen i november' };
  return run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/user.ts'), ...args], { env, cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vbe-user-city-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run user -- add --role city', () => {
  it('adds the city’s read-only coordinator and lists it with its label', async () => {
    const added = await userTool(['add', 'stadens.samordnare', '--role', 'city', '--district', 'rinkeby-kista']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Stadens samordnare (läsbehörighet)');
    const store = await openLowdbStore(dataDir, { lockHeld: false });
    try {
      expect((await store.findAccountByUsername('stadens.samordnare'))?.role).toBe('city');
    } finally {
      await store.close();
    }
    expect((await userTool(['list'])).stdout).toContain('Stadens samordnare (läsbehörighet)');
  });
});
