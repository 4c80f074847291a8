import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../context.type';
import { classifyDatabaseFailure } from './availability';

/** Paths reported by name; anything else is "static" (the admin panel and its assets) or "other". */
const NAMED_ROUTES = new Set(['/graphql', '/health', '/health/live', '/health/ready', '/metrics']);

/**
 * The route label of a request. Never the raw path: every distinct label value is a new time series, and a client
 * could otherwise create them at will.
 */
export function routeLabel(method: string, path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (NAMED_ROUTES.has(trimmed)) return trimmed;
  return method === 'GET' || method === 'HEAD' ? 'static' : 'other';
}

interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** knex's tarn pool behind the ORM, or null before the first connection or after closing. */
function poolOf(orm: MikroORM): TarnPool | null {
  try {
    const knex = (orm.em as SqlEntityManager).getConnection().getKnex() as unknown as { client?: { pool?: TarnPool } };
    return knex.client?.pool ?? null;
  } catch {
    return null;
  }
}

export interface Metrics {
  registry: Registry;
  /** The request counter and timer (mount before every route) and `GET /metrics`. */
  router: Router;
  /** Counts GraphQL operations by type and errors by the code the client received. */
  graphqlPlugin: ApolloServerPlugin<Context>;
}

/**
 * Prometheus metrics of one app instance, in a registry of its own (tests build several apps in one process, and
 * the global registry would refuse a second metric of the same name). When `token` is set (METRICS_TOKEN), /metrics
 * requires `Authorization: Bearer <token>`.
 */
export function createMetrics(orm: MikroORM, { token = process.env.METRICS_TOKEN || undefined }: { token?: string } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'chibo_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'chibo_http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its response, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'chibo_graphql_operations_total',
    help: 'GraphQL operations received, by type (query, mutation, unknown when the document did not parse or validate).',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'chibo_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  // Read at scrape time from knex's pool; no labels needed beyond the state.
  new Gauge({
    name: 'chibo_db_pool_connections',
    help: 'Database connections in the pool, by state (used: lent to a query or transaction; free: idle).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = poolOf(orm);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
    },
  });
  new Gauge({
    name: 'chibo_db_pool_pending_acquires',
    help: 'Requests waiting for a database connection from the pool.',
    registers: [registry],
    collect() {
      this.set(poolOf(orm)?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'chibo_db_pool_pending_creates',
    help: 'Database connections being opened.',
    registers: [registry],
    collect() {
      this.set(poolOf(orm)?.numPendingCreates() ?? 0);
    },
  });
  new Gauge({
    name: 'chibo_db_pool_max',
    help: 'The most connections the pool opens.',
    registers: [registry],
    collect() {
      this.set(poolOf(orm)?.max ?? 0);
    },
  });

  const router = Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    const end = duration.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeLabel(req.method, req.originalUrl.split('?')[0]), status: String(res.statusCode) };
      end(labels);
      requests.inc(labels);
    });
    next();
  });

  const expected = token ? createHash('sha256').update(token).digest() : null;
  router.get('/metrics', async (req, res) => {
    if (expected) {
      const given = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
      // Compared as digests, in constant time: the token's length and content do not leak through timing.
      if (!timingSafeEqual(createHash('sha256').update(given).digest(), expected)) {
        res.setHeader('www-authenticate', 'Bearer');
        res.status(401).type('text').send('Unauthorized');
        return;
      }
    }
    res.setHeader('cache-control', 'no-store');
    res.type(registry.contentType).send(await registry.metrics());
  });

  const graphqlPlugin: ApolloServerPlugin<Context> = {
    async contextCreationDidFail({ error }) {
      // No operation is run then, and willSendResponse is not called: count the error here.
      operations.inc({ type: 'unknown' });
      // The availability plugin may already have given the error its code (plugins see the same object).
      const given = (error as { extensions?: { code?: unknown } }).extensions?.code;
      errors.inc({ code: typeof given === 'string' ? given : classifyDatabaseFailure(error) ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR' });
    },
    async invalidRequestWasReceived() {
      operations.inc({ type: 'unknown' });
      errors.inc({ code: 'BAD_REQUEST' });
    },
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          operations.inc({ type: operation?.operation ?? 'unknown' });
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
      };
    },
  };

  return { registry, router, graphqlPlugin };
}
