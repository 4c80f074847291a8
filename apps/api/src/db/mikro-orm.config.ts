import 'reflect-metadata';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Client as PgClient } from 'pg';
import { type AppConfig, DEFAULT_DB_TIMEOUTS, loadConfig } from '../config';
import { logger } from '../shared/logger';
import { AuditSubscriber } from '../modules/audit/audit.service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** What opening a database needs; the time limits default to DEFAULT_DB_TIMEOUTS (tests and scripts pass none). */
export type DatabaseConfig = Pick<AppConfig, 'databaseUrl' | 'sqlitePath'> & Partial<Pick<AppConfig, 'dbTimeouts' | 'dbStartupWaitSeconds'>>;

/** The MikroORM options for a configuration: PostgreSQL when a URL is given, else the embedded SQLite file. */
export function ormOptions(config: DatabaseConfig, extra: Partial<Options> = {}): Options {
  const timeouts = config.dbTimeouts ?? DEFAULT_DB_TIMEOUTS;
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
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: config.databaseUrl,
      pool: { min: 0, max: 10, acquireTimeoutMillis: timeouts.acquireMs, afterCreate: discardOnReadTimeout },
      // MikroORM merges driverOptions into the knex configuration, whose `connection` knex hands to pg's Client as is.
      driverOptions: {
        connection: { connectionTimeoutMillis: timeouts.connectMs, statement_timeout: timeouts.statementMs, query_timeout: timeouts.queryMs },
        // knex reports a dropped connection on the console; into the JSON logs with everything else instead.
        log: { warn: (message: string) => logger.warn({ knex: message }, 'database pool warning') },
      },
      ...extra,
    } as Options;
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: config.sqlitePath,
    pool: { afterCreate: (conn: { pragma: (s: string) => void }, done: (e: Error | null, c: unknown) => void) => {
      conn.pragma('journal_mode = WAL');
      // FULL: an acknowledged commit survives power loss and an OS crash, not only a process crash (NORMAL's promise in WAL).
      conn.pragma('synchronous = FULL');
      conn.pragma('foreign_keys = ON');
      conn.pragma('busy_timeout = 5000');
      // Statistics for the planner, as SQLite advises for long-lived connections: gathered where missing or stale, each
      // table sampled (analysis_limit) so opening stays quick. Without them a ward's figures were planned from the
      // whole city's meetings (supervision: 108 → 21 ms for a ward on the city data).
      conn.pragma('analysis_limit = 1000');
      conn.pragma('optimize = 0x10002');
      done(null, conn);
    }, acquireTimeoutMillis: timeouts.acquireMs },
    ...extra,
  } as Options;
}

/**
 * After pg's client-side `query_timeout` the query is abandoned but still occupies the connection: pg keeps it as
 * the active query, so every later query on that connection would wait behind it, and after the server comes back
 * the connection's protocol state is unknown. Such a connection is marked for knex's pool to drop, and ended (pg
 * destroys the socket when a query is active) so that it is not handed out again.
 */
function discardOnReadTimeout(conn: PgClient, done: (e: Error | null, c: unknown) => void): void {
  const query = conn.query.bind(conn) as (...args: unknown[]) => unknown;
  const discard = (err: unknown) => {
    if (!(err instanceof Error) || err.message !== 'Query read timeout') return;
    logger.warn({ err: err.message }, 'database did not answer a query in time; closing that connection');
    (conn as unknown as { __knex__disposed: unknown }).__knex__disposed = err;
    conn.end().catch(() => undefined);
  };
  (conn as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (err: unknown, res: unknown) => {
        discard(err);
        callback(err, res);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch(discard);
    return result;
  };
  done(null, conn);
}

export default ormOptions(loadConfig());
