// The "known device" cookie (OWASP's device cookie against lockout): a
// browser where an account has signed in before carries a signed token for
// that account. Its sign-in attempts are then throttled per account and
// device instead of per account and address, so failures from anyone else
// behind the same address (a proxy without TRUST_PROXY, a city's NAT) cannot
// lock the real user out.
//
// The key lives in memory: after a restart old cookies no longer verify and
// sign-in falls back to the address, which is safe. Several server processes
// would need a shared key.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'vbe_enhet';
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const KEY = randomBytes(32);

const normal = (username: string) => username.normalize('NFC').trim().toLowerCase();

function mac(username: string, nonce: string): string {
  return createHmac('sha256', KEY).update(`${normal(username)}\u0000${nonce}`).digest('base64url');
}

/** A new device token for an account that just signed in. */
export function newDeviceToken(username: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(username, nonce)}`;
}

export function deviceCookie(token: string, secure: boolean): string {
  // Only the sign-in procedure needs it.
  return `${DEVICE_COOKIE}=${token}; Path=/trpc/auth.login; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The device id of a cookie that this account signed in with, or null. */
export function knownDevice(cookieHeader: string | undefined, username: string): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== DEVICE_COOKIE) continue;
    const [nonce, given] = pair.slice(eq + 1).trim().split('.');
    if (!nonce || !given || nonce.length > 64 || given.length > 64) continue;
    const expected = Buffer.from(mac(username, nonce));
    const actual = Buffer.from(given);
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) return nonce;
  }
  return null;
}
