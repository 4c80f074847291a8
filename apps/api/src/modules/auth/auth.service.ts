import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  decideLogin, LOGIN_THROTTLE, type LoginHistory, type LoginThrottlePolicy, loginWindows, passwordProblems, ROLE_CAPABILITIES,
  SESSION_POLICY, throttleAddress,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { AppError, ErrorCode } from '../../shared/errors';
import { AuditAction } from '../audit/audit-entry.entity';
import { appendAudit } from '../audit/audit.service';
import { Organization } from '../organization/organization.entity';
import { LoginAttempt, LoginOutcome } from './login-attempt.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import type { Viewer } from './viewer.type';

/** OWASP's argon2id parameters: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 /* argon2id */ } as const;
export const SESSION_COOKIE = 'chibo_session';

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Only the SHA-256 of a session token is stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function viewerOf(user: User, org: Organization): Viewer {
  return {
    id: String(user.id), userId: user.id, username: user.username, displayName: user.displayName, role: user.role,
    organizationId: String(org.id), scopePath: org.path, can: { ...ROLE_CAPABILITIES[user.role] },
  };
}

/** Reads the session behind a cookie token, enforcing idle and absolute timeouts. */
export async function viewerFromToken(requestEm: EntityManager, token: string | null): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  // A fork of its own: the session, user and organization rows must not sit in the request's unit of work,
  // where a later flush would consider them for writing.
  const em = requestEm.fork();
  const session = await em.findOne(Session, { tokenHash: tokenHash(token) }, { populate: ['user', 'user.organization'] });
  if (!session) return null;
  const now = Date.now();
  const idle = now - session.lastSeenAt.getTime() > SESSION_POLICY.idleMinutes * 60_000;
  if (idle || now > session.expiresAt.getTime() || !session.user.active || session.role !== session.user.role) {
    await em.nativeDelete(Session, { tokenHash: session.tokenHash });
    return null;
  }
  // Touch at most once a minute: enough for the idle timeout, cheap for busy pages.
  if (now - session.lastSeenAt.getTime() > 60_000) {
    await em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { lastSeenAt: new Date(now) });
  }
  return viewerOf(session.user, session.user.organization);
}

async function startSession(em: EntityManager, user: User, ip: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  em.create(Session, {
    tokenHash: tokenHash(token), user, role: user.role, createdAt: now, lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_POLICY.absoluteHours * 3_600_000), ip,
  });
  await em.flush();
  return token;
}

// A real hash to verify against when the user does not exist, so timing does not reveal user names.
let decoy: Promise<string> | undefined;

/**
 * The throttling policy and how a slow-down is waited. Tests replace them (a smaller policy, a sleep that
 * records what it was asked) so a slow-down can be observed without being waited in full.
 */
export const loginThrottling: { policy: LoginThrottlePolicy; sleep: (ms: number) => Promise<unknown> } = {
  policy: LOGIN_THROTTLE,
  sleep: (ms) => sleep(ms),
};

/** Earlier attempts as the throttling decision needs them, counted in SQL over the indexes of login_attempt. */
async function loginHistory(em: EntityManager, attempt: LoginAttempt, policy: LoginThrottlePolicy): Promise<LoginHistory> {
  const { pairSince, spreadSince } = loginWindows(attempt.at, policy);
  const pair = { username: attempt.username, ip: attempt.ip };
  // The owner's success from this address starts the pair afresh; nothing else is ever forgiven early.
  const lastSuccess = await em.findOne(LoginAttempt, { ...pair, outcome: LoginOutcome.SUCCEEDED, at: { $gt: pairSince } }, { orderBy: { at: 'desc' }, fields: ['at'] });
  const pairFailures = { ...pair, outcome: LoginOutcome.FAILED, at: { $gt: lastSuccess?.at ?? pairSince }, id: { $ne: attempt.id } };
  const failed = { outcome: LoginOutcome.FAILED, at: { $gt: spreadSince }, id: { $ne: attempt.id } };
  const [count, last, accountFailures, addressFailures] = await Promise.all([
    em.count(LoginAttempt, pairFailures),
    em.findOne(LoginAttempt, pairFailures, { orderBy: { at: 'desc' }, fields: ['at'] }),
    em.count(LoginAttempt, { ...failed, username: attempt.username }),
    em.count(LoginAttempt, { ...failed, ip: attempt.ip }),
  ]);
  return { pairFailures: count, pairLastFailureAt: last?.at ?? null, accountFailures, addressFailures };
}

/** "45 giây", "15 phút". */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

/**
 * Signs in. The attempt is recorded (as a failure) before anything is checked, and the earlier attempts are
 * counted from the database: several aliases in one request, or requests to several processes, each count as a
 * try. An (account, address) pair that keeps failing is refused for a growing wait; failures spread over addresses
 * or accounts only slow the answer down (LOGIN_THROTTLE), so nobody can lock the owner out.
 */
export async function login(em: EntityManager, username: string, password: string, ip: string, previousToken: string | null) {
  const { policy } = loginThrottling;
  const name = username.trim().toLowerCase().slice(0, 60);
  // A fork of its own: attempts are written and updated at once, whatever happens to the request's unit of work.
  const aem = em.fork();
  const attempt = aem.create(LoginAttempt, { username: name, ip: throttleAddress(ip), at: new Date(), outcome: LoginOutcome.FAILED });
  await aem.flush();
  const setOutcome = (outcome: LoginOutcome) => aem.nativeUpdate(LoginAttempt, { id: attempt.id }, { outcome });
  const decision = decideLogin(await loginHistory(aem, attempt, policy), attempt.at, policy);
  // Every process prunes now and then, so no schedule is needed; the ids spread the work over the attempts.
  if (attempt.id % policy.pruneEvery === 0) await aem.nativeDelete(LoginAttempt, { at: { $lt: loginWindows(attempt.at, policy).pruneBefore } });
  if (decision.kind === 'refuse') {
    await setOutcome(LoginOutcome.THROTTLED);
    throw new AppError(
      ErrorCode.TOO_MANY_REQUESTS,
      `Đăng nhập sai nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${waitText(decision.retryAfterSeconds)}.`,
      undefined, undefined, { retryAfterSeconds: decision.retryAfterSeconds },
    );
  }
  // No transaction or connection is held while waiting.
  if (decision.waitMs > 0) await loginThrottling.sleep(decision.waitMs);
  const user = await em.findOne(User, { username: name, active: true }, { populate: ['organization'] });
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(user?.passwordHash ?? (await decoy), password.slice(0, 200)).catch(() => false);
  if (!user || !ok) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  await setOutcome(LoginOutcome.SUCCEEDED);
  // A new session id at every login; the one the browser had, if any, ends.
  if (previousToken) await em.nativeDelete(Session, { tokenHash: tokenHash(previousToken) });
  const token = await startSession(em, user, ip);
  const viewer = viewerOf(user, user.organization);
  await em.transactional(async (tem) => {
    await appendAudit(tem, [{ userId: user.id, username: user.username, ip, action: AuditAction.LOGIN, entity: 'User', entityId: String(user.id), before: null, after: null, scopePath: user.organization.path }]);
  });
  return { token, viewer };
}

/** Ends the session behind the token. */
export async function logout(em: EntityManager, viewer: Viewer | null, token: string | null, ip: string): Promise<void> {
  if (!token) return;
  await em.nativeDelete(Session, { tokenHash: tokenHash(token) });
  if (viewer) {
    await em.transactional(async (tem) => {
      await appendAudit(tem, [{ userId: viewer.userId, username: viewer.username, ip, action: AuditAction.LOGOUT, entity: 'User', entityId: viewer.id, before: null, after: null, scopePath: viewer.scopePath }]);
    });
  }
}

/** Changes the password, ends every other session and issues a new session id. */
export async function changePassword(em: EntityManager, viewer: Viewer, current: string, next: string, ip: string): Promise<string> {
  const user = await em.findOneOrFail(User, viewer.userId);
  if (!(await verify(user.passwordHash, current.slice(0, 200)).catch(() => false))) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'currentPassword: mật khẩu hiện tại không đúng.', 'currentPassword');
  }
  const problems = passwordProblems(next, user.username);
  if (problems.length) throw new AppError(ErrorCode.BAD_USER_INPUT, `newPassword: ${problems[0]}`, 'newPassword');
  user.passwordHash = await hashPassword(next);
  await em.nativeDelete(Session, { user: user.id });
  await em.transactional(async (tem) => {
    await appendAudit(tem, [{ userId: user.id, username: user.username, ip, action: AuditAction.PASSWORD_CHANGE, entity: 'User', entityId: String(user.id), before: null, after: null, scopePath: viewer.scopePath }]);
  });
  await em.flush();
  return startSession(em, user, ip);
}
