import { LOGIN_THROTTLE } from '@chibo/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginThrottling } from '../src/modules/auth/auth.service';
import { LoginAttempt, LoginOutcome } from '../src/modules/auth/login-attempt.entity';
import { seedDemoUsers } from '../src/modules/auth/users';
import { DATABASES, openTestDb, type TestDb } from './harness';

const PASSWORD = 'mat-khau-thu-nghiem-2026';
const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { username } }';

/** The slow-down is real but tiny in these tests, every requested wait is recorded, every sign-in prunes. */
const TEST_POLICY = { ...LOGIN_THROTTLE, spread: { ...LOGIN_THROTTLE.spread, firstDelayMs: 5, maxDelayMs: 40 }, pruneEvery: 1 };

describe.each(DATABASES)('sign-in throttling (%s)', (kind) => {
  let db: TestDb;
  let waits: number[] = [];
  const original = { ...loginThrottling };

  const login = (username: string, password: string, ip: string) => db.run(LOGIN, { u: username, p: password }, null, { ip });
  const codeOf = (res: Awaited<ReturnType<typeof login>>) => res.errors?.[0]?.extensions?.code ?? 'OK';
  const fail = async (username: string, ip: string, times: number) => {
    for (let i = 0; i < times; i++) expect(codeOf(await login(username, `sai-mat-khau-${i}`, ip))).toBe('UNAUTHENTICATED');
  };
  /** Moves every recorded attempt into the past, as if that much time had passed. */
  const elapse = async (seconds: number) => {
    const em = db.orm.em.fork();
    const attempts = await em.find(LoginAttempt, {});
    for (const a of attempts) a.at = new Date(a.at.getTime() - seconds * 1000);
    await em.flush();
  };
  const outcomes = async (ip: string) => (await db.orm.em.fork().find(LoginAttempt, { ip }, { orderBy: { id: 'asc' } })).map((a) => a.outcome);

  beforeAll(async () => {
    db = await openTestDb(kind, 1);
    await seedDemoUsers(db.orm.em.fork(), PASSWORD);
    loginThrottling.policy = TEST_POLICY;
    loginThrottling.sleep = async (ms) => {
      waits.push(ms);
      await original.sleep(ms);
    };
  });
  afterAll(async () => {
    Object.assign(loginThrottling, original);
    await db?.close();
  });
  beforeEach(async () => {
    waits = [];
    await db.orm.em.fork().nativeDelete(LoginAttempt, {});
  });

  it("refuses the guessing address with retryAfterSeconds, without checking the password, while the owner signs in from elsewhere", async () => {
    await fail('kiemtra', ATTACKER, 5);
    const refused = await login('kiemtra', PASSWORD, ATTACKER);
    // The right password does not help during the wait: it is not even checked.
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 2 } });
    expect(refused.errors?.[0].message).toMatch(/thử lại sau 2 giây/);
    const owner = await login('kiemtra', PASSWORD, OWNER);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.username).toBe('kiemtra');
    expect(await outcomes(ATTACKER)).toEqual([...Array(5).fill(LoginOutcome.FAILED), LoginOutcome.THROTTLED]);
    expect(waits).toEqual([]);
  });

  it('doubles the wait with every failure after it, and retrying during a wait does not extend it', async () => {
    await fail('kiemtra', ATTACKER, 5);
    expect((await login('kiemtra', 'sai', ATTACKER)).errors?.[0].extensions?.retryAfterSeconds).toBe(2);
    await elapse(2);
    await fail('kiemtra', ATTACKER, 1);
    expect((await login('kiemtra', 'sai', ATTACKER)).errors?.[0].extensions?.retryAfterSeconds).toBe(4);
    await elapse(4);
    await fail('kiemtra', ATTACKER, 1);
    expect((await login('kiemtra', 'sai', ATTACKER)).errors?.[0].extensions?.retryAfterSeconds).toBe(8);
    // Retrying every few seconds during the 8 s wait: each is refused and none pushes the end further.
    for (const step of [3, 3]) {
      await elapse(step);
      const retry = await login('kiemtra', 'sai', ATTACKER);
      expect(codeOf(retry)).toBe('TOO_MANY_REQUESTS');
    }
    expect((await login('kiemtra', 'sai', ATTACKER)).errors?.[0].extensions?.retryAfterSeconds).toBe(2);
    await elapse(2);
    // Once the wait is over the password is checked again: here the owner's, from that same address.
    const owner = await login('kiemtra', PASSWORD, ATTACKER);
    expect(owner.errors).toBeUndefined();
    // The owner's success starts their pair afresh: the next mistakes are free again.
    await fail('kiemtra', ATTACKER, 5);
    expect(codeOf(await login('kiemtra', 'sai', ATTACKER))).toBe('TOO_MANY_REQUESTS');
  });

  it('counts an IPv6 /64 as one address, so hopping within it gives no fresh free failures', async () => {
    for (let i = 1; i <= 5; i++) expect(codeOf(await login('kiemtra', 'sai', `2001:db8:1:2::${i}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('kiemtra', 'sai', '2001:db8:1:2::ff'))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await login('kiemtra', PASSWORD, '2001:db8:1:3::1'))).toBe('OK');
  });

  it('lets a colleague behind the guessing address sign in, slowed down by at most the cap', async () => {
    // One address guesses an account until refused, and sprays wrong passwords over many (also unknown) accounts.
    await fail('kiemtra', ATTACKER, 5);
    expect(codeOf(await login('kiemtra', 'sai', ATTACKER))).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 20; i++) expect(codeOf(await login(`nhan-vien-${i}`, 'sai', ATTACKER))).toBe('UNAUTHENTICATED');
    waits = [];
    const colleague = await login('uyvien', PASSWORD, ATTACKER);
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data?.login.username).toBe('uyvien');
    // The server did wait before checking, and no longer than the cap.
    expect(waits).toEqual([TEST_POLICY.spread.maxDelayMs]);
  });

  it('lets the owner in from a new address after failures spread over many addresses, after the bounded slow-down', async () => {
    for (let i = 0; i < 15; i++) await fail('vanphong', `192.0.2.${i + 1}`, 1);
    waits = [];
    const owner = await login('vanphong', PASSWORD, OWNER);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.username).toBe('vanphong');
    expect(waits).toEqual([TEST_POLICY.spread.maxDelayMs]);
    // Below the thresholds nobody is slowed down.
    await db.orm.em.fork().nativeDelete(LoginAttempt, {});
    waits = [];
    await fail('vanphong', '192.0.2.1', 3);
    expect(codeOf(await login('vanphong', PASSWORD, OWNER))).toBe('OK');
    expect(waits).toEqual([]);
  });

  it('deletes attempts older than a day, and only those', async () => {
    const em = db.orm.em.fork();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    em.create(LoginAttempt, { username: 'kiemtra', ip: ATTACKER, at: hoursAgo(25), outcome: LoginOutcome.FAILED });
    em.create(LoginAttempt, { username: 'kiemtra', ip: ATTACKER, at: hoursAgo(23), outcome: LoginOutcome.FAILED });
    await em.flush();
    await login('uyvien', PASSWORD, OWNER);
    const left = await db.orm.em.fork().find(LoginAttempt, {}, { orderBy: { id: 'asc' } });
    expect(left.map((a) => [a.username, Math.round((Date.now() - a.at.getTime()) / 3_600_000)])).toEqual([['kiemtra', 23], ['uyvien', 0]]);
  });

  it('counts attempts sent at the same time against each other', async () => {
    // Ten guesses at once from one address: each attempt is written before the others are counted, so at most
    // the free failures get their password checked.
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => login('phantich', `sai-${i}`, ATTACKER)));
    const checked = burst.filter((r) => codeOf(r) === 'UNAUTHENTICATED').length;
    expect(checked).toBeLessThanOrEqual(LOGIN_THROTTLE.pair.freeFailures);
    expect(burst.filter((r) => codeOf(r) === 'TOO_MANY_REQUESTS').length).toBe(10 - checked);
  });
});
