import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Client } from 'pg';
import type { Context } from '../src/context.type';
import { openDatabase } from '../src/db/database';
import { DEMO_DAY, insertRows } from '../src/db/seed/demo';
import { generate } from '../src/db/seed/generator';
import { generateMeetings } from '../src/db/seed/meetings';
import { createApp } from '../src/server';
import { createContext } from '../src/context';
import type { Viewer } from '../src/modules/auth/viewer.type';
import { Role, ROLE_CAPABILITIES } from '@chibo/domain';

/** Who the integration tests act as unless they say otherwise: an administrator over the whole tree. */
export const TEST_ADMIN: Viewer = {
  id: '0', userId: 0, username: 'test-admin', displayName: 'Test', role: Role.ADMINISTRATOR, organizationId: '0', scopePath: '/',
  can: { ...ROLE_CAPABILITIES[Role.ADMINISTRATOR] },
};

/** A viewer of a role scoped to an organization path, for authorization tests. */
export function viewerFor(role: Role, scopePath: string, organizationId = '0'): Viewer {
  return { ...TEST_ADMIN, username: `test-${role.toLowerCase()}`, role, scopePath, organizationId, can: { ...ROLE_CAPABILITIES[role] } };
}

/**
 * The databases the integration suite runs on: SQLite always, PostgreSQL when TEST_PG_URL names a server. CI must
 * test both, so there a missing TEST_PG_URL stops every integration file instead of quietly halving the run.
 */
if (process.env.CI === 'true' && !process.env.TEST_PG_URL) {
  throw new Error('CI=true but TEST_PG_URL is not set: the integration tests must also run on PostgreSQL in CI (e.g. TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres).');
}
export const DATABASES = ['sqlite', ...(process.env.TEST_PG_URL ? ['postgresql'] : [])] as const;
export type DatabaseKind = (typeof DATABASES)[number];

/** How one operation reaches the server: `ip` is the client's address (127.0.0.1 unless given). */
export interface RunOptions {
  ip?: string;
}

export interface TestDb {
  orm: MikroORM;
  /** Executes an operation through Apollo (error formatting included) with a fresh request context. */
  run: (query: string, variables?: Record<string, unknown>, as?: Viewer | null, options?: RunOptions) => Promise<{ data?: Record<string, any>; errors?: Array<{ message: string; extensions?: Record<string, any> }> }>;
  /** Counts the SQL statements the next operations send. */
  countStatements: <T>(work: () => Promise<T>) => Promise<{ result: T; statements: string[] }>;
  /** Rows of every table, as a fingerprint to prove a refused write changed nothing. */
  fingerprint: () => Promise<string>;
  close: () => Promise<void>;
}

/** The URL of a database on the test server (TEST_PG_URL) by name. */
export function pgUrl(name: string): string {
  const url = new URL(process.env.TEST_PG_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the test server's maintenance database. */
export async function onPgServer<T>(work: (c: Client) => Promise<T>, url = process.env.TEST_PG_URL as string): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** A new empty PostgreSQL database with a unique name on the test server, and how to drop it. */
export async function createPgDatabase(label: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `chibo_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onPgServer((c) => c.query(`create database ${name}`));
  return { name, url: pgUrl(name), drop: () => onPgServer(async (c) => void (await c.query(`drop database if exists ${name} with (force)`))) };
}

/** Opens a fresh, migrated database of the given kind, optionally seeded with synthetic wards. */
export async function openTestDb(kind: DatabaseKind, wards = 0, options: { meetings?: boolean } = {}): Promise<TestDb> {
  let dropDatabase: (() => Promise<void>) | undefined;
  let config: { databaseUrl?: string; sqlitePath: string } = { sqlitePath: ':memory:' };
  if (kind === 'postgresql') {
    const pg = await createPgDatabase('test');
    config = { databaseUrl: pg.url, sqlitePath: '' };
    dropDatabase = pg.drop;
  }
  const orm = await openDatabase(config);
  if (wards > 0) {
    const rows = generate({ seed: 42, wards, today: DEMO_DAY });
    await insertRows(orm, rows, undefined, options.meetings ? generateMeetings(rows, { seed: 42, today: DEMO_DAY }) : undefined);
  }
  const { apollo } = await createApp({ orm });
  const knex = (orm.em as SqlEntityManager).getKnex();
  let sink: string[] | null = null;
  knex.on('query', (q: { sql: string }) => sink?.push(q.sql));

  const run: TestDb['run'] = async (query, variables, as = TEST_ADMIN, { ip = '127.0.0.1' } = {}) => {
    const contextValue = createContext({ em: orm.em.fork(), viewer: as, ip, requestId: 'test' });
    const response = await (apollo as ApolloServer<Context>).executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as never;
  };
  return {
    orm,
    run,
    async countStatements(work) {
      sink = [];
      try {
        const result = await work();
        return { result, statements: sink };
      } finally {
        sink = null;
      }
    },
    async fingerprint() {
      const parts: string[] = [];
      for (const table of ['audit_entry', 'ward', 'ward_merged_from', 'organization', 'organization_predecessor', 'member', 'membership', 'position', 'exemption', 'special_duty', 'meeting_rule_set', 'thematic_plan_item', 'member_task', 'meeting', 'meeting_guest', 'attendance', 'resolution', 'resolution_task', 'resolution_review', 'annual_rating']) {
        const rows = await knex(table).select('*').orderByRaw('1, 2');
        parts.push(`${table}:${JSON.stringify(rows)}`);
      }
      return parts.join('\n');
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
      await dropDatabase?.();
    },
  };
}

export interface HttpApp {
  orm: MikroORM;
  /** http://127.0.0.1:<port> */
  base: string;
  close: () => Promise<void>;
}

/**
 * The whole HTTP application (Express, Apollo, sessions) listening on a free local port, over a fresh database of
 * the given kind (SQLite in memory, or a new PostgreSQL database dropped on close), or over the database `at` (kept
 * on close). `prepare` fills the database before the app starts; `env` is set while the app is built, for settings
 * read once at start such as TRUST_PROXY.
 */
export async function openHttpApp(
  kind: DatabaseKind,
  options: { prepare?: (orm: MikroORM) => Promise<void>; at?: { databaseUrl?: string; sqlitePath: string }; env?: Record<string, string> } = {},
): Promise<HttpApp> {
  let dropDatabase: (() => Promise<void>) | undefined;
  let config = options.at ?? { sqlitePath: ':memory:' };
  if (!options.at && kind === 'postgresql') {
    const pg = await createPgDatabase('http');
    config = { databaseUrl: pg.url, sqlitePath: '' };
    dropDatabase = pg.drop;
  }
  const orm = await openDatabase(config);
  await options.prepare?.(orm);
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  let built: Awaited<ReturnType<typeof createApp>>;
  try {
    built = await createApp({ orm });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const server = built.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    orm,
    base: `http://127.0.0.1:${port}`,
    async close() {
      // fetch keeps connections alive: close them, or server.close would wait for their idle timeout.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await built.apollo.stop();
      await orm.close(true);
      await dropDatabase?.();
    },
  };
}

/**
 * A cheap stamp of every table, to tell in a few milliseconds that a refused write changed nothing where
 * `fingerprint` reads every row (some 200 ms on the demo ward): row count and largest id, and for every table but
 * the two largest (attendance lines, the append-only audit trail) the sum of versions (of the reference columns for
 * link tables) and the last update. An insert or delete moves it anywhere, an ORM update wherever versions are summed.
 */
export async function writeStamp(db: TestDb): Promise<string> {
  const knex = (db.orm.em as SqlEntityManager).getKnex();
  let query = stampQueries.get(db);
  if (!query) {
    const parts: string[] = [];
    for (const table of ['audit_entry', 'ward', 'ward_merged_from', 'organization', 'organization_predecessor', 'member', 'membership', 'position', 'exemption', 'special_duty', 'meeting_rule_set', 'thematic_plan_item', 'member_task', 'meeting', 'meeting_guest', 'attendance', 'resolution', 'resolution_task', 'resolution_review', 'annual_rating']) {
      const columns = Object.entries(await knex(table).columnInfo());
      const large = table === 'attendance' || table === 'audit_entry';
      const versioned = columns.some(([c]) => c === 'version');
      // Tables with a version: an ORM update raises it. Link tables without one: their reference columns.
      const numeric = columns.filter(([c, info]) => (versioned ? c === 'version' : c.endsWith('_id')) && /int/i.test(info.type)).map(([c]) => c);
      const parts_ = [
        'count(*)',
        ...(columns.some(([c]) => c === 'id') ? ['max(id)'] : []),
        ...(large ? [] : numeric.map((c) => `sum(${c})`)),
        ...(!large && columns.some(([c]) => c === 'updated_at') ? ['max(updated_at)'] : []),
      ];
      parts.push(`select '${table}' as t, ${parts_.map((e) => `coalesce(cast(${e} as text), '-')`).join(` || '/' || `)} as s from ${table}`);
    }
    query = parts.join(' union all ');
    stampQueries.set(db, query);
  }
  const rows = (await knex.raw(query)) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ t: string; s: string }>;
  return list.map((r) => `${r.t}:${r.s}`).sort().join('\n');
}
const stampQueries = new WeakMap<TestDb, string>();
