// The procedure type for callers without a session (the report form, the
// survey's answers): a rate limit per client address is built in, so no
// router can forget it. Two sliding windows per procedure and address:
// accepted calls (generous: a whole unit may sit behind one proxy address)
// and refused calls (stricter: input or guard refusals, so the guard cannot
// be probed at speed). Over either, the call answers TOO_MANY_REQUESTS with
// Retry-After. The address is only a key in memory: nothing about the caller
// is stored with any record, and the memory is lost on restart, which is
// acceptable for a single-process server (it slows abuse, it is no record).
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

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding window log per key: the times of the last `limit` calls. Keeping
 * at most `limit` times per key and at most `maxKeys` keys bounds the memory.
 */
export class SlidingWindowLimiter {
  /** Insertion order is recency of the last recorded call, for eviction. */
  private readonly calls = new Map<string, number[]>();

  constructor(
    readonly window: RateWindow,
    private readonly maxKeys = MAX_TRACKED_ADDRESSES,
  ) {}

  get size(): number {
    return this.calls.size;
  }

  check(key: string, t: number): RateDecision {
    const recent = this.recent(key, t);
    if (recent.length < this.window.limit) return { allowed: true };
    // The oldest call in the window leaves it first and frees a place.
    const freeAt = recent[recent.length - this.window.limit]! + this.window.windowMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - t) / 1000)) };
  }

  record(key: string, t: number): void {
    const recent = [...this.recent(key, t), t].slice(-this.window.limit);
    this.calls.delete(key);
    this.calls.set(key, recent);
    if (this.calls.size > this.maxKeys) this.prune(t);
  }

  /** Takes back one call recorded at `t` (a reservation that did not become an accepted call). */
  unrecord(key: string, t: number): void {
    const times = this.calls.get(key);
    const i = times?.lastIndexOf(t) ?? -1;
    if (!times || i < 0) return;
    times.splice(i, 1);
    if (times.length === 0) this.calls.delete(key);
  }

  private recent(key: string, t: number): number[] {
    return (this.calls.get(key) ?? []).filter((at) => t - at < this.window.windowMs);
  }

  private prune(t: number): void {
    for (const [key, times] of this.calls) {
      if (times.every((at) => t - at >= this.window.windowMs)) this.calls.delete(key);
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

  /** Refused while either window is full: someone refused again and again waits too. */
  check(address: string, t: number): RateDecision {
    const refused = this.refused.check(address, t);
    const accepted = this.accepted.check(address, t);
    if (refused.allowed && accepted.allowed) return { allowed: true };
    const seconds = Math.max(refused.allowed ? 0 : refused.retryAfterSeconds, accepted.allowed ? 0 : accepted.retryAfterSeconds);
    return { allowed: false, retryAfterSeconds: seconds };
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
    const decision = limiter.check(ctx.address, t);
    if (!decision.allowed) {
      ctx.http?.res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new DomainError('TOO_MANY_REQUESTS', RATE_LIMIT_MESSAGE(decision.retryAfterSeconds));
    }
    // Reserved before the call, so parallel or batched calls cannot all pass the check first.
    limiter.accepted.record(ctx.address, t);
    const result = await next();
    if (!result.ok) {
      limiter.accepted.unrecord(ctx.address, t);
      // Domain errors get their code only further out (init.ts), so read it from the cause.
      const cause = result.error.cause;
      const code = cause instanceof DomainError ? cause.code : result.error.code;
      if (CALLER_REFUSALS.has(code)) limiter.refused.record(ctx.address, t);
    }
    return result;
  });
}
