// In-memory throttling of sign-in attempts. Lost on restart, which is
// acceptable for a single-process server: it slows guessing, it is not an
// audit trail.
//
// The rule that keeps an attacker from turning it against the real user:
// only failures of the same account from the same address (a "pair") can
// lock an attempt. So:
//
// - Failures count per pair. Five lock the pair (1 min, doubling with each
//   further failure, at most 15 min). The right password from another
//   address is never stopped by them.
// - Failures also count per address (across usernames: password spraying)
//   and per account (across addresses: distributed guessing). Neither locks
//   anything by itself. Over its limit, the address or account is "under
//   attack", and a pair that then fails is locked for the base time after
//   each failure instead of after the fifth. That slows guessing from an
//   address or at an account to about one guess per minute per pair, while
//   a username with no failures from an address always gets its attempt,
//   even behind a proxy where everyone shares one address.
// - A lock starts when the failed attempt began, and is fixed when the
//   failure is recorded, so `retryAfterSeconds` tells the truth: the right
//   password works again exactly then (while a pair is locked, nothing is
//   tried and nothing counts).
// - Attempts still being verified count as failures (`begin`), so parallel
//   or batched guesses cannot pass the check before scrypt has judged them.

export interface LoginThrottleOptions {
  /** Failures of one account from one address before that pair is locked. */
  maxFailures: number;
  /** Failures are forgotten after this long without a new failure (counted from the end of any lock). */
  windowMs: number;
  /** First lock; each further failure doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** Failures from one address (across usernames) before the address counts as under attack. */
  maxFailuresPerAddress: number;
  /** Failures at one account (across addresses) before the account counts as under attack. */
  maxFailuresPerAccount: number;
  /** Above this many tracked keys, expired ones are pruned. */
  maxKeys: number;
}

export const DEFAULT_THROTTLE_OPTIONS: Readonly<LoginThrottleOptions> = Object.freeze({
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  baseLockMs: 60 * 1000,
  maxLockMs: 15 * 60 * 1000,
  maxFailuresPerAddress: 20,
  maxFailuresPerAccount: 50,
  maxKeys: 10_000,
});

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Entry {
  failures: number;
  lastFailureAt: number;
  /** Only pairs are ever locked. */
  lockedUntil: number;
}

const normalizeUsername = (username: string) => username.normalize('NFC').trim().toLowerCase();
// Prefixes keep a username from colliding with an address; NUL cannot occur in either.
const pairKey = (username: string, address: string) => `p:${address}\u0000${normalizeUsername(username)}`;
const addressKey = (address: string) => `a:${address}`;
const accountKey = (username: string) => `u:${normalizeUsername(username)}`;

export class LoginThrottle {
  private readonly opts: LoginThrottleOptions;
  private readonly now: () => number;
  /** Insertion order is recency of the last failure, for eviction. */
  private readonly entries = new Map<string, Entry>();
  /** Per pair: start times of attempts begun but not yet judged. */
  private readonly inFlight = new Map<string, number[]>();

  constructor(opts: Partial<LoginThrottleOptions> = {}, now: () => number = () => Date.now()) {
    this.opts = { ...DEFAULT_THROTTLE_OPTIONS, ...opts };
    this.now = now;
  }

  /** Number of tracked keys (pairs, addresses and accounts). */
  get size(): number {
    return this.entries.size;
  }

  /** Blocked only while this account is locked for this address; the caller should not then check the password. */
  check(username: string, address: string): ThrottleDecision {
    const t = this.now();
    const entry = this.entries.get(pairKey(username, address));
    if (!entry || entry.lockedUntil <= t) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.ceil((entry.lockedUntil - t) / 1000) };
  }

  /**
   * Checks and reserves an attempt. While attempts of the pair are being
   * verified, another is let through only if the pair would not be locked
   * should they all fail. Refused, it says when the lock that would follow
   * them at the latest ends: an attempt is judged long before that.
   * Follow an allowed attempt with exactly one recordFailure or recordSuccess.
   */
  begin(username: string, address: string): ThrottleDecision {
    const decision = this.check(username, address);
    if (!decision.allowed) return decision;
    const t = this.now();
    const key = pairKey(username, address);
    const pending = this.inFlight.get(key) ?? [];
    if (pending.length > 0) {
      const entry = this.entries.get(key);
      const failures = entry && !this.isExpired(entry, t) ? entry.failures : 0;
      const projected = failures + pending.length;
      const lockMs = this.lockMs(projected, this.underAttack(username, address, t));
      if (lockMs > 0) {
        const until = Math.max(...pending) + lockMs;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - t) / 1000)) };
      }
    }
    this.inFlight.set(key, [...pending, t]);
    return { allowed: true };
  }

  /** Ends the oldest reservation of the pair; its start time, or now if there was none. */
  private end(key: string, t: number): number {
    const pending = this.inFlight.get(key);
    if (!pending?.length) return t;
    const [started, ...rest] = pending;
    if (rest.length) this.inFlight.set(key, rest);
    else this.inFlight.delete(key);
    return started!;
  }

  /** After a wrong password (or unknown username). Ignored for a pair that is locked, since nothing was tried against it. */
  recordFailure(username: string, address: string): void {
    const t = this.now();
    const key = pairKey(username, address);
    const started = this.end(key, t);
    let pair = this.entries.get(key);
    if (pair && pair.lockedUntil > t) return;
    // The aggregates first: this failure may be the one that puts them over.
    this.count(addressKey(address), t);
    this.count(accountKey(username), t);
    if (!pair || this.isExpired(pair, t)) pair = { failures: 0, lastFailureAt: t, lockedUntil: 0 };
    pair.failures++;
    pair.lastFailureAt = t;
    const lockMs = this.lockMs(pair.failures, this.underAttack(username, address, t));
    if (lockMs > 0) pair.lockedUntil = Math.max(pair.lockedUntil, started + lockMs);
    this.touch(key, pair);
    if (this.entries.size > this.opts.maxKeys) this.prune(t);
  }

  /**
   * Clears the pair's failures. The address and the account keep their
   * counts and decay on their own; otherwise an attacker could reset the
   * address by signing in to an account of their own between guesses.
   */
  recordSuccess(username: string, address: string): void {
    const key = pairKey(username, address);
    this.end(key, this.now());
    this.entries.delete(key);
  }

  /** How long a pair with this many failures is locked: 0 below the threshold. */
  private lockMs(failures: number, underAttack: boolean): number {
    const { maxFailures, baseLockMs, maxLockMs } = this.opts;
    if (failures >= maxFailures) return Math.min(maxLockMs, baseLockMs * 2 ** Math.min(failures - maxFailures, 30));
    // Never longer than the normal lock for the same count, so an attack that
    // starts later cannot stretch a lock already announced.
    return underAttack && failures > 0 ? baseLockMs : 0;
  }

  private underAttack(username: string, address: string, t: number): boolean {
    return (
      this.failuresOf(addressKey(address), t) >= this.opts.maxFailuresPerAddress ||
      this.failuresOf(accountKey(username), t) >= this.opts.maxFailuresPerAccount
    );
  }

  private failuresOf(key: string, t: number): number {
    const entry = this.entries.get(key);
    return entry && !this.isExpired(entry, t) ? entry.failures : 0;
  }

  private count(key: string, t: number): void {
    let entry = this.entries.get(key);
    if (!entry || this.isExpired(entry, t)) entry = { failures: 0, lastFailureAt: t, lockedUntil: 0 };
    entry.failures++;
    entry.lastFailureAt = t;
    this.touch(key, entry);
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private isExpired(entry: Entry, t: number): boolean {
    return entry.lockedUntil <= t && t - Math.max(entry.lastFailureAt, entry.lockedUntil) > this.opts.windowMs;
  }

  private prune(t: number): void {
    for (const [key, entry] of this.entries) {
      if (this.isExpired(entry, t)) this.entries.delete(key);
    }
    // Under a flood of fresh keys nothing has expired; drop the least recently
    // failed down to 90 % so memory stays bounded and pruning stays rare.
    // Unlocked keys go first, so a flood does not easily lift a lock.
    const target = Math.floor(this.opts.maxKeys * 0.9);
    for (const onlyUnlocked of [true, false]) {
      for (const [key, entry] of this.entries) {
        if (this.entries.size <= target) return;
        if (!onlyUnlocked || entry.lockedUntil <= t) this.entries.delete(key);
      }
    }
  }
}
