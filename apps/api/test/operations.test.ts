import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { type AddressInfo, createServer, connect, type Socket, type Server as TcpServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '@chibo/domain';
import type { MikroORM } from '@mikro-orm/core';
import { createPgDatabase, DATABASES } from './harness';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbTimeouts } from '../src/config';
import { openDatabase } from '../src/db/database';
import { classifyDatabaseFailure } from '../src/http/availability';
import { createUser } from '../src/modules/auth/users';
import { Organization } from '../src/modules/organization/organization.entity';
import { Ward } from '../src/modules/ward/ward.entity';
import { createApp } from '../src/server';
import { logger } from '../src/shared/logger';

const PASSWORD = 'mat-khau-thu-nghiem-2026';

/**
 * A TCP proxy between the API and PostgreSQL. In "hang" mode it keeps accepting connections and reading, but
 * forwards nothing either way: the database as the API sees it accepts connections and never answers.
 */
class TcpProxy {
  mode: 'forward' | 'hang' = 'forward';
  private server: TcpServer | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  listen(port = 0): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    if (this.mode === 'hang') {
      client.on('data', () => undefined);
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk) => {
      if (this.mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (this.mode === 'forward') client.write(chunk);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}


/** The URL of database `name` through a proxy on `port` (the credentials of TEST_PG_URL). */
function urlThrough(port: number, name: string): string {
  const url = new URL(process.env.TEST_PG_URL as string);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Just enough structure for one administrator to sign in. */
async function seedAdministrator(orm: MikroORM): Promise<void> {
  const ward = orm.em.fork().create(Ward, { code: 'W', name: 'Phường W', foundedOn: '2025-07-01', searchText: 'w', sortKey: 'w' } as never);
  await orm.em.fork().persistAndFlush(ward);
  const em = orm.em.fork();
  const committee = em.create(Organization, { ward: ward.id, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy', foundedOn: '2025-07-01', path: '/1/', searchText: 'du', sortKey: 'du' } as never);
  await em.flush();
  await createUser(em, { username: 'vanphong', displayName: 'VP', role: Role.ADMINISTRATOR, organization: committee, password: PASSWORD });
}

const graphql = (base: string, query: string, cookie = '') =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) });

async function signIn(base: string): Promise<string> {
  const login = await graphql(base, `mutation { login(input: { username: "vanphong", password: "${PASSWORD}" }) { username } }`);
  expect((await login.json()).data?.login.username).toBe('vanphong');
  return (login.headers.get('set-cookie') ?? '').split(';')[0];
}

/** The value of one sample of the Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return 0;
}

async function listen(app: import('express').Express): Promise<{ server: Server; base: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.each(DATABASES)('health and metrics on %s', (kind) => {
  let orm: MikroORM;
  let server: Server;
  let base: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (kind === 'postgresql') {
      const pg = await createPgDatabase('health');
      dropDatabase = pg.drop;
      orm = await openDatabase({ databaseUrl: pg.url, sqlitePath: '' });
    } else {
      orm = await openDatabase({ sqlitePath: ':memory:' });
    }
    await seedAdministrator(orm);
    ({ server, base } = await listen((await createApp({ orm })).app));
  });
  afterAll(async () => {
    server.close();
    await orm.close(true);
    await dropDatabase?.();
  });

  it('liveness answers without the database, readiness and /health answer the database', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    for (const path of ['/health/ready', '/health']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
    }
  });

  it('a closed database makes readiness answer 503 unreachable while liveness stays 200', async () => {
    const other = await openDatabase({ sqlitePath: ':memory:' });
    const { server: s, base: b } = await listen((await createApp({ orm: other })).app);
    try {
      await other.close(true);
      const ready = await fetch(`${b}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'error', database: 'unreachable' });
      expect((await fetch(`${b}/health`)).status).toBe(503);
      expect((await fetch(`${b}/health/live`)).status).toBe(200);
    } finally {
      s.close();
    }
  });

  it('/metrics counts requests by route and status, GraphQL operations and errors by code, and shows the pool', async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    await fetch(`${base}/health/live`);
    await fetch(`${base}/no/such/page/${randomBytes(4).toString('hex')}`);
    const refused = await graphql(base, '{ wards { total } }');
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await res.text();

    const live = { method: 'GET', route: '/health/live', status: '200' };
    expect(sample(after, 'chibo_http_requests_total', live)).toBe(sample(before, 'chibo_http_requests_total', live) + 1);
    expect(sample(after, 'chibo_http_request_duration_seconds_count', live)).toBe(sample(before, 'chibo_http_request_duration_seconds_count', live) + 1);
    // An arbitrary path is folded into one label value: clients cannot create series at will.
    expect(after).not.toMatch(/no\/such\/page/);
    expect(sample(after, 'chibo_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'chibo_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(sample(before, 'chibo_graphql_errors_total', { code: 'UNAUTHENTICATED' }) + 1);
    expect(sample(after, 'chibo_graphql_operations_total', { type: 'query' })).toBe(sample(before, 'chibo_graphql_operations_total', { type: 'query' }) + 1);
    expect(after).toMatch(/^chibo_db_pool_connections\{state="used"\} \d+$/m);
    expect(after).toMatch(/^chibo_db_pool_connections\{state="free"\} \d+$/m);
    expect(after).toMatch(/^chibo_db_pool_pending_acquires \d+$/m);
    // SQLite has one connection (one writer); PostgreSQL a pool of ten.
    expect(sample(after, 'chibo_db_pool_max')).toBe(kind === 'sqlite' ? 1 : 10);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(after).toMatch(/^process_resident_memory_bytes /m);
  });

  it('with METRICS_TOKEN set, /metrics requires the bearer token', async () => {
    process.env.METRICS_TOKEN = 'jeton-bi-mat-cho-prometheus';
    let s: Server | undefined;
    try {
      const { app } = await createApp({ orm });
      const started = await listen(app);
      s = started.server;
      expect((await fetch(`${started.base}/metrics`)).status).toBe(401);
      expect((await fetch(`${started.base}/metrics`, { headers: { authorization: 'Bearer sai' } })).status).toBe(401);
      const ok = await fetch(`${started.base}/metrics`, { headers: { authorization: 'Bearer jeton-bi-mat-cho-prometheus' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('chibo_http_requests_total');
      // Health stays open: probes carry no token.
      expect((await fetch(`${started.base}/health/live`)).status).toBe(200);
    } finally {
      delete process.env.METRICS_TOKEN;
      s?.close();
    }
  });
});

const pgTarget = () => {
  const url = new URL(process.env.TEST_PG_URL as string);
  return { host: url.hostname, port: Number(url.port || 5432) };
};

describe.skipIf(!process.env.TEST_PG_URL)('a hung PostgreSQL (needs TEST_PG_URL: the proxy stands between the API and a real server)', () => {
  const timeouts: DbTimeouts = { connectMs: 1000, statementMs: 1500, queryMs: 2000, acquireMs: 2000 };
  let proxy: TcpProxy;
  let db: { name: string; drop: () => Promise<void> };
  let orm: MikroORM;
  let server: Server;
  let base: string;
  let cookie: string;
  beforeAll(async () => {
    db = await createPgDatabase('ops');
    proxy = new TcpProxy(pgTarget());
    const port = await proxy.listen();
    orm = await openDatabase({ databaseUrl: urlThrough(port, db.name), sqlitePath: '', dbTimeouts: timeouts });
    await seedAdministrator(orm);
    ({ server, base } = await listen((await createApp({ orm })).app));
    cookie = await signIn(base);
  });
  afterAll(async () => {
    server?.close();
    await orm?.close(true);
    await proxy?.close();
    await db?.drop();
  });

  it('passes the time limits to every connection', async () => {
    const rows = await orm.em.fork().getConnection().execute<Array<{ statement_timeout: string }>>('show statement_timeout');
    expect(rows[0].statement_timeout).toBe('1500ms');
  });

  it('a statement past statement_timeout is cancelled by the server and classified as a timeout; the pool goes on', async () => {
    const error = await orm.em.fork().getConnection().execute('select pg_sleep(3)').catch((e: unknown) => e);
    expect(classifyDatabaseFailure(error)).toBe('timeout');
    const rows = await orm.em.fork().getConnection().execute<Array<{ one: number }>>('select 1 as one');
    expect(rows[0].one).toBe(1);
  });

  it('answers readiness 503 within about a second, liveness 200, and GraphQL a typed 503 within the query timeout; recovers after', async () => {
    const ok = await graphql(base, '{ wards { total } }', cookie);
    expect((await ok.json()).data.wards.total).toBe(1);

    proxy.mode = 'hang';
    try {
      let started = Date.now();
      const ready = await fetch(`${base}/health/ready`);
      expect(Date.now() - started).toBeLessThan(1800);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'error', database: 'timeout' });
      const compatible = await fetch(`${base}/health`);
      expect(compatible.status).toBe(503);

      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);

      // Twice: whatever the pool hands out (a pooled connection that hangs until the query timeout, or a new one
      // that hangs until the connect timeout), neither request waits anything like 30 s.
      for (let i = 0; i < 2; i++) {
        started = Date.now();
        const res = await graphql(base, '{ wards { total items { name } } }', cookie);
        const elapsed = Date.now() - started;
        const text = await res.text();
        expect(res.status).toBe(503);
        const body = JSON.parse(text);
        expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors[0].message).toMatch(/Cơ sở dữ liệu tạm thời không phản hồi/);
        expect(text).not.toMatch(/select|from "|ward|timeout|Context creation/i);
        expect(elapsed).toBeLessThan(timeouts.queryMs + timeouts.acquireMs + 1000);
      }

      // Without a session the context needs no database and the resolver meets the hang (sign-in writes its attempt
      // in a transaction): the same typed answer from that path.
      started = Date.now();
      const login = await graphql(base, `mutation { login(input: { username: "vanphong", password: "${PASSWORD}" }) { username } }`);
      const loginText = await login.text();
      expect(login.status).toBe(503);
      expect(JSON.parse(loginText).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(loginText).not.toMatch(/select|insert|from "|timeout/i);
      expect(Date.now() - started).toBeLessThan(timeouts.queryMs + timeouts.acquireMs + 1000);

      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(sample(metrics, 'chibo_graphql_errors_total', { code: 'SERVICE_UNAVAILABLE' })).toBeGreaterThanOrEqual(3);
      expect(sample(metrics, 'chibo_http_requests_total', { method: 'GET', route: '/health/ready', status: '503' })).toBeGreaterThanOrEqual(1);
    } finally {
      proxy.mode = 'forward';
    }

    // Back to normal: readiness recovers once the abandoned probe is over, and requests succeed again.
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${base}/health/ready`)).status;
      if (status === 200) break;
      await sleep(200);
    }
    expect(status).toBe(200);
    const again = await graphql(base, '{ wards { total } }', cookie);
    expect(again.status).toBe(200);
    expect((await again.json()).data.wards.total).toBe(1);
  });
});

describe.skipIf(!process.env.TEST_PG_URL)('start-up waits for PostgreSQL (needs TEST_PG_URL)', () => {
  let db: { name: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await createPgDatabase('ops');
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** A port where nothing listens (yet). */
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  it('retries with backoff until the server appears, logging why it waits, and then migrates', async () => {
    const port = await freePort();
    const proxy = new TcpProxy(pgTarget());
    const warn = vi.spyOn(logger, 'warn');
    let orm: MikroORM | undefined;
    try {
      const appears = sleep(1500).then(() => proxy.listen(port));
      orm = await openDatabase({ databaseUrl: urlThrough(port, db.name), sqlitePath: '', dbStartupWaitSeconds: 30 });
      await appears;
      const waits = warn.mock.calls.filter(([, message]) => message === 'database not reachable yet; waiting before the next attempt');
      // 0.5 s, then 1 s: at least two waits before the server appeared at 1.5 s.
      expect(waits.length).toBeGreaterThanOrEqual(2);
      const first = waits[0][0] as { attempt: number; code: string; retryInMs: number };
      expect(first).toMatchObject({ attempt: 1, code: 'ECONNREFUSED', retryInMs: 500 });
      expect((waits[1][0] as { retryInMs: number }).retryInMs).toBe(1000);
      // Migrations ran once connected: the tables exist.
      const rows = await orm.em.fork().getConnection().execute<Array<{ n: string }>>("select count(*) as n from information_schema.tables where table_name = 'ward'");
      expect(Number(rows[0].n)).toBe(1);
    } finally {
      warn.mockRestore();
      await orm?.close(true);
      await proxy.close();
    }
  });

  it('gives up after DB_STARTUP_WAIT_SECONDS with the last error', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(openDatabase({ databaseUrl: urlThrough(port, db.name), sqlitePath: '', dbStartupWaitSeconds: 2 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // It used the whole allowance, and no more.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
