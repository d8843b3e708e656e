// The procedure type for callers without a session (the report form, the
// survey's answers, the district list): a rate limit per client address is
// built in, so no router can forget it. Two windows per procedure and address:
// accepted calls (generous: a whole unit may sit behind one proxy address)
// and refused calls (stricter: input or guard refusals). Over the accepted
// window, every call answers TOO_MANY_REQUESTS with Retry-After. Over the
// refused window a call still runs, so refusals by others behind a shared
// proxy never lock out a valid sender; only a call that would be refused
// answers TOO_MANY_REQUESTS instead of its field-naming refusal, so the guard
// cannot be probed at speed. The address is only a key in memory: nothing
// about the caller is stored with any record, and the memory is lost on
// restart, which is acceptable for a single-process server (it slows abuse,
// it is no record).
import { isIPv4, isIPv6 } from 'node:net';
import { DomainError } from '../domain/errors.ts';
import type { Store } from '../store/store.ts';
import { publicProcedure } from './init.ts';

export interface RateWindow {
  /** Calls allowed within `windowMs`. */
  limit: number;
  windowMs: number;
}

export interface AnonymousLimits {
  accepted: RateWindow;
  refused: RateWindow;
}

const MINUTE_MS = 60 * 1000;

export const DEFAULT_ANONYMOUS_LIMITS: Readonly<AnonymousLimits> = Object.freeze({
  accepted: { limit: 30, windowMs: 60 * MINUTE_MS },
  refused: { limit: 20, windowMs: 10 * MINUTE_MS },
});

/** Above this many addresses per window, expired ones are pruned, then the least recently used dropped. */
export const MAX_TRACKED_ADDRESSES = 10_000;

/** Each window is counted in this many buckets (an hour's window: one a minute). */
export const BUCKETS_PER_WINDOW = 60;

/**
 * Worst case per key: the key (an IPv6 /64 is at most 24 characters), its Map
 * slot, the entry object and a Uint16Array of 60 counters (120 B, plus the
 * typed array's and its buffer's headers): measured at about 480 B on Node
 * 20/x64, so under 600 B. One window then holds at most 10,000 × 600 B ≈ 6 MB,
 * whatever the limit (a log of times held up to 600 × 8 B per key, ≈ 48 MB).
 */
export const WORST_CASE_BYTES_PER_KEY = 600;

/** The rate key of an address: IPv6 by its /64 (one subscriber's network), IPv4 (and IPv4-mapped) as it is. */
export function rateKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  const bare = address.split('%')[0]!;
  if (!isIPv6(bare)) return address;
  const [head = '', tail] = bare.toLowerCase().split('::');
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const front = groups(head);
  const prefix = tail === undefined ? front : [...front, ...Array(8 - front.length - groups(tail).length).fill('0'), ...groups(tail)];
  return `${prefix.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Buckets {
  /** The bucket index (time / bucket length) of the newest call. */
  newest: number;
  /** Calls per bucket, as a ring: bucket b is at b % BUCKETS_PER_WINDOW. */
  counts: Uint16Array;
}

/**
 * A sliding window of fixed-size bucket counters per key: a call counts until
 * its bucket has left the window (between `windowMs` less one bucket and
 * `windowMs` after it). Fixed counters per key and at most `maxKeys` keys
 * bound the memory (see WORST_CASE_BYTES_PER_KEY).
 */
export class SlidingWindowLimiter {
  /** Insertion order is recency of the last recorded call, for eviction. */
  private readonly calls = new Map<string, Buckets>();
  private readonly bucketMs: number;

  constructor(
    readonly window: RateWindow,
    private readonly maxKeys = MAX_TRACKED_ADDRESSES,
  ) {
    this.bucketMs = window.windowMs / BUCKETS_PER_WINDOW;
  }

  get size(): number {
    return this.calls.size;
  }

  /** Counters held across all keys: never more than `maxKeys × BUCKETS_PER_WINDOW`. */
  get counters(): number {
    let n = 0;
    for (const entry of this.calls.values()) n += entry.counts.length;
    return n;
  }

  check(key: string, t: number): RateDecision {
    const entry = this.calls.get(key);
    const now = this.bucket(t);
    if (!entry) return { allowed: true };
    let total = 0;
    for (let b = now - BUCKETS_PER_WINDOW + 1; b <= now; b++) total += this.count(entry, b);
    if (total < this.window.limit) return { allowed: true };
    // The oldest buckets leave the window first; the one that brings the count under the limit frees a place.
    for (let b = now - BUCKETS_PER_WINDOW + 1; b <= now; b++) {
      total -= this.count(entry, b);
      if (total < this.window.limit) {
        const freeAt = (b + BUCKETS_PER_WINDOW) * this.bucketMs;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - t) / 1000)) };
      }
    }
    return { allowed: true };
  }

  record(key: string, t: number): void {
    const b = this.bucket(t);
    const entry = this.calls.get(key) ?? { newest: b, counts: new Uint16Array(BUCKETS_PER_WINDOW) };
    this.advance(entry, b);
    const slot = this.slot(b);
    // Saturates: far above any limit, so the window stays full.
    if (entry.counts[slot]! < 0xffff) entry.counts[slot]! += 1;
    this.calls.delete(key);
    this.calls.set(key, entry);
    if (this.calls.size > this.maxKeys) this.prune(t);
  }

  /** Takes back one call recorded at `t` (a reservation that did not become an accepted call). */
  unrecord(key: string, t: number): void {
    const entry = this.calls.get(key);
    if (!entry) return;
    const slot = this.slot(this.bucket(t));
    if (this.count(entry, this.bucket(t)) > 0) entry.counts[slot]! -= 1;
  }

  private bucket(t: number): number {
    return Math.floor(t / this.bucketMs);
  }

  private slot(b: number): number {
    return ((b % BUCKETS_PER_WINDOW) + BUCKETS_PER_WINDOW) % BUCKETS_PER_WINDOW;
  }

  /** The count of bucket `b`, if the ring still holds it. */
  private count(entry: Buckets, b: number): number {
    return b > entry.newest - BUCKETS_PER_WINDOW && b <= entry.newest ? entry.counts[this.slot(b)]! : 0;
  }

  /** Moves the ring forward to bucket `b`, emptying the buckets it passes. */
  private advance(entry: Buckets, b: number): void {
    if (b <= entry.newest) return;
    const steps = Math.min(b - entry.newest, BUCKETS_PER_WINDOW);
    for (let i = 1; i <= steps; i++) entry.counts[this.slot(entry.newest + i)] = 0;
    entry.newest = b;
  }

  private prune(t: number): void {
    const now = this.bucket(t);
    for (const [key, entry] of this.calls) {
      if (entry.newest <= now - BUCKETS_PER_WINDOW) this.calls.delete(key);
    }
    // A flood of fresh addresses: drop the least recently seen down to 90 %.
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.calls.keys()) {
      if (this.calls.size <= target) return;
      this.calls.delete(key);
    }
  }
}

export const RATE_LIMIT_MESSAGE = (seconds: number) =>
  `För många försök från din adress. Vänta ${seconds < 120 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`} och försök igen.`;

export class AnonymousRateLimit {
  readonly accepted: SlidingWindowLimiter;
  readonly refused: SlidingWindowLimiter;

  constructor(limits: AnonymousLimits = DEFAULT_ANONYMOUS_LIMITS) {
    this.accepted = new SlidingWindowLimiter(limits.accepted);
    this.refused = new SlidingWindowLimiter(limits.refused);
  }
}

// One set of limiters per server (its store), so test worlds never share counts.
const limitersByStore = new WeakMap<Store, Map<string, AnonymousRateLimit>>();

function limiterFor(store: Store, name: string, limits: AnonymousLimits): AnonymousRateLimit {
  let byName = limitersByStore.get(store);
  if (!byName) limitersByStore.set(store, (byName = new Map()));
  let limiter = byName.get(name);
  if (!limiter) byName.set(name, (limiter = new AnonymousRateLimit(limits)));
  return limiter;
}

// Refusals of what the caller sent count; the server's own failures do not.
const CALLER_REFUSALS = new Set(['BAD_REQUEST', 'PARSE_ERROR', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNPROCESSABLE_CONTENT']);

/**
 * A procedure for callers without a session, rate limited per address.
 * `limits` overrides the defaults for this procedure (e.g. a survey answer).
 */
export function anonymousProcedure(limits: Partial<AnonymousLimits> = {}) {
  const merged: AnonymousLimits = { ...DEFAULT_ANONYMOUS_LIMITS, ...limits };
  return publicProcedure.use(async ({ ctx, path, next }) => {
    const limiter = limiterFor(ctx.store, path, merged);
    const t = ctx.now().getTime();
    const key = rateKey(ctx.address);
    const tooMany = (decision: RateDecision & { allowed: false }) => {
      ctx.http?.res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      return new DomainError('TOO_MANY_REQUESTS', RATE_LIMIT_MESSAGE(decision.retryAfterSeconds));
    };
    const accepted = limiter.accepted.check(key, t);
    if (!accepted.allowed) throw tooMany(accepted);
    // Reserved before the call, so parallel or batched calls cannot all pass the check first.
    limiter.accepted.record(key, t);
    const result = await next();
    if (result.ok) return result;
    limiter.accepted.unrecord(key, t);
    // Domain errors get their code only further out (init.ts), so read it from the cause.
    const cause = result.error.cause;
    const code = cause instanceof DomainError ? cause.code : result.error.code;
    if (!CALLER_REFUSALS.has(code)) return result;
    // Checked and recorded together after the call, so parallel refusals cannot all pass while the window fills.
    const full = !limiter.refused.check(key, t).allowed;
    limiter.refused.record(key, t);
    if (!full) return result;
    // No field, message or span of the refusal: the guard is no oracle for a prober.
    const wait = limiter.refused.check(key, t);
    throw tooMany(wait.allowed ? { allowed: false, retryAfterSeconds: 1 } : wait);
  });
}
