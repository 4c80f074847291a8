import { describe, expect, it } from 'vitest';
import { decideLogin, LOGIN_THROTTLE, type LoginHistory, loginWindows, pairDelayMs, spreadDelayMs, throttleAddress } from './login-throttling';

const NOW = new Date('2026-03-02T08:00:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);
const quiet: LoginHistory = { pairFailures: 0, pairLastFailureAt: null, accountFailures: 0, addressFailures: 0 };

describe('pairDelayMs', () => {
  it('lets the first five failures of a pair go without a wait, then doubles from 2 s up to 15 minutes', () => {
    expect([0, 1, 4].map((f) => pairDelayMs(f))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((f) => pairDelayMs(f))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(pairDelayMs(13)).toBe(512_000);
    expect(pairDelayMs(14)).toBe(15 * 60_000);
    expect(pairDelayMs(10_000)).toBe(15 * 60_000);
  });
});

describe('spreadDelayMs', () => {
  it('slows an account after 10 failures from anywhere and an address after 20 for any account, never beyond 5 s', () => {
    expect(spreadDelayMs(9, 19)).toBe(0);
    expect(spreadDelayMs(10, 0)).toBe(500);
    expect(spreadDelayMs(0, 20)).toBe(500);
    expect(spreadDelayMs(12, 0)).toBe(2_000);
    // The larger of the two, not their sum.
    expect(spreadDelayMs(12, 21)).toBe(2_000);
    expect(spreadDelayMs(1_000_000, 1_000_000)).toBe(5_000);
  });
});

describe('decideLogin', () => {
  it('proceeds at once when nothing failed', () => {
    expect(decideLogin(quiet, NOW)).toEqual({ kind: 'proceed', waitMs: 0 });
  });

  it('proceeds while a pair has failed fewer than five times, however recently', () => {
    expect(decideLogin({ ...quiet, pairFailures: 4, pairLastFailureAt: NOW }, NOW)).toEqual({ kind: 'proceed', waitMs: 0 });
  });

  it('refuses a pair during its wait, counted from its latest failure, and says how long is left', () => {
    expect(decideLogin({ ...quiet, pairFailures: 5, pairLastFailureAt: secondsAgo(0.5) }, NOW)).toEqual({ kind: 'refuse', retryAfterSeconds: 2 });
    expect(decideLogin({ ...quiet, pairFailures: 8, pairLastFailureAt: secondsAgo(10) }, NOW)).toEqual({ kind: 'refuse', retryAfterSeconds: 6 });
    expect(decideLogin({ ...quiet, pairFailures: 50, pairLastFailureAt: secondsAgo(60) }, NOW)).toEqual({ kind: 'refuse', retryAfterSeconds: 14 * 60 });
  });

  it('lets a pair try again once its wait has passed', () => {
    expect(decideLogin({ ...quiet, pairFailures: 5, pairLastFailureAt: secondsAgo(2) }, NOW)).toEqual({ kind: 'proceed', waitMs: 0 });
    expect(decideLogin({ ...quiet, pairFailures: 50, pairLastFailureAt: secondsAgo(15 * 60) }, NOW)).toEqual({ kind: 'proceed', waitMs: 0 });
  });

  it('never refuses for failures of other pairs: many failures of the account or the address only slow it down, by at most 5 s', () => {
    const spread = { ...quiet, accountFailures: 10_000, addressFailures: 10_000 };
    expect(decideLogin(spread, NOW)).toEqual({ kind: 'proceed', waitMs: LOGIN_THROTTLE.spread.maxDelayMs });
    expect(LOGIN_THROTTLE.spread.maxDelayMs).toBeLessThanOrEqual(5_000);
  });

  it('slows down a pair that is allowed to try again when the account is also guessed elsewhere', () => {
    expect(decideLogin({ pairFailures: 5, pairLastFailureAt: secondsAgo(3), accountFailures: 11, addressFailures: 5 }, NOW)).toEqual({ kind: 'proceed', waitMs: 1_000 });
  });

  it('follows the policy it is given', () => {
    const policy = { ...LOGIN_THROTTLE, pair: { ...LOGIN_THROTTLE.pair, freeFailures: 1, firstDelaySeconds: 60 } };
    expect(decideLogin({ ...quiet, pairFailures: 1, pairLastFailureAt: secondsAgo(30) }, NOW, policy)).toEqual({ kind: 'refuse', retryAfterSeconds: 30 });
  });
});

describe('loginWindows', () => {
  it('keeps attempts at least as long as the longest window counts them', () => {
    const w = loginWindows(NOW);
    expect(w.pairSince).toEqual(new Date('2026-03-01T08:00:00Z'));
    expect(w.spreadSince).toEqual(new Date('2026-03-02T07:45:00Z'));
    expect(w.pruneBefore.getTime()).toBeLessThanOrEqual(w.pairSince.getTime());
    expect(LOGIN_THROTTLE.pair.windowHours * 3600).toBeGreaterThan(LOGIN_THROTTLE.pair.maxDelaySeconds);
  });
});

describe('throttleAddress', () => {
  it('keeps IPv4 addresses, also when mapped into IPv6', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one, so rotating through it gives no fresh free failures', () => {
    const a = throttleAddress('2001:db8:85a3:12:1:2:3:4');
    expect(a).toBe('2001:db8:85a3:12::/64');
    expect(throttleAddress('2001:0db8:85a3:0012:ffff:eeee:dddd:cccc')).toBe(a);
    expect(throttleAddress('2001:DB8:85A3:12::9')).toBe(a);
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttleAddress('2001:db8:85a3:13::1')).not.toBe(a);
  });

  it('passes anything unrecognised through, cut to the column length', () => {
    expect(throttleAddress('')).toBe('');
    expect(throttleAddress('x'.repeat(100))).toHaveLength(64);
  });
});
