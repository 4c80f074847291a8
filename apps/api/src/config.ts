import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Runtime settings, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  databaseUrl?: string;
  /** SQLite database file (":memory:" for tests). */
  sqlitePath: string;
  /** Folder of the built admin panel, served at "/". */
  adminDir: string;
  logLevel: string;
  /** Seed the demo ward when the database holds no ward. */
  seedDemo: boolean;
  /** Limits on waiting for the database, so a hung or absent server fails a request in seconds, not minutes. */
  dbTimeouts: DbTimeouts;
  /** How long start-up keeps retrying an unreachable PostgreSQL before giving up (seconds). */
  dbStartupWaitSeconds: number;
}

/** Database time limits in milliseconds; 0 switches one off (except acquireMs, which the pool requires). */
export interface DbTimeouts {
  /** Opening a PostgreSQL connection, TCP and start-up handshake (pg `connectionTimeoutMillis`). */
  connectMs: number;
  /** One statement, enforced by the server, which cancels it and keeps the connection usable (`statement_timeout`). */
  statementMs: number;
  /** One query, enforced by the client: covers a server that never answers at all (pg `query_timeout`). */
  queryMs: number;
  /** Waiting for a free connection from the pool (knex/tarn `acquireTimeoutMillis`), on both databases. */
  acquireMs: number;
}

/**
 * A few seconds each. The client-side limit is a little longer than the server-side one, so that a slow statement is
 * cancelled cleanly by the server and the client's limit only fires when the server itself stopped answering.
 */
export const DEFAULT_DB_TIMEOUTS: DbTimeouts = { connectMs: 5000, statementMs: 5000, queryMs: 6000, acquireMs: 5000 };
export const DEFAULT_DB_STARTUP_WAIT_SECONDS = 180;

/** A whole number from the environment, refusing anything else at start rather than running with a surprise. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}

/** Reads the configuration from environment variables, creating the data folder on first start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? resolve(__dirname, '../../../data'));
  const databaseUrl = env.DATABASE_URL || undefined;
  if (!databaseUrl && !env.SQLITE_PATH) mkdirSync(dataDir, { recursive: true });
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    sqlitePath: env.SQLITE_PATH ?? resolve(dataDir, 'chibo.sqlite'),
    adminDir: resolve(env.ADMIN_DIR ?? resolve(__dirname, '../../admin/dist')),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO !== 'false',
    dbTimeouts: {
      connectMs: wholeNumber(env, 'DB_CONNECT_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.connectMs),
      statementMs: wholeNumber(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.statementMs),
      queryMs: wholeNumber(env, 'DB_QUERY_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.queryMs),
      acquireMs: wholeNumber(env, 'DB_ACQUIRE_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.acquireMs, 1),
    },
    dbStartupWaitSeconds: wholeNumber(env, 'DB_STARTUP_WAIT_SECONDS', DEFAULT_DB_STARTUP_WAIT_SECONDS),
  };
}
