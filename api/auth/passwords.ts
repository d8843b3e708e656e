// Password hashing (scrypt) and the password policy for new passwords.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { COMMON_PASSWORDS } from './common-passwords.ts';

// Current parameters. They are written into every hash, so raising them later
// leaves old hashes verifiable (and rehashable at the next sign-in).
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const SALT_BYTES = 16;

// Bounds for parameters read from a stored hash, so a corrupt or tampered
// record cannot make a sign-in allocate gigabytes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const MAX_BLOCK_MEMORY = 256 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

// scrypt needs 128*N*r bytes; Node's default maxmem (32 MiB) is exactly that
// for N=2^15, r=8 and fails on the overhead, hence the factor 2.
const options = (n: number, r: number, p: number): ScryptOptions => ({ N: n, r, p, maxmem: 128 * n * r * 2 });

// NFC so that "å" typed as one code point (Windows) or as "a" + ring (macOS)
// gives the same hash.
const normalize = (password: string) => password.normalize('NFC');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scryptAsync(normalize(password), salt, KEYLEN, options(N, R, P));
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

interface Parsed {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

const INTEGER = /^[1-9]\d{0,7}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function strictBase64(text: string): Buffer | null {
  if (!BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  // Buffer.from ignores junk and bad padding; a round trip catches both.
  return bytes.toString('base64') === text ? bytes : null;
}

function parse(encoded: string): Parsed | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, nText, rText, pText, saltText, hashText] = parts as [string, string, string, string, string, string];
  if (!INTEGER.test(nText) || !INTEGER.test(rText) || !INTEGER.test(pText)) return null;
  const n = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  if (n < 2 || n > MAX_N || (n & (n - 1)) !== 0) return null;
  if (r > MAX_R || p > MAX_P || 128 * n * r > MAX_BLOCK_MEMORY) return null;
  const salt = strictBase64(saltText);
  const hash = strictBase64(hashText);
  if (!salt || salt.length < 8 || !hash || hash.length < 16 || hash.length > 64) return null;
  return { n, r, p, salt, hash };
}

/** False for a wrong password and for anything that is not a hash this module wrote. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded);
  if (!parsed) return false;
  try {
    const actual = await scryptAsync(normalize(password), parsed.salt, parsed.hash.length, options(parsed.n, parsed.r, parsed.p));
    return timingSafeEqual(actual, parsed.hash);
  } catch {
    return false;
  }
}

/** Whether a stored hash uses older parameters and should be replaced after a successful sign-in. */
export function needsRehash(encoded: string): boolean {
  const parsed = parse(encoded);
  return !parsed || parsed.n !== N || parsed.r !== R || parsed.p !== P || parsed.hash.length !== KEYLEN;
}

/**
 * A well-formed hash with the current parameters that no password matches
 * (salt and hash are random bytes, not derived from any password).
 */
export const DUMMY_HASH = ['scrypt', N, R, P, 'vjLAW+LKnCmUANLWIRjM7A==', '/AbkDM0uKlZCluHA8EjEyOz3F6fRFizJhkl9/sZ+RKs='].join('$');

/**
 * For a sign-in with an unknown username: costs what a real verification
 * costs, so the response time does not tell which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(password, DUMMY_HASH);
  return false;
}

// ---------------------------------------------------------------------------
// Policy for new passwords (NIST SP 800-63B style: length and a block list,
// no composition rules such as "one digit and one capital").

const MESSAGES = {
  tooShort: `Lösenordet måste vara minst ${MIN_PASSWORD_LENGTH} tecken långt. Tips: använd flera ord, till exempel en kort mening.`,
  tooLong: `Lösenordet får vara högst ${MAX_PASSWORD_LENGTH} tecken långt.`,
  username: 'Lösenordet får inte innehålla ditt användarnamn.',
  predictable: 'Lösenordet är för lätt att gissa: det består av upprepade tecken eller en enkel teckenföljd. Välj ett annat.',
  common: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna flera ord i en mening.',
} as const;

/** Sequences people walk along: digits, the Swedish alphabet, rows and columns of a Swedish keyboard. */
const SEQUENCES = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyzåäö',
  '1234567890+',
  '!"#¤%&/()=?',
  'qwertyuiopå',
  'asdfghjklöä',
  '<zxcvbnm,.-',
  '1qaz',
  '2wsx',
  '3edc',
  '4rfv',
  '5tgb',
  '6yhn',
  '7ujm',
  '8ik,',
  '9ol.',
  '0pö-',
];

const NEIGHBOURS = new Map<string, Set<string>>();
for (const sequence of SEQUENCES) {
  const chars = [...sequence];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (!NEIGHBOURS.has(a)) NEIGHBOURS.set(a, new Set());
    if (!NEIGHBOURS.has(b)) NEIGHBOURS.set(b, new Set());
    NEIGHBOURS.get(a)!.add(b);
    NEIGHBOURS.get(b)!.add(a);
  }
}

/**
 * How many runs the text falls into, where a run continues while each
 * character repeats the previous one or is its neighbour in a sequence
 * (either direction). Roughly the number of choices a guesser has to make:
 * "aaaaaaaaaaaa" and "abcdefghijkl" are 1, "qwerty123456" is 2.
 */
export function countRuns(text: string): number {
  const chars = [...text.toLowerCase()];
  if (chars.length === 0) return 0;
  let runs = 1;
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const cur = chars[i]!;
    if (cur !== prev && !NEIGHBOURS.get(prev)?.has(cur)) runs++;
  }
  return runs;
}

/** At most this many runs in the whole password counts as predictable. */
const MAX_PREDICTABLE_RUNS = 4;
/** A common word padded with at most this many runs (a year, "123", "!!") is still common. */
const MAX_WEAK_PADDING_RUNS = 6;

function isRepetition(chars: string[]): boolean {
  // A unit shorter than the minimum length, repeated ("hejhejhejhej"), is no
  // stronger than the unit alone.
  for (let unit = 1; unit < MIN_PASSWORD_LENGTH && unit * 2 <= chars.length; unit++) {
    if (chars.length % unit !== 0) continue;
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

// Folding å/ä/ö (and other accents) makes "losenord" and "lösenord", or
// "djurgarden" and "djurgården", the same entry.
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const squash = (text: string) => fold(text.toLowerCase()).replace(/\s+/gu, '');

const FOLDED_COMMON = new Set([...COMMON_PASSWORDS].map(squash));

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const deleet = (text: string, one: string) => text.replace(/[013457@$!|]/g, (c) => (c === '1' ? one : LEET[c]!));

function isCommonWord(word: string): boolean {
  const base = squash(word);
  return FOLDED_COMMON.has(base) || FOLDED_COMMON.has(deleet(base, 'i')) || FOLDED_COMMON.has(deleet(base, 'l'));
}

/**
 * Common if the whole password is on the list, or if what remains after
 * removing leading and trailing digits, symbols and spaces (the "core") is on
 * the list (also read as leetspeak: "P@ssw0rd") and the removed padding is
 * weak: at most MAX_WEAK_PADDING_RUNS runs. So "Sommar2024!!",
 * "lösenord1234567890" and "P@ssw0rd1234" are refused, whereas a common word
 * padded with seven or more unpredictable characters is accepted, since the
 * padding alone then makes guessing costly.
 */
function isCommon(password: string): boolean {
  if (isCommonWord(password)) return true;
  const match = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/su.exec(password);
  const [, leading = '', core = '', trailing = ''] = match ?? [];
  if (core.length === 0 || (leading.length === 0 && trailing.length === 0)) return false;
  return isCommonWord(core) && countRuns(leading) + countRuns(trailing) <= MAX_WEAK_PADDING_RUNS;
}

// Letters and digits only, so "anna.svensson" is found in "AnnaSvensson99!".
const alphanumeric = (text: string) => squash(text).replace(/[^\p{L}\p{N}]/gu, '');

function containsUsername(password: string, username: string | undefined): boolean {
  if (!username) return false;
  const haystack = alphanumeric(password);
  const name = username.trim();
  // The local part too, in case usernames are e-mail addresses.
  const candidates = [name, name.split('@')[0] ?? ''].map(alphanumeric);
  return candidates.some((c) => [...c].length >= 3 && haystack.includes(c));
}

/** A Swedish message saying why the password is not acceptable, or null if it is. */
export function checkPasswordPolicy(password: string, context: { username?: string } = {}): string | null {
  const normalized = normalize(password);
  const chars = [...normalized];
  if (chars.length < MIN_PASSWORD_LENGTH) return MESSAGES.tooShort;
  if (chars.length > MAX_PASSWORD_LENGTH) return MESSAGES.tooLong;
  if (containsUsername(normalized, context.username)) return MESSAGES.username;
  const lower = [...normalized.toLowerCase()];
  if (isRepetition(lower) || new Set(lower).size < 4 || countRuns(normalized) <= MAX_PREDICTABLE_RUNS) return MESSAGES.predictable;
  if (isCommon(normalized)) return MESSAGES.common;
  return null;
}
