import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Client } from 'pg';
import { DEFAULT_DB_STARTUP_WAIT_SECONDS, DEFAULT_DB_TIMEOUTS } from '../config';
import { logger } from '../shared/logger';
import { type DatabaseConfig, ormOptions } from './mikro-orm.config';

/**
 * Opens the database and applies the committed migrations (never a schema update at run time). An unreachable
 * PostgreSQL is waited for (see waitForPostgres) instead of failing at once: in a deployment the API often starts
 * before or together with its database.
 */
export async function openDatabase(config: DatabaseConfig, extra: Partial<Options> = {}): Promise<MikroORM> {
  if (!config.databaseUrl) {
    const orm = await MikroORM.init(ormOptions(config, extra));
    await orm.getMigrator().up();
    return orm;
  }
  await waitForPostgres(config.databaseUrl, {
    waitSeconds: config.dbStartupWaitSeconds ?? DEFAULT_DB_STARTUP_WAIT_SECONDS,
    connectMs: (config.dbTimeouts ?? DEFAULT_DB_TIMEOUTS).connectMs,
  });
  // Migrations run on connections of their own without the per-statement limits: rewriting a large table may
  // rightly take minutes, while requests are held to seconds.
  const timeouts = config.dbTimeouts ?? DEFAULT_DB_TIMEOUTS;
  const migrating = await MikroORM.init(ormOptions({ ...config, dbTimeouts: { ...timeouts, statementMs: 0, queryMs: 0 } }, extra));
  try {
    await migrating.getMigrator().up();
  } finally {
    await migrating.close(true);
  }
  return MikroORM.init(ormOptions(config, extra));
}

/** Errors that mean "no server to talk to (yet)": worth waiting for. Anything else (a wrong password) fails at once. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  '57P03', // cannot_connect_now: the server is starting up or shutting down
  '53300', // too_many_connections
]);

function isTransient(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: string }).code;
  if (code && TRANSIENT_CODES.has(code)) return true;
  // pg's own timeouts and a server that hangs up during the handshake.
  return /timeout expired|connection timeout|Connection terminated/i.test(err.message);
}

/**
 * Waits until PostgreSQL accepts a connection, retrying with exponential backoff (0.5 s doubling to 10 s) for at
 * most `waitSeconds`, and logs at each wait why it waits. A server that answers with an error of its own other than
 * "starting up" or "too many connections" is not waited for. "Database does not exist" counts as reachable:
 * MikroORM creates the database, as it did before this wait existed.
 */
export async function waitForPostgres(url: string, { waitSeconds, connectMs }: { waitSeconds: number; connectMs: number }): Promise<void> {
  const started = Date.now();
  let delayMs = 500;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: connectMs || undefined });
    // A failed connect may also emit 'error'; without a listener Node would treat it as uncaught.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end().catch(() => undefined);
      if (attempt > 1) logger.info({ attempt, waitedMs: Date.now() - started }, 'database reachable, continuing start-up');
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if ((err as { code?: string }).code === '3D000') return;
      const waitedMs = Date.now() - started;
      const leftMs = waitSeconds * 1000 - waitedMs;
      if (!isTransient(err) || leftMs <= 0) throw err;
      delayMs = Math.min(delayMs, leftMs);
      logger.warn(
        { attempt, code: (err as { code?: string }).code, reason: (err as Error).message, retryInMs: delayMs, waitedMs, giveUpAfterSeconds: waitSeconds },
        'database not reachable yet; waiting before the next attempt',
      );
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 10_000);
    }
  }
}

/** Whether the database is PostgreSQL (some raw SQL differs slightly). */
export function isPostgres(orm: MikroORM): boolean {
  return orm.config.get('driver')?.name === 'PostgreSqlDriver';
}
