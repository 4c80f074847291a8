import { MikroORM, type Options } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import { ormOptions } from './mikro-orm.config';

/** Opens the database and applies the committed migrations (never a schema update at run time). */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'sqlitePath'>, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config, extra));
  await orm.getMigrator().up();
  return orm;
}

/** Whether the database is PostgreSQL (some raw SQL differs slightly). */
export function isPostgres(orm: MikroORM): boolean {
  return orm.config.get('driver')?.name === 'PostgreSqlDriver';
}
