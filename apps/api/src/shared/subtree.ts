import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * Keeps the rows whose tree path (`column`) lies under `path` ("/1/5/"), in a raw query. SQLite's LIKE is
 * case-insensitive and uses no index, so there the same prefix is also given as a range of paths, which the path index
 * serves ('/' sorts just before '0' in its binary order); PostgreSQL serves the LIKE from its pattern index.
 */
export function underPath(em: EntityManager, qb: Knex.QueryBuilder, column: string, path: string): Knex.QueryBuilder {
  if (path === '/') return qb;
  qb.andWhere(column, 'like', `${path}%`);
  if (em.config.get('driver')?.name !== 'PostgreSqlDriver') qb.andWhere(column, '>=', path).andWhere(column, '<', `${path.slice(0, -1)}0`);
  return qb;
}
