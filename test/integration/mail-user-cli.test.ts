// `npm run user` sets an account's work e-mail (--email), checked as the API checks it.
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

async function emailOf(username: string) {
  const store = await openLowdbStore(dataDir, { lockHeld: false });
  try {
    return (await store.findAccountByUsername(username))?.email;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vbe-user-mail-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run user -- --email', () => {
  it('adds an account with its work e-mail, changes it, refuses a non-address and removes it with ""', async () => {
    const added = await userTool(['add', 'samordnare.test', '--role', 'coordinator', '--district', 'rinkeby-kista', '--email', 'samordnare@stad.example']);
    expect(added.code).toBe(0);
    expect(await emailOf('samordnare.test')).toBe('samordnare@stad.example');

    const bad = await userTool(['email', 'samordnare.test', '--email', 'inte-en-adress']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--email måste vara en e-postadress i tjänsten');
    expect(await emailOf('samordnare.test')).toBe('samordnare@stad.example');
    // A list of addresses is not an address (isWorkEmail, as the API checks it).
    expect((await userTool(['email', 'samordnare.test', '--email', 'ny@stad.example,annan@stad.example'])).code).not.toBe(0);
    expect(await emailOf('samordnare.test')).toBe('samordnare@stad.example');

    expect((await userTool(['email', 'samordnare.test', '--email', 'ny@stad.example'])).code).toBe(0);
    expect(await emailOf('samordnare.test')).toBe('ny@stad.example');
    expect((await userTool(['list'])).stdout).toContain('e-post: ny@stad.example');

    expect((await userTool(['email', 'samordnare.test', '--email', ''])).code).toBe(0);
    expect(await emailOf('samordnare.test')).toBeUndefined();
  });
});
