import { describe, expect, it } from 'vitest';
import {
  capSessionsPerAccount,
  clearedSessionCookie,
  hashSessionToken,
  isSessionExpired,
  newSessionToken,
  readSessionCookie,
  SESSION_COOKIE,
  SESSION_LIMITS,
  sessionCookie,
} from '../../../../api/auth/session-token.ts';

describe('session tokens', () => {
  it('are 256 random bits in base64url', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const many = new Set(Array.from({ length: 100 }, newSessionToken));
    expect(many.size).toBe(100);
  });

  it('are stored as a SHA-256 hex hash, not as themselves', () => {
    const token = newSessionToken();
    const hash = hashSessionToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashSessionToken(token)).toBe(hash);
    expect(hashSessionToken(newSessionToken())).not.toBe(hash);
    // Known vector, so the algorithm cannot change unnoticed (stored hashes depend on it).
    expect(hashSessionToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('session cookie', () => {
  const token = newSessionToken();

  it('has the protective attributes, and Secure only when asked', () => {
    const plain = sessionCookie(token, { secure: false, maxAgeSeconds: 7200 });
    expect(plain).toBe(`vbe_session=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=7200`);
    expect(plain).not.toMatch(/Secure/);
    expect(sessionCookie(token, { secure: true, maxAgeSeconds: 7200 })).toBe(
      `vbe_session=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=7200; Secure`,
    );
    expect(SESSION_COOKIE).toBe('vbe_session');
  });

  it('writes Max-Age as a non-negative integer', () => {
    expect(sessionCookie(token, { secure: false, maxAgeSeconds: 59.9 })).toMatch(/; Max-Age=59(;|$)/);
    expect(sessionCookie(token, { secure: false, maxAgeSeconds: -5 })).toMatch(/; Max-Age=0(;|$)/);
    expect(() => sessionCookie(token, { secure: false, maxAgeSeconds: Number.NaN })).toThrow();
  });

  it('refuses to put anything but a token into the header', () => {
    expect(() => sessionCookie(`${token}; Domain=evil.example`, { secure: true, maxAgeSeconds: 60 })).toThrow();
    expect(() => sessionCookie('', { secure: true, maxAgeSeconds: 60 })).toThrow();
  });

  it('clears with an empty value and an expiry in the past', () => {
    expect(clearedSessionCookie(false)).toMatch(/^vbe_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT$/);
    expect(clearedSessionCookie(true)).toMatch(/; Secure$/);
  });
});

describe('readSessionCookie', () => {
  const token = newSessionToken();

  it('finds the token among other cookies and whitespace', () => {
    expect(readSessionCookie(`vbe_session=${token}`)).toBe(token);
    expect(readSessionCookie(`theme=dark; vbe_session=${token}; lang=sv`)).toBe(token);
    expect(readSessionCookie(`  theme=dark ;vbe_session = ${token}  ;lang=sv`)).toBe(token);
    expect(readSessionCookie(`theme=dark;vbe_session="${token}"`)).toBe(token);
    expect(readSessionCookie(`x_vbe_session=junk; vbe_session=${token}`)).toBe(token);
    expect(readSessionCookie(`flag; vbe_session=${token}`)).toBe(token);
  });

  it('takes the first plausible value when the cookie occurs twice', () => {
    const other = newSessionToken();
    expect(readSessionCookie(`vbe_session=${token}; vbe_session=${other}`)).toBe(token);
    expect(readSessionCookie(`vbe_session=junk; vbe_session=${other}`)).toBe(other);
  });

  it('returns null for no header, no cookie, or junk', () => {
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie('')).toBeNull();
    expect(readSessionCookie('theme=dark')).toBeNull();
    expect(readSessionCookie(`x_vbe_session=${token}`)).toBeNull();
    expect(readSessionCookie(`VBE_SESSION=${token}`)).toBeNull();
    expect(readSessionCookie('vbe_session=')).toBeNull();
    expect(readSessionCookie(`vbe_session=${token}x`)).toBeNull(); // 44 characters
    expect(readSessionCookie(`vbe_session=${token.slice(1)}`)).toBeNull(); // 42 characters
    expect(readSessionCookie(`vbe_session=${token.slice(0, 42)}+`)).toBeNull(); // not base64url
    expect(readSessionCookie(`vbe_session=${token.slice(0, 42)}=`)).toBeNull();
    expect(readSessionCookie(`vbe_session=${'A'.repeat(42)}B`)).toBeNull(); // unused low bits set: no 32-byte encoding
    expect(readSessionCookie(`vbe_session=${'A'.repeat(42)}E`)).toBe(`${'A'.repeat(42)}E`);
    expect(readSessionCookie(`vbe_session=%27%20OR%201=1`)).toBeNull();
  });
});

describe('isSessionExpired', () => {
  const created = new Date('2025-03-01T08:00:00.000Z');
  const at = (ms: number) => new Date(created.getTime() + ms);
  const session = (lastSeenMs: number) => ({ createdAt: created.toISOString(), lastSeenAt: at(lastSeenMs).toISOString() });
  const HOUR = 60 * 60 * 1000;

  it('limits a session to 2 hours idle and 12 hours in all, and an account to 10 sessions', () => {
    expect(SESSION_LIMITS).toEqual({ idleMs: 2 * HOUR, absoluteMs: 12 * HOUR, perAccount: 10 });
  });

  it('expires at the idle limit', () => {
    expect(isSessionExpired(session(0), at(2 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(session(0), at(2 * HOUR))).toBe(true);
    expect(isSessionExpired(session(5 * HOUR), at(7 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(session(5 * HOUR), at(7 * HOUR))).toBe(true);
  });

  it('expires at the absolute limit however active', () => {
    expect(isSessionExpired(session(12 * HOUR - 2), at(12 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(session(12 * HOUR - 1), at(12 * HOUR))).toBe(true);
  });

  it('takes other limits', () => {
    expect(isSessionExpired(session(0), at(1000), { idleMs: 1000, absoluteMs: 10_000 })).toBe(true);
    expect(isSessionExpired(session(9000), at(9999), { idleMs: 1000, absoluteMs: 10_000 })).toBe(false);
    expect(isSessionExpired(session(9500), at(10_000), { idleMs: 1000, absoluteMs: 10_000 })).toBe(true);
  });

  it('treats unreadable timestamps as expired', () => {
    expect(isSessionExpired({ createdAt: 'igår', lastSeenAt: created.toISOString() }, at(1))).toBe(true);
    expect(isSessionExpired({ createdAt: created.toISOString(), lastSeenAt: '' }, at(1))).toBe(true);
    expect(isSessionExpired(session(0), new Date(Number.NaN))).toBe(true);
  });
});

describe('capSessionsPerAccount', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 8, minute)).toISOString();
  const session = (accountId: string, minute: number) => ({ accountId, createdAt: at(minute), tokenHash: `${accountId}-${minute}` });

  it('keeps the newest ten of an account, in order, and leaves other accounts alone', () => {
    const anna = Array.from({ length: 11 }, (_, i) => session('anna', i));
    const bertil = [session('bertil', 0), session('bertil', 1)];
    const kept = capSessionsPerAccount([anna[0]!, bertil[0]!, ...anna.slice(1), bertil[1]!]);
    expect(kept.map((s) => s.tokenHash)).toEqual(['bertil-0', ...anna.slice(1).map((s) => s.tokenHash), 'bertil-1']);
  });

  it('judges by creation time, not by position, and takes a limit', () => {
    const list = [session('anna', 5), session('anna', 1), session('anna', 3)];
    expect(capSessionsPerAccount(list, 2).map((s) => s.tokenHash)).toEqual(['anna-5', 'anna-3']);
    // Equal times: the later in the list is the newer.
    const same = [{ ...session('anna', 1), tokenHash: 'a' }, { ...session('anna', 1), tokenHash: 'b' }];
    expect(capSessionsPerAccount(same, 1).map((s) => s.tokenHash)).toEqual(['b']);
  });
});
