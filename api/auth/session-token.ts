// Session tokens and the cookie that carries them. The token goes only to the
// browser; the store keeps its SHA-256, so a leaked store cannot be replayed.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'vbe_session';

const TOKEN_BYTES = 32;
/** 32 bytes in unpadded base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

// A plain hash (no salt, no scrypt) suffices: the token has 256 bits of
// entropy, so there is nothing to brute-force.
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Exactly what newSessionToken() can produce, including the last character's unused bits being zero. */
function isPlausibleToken(value: string): boolean {
  return TOKEN_PATTERN.test(value) && Buffer.from(value, 'base64url').toString('base64url') === value;
}

const ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Strict';

export function sessionCookie(token: string, opts: { secure: boolean; maxAgeSeconds: number }): string {
  // Guards the header against injection should a caller pass something else.
  if (!isPlausibleToken(token)) throw new Error('sessionCookie: not a session token');
  if (!Number.isFinite(opts.maxAgeSeconds)) throw new Error('sessionCookie: maxAgeSeconds must be finite');
  const maxAge = Math.max(0, Math.floor(opts.maxAgeSeconds));
  return `${SESSION_COOKIE}=${token}; ${ATTRIBUTES}; Max-Age=${maxAge}${opts.secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  // Expires as well as Max-Age for clients that ignore Max-Age.
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? '; Secure' : ''}`;
}

/**
 * The session token from a Cookie header, or null. Takes the first
 * `vbe_session` whose value looks like a token (a browser sends the most
 * specific path first); anything else is treated as no session.
 */
export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(eq + 1).trim();
    // RFC 6265 allows a quoted value.
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (isPlausibleToken(value)) return value;
  }
  return null;
}

export interface SessionLimits {
  /** Ends after this long without a request. */
  idleMs: number;
  /** Ends this long after sign-in, however active. */
  absoluteMs: number;
  /** At most this many sessions per account; a new sign-in ends the oldest beyond it. */
  perAccount: number;
}

export const SESSION_LIMITS: Readonly<SessionLimits> = Object.freeze({
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  perAccount: 10,
});

/**
 * The sessions to keep: for each account only its newest `limit` (by
 * `createdAt`; among equal times, the later in the list). Order is kept.
 * Bounds what one account (or a script signing in over and over) can pile
 * up in sessions.json.
 */
export function capSessionsPerAccount<T extends { accountId: string; createdAt: string }>(
  sessions: readonly T[],
  limit: number = SESSION_LIMITS.perAccount,
): T[] {
  const byAccount = new Map<string, number[]>();
  sessions.forEach((s, i) => {
    const indexes = byAccount.get(s.accountId);
    if (indexes) indexes.push(i);
    else byAccount.set(s.accountId, [i]);
  });
  const dropped = new Set<number>();
  for (const indexes of byAccount.values()) {
    if (indexes.length <= limit) continue;
    const newestFirst = [...indexes].sort((a, b) => sessions[b]!.createdAt.localeCompare(sessions[a]!.createdAt) || b - a);
    for (const i of newestFirst.slice(limit)) dropped.add(i);
  }
  return sessions.filter((_, i) => !dropped.has(i));
}

/**
 * Expired once either limit is reached (the boundary itself counts as
 * expired). Unparseable timestamps count as expired: fail closed.
 */
export function isSessionExpired(
  s: { createdAt: string; lastSeenAt: string },
  now: Date,
  limits: Pick<SessionLimits, 'idleMs' | 'absoluteMs'> = SESSION_LIMITS,
): boolean {
  const created = Date.parse(s.createdAt);
  const lastSeen = Date.parse(s.lastSeenAt);
  const t = now.getTime();
  if (Number.isNaN(created) || Number.isNaN(lastSeen) || Number.isNaN(t)) return true;
  return t - lastSeen >= limits.idleMs || t - created >= limits.absoluteMs;
}
