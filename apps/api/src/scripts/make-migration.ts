#!/usr/bin/env node
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Client } from 'pg';
import { ormOptions } from '../db/mikro-orm.config';

/**
 * Compares the entities with the schema the committed migrations build, on SQLite and on PostgreSQL.
 *   --check   exit 1 when a migration is missing (CI)
 *   --name X  write a new migration with the difference for both databases
 */
const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function split(sql: string): string[] {
  return sql.split(/;\s*\n/).map((s) => s.trim().replace(/;$/, '')).filter((s) => s && !/^pragma foreign_keys/i.test(s) && s !== 'set names \'utf8\'' && !/^set session_replication_role/i.test(s));
}

/**
 * Indexes the migrations create that entities cannot declare (a PostgreSQL operator class): the comparison leaves them
 * alone instead of asking to drop them.
 */
const OUTSIDE_ENTITIES = ['organization_path_pattern_index'];

async function diff(options: ReturnType<typeof ormOptions>): Promise<string[]> {
  const orm = await MikroORM.init(options);
  try {
    await orm.getMigrator().up();
    return split(await orm.schema.getUpdateSchemaSQL({ wrap: false })).filter((sql) => !OUTSIDE_ENTITIES.some((name) => sql === `drop index "${name}"`));
  } finally {
    await orm.close(true);
  }
}

/** The schema SQLite stores, one normalised statement per table and index, in creation order. */
async function sqliteMaster(build: (orm: MikroORM) => Promise<void>): Promise<Array<{ name: string; type: string; sql: string }>> {
  const orm = await MikroORM.init(ormOptions({ sqlitePath: ':memory:' }));
  try {
    await build(orm);
    const rows: Array<{ name: string; type: string; sql: string }> = await orm.em.getConnection().execute(
      "select name, type, sql from sqlite_master where sql is not null and name not like 'mikro_orm_migrations%' and name not like 'sqlite_%' order by rowid",
    );
    // A table rebuilt by an earlier migration is stored under a quoted name; quote styles do not matter.
    return rows.map((r) => ({ ...r, sql: r.sql.replace(/\s+/g, ' ').replace(/"(\w+)"/g, '`$1`').replace(/__temp_alter/g, '') }));
  } finally {
    await orm.close(true);
  }
}

/**
 * SQLite's schema reader reports spurious differences for some foreign keys (and would rebuild tables for
 * them), so on SQLite the statements come from comparing what the migrations build with what the entities
 * build. Additive changes (new tables, new indexes) are generated; anything else must be written by hand.
 */
async function sqliteChanges(): Promise<string[]> {
  const migrated = await sqliteMaster(async (orm) => { await orm.getMigrator().up(); });
  const fresh = await sqliteMaster(async (orm) => { await orm.schema.createSchema(); });
  const have = new Set(migrated.map((r) => r.sql));
  const want = new Set(fresh.map((r) => r.sql));
  const missing = fresh.filter((r) => !have.has(r.sql));
  const extra = migrated.filter((r) => !want.has(r.sql));
  const existingTables = new Set(migrated.filter((r) => r.type === 'table').map((r) => r.name));
  const changed = missing.filter((r) => r.type === 'table' && existingTables.has(r.name));
  if (extra.length || changed.length) {
    console.error(JSON.stringify({ changedOrRemovedOnSqlite: [...extra, ...changed].map((r) => r.sql) }, null, 2));
    throw new Error('SQLite: a table changed or was removed; write that part of the migration by hand.');
  }
  return missing.map((r) => r.sql);
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const name = args[args.indexOf('--name') + 1];
  const sqlite = await sqliteChanges();
  const dbName = `chibo_migrations_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  let postgresql: string[];
  try {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    postgresql = await diff(ormOptions({ databaseUrl: url.toString(), sqlitePath: '' }));
  } finally {
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  if (sqlite.length === 0 && postgresql.length === 0) {
    console.log('Migrations are up to date with the entities on SQLite and PostgreSQL.');
    return;
  }
  if (check || !name) {
    console.error('The entities differ from the committed migrations. Run: npm run migration:create -w @chibo/api -- --name <what>');
    console.error(JSON.stringify({ sqlite, postgresql }, null, 2));
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const className = `Migration${stamp}_${name.replace(/\W/g, '_')}`;
  const dir = resolve(__dirname, '../../src/db/migrations');
  writeFileSync(resolve(dir, `${className}.ts`), `import { DialectMigration, type DialectSql } from '../dialect-migration';

/** Generated by \`npm run migration:create\`: the same change for SQLite and PostgreSQL. */
export class ${className} extends DialectMigration {
  protected readonly sql: DialectSql = ${JSON.stringify({ sqlite, postgresql }, null, 2).replace(/\n/g, '\n  ')};
}
`);
  const indexPath = resolve(dir, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  index = index.replace("import type { MigrationObject } from '@mikro-orm/core';", `import type { MigrationObject } from '@mikro-orm/core';\nimport { ${className} } from './${className}';`);
  index = index.replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`);
  writeFileSync(indexPath, index);
  console.log(`Wrote src/db/migrations/${className}.ts; rebuild before running it.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
