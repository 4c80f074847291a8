/**
 * Sign-in throttling that slows password guessing without letting anyone lock a user out.
 *
 * Refusals are keyed on the pair (account, address): only the address that keeps failing for an account waits,
 * so the owner elsewhere and colleagues behind the same address are not refused. What crosses pairs (one account
 * guessed from many addresses, many accounts tried from one address) only slows the answer down, by a bounded
 * time, because refusing there would hand the lock-out back to whoever can send wrong passwords.
 */
export const LOGIN_THROTTLE = {
  pair: {
    /** Failures of one account from one address, since its last success, answered without any wait. */
    freeFailures: 5,
    /** The wait after the first failure beyond the free ones; it doubles with every further failure. */
    firstDelaySeconds: 2,
    /** The longest wait, so a user who forgot a password and remembers it later is not kept out for long. */
    maxDelaySeconds: 15 * 60,
    /**
     * How far back a pair's failures count. Longer than the longest wait, or the waits would stop growing once
     * they reached it: an address guessing all day keeps waiting the longest wait between guesses.
     */
    windowHours: 24,
  },
  spread: {
    /** Failures of one account from all addresses, and of one address for all accounts, counted in this window. */
    windowMinutes: 15,
    /** Failures of an account (from all addresses) in the window before its sign-ins are slowed down. */
    freeAccountFailures: 10,
    /** Failures from an address (for all accounts) before its sign-ins are slowed: an office shares one address. */
    freeAddressFailures: 20,
    /** The first slow-down; it doubles with every further failure. */
    firstDelayMs: 500,
    /** The longest slow-down: the owner, or a colleague behind the same address, always gets in after at most this. */
    maxDelayMs: 5_000,
  },
  /** Attempts are deleted after this long; not shorter than the pair's window. */
  retentionHours: 24,
  /** One sign-in in this many also deletes attempts past retention (several processes need no schedule). */
  pruneEvery: 100,
};

export type LoginThrottlePolicy = typeof LOGIN_THROTTLE;

/** What the database says about earlier attempts, not counting the one being decided. */
export interface LoginHistory {
  /** Failures of this account from this address in the pair's window since the pair's last success. */
  pairFailures: number;
  /** When the latest of those failures happened; null when there is none. */
  pairLastFailureAt: Date | null;
  /** Failures of this account from every address in the spread window. */
  accountFailures: number;
  /** Failures from this address for every account in the spread window. */
  addressFailures: number;
}

export type LoginDecision =
  /** Refuse without checking the password; the attempt does not count as a failure, so it does not extend the wait. */
  | { kind: 'refuse'; retryAfterSeconds: number }
  /** Check the password after waiting this long (0: at once). */
  | { kind: 'proceed'; waitMs: number };

/** A delay that doubles with each failure beyond the free ones, capped; 0 while failures are free. */
function growing(failures: number, free: number, first: number, max: number): number {
  if (failures < free) return 0;
  // 2^k overflows to Infinity for a huge count, which the cap absorbs.
  return Math.min(max, first * 2 ** (failures - free));
}

/** The wait a pair owes after its latest failure, in milliseconds. */
export function pairDelayMs(failures: number, policy: LoginThrottlePolicy = LOGIN_THROTTLE): number {
  const p = policy.pair;
  return growing(failures, p.freeFailures, p.firstDelaySeconds, p.maxDelaySeconds) * 1000;
}

/** The slow-down owed for failures spread over addresses or accounts, in milliseconds. */
export function spreadDelayMs(accountFailures: number, addressFailures: number, policy: LoginThrottlePolicy = LOGIN_THROTTLE): number {
  const s = policy.spread;
  // The larger of the two, not the sum: the cap is what an honest user waits at most.
  return Math.max(
    growing(accountFailures, s.freeAccountFailures, s.firstDelayMs, s.maxDelayMs),
    growing(addressFailures, s.freeAddressFailures, s.firstDelayMs, s.maxDelayMs),
  );
}

/** Decides a sign-in attempt from the earlier attempts and the time now. */
export function decideLogin(history: LoginHistory, now: Date, policy: LoginThrottlePolicy = LOGIN_THROTTLE): LoginDecision {
  const owed = pairDelayMs(history.pairFailures, policy);
  if (owed > 0 && history.pairLastFailureAt) {
    const remaining = history.pairLastFailureAt.getTime() + owed - now.getTime();
    if (remaining > 0) return { kind: 'refuse', retryAfterSeconds: Math.ceil(remaining / 1000) };
  }
  return { kind: 'proceed', waitMs: spreadDelayMs(history.accountFailures, history.addressFailures, policy) };
}

/** Where the windows start for an attempt at `now`: the pair's, and the spread counts'. */
export function loginWindows(now: Date, policy: LoginThrottlePolicy = LOGIN_THROTTLE): { pairSince: Date; spreadSince: Date; pruneBefore: Date } {
  return {
    pairSince: new Date(now.getTime() - policy.pair.windowHours * 3_600_000),
    spreadSince: new Date(now.getTime() - policy.spread.windowMinutes * 60_000),
    pruneBefore: new Date(now.getTime() - Math.max(policy.retentionHours, policy.pair.windowHours) * 3_600_000),
  };
}

/**
 * The address as throttling counts it. IPv4 as is (also when mapped into IPv6); IPv6 cut to its /64 network,
 * because one subscriber is usually given a whole /64 and could otherwise take a fresh address, and so a fresh
 * pair with free failures, for every guess.
 */
export function throttleAddress(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address.slice(0, 64);
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; only the first four groups matter here.
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  if (groups.length < 4 || groups.slice(0, 4).some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return address.slice(0, 64);
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
