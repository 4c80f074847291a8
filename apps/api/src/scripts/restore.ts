#!/usr/bin/env node
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { backupKind, checkSqliteCopy, isPostgresUrl, operatorPath, pgToolConnection, runPgTool, shownUrl, syncToDisk } from './backup-files';

const HELP = `Usage: npm run restore -w @chibo/api -- --from FILE [--into TARGET] [--force]
Restores a backup made by "npm run backup". Stop the API that uses TARGET first.
  TARGET is a SQLite file path or a postgres:// URL; by default the configured database (SQLITE_PATH, DATA_DIR
  or DATABASE_URL).
  SQLite: the checked copy replaces the file; an existing non-empty database is kept unless --force is given.
  PostgreSQL: pg_restore into a new or empty database (created when it does not exist), in one transaction.`;

/** Whether a SQLite file holds any table (a file created empty, e.g. by a failed start, does not count). */
function sqliteHasTables(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return false;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Boolean(db.prepare("select 1 from sqlite_master where type = 'table' limit 1").get());
  } finally {
    db.close();
  }
}

function restoreSqlite(from: string, target: string, force: boolean): void {
  if (!existsSync(dirname(target))) throw new Error(`The folder ${dirname(target)} does not exist.`);
  if (sqliteHasTables(target) && !force) {
    throw new Error(`${target} already holds a database; stop the API and add --force to replace it, or restore into another file with --into.`);
  }
  checkSqliteCopy(from);
  const partial = `${target}.restoring-${process.pid}`;
  try {
    copyFileSync(from, partial);
    checkSqliteCopy(partial);
    syncToDisk(partial);
    // The replaced database's log and shared memory would be replayed onto the restored file and corrupt it.
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    rmSync(`${target}-journal`, { force: true });
    renameSync(partial, target);
    syncToDisk(target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Creates the target database when it does not exist; refuses one that already holds tables. */
async function prepareEmptyPostgres(target: string): Promise<void> {
  const name = decodeURIComponent(new URL(target).pathname.slice(1));
  if (!name) throw new Error('The PostgreSQL URL names no database.');
  const client = new Client({ connectionString: target });
  try {
    await client.connect();
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw err;
    // invalid_catalog_name: the database does not exist yet; create it from the server's maintenance database.
    const server = new URL(target);
    server.pathname = '/postgres';
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    try {
      await admin.query(`create database "${name.replaceAll('"', '""')}"`);
    } finally {
      await admin.end();
    }
    return;
  }
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
    );
    if (rows[0].n > 0) {
      throw new Error(`The database "${name}" is not empty; restore into a new database (another name in --into), or drop this one first (dropdb).`);
    }
  } finally {
    await client.end();
  }
}

async function restorePostgres(from: string, target: string): Promise<void> {
  await prepareEmptyPostgres(target);
  const { url, env } = pgToolConnection(target);
  // One transaction: a restore that fails part way leaves the database empty, not half filled.
  runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, from], env);
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, into: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || !values.from) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const from = operatorPath(values.from);
  if (!existsSync(from)) throw new Error(`No backup file at ${from}.`);
  const config = loadConfig();
  const target = values.into ? (isPostgresUrl(values.into) ? values.into : operatorPath(values.into)) : (config.databaseUrl ?? config.sqlitePath);
  const targetKind = isPostgresUrl(target) ? 'postgresql' : 'sqlite';
  const kind = backupKind(from);
  if (!kind) throw new Error(`${from} is neither a SQLite backup nor a pg_dump custom-format file.`);
  if (kind !== targetKind) {
    throw new Error(`${from} is a ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} backup; it cannot be restored into a ${targetKind === 'sqlite' ? 'SQLite file' : 'PostgreSQL database'}.`);
  }
  if (kind === 'postgresql') {
    if (values.force) throw new Error('--force applies to SQLite files only; a PostgreSQL backup is restored into a new or empty database.');
    await restorePostgres(from, target);
    console.log(`Restored ${from} into ${shownUrl(target)}. Check it with: DATABASE_URL=... npm run audit:verify -w @chibo/api`);
  } else {
    restoreSqlite(from, target, Boolean(values.force));
    console.log(`Restored ${from} into ${target}. Check it with: SQLITE_PATH=${target} npm run audit:verify -w @chibo/api`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
