import type { EntityManager } from '@mikro-orm/core';
import type { Context } from './context.type';
import type { Viewer } from './modules/auth/viewer.type';
import { Loaders } from './shared/loaders';
import { bindActor } from './shared/request-scope';

/** What a request brings: its own EntityManager fork, who is asking and from where. */
export interface RequestFacts {
  em: EntityManager;
  viewer: Viewer | null;
  ip: string;
  requestId: string;
  sessionToken?: string | null;
  setSessionCookie?: Context['setSessionCookie'];
}

/**
 * The context of one GraphQL request, used by the server and the tests alike: the viewer (and so its scope) bound to
 * the EntityManager for the audit trail and the write checks, and batch loaders limited to the viewer's subtree.
 */
export function createContext({ em, viewer, ip, requestId, sessionToken = null, setSessionCookie = () => undefined }: RequestFacts): Context {
  bindActor(em, { viewer, ip });
  return { em, loaders: new Loaders(em, viewer?.scopePath ?? '/'), requestId, viewer, sessionToken, ip, setSessionCookie };
}
