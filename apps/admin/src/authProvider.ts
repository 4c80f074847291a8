import type { AuthProvider, UserIdentity } from 'react-admin';
import { allowed } from './auth/access';
import { ApiError, createRequest } from './auth/request';
import { VIEWER_FIELDS, type Viewer } from './auth/viewer';
import { graphQLErrorsOf } from './dataProvider/errors';

export interface AuthProviderOptions {
  /** GraphQL endpoint; the API serves the panel, so the same origin by default. */
  uri?: string;
  /** For tests: the fetch the calls use. */
  fetch?: typeof fetch;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** react-admin's auth provider, plus the password change the user menu offers. */
export interface ChiBoAuthProvider extends AuthProvider {
  changePassword(input: ChangePasswordInput): Promise<void>;
  getPermissions(params: unknown): Promise<Viewer | null>;
}

export interface ChiBoIdentity extends UserIdentity {
  fullName: string;
  username: string;
  role: Viewer['role'];
  organizationName: string;
}

const ME = `query Me { me { ${VIEWER_FIELDS} } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${VIEWER_FIELDS} } }`;
const LOGOUT = 'mutation Logout { logout }';
const CHANGE_PASSWORD = 'mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }';

/** The session documents, for the test that checks them against the schema. */
export const AUTH_DOCUMENTS = { ME, LOGIN, LOGOUT, CHANGE_PASSWORD };

/** How long checkAuth waits before refusing a stranger (see checkAuth). */
const REFUSAL_DELAY_MS = 50;

/** Whether a failed data call means the session is gone (react-admin then sends the user to the login page). */
export function isUnauthenticated(error: unknown): boolean {
  if (error instanceof ApiError) return error.code === 'UNAUTHENTICATED';
  if (graphQLErrorsOf(error).some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return true;
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 401;
}

/** The login refusal as a translation key: the same words whatever the server's language. */
function loginFailure(error: unknown): Error {
  if (!(error instanceof ApiError)) return error instanceof Error ? error : new Error('ra.auth.sign_in_error');
  if (error.code === 'TOO_MANY_REQUESTS') {
    // The wait rides along with the key, so the login page can say how long.
    return Object.assign(new Error('chibo.auth.too_many_attempts'), { seconds: Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1)) });
  }
  if (error.code === 'UNAUTHENTICATED') return new Error('chibo.auth.wrong_credentials');
  if (error.code === 'BAD_USER_INPUT') return new Error(error.message || 'chibo.auth.wrong_credentials');
  return new Error(error.message || 'ra.auth.sign_in_error');
}

/**
 * Sessions through the API: `login` sets an HttpOnly cookie, `logout` ends it, `me` says who holds it. The
 * viewer is read once per page load and kept, since react-admin asks on every page change; login and logout
 * replace it. The permissions are the viewer itself (role and capabilities); canAccess applies ./auth/access.
 */
export function createAuthProvider(options: AuthProviderOptions = {}): ChiBoAuthProvider {
  const request = createRequest(options.uri ?? '/graphql', options.fetch ?? ((input, init) => fetch(input, init)));
  let current: Promise<Viewer | null> | undefined;
  // Who signed in last on this page: a different person starts on the home page, not on the last one's page.
  let lastUsername: string | undefined;

  const viewer = (): Promise<Viewer | null> => {
    current ??= request<{ me: Viewer | null }>(ME).then(
      (data) => data.me,
      (error: unknown) => {
        if (isUnauthenticated(error)) return null;
        // A failed read is not remembered: the next page change asks again.
        current = undefined;
        throw error;
      },
    );
    return current;
  };

  return {
    async login(params: { username?: string; password?: string }) {
      const input = { username: (params.username ?? '').trim(), password: params.password ?? '' };
      let signedIn: Viewer;
      try {
        signedIn = (await request<{ login: Viewer }>(LOGIN, { input })).login;
      } catch (error) {
        throw loginFailure(error);
      }
      current = Promise.resolve(signedIn);
      const someoneElse = lastUsername !== undefined && lastUsername !== signedIn.username;
      lastUsername = signedIn.username;
      return someoneElse ? { redirectTo: '/' } : undefined;
    },

    async logout() {
      const known = await (current ?? Promise.resolve(null)).catch(() => null);
      current = Promise.resolve(null);
      // Nobody signed in (a first visit, an expired session): there is no session to end.
      if (!known) return;
      try {
        await request<{ logout: boolean }>(LOGOUT);
      } catch {
        // The cookie may already be gone; the user is signed out of the panel either way.
      }
    },

    async checkAuth() {
      if (!(await viewer())) {
        // Not at once: react-admin's logout navigates in a transition, then resets its queries; an instant
        // refusal re-runs the check and the logout before the login page can render, for seconds of
        // redirects (react-admin issues #10764, #10885). A short pause lets the navigation land first.
        await new Promise((resolve) => setTimeout(resolve, REFUSAL_DELAY_MS));
        // The login page explains itself; react-admin's "please log in" notification would only repeat it.
        throw { message: false };
      }
    },

    async checkError(error: unknown) {
      if (!isUnauthenticated(error)) return;
      // FORBIDDEN is not a reason to sign out: the user is who they were, only not allowed that call.
      const hadViewer = await (current ?? Promise.resolve(null)).catch(() => null);
      current = Promise.resolve(null);
      throw { message: hadViewer ? 'chibo.auth.session_expired' : false };
    },

    async getIdentity(): Promise<ChiBoIdentity> {
      const signedIn = await viewer();
      if (!signedIn) throw new Error('ra.auth.auth_check_error');
      return {
        id: signedIn.id,
        fullName: signedIn.displayName,
        username: signedIn.username,
        role: signedIn.role,
        organizationName: signedIn.organization?.name ?? '',
      };
    },

    getPermissions: () => viewer(),

    async canAccess({ resource, action, record }) {
      const signedIn = await viewer();
      return signedIn ? allowed(signedIn, resource, action, record) : false;
    },

    async changePassword(input: ChangePasswordInput) {
      await request<{ changePassword: boolean }>(CHANGE_PASSWORD, { input });
    },
  };
}
