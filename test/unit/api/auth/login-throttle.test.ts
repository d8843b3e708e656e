import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../../api/auth/login-throttle.ts';

const MINUTE = 60 * 1000;

function setup(opts: ConstructorParameters<typeof LoginThrottle>[0] = {}) {
  const clock = { t: Date.parse('2025-03-01T08:00:00Z') };
  const throttle = new LoginThrottle(opts, () => clock.t);
  const advance = (ms: number) => {
    clock.t += ms;
  };
  const fail = (times: number, username = 'anna', address = '10.0.0.1') => {
    for (let i = 0; i < times; i++) throttle.recordFailure(username, address);
  };
  return { throttle, advance, fail };
}

describe('LoginThrottle', () => {
  it('allows four failures and locks the account at the fifth', () => {
    const { throttle, fail } = setup();
    fail(4);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
    fail(1);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // The account, not just this address, and regardless of case.
    expect(throttle.check('ANNA', '10.9.9.9')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(throttle.check('bertil', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('counts retryAfter down and unlocks when the lock ends', () => {
    const { throttle, advance, fail } = setup();
    fail(5);
    advance(30_500);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    advance(29_499);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('doubles the lock with each further failure, up to the maximum', () => {
    const { throttle, advance, fail } = setup();
    fail(5);
    const locks: number[] = [];
    for (let i = 0; i < 6; i++) {
      const decision = throttle.check('anna', '10.0.0.1');
      if (decision.allowed) throw new Error('expected a lock');
      locks.push(decision.retryAfterSeconds);
      advance(decision.retryAfterSeconds * 1000); // the next attempt comes as soon as the lock ends
      fail(1);
    }
    expect(locks).toEqual([60, 120, 240, 480, 900, 900]);
  });

  it('ignores failures recorded while locked', () => {
    const { throttle, advance, fail } = setup();
    fail(5);
    fail(10);
    advance(MINUTE);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('locks an address after 20 failures across usernames, but not other addresses', () => {
    const { throttle, fail } = setup();
    for (let i = 0; i < 19; i++) fail(1, `user${i}`);
    expect(throttle.check('someone', '10.0.0.1')).toEqual({ allowed: true });
    fail(1, 'user19');
    expect(throttle.check('someone', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(throttle.check('user3', '10.0.0.2')).toEqual({ allowed: true });
  });

  it('reports the longer lock when both account and address are locked', () => {
    const { throttle, advance, fail } = setup({ maxFailuresPerAddress: 5 });
    fail(5, 'anna', '10.0.0.1');
    advance(MINUTE);
    fail(1, 'anna', '10.0.0.1'); // account and address: second lock, 2 min
    advance(30_000);
    fail(5, 'bertil', '10.0.0.2');
    expect(throttle.check('anna', '10.0.0.2')).toEqual({ allowed: false, retryAfterSeconds: 90 });
    expect(throttle.check('bertil', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 90 });
  });

  it('clears the account on success, while the address keeps its count', () => {
    const { throttle, fail } = setup();
    fail(4, 'anna');
    fail(15, 'bertil');
    throttle.recordSuccess('Anna', '10.0.0.1');
    fail(4, 'anna');
    expect(throttle.check('anna', '10.0.0.2')).toEqual({ allowed: true });
    // 4 + 15 + 4 = 23 failures from the address: locked at the 20th, success notwithstanding.
    expect(throttle.check('cecilia', '10.0.0.1').allowed).toBe(false);
  });

  it('forgets failures after a quiet window', () => {
    const { throttle, advance, fail } = setup();
    fail(4);
    advance(15 * MINUTE);
    fail(1); // still within the window of the last failure: the fifth
    expect(throttle.check('anna', '10.0.0.1').allowed).toBe(false);

    advance(MINUTE + 15 * MINUTE + 1); // lock over, then a full window without failures
    fail(4);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
    fail(1);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 }); // back to the base lock
  });

  it('keeps memory bounded, pruning expired keys first', () => {
    const { throttle, advance, fail } = setup({ maxKeys: 100 });
    for (let i = 0; i < 40; i++) fail(1, `old${i}`, `10.1.0.${i}`); // 80 keys
    fail(5, 'locked', '10.2.0.1'); // 82 keys
    advance(16 * MINUTE);
    expect(throttle.size).toBe(82);
    for (let i = 0; i < 10; i++) fail(1, `new${i}`, `10.3.0.${i}`); // 102 keys: prune
    expect(throttle.size).toBeLessThanOrEqual(22);

    // A flood of fresh keys: evicts the least recently failed, locked ones last.
    fail(5, 'victim', '10.4.0.1');
    for (let i = 0; i < 500; i++) fail(1, `spray${i}`, `10.5.${i >> 8}.${i & 255}`);
    expect(throttle.size).toBeLessThanOrEqual(100);
    expect(throttle.check('victim', '10.9.9.9').allowed).toBe(false);
  });
});
