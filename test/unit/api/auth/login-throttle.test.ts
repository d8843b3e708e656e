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
    for (let i = 0; i < times; i++) {
      const gate = throttle.begin(username, address);
      if (!gate.allowed) throw new Error(`begin refused ${username}@${address}`);
      throttle.recordFailure(username, address);
    }
  };
  return { throttle, advance, fail, clock };
}

describe('LoginThrottle: per account and address', () => {
  it('allows four failures and locks the account for that address at the fifth', () => {
    const { throttle, fail } = setup();
    fail(4);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
    fail(1);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Regardless of case and surrounding space.
    expect(throttle.check(' ANNA ', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Failures from one address never stop the right password from another.
    expect(throttle.check('anna', '10.9.9.9')).toEqual({ allowed: true });
    expect(throttle.begin('anna', '10.9.9.9')).toEqual({ allowed: true });
    // Nor another username from the same address.
    expect(throttle.check('bertil', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('tells the truth in retryAfter: locked until exactly then, open at that moment', () => {
    const { throttle, advance, fail } = setup();
    fail(5);
    advance(30_500);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    advance(29_499);
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1);
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
    throttle.recordSuccess('anna', '10.0.0.1');
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('lets the right password through once a lock ends, instead of refusing for the rest of the window', () => {
    // The old begin() refused with "1 second" until the failures were forgotten, ~16 min later.
    const { throttle, advance, fail } = setup();
    fail(5);
    advance(MINUTE);
    for (let i = 0; i < 3; i++) {
      expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
      throttle.recordSuccess('anna', '10.0.0.1');
    }
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
    for (let i = 0; i < 10; i++) throttle.recordFailure('anna', '10.0.0.1');
    advance(MINUTE);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('clears the pair on success', () => {
    const { throttle, fail } = setup();
    fail(4);
    throttle.begin('anna', '10.0.0.1');
    throttle.recordSuccess('Anna', '10.0.0.1');
    fail(4);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
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
});

describe('LoginThrottle: parallel attempts', () => {
  it('counts attempts still being verified, and says when the lock they would cause ends', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
    // Five in flight: should they fail, the pair is locked for a minute from when they began.
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Another address is not held up by them.
    expect(throttle.begin('anna', '10.0.0.2')).toEqual({ allowed: true });

    advance(400); // scrypt judges them
    for (let i = 0; i < 5; i++) throttle.recordFailure('anna', '10.0.0.1');
    // The lock runs from when the attempts began: what the refusal said holds.
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    advance(MINUTE - 400 - 1);
    expect(throttle.check('anna', '10.0.0.1').allowed).toBe(false);
    advance(1);
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('after a lock, lets one attempt at a time through, since its failure locks again', () => {
    const { throttle, advance, fail } = setup();
    fail(5);
    advance(MINUTE);
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 120 });
    throttle.recordFailure('anna', '10.0.0.1');
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 120 });
  });

  it('a success ends its reservation', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.begin('anna', '10.0.0.1');
    for (let i = 0; i < 5; i++) throttle.recordSuccess('anna', '10.0.0.1');
    expect(throttle.begin('anna', '10.0.0.1')).toEqual({ allowed: true });
  });
});

describe('LoginThrottle: attacks that must not lock out the real user', () => {
  it('behind a proxy (one address for all), one attacker locks only the usernames they guess at', () => {
    const { throttle, fail } = setup();
    const proxy = '10.0.0.254';
    fail(5, 'admin', proxy);
    for (let i = 0; i < 200; i++) fail(1, `user${i}`, proxy); // password spraying
    expect(throttle.check('admin', proxy).allowed).toBe(false);
    // Everyone else behind the proxy, who has not failed, signs in as usual.
    for (const username of ['anna', 'bertil', 'cecilia']) expect(throttle.begin(username, proxy)).toEqual({ allowed: true });
  });

  it('slows a spraying address to one guess per minute per username, never blocking a username without failures', () => {
    const { throttle, advance, fail } = setup();
    for (let i = 0; i < 19; i++) fail(1, `user${i}`);
    // Under the address limit: a username's first failure locks nothing.
    expect(throttle.check('user0', '10.0.0.1')).toEqual({ allowed: true });
    fail(1, 'user19'); // the 20th from the address: under attack
    expect(throttle.check('user19', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    fail(1, 'user0');
    expect(throttle.check('user0', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // A username with no failures from the address still gets its attempt, and so does the address next door.
    expect(throttle.begin('someone', '10.0.0.1')).toEqual({ allowed: true });
    expect(throttle.begin('user0', '10.0.0.2')).toEqual({ allowed: true });
    advance(MINUTE);
    expect(throttle.check('user0', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('slows distributed guessing at one account without refusing the right password from an address with no failures', () => {
    const { throttle, fail } = setup();
    for (let i = 0; i < 50; i++) fail(1, 'admin', `10.1.0.${i}`); // 50 addresses, one guess each
    // The real admin, elsewhere: allowed.
    expect(throttle.begin('admin', '10.2.0.1')).toEqual({ allowed: true });
    throttle.recordSuccess('admin', '10.2.0.1');
    // A guessing address is now locked after each failure.
    fail(1, 'admin', '10.1.0.99');
    expect(throttle.check('admin', '10.1.0.99')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(throttle.begin('admin', '10.2.0.1')).toEqual({ allowed: true });
  });

  it('never stretches a lock already announced when an attack starts later', () => {
    const { throttle, advance, fail } = setup();
    fail(5, 'anna');
    advance(10_000);
    for (let i = 0; i < 30; i++) fail(1, `user${i}`);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });
});

describe('LoginThrottle: memory', () => {
  it('keeps memory bounded, pruning expired keys first', () => {
    const { throttle, advance, fail } = setup({ maxKeys: 150 });
    for (let i = 0; i < 40; i++) fail(1, `old${i}`, `10.1.0.${i}`); // 120 keys: pair, address, account each
    fail(5, 'locked', '10.2.0.1'); // 123 keys
    advance(16 * MINUTE);
    expect(throttle.size).toBe(123);
    for (let i = 0; i < 10; i++) fail(1, `new${i}`, `10.3.0.${i}`); // 153 keys: prune
    expect(throttle.size).toBeLessThanOrEqual(33);

    // A flood of fresh keys: evicts the least recently failed, locked ones last.
    fail(5, 'victim', '10.4.0.1');
    for (let i = 0; i < 500; i++) fail(1, `spray${i}`, `10.5.${i >> 8}.${i & 255}`);
    expect(throttle.size).toBeLessThanOrEqual(150);
    expect(throttle.check('victim', '10.4.0.1').allowed).toBe(false);
  });
});
