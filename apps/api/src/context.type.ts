import type { EntityManager } from '@mikro-orm/core';
import type { Loaders } from './shared/loaders';

/** What every resolver receives: a request-scoped EntityManager and request-scoped batch loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
}
