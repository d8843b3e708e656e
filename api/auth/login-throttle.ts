// In-memory throttling of sign-in attempts, per account and per client
// address. Lost on restart, which is acceptable for a single-process server:
// it slows guessing, it is not an audit trail.

export interface LoginThrottleOptions {
  /** Failures on one account before it is locked. */
  maxFailures: number;
  /** Failures are forgotten after this long without a new failure (counted from the end of any lock). */
  windowMs: number;
  /** First lock; each further failure doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** Failures from one address (across usernames) before it is locked. */
  maxFailuresPerAddress: number;
  /** Above this many tracked keys, expired ones are pruned. */
  maxKeys: number;
}

export const DEFAULT_THROTTLE_OPTIONS: Readonly<LoginThrottleOptions> = Object.freeze({
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  baseLockMs: 60 * 1000,
  maxLockMs: 15 * 60 * 1000,
  maxFailuresPerAddress: 20,
  maxKeys: 10_000,
});

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Entry {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

// Prefixes keep a username from colliding with an address.
const accountKey = (username: string) => `u:${username.normalize('NFC').trim().toLowerCase()}`;
const addressKey = (address: string) => `a:${address}`;

export class LoginThrottle {
  private readonly opts: LoginThrottleOptions;
  private readonly now: () => number;
  /** Insertion order is recency of the last failure, for eviction. */
  private readonly entries = new Map<string, Entry>();
  /** Attempts begun but not yet judged, so parallel guesses count before scrypt finishes. */
  private readonly inFlight = new Map<string, number>();

  constructor(opts: Partial<LoginThrottleOptions> = {}, now: () => number = () => Date.now()) {
    this.opts = { ...DEFAULT_THROTTLE_OPTIONS, ...opts };
    this.now = now;
  }

  /** Number of tracked keys (accounts and addresses). */
  get size(): number {
    return this.entries.size;
  }

  /** Blocked if either the account or the address is locked; the caller should not then check the password. */
  check(username: string, address: string): ThrottleDecision {
    const t = this.now();
    let until = 0;
    for (const key of [accountKey(username), addressKey(address)]) {
      const entry = this.entries.get(key);
      if (entry && entry.lockedUntil > t) until = Math.max(until, entry.lockedUntil);
    }
    if (until === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - t) / 1000)) };
  }

  /**
   * Checks and reserves an attempt: attempts still being verified count as
   * failures, so a burst of parallel (or batched) guesses cannot all pass the
   * check. Follow with exactly one recordFailure or recordSuccess.
   */
  begin(username: string, address: string): ThrottleDecision {
    const decision = this.check(username, address);
    if (!decision.allowed) return decision;
    const t = this.now();
    const keys: [string, number][] = [
      [accountKey(username), this.opts.maxFailures],
      [addressKey(address), this.opts.maxFailuresPerAddress],
    ];
    for (const [key, threshold] of keys) {
      const entry = this.entries.get(key);
      const failures = entry && !this.isExpired(entry, t) ? entry.failures : 0;
      if (failures + (this.inFlight.get(key) ?? 0) >= threshold) return { allowed: false, retryAfterSeconds: 1 };
    }
    for (const [key] of keys) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    return { allowed: true };
  }

  private end(username: string, address: string): void {
    for (const key of [accountKey(username), addressKey(address)]) {
      const n = (this.inFlight.get(key) ?? 0) - 1;
      if (n > 0) this.inFlight.set(key, n);
      else this.inFlight.delete(key);
    }
  }

  /** After a wrong password (or unknown username). Ignored for a key that is locked, since nothing was tried against it. */
  recordFailure(username: string, address: string): void {
    this.end(username, address);
    const t = this.now();
    this.fail(accountKey(username), this.opts.maxFailures, t);
    this.fail(addressKey(address), this.opts.maxFailuresPerAddress, t);
    if (this.entries.size > this.opts.maxKeys) this.prune(t);
  }

  /**
   * Clears the account's failures. The address keeps its count and decays on
   * its own; otherwise an attacker could reset it by signing in to an account
   * of their own between guesses.
   */
  recordSuccess(username: string, address: string): void {
    this.end(username, address);
    this.entries.delete(accountKey(username));
  }

  private fail(key: string, threshold: number, t: number): void {
    let entry = this.entries.get(key);
    if (entry && entry.lockedUntil > t) return;
    if (!entry || this.isExpired(entry, t)) entry = { failures: 0, lastFailureAt: t, lockedUntil: 0 };
    entry.failures++;
    entry.lastFailureAt = t;
    if (entry.failures >= threshold) {
      const doublings = Math.min(entry.failures - threshold, 30);
      entry.lockedUntil = t + Math.min(this.opts.maxLockMs, this.opts.baseLockMs * 2 ** doublings);
    }
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
