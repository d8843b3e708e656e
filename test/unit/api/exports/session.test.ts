// resolveSession: the one cookie → session → account step, shared by /trpc and /export.
import type { IncomingMessage } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashSessionToken, newSessionToken } from '../../../../api/auth/session-token.ts';
import type { Account } from '../../../../api/domain/types.ts';
import { resolveSession } from '../../../../api/http/session.ts';
import { createMemoryStore, type MemoryStore } from '../../../fixtures/memory-store.ts';

const START = new Date('2026-03-03T12:00:00.000Z');
const audit = { actorId: 'test', procedure: 'test' };

let store: MemoryStore;
let clock: Date;
let token: string;

const services = () => ({ store, now: () => clock });
const request = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as IncomingMessage;

function account(overrides: Partial<Account> = {}): Account {
  const at = START.toISOString();
  return {
    id: 'acc-1',
    username: 'konvenor',
    displayName: 'Konvenor',
    role: 'convener',
    districtId: 'rinkeby-kista',
    forumIds: [],
    passwordHash: 'x',
    disabled: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

beforeEach(async () => {
  store = createMemoryStore();
  clock = START;
  token = newSessionToken();
  await store.createAccount(account(), audit);
  await store.createSession({ tokenHash: hashSessionToken(token), accountId: 'acc-1', createdAt: START.toISOString(), lastSeenAt: START.toISOString() }, audit);
});

describe('resolveSession', () => {
  it('finds the account of a valid cookie and marks the session as seen', async () => {
    clock = new Date(START.getTime() + 60_000);
    const resolved = await resolveSession(services(), request(`andra=1; vbe_session=${token}`));
    expect(resolved?.account.id).toBe('acc-1');
    expect(resolved?.session.tokenHash).toBe(hashSessionToken(token));
    expect((await store.getSession(hashSessionToken(token)))?.lastSeenAt).toBe(clock.toISOString());
  });

  it('is null without a cookie, with a malformed or unknown token', async () => {
    expect(await resolveSession(services(), request())).toBeNull();
    expect(await resolveSession(services(), request('vbe_session=kort'))).toBeNull();
    expect(await resolveSession(services(), request(`vbe_session=${newSessionToken()}`))).toBeNull();
  });

  it('ignores a session idle for two hours, without touching it', async () => {
    clock = new Date(START.getTime() + 2 * 60 * 60 * 1000);
    expect(await resolveSession(services(), request(`vbe_session=${token}`))).toBeNull();
    expect((await store.getSession(hashSessionToken(token)))?.lastSeenAt).toBe(START.toISOString());
  });

  it('ignores the session of a disabled account', async () => {
    await store.updateAccount('acc-1', (a) => ({ ...a, disabled: true }), audit);
    expect(await resolveSession(services(), request(`vbe_session=${token}`))).toBeNull();
  });
});
