import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import { logger } from '../shared/logger';
import { classifyDatabaseFailure } from './availability';

/** How long readiness waits for `select 1`: an orchestrator's probe must get an answer well within its own limit. */
export const READINESS_TIMEOUT_MS = 1000;

type Readiness = { ok: true } | { ok: false; database: 'unreachable' | 'timeout' };

/**
 * Health endpoints:
 * - `GET /health/live`: the process answers; never touches the database, so a database outage does not get a
 *   healthy process restarted.
 * - `GET /health/ready`: the database answers `select 1` within a second, else 503 with the reason.
 * - `GET /health`: as readiness, for monitors configured before the split.
 */
export function healthRouter(orm: MikroORM): Router {
  const router = Router();
  // One probe at a time: against a hung database, frequent probes would otherwise each hold a pooled connection
  // until the query timeout and starve requests. Concurrent callers share the probe in flight.
  let inFlight: Promise<Readiness> | null = null;

  const probe = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const query = orm.em
      .fork()
      .getConnection()
      .execute('select 1')
      .then((): Readiness => ({ ok: true }));
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, database: 'timeout' }), READINESS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([query, timeout]);
    } catch (err) {
      logger.error({ err }, 'readiness check failed');
      return { ok: false, database: classifyDatabaseFailure(err) === 'timeout' ? 'timeout' : 'unreachable' };
    } finally {
      clearTimeout(timer);
      // The query may still be running after a timeout: the next probe waits for it rather than piling on.
      query.catch(() => undefined).finally(() => {
        inFlight = null;
      });
    }
  };

  const ready = async (_req: Request, res: Response) => {
    inFlight ??= probe();
    const result = await inFlight;
    res.setHeader('cache-control', 'no-store');
    if (result.ok) {
      res.json({ status: 'ok', database: 'ok' });
      return;
    }
    if (result.database === 'timeout') logger.warn({ timeoutMs: READINESS_TIMEOUT_MS }, 'readiness check timed out');
    res.status(503).json({ status: 'error', database: result.database });
  };

  router.get('/health/live', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', ready);
  router.get('/health', ready);
  return router;
}
