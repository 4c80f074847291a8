import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../modules/auth/viewer.type';

/** Who is acting through a request's EntityManager: used by the audit trail and by write-scope checks. */
export interface Actor {
  viewer: Viewer | null;
  ip: string;
}

const actors = new WeakMap<EntityManager, Actor>();

/** Binds the request's actor to its EntityManager (done once when the request context is built). */
export function bindActor(em: EntityManager, actor: Actor): void {
  actors.set(em, actor);
}

/** The actor of a request's EntityManager, or of the manager it was forked from inside a transaction. */
export function actorOf(em: EntityManager): Actor {
  return actors.get(em) ?? { viewer: null, ip: '' };
}
