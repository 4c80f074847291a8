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
import { createApp } from '../src/server';
import { Loaders } from '../src/shared/loaders';

/** The databases the integration suite runs on: SQLite always, PostgreSQL when TEST_PG_URL names a server. */
export const DATABASES = ['sqlite', ...(process.env.TEST_PG_URL ? ['postgresql'] : [])] as const;
export type DatabaseKind = (typeof DATABASES)[number];

export interface TestDb {
  orm: MikroORM;
  /** Executes an operation through Apollo (error formatting included) with a fresh request context. */
  run: (query: string, variables?: Record<string, unknown>) => Promise<{ data?: Record<string, any>; errors?: Array<{ message: string; extensions?: Record<string, any> }> }>;
  /** Counts the SQL statements the next operations send. */
  countStatements: <T>(work: () => Promise<T>) => Promise<{ result: T; statements: string[] }>;
  /** Rows of every table, as a fingerprint to prove a refused write changed nothing. */
  fingerprint: () => Promise<string>;
  close: () => Promise<void>;
}

/** Opens a fresh, migrated database of the given kind, optionally seeded with synthetic wards. */
export async function openTestDb(kind: DatabaseKind, wards = 0): Promise<TestDb> {
  let dropDatabase: (() => Promise<void>) | undefined;
  let config: { databaseUrl?: string; sqlitePath: string } = { sqlitePath: ':memory:' };
  if (kind === 'postgresql') {
    const adminUrl = process.env.TEST_PG_URL as string;
    const name = `chibo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    config = { databaseUrl: url.toString(), sqlitePath: '' };
    dropDatabase = async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const orm = await openDatabase(config);
  if (wards > 0) await insertRows(orm, generate({ seed: 42, wards, today: DEMO_DAY }));
  const { apollo } = await createApp({ orm });
  const knex = (orm.em as SqlEntityManager).getKnex();
  let sink: string[] | null = null;
  knex.on('query', (q: { sql: string }) => sink?.push(q.sql));

  const run: TestDb['run'] = async (query, variables) => {
    const em = orm.em.fork();
    const response = await (apollo as ApolloServer<Context>).executeOperation(
      { query, variables },
      { contextValue: { em, loaders: new Loaders(em), requestId: 'test' } },
    );
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
      for (const table of ['ward', 'ward_merged_from', 'organization', 'organization_predecessor', 'member', 'membership', 'position', 'exemption', 'special_duty']) {
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
