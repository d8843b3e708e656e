import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../../api/auth/login-throttle.ts';
import { DISTRICT_LIST_LIMITS } from '../../../../api/routers/districts.ts';
import { appRouter } from '../../../../api/routers/index.ts';
import { createCallerFactory } from '../../../../api/trpc/init.ts';
import { callerWorld, type CallerWorld } from '../../../fixtures/api/caller.ts';
import { BUCKETS_PER_WINDOW, rateKey, SlidingWindowLimiter, WORST_CASE_BYTES_PER_KEY } from '../../../../api/trpc/anonymous-procedure.ts';

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
    // Its first call (t0 + 999) is counted in the second-long bucket from t0, which leaves the window at t0 + 60 s.
    expect(limiter.check('10.0.3.231', t0 + 1001)).toEqual({ allowed: false, retryAfterSeconds: 59 });
  });

  it('counts in fixed buckets: a flood on one address and of addresses holds a bounded number of counters', () => {
    const maxKeys = 100;
    const limiter = new SlidingWindowLimiter({ limit: 600, windowMs: 60 * MIN }, maxKeys);
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100_000; i++) limiter.record('a', t0 + i * 100);
    expect(limiter.counters).toBe(BUCKETS_PER_WINDOW);
    for (let i = 0; i < 1000; i++) limiter.record(`2001:db8:${i.toString(16)}::1`, t0 + i);
    expect(limiter.size).toBeLessThanOrEqual(maxKeys);
    expect(limiter.counters).toBeLessThanOrEqual(maxKeys * BUCKETS_PER_WINDOW);
    // The default bound, as the comment states it: 10,000 keys of at most 600 B, about 6 MB per window.
    expect(10_000 * WORST_CASE_BYTES_PER_KEY).toBeLessThanOrEqual(6_000_000);
  });

  it('frees places bucket by bucket, oldest first, and takes back a reservation', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: MIN });
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100; i++) limiter.record('a', t0 + i * 1000);
    // Only the last two seconds' calls would have to leave: the window frees when the second-to-last bucket does.
    expect(limiter.check('a', t0 + 100_000)).toEqual({ allowed: false, retryAfterSeconds: 58 });
    limiter.record('b', t0);
    limiter.record('b', t0);
    limiter.unrecord('b', t0);
    expect(limiter.check('b', t0)).toEqual({ allowed: true });
  });
});

describe('rateKey', () => {
  it('keys IPv6 by its /64 and IPv4 (also IPv4-mapped) by the address', () => {
    expect(rateKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(rateKey('2001:0db8:00aa:00bb:ffff::9')).toBe('2001:db8:aa:bb::/64');
    expect(rateKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateKey('::1')).toBe('0:0:0:0::/64');
    expect(rateKey('10.1.2.3')).toBe('10.1.2.3');
    expect(rateKey('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(rateKey('okänd')).toBe('okänd');
  });
});

describe('anonymousProcedure', () => {
  const createCaller = createCallerFactory(appRouter);
  let n = 0;
  const anonymous = (world: CallerWorld, address: string) =>
    createCaller({ store: world.store, throttle: new LoginThrottle(), now: () => world.clock.now, newId: () => `anon-${++n}`, address, secure: false });
  const report = (extra: Record<string, unknown> = {}) => ({ districtId: 'rinkeby-kista', date: '2026-03-01', area: 'Rinkeby', text: 'Affischer i tunnelbanan.', ...extra });
  const probe = report({ text: 'Ring 070-123 45 67.' });

  it('lets valid calls through a full refused window, while refusals answer TOO_MANY_REQUESTS without the field', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const prober = anonymous(world, '10.5.5.5');
    for (let i = 0; i < 20; i++) await expect(prober.reports.submit(probe)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const over = await prober.reports.submit(probe).catch((e: unknown) => e);
    expect(over).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/För många försök/) });
    expect(JSON.stringify(over)).not.toContain('text');
    // Input refusals too (an empty area), not only the guard's.
    await expect(prober.reports.submit(report({ area: '' }))).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Another sender behind the same address is not locked out.
    await expect(anonymous(world, '10.5.5.5').reports.submit(report())).resolves.toHaveProperty('receipt');
    // Once the refusals have left the window, the field-naming refusal is back.
    world.clock.now = new Date('2026-03-02T09:10:00.001Z');
    await expect(prober.reports.submit(probe)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets no more than 20 parallel refusals name the field', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => anonymous(world, '10.6.6.6').reports.submit(probe)));
    const codes = results.map((r) => (r as PromiseRejectedResult).reason.code);
    expect(codes.filter((c) => c === 'BAD_REQUEST')).toHaveLength(20);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(5);
  });

  it('counts an IPv6 /64 as one address', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    for (let i = 0; i < 30; i++) await anonymous(world, `2001:db8:1:2::${(i + 1).toString(16)}`).reports.submit(report());
    await expect(anonymous(world, '2001:db8:1:2:ffff::1').reports.submit(report())).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(anonymous(world, '2001:db8:1:3::1').reports.submit(report())).resolves.toHaveProperty('receipt');
  });

  it('puts districts.list through the anonymous procedure with a generous limit', async () => {
    const world = await callerWorld('2026-03-02T09:00:00.000Z');
    const caller = anonymous(world, '10.4.4.4');
    for (let i = 0; i < DISTRICT_LIST_LIMITS.accepted.limit; i++) await caller.districts.list();
    await expect(caller.districts.list()).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
