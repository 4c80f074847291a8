import 'reflect-metadata';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type AppConfig, loadConfig } from '../config';
import { logger } from '../shared/logger';
import { AuditSubscriber } from '../modules/audit/audit.service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The MikroORM options for a configuration: PostgreSQL when a URL is given, else the embedded SQLite file. */
export function ormOptions(config: Pick<AppConfig, 'databaseUrl' | 'sqlitePath'>, extra: Partial<Options> = {}): Options {
  const common: Options = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false },
    forceUtcTimezone: true,
    // The API forks an EntityManager per request; using the global one is a bug we want to hear about.
    allowGlobalContext: false,
    logger: (message) => logger.debug({ orm: message }),
  };
  if (config.databaseUrl) {
    return { ...common, driver: PostgreSqlDriver, clientUrl: config.databaseUrl, pool: { min: 0, max: 10 }, ...extra } as Options;
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: config.sqlitePath,
    pool: { afterCreate: (conn: { pragma: (s: string) => void }, done: (e: Error | null, c: unknown) => void) => {
      conn.pragma('journal_mode = WAL');
      conn.pragma('foreign_keys = ON');
      conn.pragma('busy_timeout = 5000');
      done(null, conn);
    } },
    ...extra,
  } as Options;
}

export default ormOptions(loadConfig());
