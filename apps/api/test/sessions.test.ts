import { Role, SESSION_POLICY } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { tokenHash } from '../src/modules/auth/auth.service';
import { LoginAttempt } from '../src/modules/auth/login-attempt.entity';
import { Session } from '../src/modules/auth/session.entity';
import { createUser } from '../src/modules/auth/users';
import { Organization } from '../src/modules/organization/organization.entity';
import { Ward } from '../src/modules/ward/ward.entity';
import { DATABASES, type HttpApp, openHttpApp } from './harness';

const PASSWORD = 'mat-khau-thu-nghiem-2026';
const NEW_PASSWORD = 'mat-khau-moi-rat-dai-2026';
const MINUTE = 60_000;

/** A browser: keeps the cookie it is given, and shows the last Set-Cookie header. */
function browser(base: string, headers: Record<string, string> = {}) {
  const state = { cookie: '', setCookie: '' };
  return {
    state,
    async gql(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...(state.cookie ? { cookie: state.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      state.setCookie = res.headers.get('set-cookie') ?? '';
      if (state.setCookie) {
        const value = state.setCookie.split(';')[0];
        state.cookie = value.endsWith('=') ? '' : value;
      }
      return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> };
    },
    login(username: string, password = PASSWORD) {
      return this.gql('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { username } }', { u: username, p: password });
    },
    async me(): Promise<string | null> {
      return (await this.gql('{ me { username } }')).data?.me?.username ?? null;
    },
    /** The stored row of this browser's session (only the token's SHA-256 is stored). */
    hash(): string {
      return tokenHash(decodeURIComponent(state.cookie.split('=')[1] ?? ''));
    },
  };
}

/** Just enough structure for a few users: a ward and its committee. */
async function usersOnly(orm: HttpApp['orm']): Promise<void> {
  const em = orm.em.fork();
  const ward = em.create(Ward, { code: 'W', name: 'Phường W', foundedOn: '2025-07-01', searchText: 'w', sortKey: 'w' } as never);
  await em.flush();
  const committee = em.create(Organization, { ward: ward.id, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy', foundedOn: '2025-07-01', path: '/1/', searchText: 'du', sortKey: 'du' } as never);
  await em.flush();
  for (const [username, role] of [['vanphong', Role.ADMINISTRATOR], ['uyvien', Role.COMMITTEE_MEMBER], ['kiemtra', Role.INSPECTOR], ['phantich', Role.ANALYST]] as const) {
    await createUser(em, { username, displayName: username, role, organization: committee, password: PASSWORD });
  }
}

describe.each(DATABASES)('sessions and password changes over HTTP on %s', (kind) => {
  let http: HttpApp;
  beforeAll(async () => {
    http = await openHttpApp(kind, { prepare: usersOnly });
  });
  afterAll(() => http?.close());

  const session = (hash: string) => http.orm.em.fork().findOne(Session, { tokenHash: hash });
  /** Moves a session's last activity (and, if given, its absolute end) relative to now. */
  const age = (hash: string, lastSeenMsAgo: number, expiresInMs?: number) =>
    http.orm.em.fork().nativeUpdate(Session, { tokenHash: hash }, {
      lastSeenAt: new Date(Date.now() - lastSeenMsAgo),
      ...(expiresInMs === undefined ? {} : { expiresAt: new Date(Date.now() + expiresInMs) }),
    });

  it(`ends a session idle for more than ${SESSION_POLICY.idleMinutes} minutes: the next request is anonymous and the row is gone`, async () => {
    const c = browser(http.base);
    await c.login('uyvien');
    const hash = c.hash();
    // Idle for 29 minutes: still signed in, and the activity is recorded again.
    await age(hash, (SESSION_POLICY.idleMinutes - 1) * MINUTE);
    expect(await c.me()).toBe('uyvien');
    expect(Date.now() - (await session(hash))!.lastSeenAt.getTime()).toBeLessThan(MINUTE);
    // Idle for 31 minutes: the session is over.
    await age(hash, (SESSION_POLICY.idleMinutes + 1) * MINUTE);
    expect(await c.me()).toBeNull();
    expect(await session(hash)).toBeNull();
    expect((await c.gql('{ wards { total } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it(`ends a session ${SESSION_POLICY.absoluteHours} hours after sign-in however active it is, and the cookie lives no longer`, async () => {
    const c = browser(http.base);
    const before = Date.now();
    await c.login('kiemtra');
    expect(c.state.setCookie).toMatch(new RegExp(`Max-Age=${SESSION_POLICY.absoluteHours * 3600}(;|$)`));
    const hash = c.hash();
    const row = (await session(hash))!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_POLICY.absoluteHours * 3_600_000);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Active a second ago, with a minute left: still signed in.
    await age(hash, 1000, MINUTE);
    expect(await c.me()).toBe('kiemtra');
    // Active a second ago, past its end: signed out.
    await age(hash, 1000, -1000);
    expect(await c.me()).toBeNull();
    expect(await session(hash)).toBeNull();
  });

  it('records activity at most once a minute', async () => {
    const c = browser(http.base);
    await c.login('phantich');
    const hash = c.hash();
    await age(hash, 30_000);
    const halfMinuteAgo = (await session(hash))!.lastSeenAt.getTime();
    expect(await c.me()).toBe('phantich');
    expect((await session(hash))!.lastSeenAt.getTime()).toBe(halfMinuteAgo);
    await age(hash, 90_000);
    expect(await c.me()).toBe('phantich');
    expect(Date.now() - (await session(hash))!.lastSeenAt.getTime()).toBeLessThan(30_000);
  });

  it('changes a password: refuses a wrong current one and a weak new one naming the field, then ends every session and issues a new id', async () => {
    const here = browser(http.base);
    const elsewhere = browser(http.base);
    await here.login('vanphong');
    await elsewhere.login('vanphong');
    const change = (currentPassword: string, newPassword: string) =>
      here.gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword, newPassword } });

    const wrong = await change('khong-phai-mat-khau', NEW_PASSWORD);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await change(PASSWORD, 'ngan-qua');
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const withName = await change(PASSWORD, 'vanphong-2026-dai-du');
    expect(withName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    // Refused changes leave the password and both sessions as they were.
    expect(await here.me()).toBe('vanphong');
    expect(await elsewhere.me()).toBe('vanphong');
    expect((await browser(http.base).login('vanphong', NEW_PASSWORD)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const oldCookie = here.state.cookie;
    const done = await change(PASSWORD, NEW_PASSWORD);
    expect(done.errors).toBeUndefined();
    expect(done.data?.changePassword).toBe(true);
    expect(here.state.setCookie).toMatch(/HttpOnly/i);
    expect(here.state.cookie).toMatch(/^chibo_session=./);
    expect(here.state.cookie).not.toBe(oldCookie);
    // The new id works; the old one, and the other browser's session, do not.
    expect(await here.me()).toBe('vanphong');
    expect(await elsewhere.me()).toBeNull();
    const stale = browser(http.base);
    stale.state.cookie = oldCookie;
    expect(await stale.me()).toBeNull();
    const user = (await http.orm.em.fork().findOneOrFail(Session, { tokenHash: here.hash() })).user.id;
    expect(await http.orm.em.fork().count(Session, { user })).toBe(1);
    // Only the new password signs in, and the change is in the audit trail.
    expect((await browser(http.base).login('vanphong', PASSWORD)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await browser(http.base).login('vanphong', NEW_PASSWORD)).data?.login.username).toBe('vanphong');
    expect(await http.orm.em.fork().count(AuditEntry, { username: 'vanphong', action: 'PASSWORD_CHANGE' as never })).toBe(1);
  });

  it('refuses a password change without a session', async () => {
    const res = await browser(http.base).gql('mutation { changePassword(input: { currentPassword: "x", newPassword: "mot-mat-khau-dai" }) }');
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe.each(DATABASES)('TRUST_PROXY on %s', (kind) => {
  const PROXIED = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };
  let direct: HttpApp;
  let proxied: HttpApp;
  beforeAll(async () => {
    direct = await openHttpApp(kind, { prepare: usersOnly, env: { TRUST_PROXY: '' } });
    proxied = await openHttpApp(kind, { prepare: usersOnly, env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
  });

  /** Signs in through the app with forwarding headers; returns the cookie header and the addresses recorded. */
  async function signInThrough(app: HttpApp) {
    const c = browser(app.base, PROXIED);
    expect((await c.login('uyvien')).errors).toBeUndefined();
    const em = app.orm.em.fork();
    const attempt = await em.findOneOrFail(LoginAttempt, { username: 'uyvien' }, { orderBy: { id: 'desc' } });
    const audit = await em.findOneOrFail(AuditEntry, { username: 'uyvien', action: 'LOGIN' as never }, { orderBy: { id: 'desc' } });
    const row = await em.findOneOrFail(Session, { tokenHash: c.hash() });
    return { setCookie: c.state.setCookie, attemptIp: attempt.ip, auditIp: audit.ip, sessionIp: row.ip };
  }

  it('behind a trusted proxy takes the client address from X-Forwarded-For and sets a Secure cookie under X-Forwarded-Proto https', async () => {
    const seen = await signInThrough(proxied);
    expect(seen).toMatchObject({ attemptIp: '203.0.113.9', auditIp: '203.0.113.9', sessionIp: '203.0.113.9' });
    expect(seen.setCookie).toMatch(/;\s*Secure/i);
  });

  it('without TRUST_PROXY ignores both headers: the address is the peer’s and the cookie is not Secure over http', async () => {
    const seen = await signInThrough(direct);
    for (const ip of [seen.attemptIp, seen.auditIp, seen.sessionIp]) expect(ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(seen.setCookie).not.toMatch(/Secure/i);
  });
});
