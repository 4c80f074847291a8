import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createAuthProvider } from './authProvider';
import type { Viewer } from './auth/viewer';

interface Sent {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
  credentials?: RequestCredentials;
}

const VIEWER: Viewer = {
  id: '1',
  username: 'vanphong',
  displayName: 'Văn phòng Đảng ủy',
  role: 'ADMINISTRATOR',
  organizationId: '10',
  organization: { id: '10', name: 'Đảng ủy phường Hòa Bình', kind: 'WARD_COMMITTEE' },
  can: { editStructure: true, recordMeetings: true, readPersonalData: true, readAudit: true, supervise: true },
};

const SECRETARY: Viewer = {
  ...VIEWER,
  id: '3',
  username: 'bithu.tdp5',
  displayName: 'Bí thư Chi bộ Tổ dân phố số 5',
  role: 'BRANCH_SECRETARY',
  organizationId: '25',
  organization: { id: '25', name: 'Chi bộ Tổ dân phố số 5', kind: 'BRANCH' },
  can: { editStructure: false, recordMeetings: true, readPersonalData: true, readAudit: false, supervise: false },
};

const refused = (code: string, message = 'Từ chối') => ({ data: null, errors: [{ message, extensions: { code } }] });

/** A fake API: records each request and answers with the next canned body (a function sees the request). */
function fakeApi(...answers: Array<unknown | ((sent: Sent) => unknown)>) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const request = { ...(JSON.parse(String(init?.body)) as Sent), credentials: init?.credentials };
    sent.push(request);
    const next = answers.shift();
    if (next instanceof Error) throw next;
    const body = typeof next === 'function' ? next(request) : (next ?? { data: null });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { sent, auth: createAuthProvider({ uri: 'http://api.test/graphql', fetch }) };
}

describe('the auth provider', () => {
  it('signs in with the login mutation, sending the cookie and a trimmed user name', async () => {
    const { sent, auth } = fakeApi({ data: { login: VIEWER } });
    await expect(auth.login({ username: ' vanphong ', password: 'mật khẩu' })).resolves.toBeUndefined();
    expect(sent[0].query).toMatch(/mutation Login\(\$input: LoginInput!\) \{ login\(input: \$input\)/);
    expect(sent[0].variables).toEqual({ input: { username: 'vanphong', password: 'mật khẩu' } });
    expect(sent[0].credentials).toBe('same-origin');
    // The viewer login returned is kept: no `me` query follows.
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getPermissions({})).resolves.toEqual(VIEWER);
    expect(sent).toHaveLength(1);
  });

  it('says a wrong password and too many attempts in its own words', async () => {
    const throttled = { data: null, errors: [{ message: 'Chờ', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 7.2 } }] };
    const { auth } = fakeApi(refused('UNAUTHENTICATED', 'Sai tên đăng nhập hoặc mật khẩu.'), throttled);
    await expect(auth.login({ username: 'vanphong', password: 'sai' })).rejects.toThrow('chibo.auth.wrong_credentials');
    // The wait the server asks for comes along, rounded up, so the page can say how long.
    await expect(auth.login({ username: 'vanphong', password: 'sai' })).rejects.toMatchObject({ message: 'chibo.auth.too_many_attempts', seconds: 8 });
  });

  it('reports an unreachable server as a communication error', async () => {
    const { auth } = fakeApi(new TypeError('Failed to fetch'));
    await expect(auth.login({ username: 'vanphong', password: 'x' })).rejects.toThrow('ra.notification.http_error');
  });

  it('asks `me` once per page load and refuses when nobody is signed in', async () => {
    const { sent, auth } = fakeApi({ data: { me: null } });
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    await expect(auth.getPermissions({})).resolves.toBeNull();
    expect(sent.map((s) => s.query)).toEqual([expect.stringMatching(/^query Me \{ me \{/)]);
  });

  it('asks again after a failed `me`', async () => {
    const { sent, auth } = fakeApi(new TypeError('Failed to fetch'), { data: { me: VIEWER } });
    await expect(auth.checkAuth({})).rejects.toThrow('ra.notification.http_error');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(sent).toHaveLength(2);
  });

  it('signs out through the API, then knows nobody is signed in', async () => {
    const { sent, auth } = fakeApi({ data: { me: VIEWER } }, { data: { logout: true } });
    await auth.checkAuth({});
    await auth.logout({});
    expect(sent[1].query).toBe('mutation Logout { logout }');
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    // Nobody to sign out now: no second logout call.
    await auth.logout({});
    expect(sent).toHaveLength(2);
  });

  it('signs out on UNAUTHENTICATED, not on FORBIDDEN', async () => {
    const { auth } = fakeApi({ data: { me: VIEWER } });
    await auth.checkAuth({});
    await expect(auth.checkError(new HttpError('Không có quyền', 403, { errors: {} }))).resolves.toBeUndefined();
    await expect(auth.checkError({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })).resolves.toBeUndefined();
    await expect(auth.checkError(new Error('Mất kết nối'))).resolves.toBeUndefined();
    await expect(auth.checkError(new HttpError('Chưa đăng nhập', 401, { errors: {} }))).rejects.toEqual({
      message: 'chibo.auth.session_expired',
    });
    // The session is gone: the next page change goes to the login page without asking the API.
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('recognizes UNAUTHENTICATED inside an Apollo error too', async () => {
    const { auth } = fakeApi();
    await expect(auth.checkError({ graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] })).rejects.toEqual({
      message: false,
    });
  });

  it('gives the display name and role as the identity', async () => {
    const { auth } = fakeApi({ data: { me: SECRETARY } });
    await expect(auth.getIdentity?.()).resolves.toEqual({
      id: '3',
      fullName: 'Bí thư Chi bộ Tổ dân phố số 5',
      username: 'bithu.tdp5',
      role: 'BRANCH_SECRETARY',
      organizationName: 'Chi bộ Tổ dân phố số 5',
    });
  });

  it('answers canAccess from the viewer, without asking the API again', async () => {
    const { sent, auth } = fakeApi({ data: { me: SECRETARY } });
    const can = (resource: string, action: string, record?: Record<string, unknown>) =>
      auth.canAccess?.({ resource, action, record });
    await expect(can('members', 'list')).resolves.toBe(true);
    await expect(can('members', 'create')).resolves.toBe(false);
    await expect(can('organizations', 'list')).resolves.toBe(false);
    await expect(can('organizations', 'show', { id: '25', kind: 'BRANCH' })).resolves.toBe(true);
    await expect(can('organizations', 'show', { id: '26', kind: 'BRANCH' })).resolves.toBe(false);
    await expect(can('auditEntries', 'list')).resolves.toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('sends someone else who signs in on the same page to the home page', async () => {
    const { auth } = fakeApi({ data: { login: VIEWER } }, { data: { logout: true } }, { data: { login: SECRETARY } }, { data: { logout: true } }, { data: { login: SECRETARY } });
    await expect(auth.login({ username: 'vanphong', password: 'x' })).resolves.toBeUndefined();
    await auth.logout({});
    await expect(auth.login({ username: 'bithu.tdp5', password: 'x' })).resolves.toEqual({ redirectTo: '/' });
    await auth.logout({});
    // The same person again (an expired session) goes back to where they were.
    await expect(auth.login({ username: 'bithu.tdp5', password: 'x' })).resolves.toBeUndefined();
  });

  it('changes the password, passing the API refusal on with its field', async () => {
    const { sent, auth } = fakeApi(
      { data: { changePassword: true } },
      { data: null, errors: [{ message: 'Mật khẩu hiện tại không đúng.', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } }] },
    );
    await auth.changePassword({ currentPassword: 'cũ', newPassword: 'mới-dài-hơn' });
    expect(sent[0].variables).toEqual({ input: { currentPassword: 'cũ', newPassword: 'mới-dài-hơn' } });
    await expect(auth.changePassword({ currentPassword: 'sai', newPassword: 'mới-dài-hơn' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      message: 'Mật khẩu hiện tại không đúng.',
    });
  });
});
