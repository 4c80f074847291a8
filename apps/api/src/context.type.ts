import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from './modules/auth/viewer.type';
import type { Loaders } from './shared/loaders';

/** What every resolver receives: a request-scoped EntityManager, batch loaders and who is asking. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** The raw session token from the cookie, if any. */
  sessionToken: string | null;
  ip: string;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie: (token: string | null, maxAgeSeconds?: number) => void;
}
