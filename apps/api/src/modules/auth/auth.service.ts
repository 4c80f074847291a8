import { createHash, randomBytes } from 'node:crypto';
import { passwordProblems, ROLE_CAPABILITIES, SESSION_POLICY } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { AppError, ErrorCode } from '../../shared/errors';
import { AuditAction } from '../audit/audit-entry.entity';
import { appendAudit } from '../audit/audit.service';
import { Organization } from '../organization/organization.entity';
import { LoginAttempt } from './login-attempt.entity';
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
 * Signs in. The attempt is recorded before the password is checked, and the failures in the window are counted
 * from the database: several aliases in one request, or requests to several processes, each count as a try.
 */
export async function login(em: EntityManager, username: string, password: string, ip: string, previousToken: string | null) {
  const name = username.trim().toLowerCase().slice(0, 60);
  const attempt = em.create(LoginAttempt, { username: name, ip: ip.slice(0, 64), at: new Date(), succeeded: false });
  await em.flush();
  const since = new Date(Date.now() - SESSION_POLICY.windowMinutes * 60_000);
  const byAccount = await em.count(LoginAttempt, { username: name, succeeded: false, at: { $gt: since } });
  const byAddress = await em.count(LoginAttempt, { ip: attempt.ip, succeeded: false, at: { $gt: since } });
  if (byAccount > SESSION_POLICY.maxFailuresPerAccount || byAddress > SESSION_POLICY.maxFailuresPerAddress) {
    throw new AppError(ErrorCode.TOO_MANY_REQUESTS, `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${SESSION_POLICY.windowMinutes} phút.`);
  }
  const user = await em.findOne(User, { username: name, active: true }, { populate: ['organization'] });
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(user?.passwordHash ?? (await decoy), password.slice(0, 200)).catch(() => false);
  if (!user || !ok) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  attempt.succeeded = true;
  // A new session id at every login; the one the browser had, if any, ends.
  if (previousToken) await em.nativeDelete(Session, { tokenHash: tokenHash(previousToken) });
  const token = await startSession(em, user, ip);
  const viewer = viewerOf(user, user.organization);
  await em.transactional(async (tem) => {
    await appendAudit(tem, [{ userId: user.id, username: user.username, ip, action: AuditAction.LOGIN, entity: 'User', entityId: String(user.id), before: null, after: null }]);
  });
  return { token, viewer };
}

/** Ends the session behind the token. */
export async function logout(em: EntityManager, viewer: Viewer | null, token: string | null, ip: string): Promise<void> {
  if (!token) return;
  await em.nativeDelete(Session, { tokenHash: tokenHash(token) });
  if (viewer) {
    await em.transactional(async (tem) => {
      await appendAudit(tem, [{ userId: viewer.userId, username: viewer.username, ip, action: AuditAction.LOGOUT, entity: 'User', entityId: viewer.id, before: null, after: null }]);
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
    await appendAudit(tem, [{ userId: user.id, username: user.username, ip, action: AuditAction.PASSWORD_CHANGE, entity: 'User', entityId: String(user.id), before: null, after: null }]);
  });
  await em.flush();
  return startSession(em, user, ip);
}
