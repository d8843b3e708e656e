import { describe, expect, it } from 'vitest';
import { AnonymousRateLimit, SlidingWindowLimiter } from '../../../../api/trpc/anonymous-procedure.ts';

const MIN = 60_000;

describe('SlidingWindowLimiter', () => {
  it('allows the limit within the window, then says when a place frees', () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 10 * MIN });
    const t0 = Date.UTC(2026, 0, 1);
    limiter.record('a', t0);
    limiter.record('a', t0 + MIN);
    limiter.record('a', t0 + 2 * MIN);
    expect(limiter.check('a', t0 + 3 * MIN)).toEqual({ allowed: false, retryAfterSeconds: 7 * 60 });
    // Another address is not affected.
    expect(limiter.check('b', t0 + 3 * MIN)).toEqual({ allowed: true });
    // The window slides: the first call leaves it after ten minutes.
    expect(limiter.check('a', t0 + 10 * MIN)).toEqual({ allowed: true });
  });

  it('keeps its memory bounded under a flood of addresses', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: MIN }, 100);
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 1000; i++) limiter.record(`10.0.${i >> 8}.${i & 255}`, t0 + i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent addresses are kept.
    limiter.record('10.0.3.231', t0 + 1000);
    expect(limiter.check('10.0.3.231', t0 + 1001)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('never keeps more than the limit of times per address', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: MIN });
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100; i++) limiter.record('a', t0 + i * 1000);
    // Only the last two count: the window frees at the second-to-last plus a minute.
    expect(limiter.check('a', t0 + 100_000)).toEqual({ allowed: false, retryAfterSeconds: 58 });
  });
});

describe('AnonymousRateLimit', () => {
  it('refuses while either window is full, with the later time', () => {
    const limit = new AnonymousRateLimit({ accepted: { limit: 30, windowMs: 60 * MIN }, refused: { limit: 2, windowMs: 10 * MIN } });
    const t0 = Date.UTC(2026, 5, 1);
    limit.refused.record('x', t0);
    expect(limit.check('x', t0)).toEqual({ allowed: true });
    limit.refused.record('x', t0);
    expect(limit.check('x', t0 + MIN)).toEqual({ allowed: false, retryAfterSeconds: 9 * 60 });
    for (let i = 0; i < 30; i++) limit.accepted.record('y', t0);
    expect(limit.check('y', t0 + MIN)).toEqual({ allowed: false, retryAfterSeconds: 59 * 60 });
    expect(limit.check('y', t0 + 60 * MIN)).toEqual({ allowed: true });
  });
});
